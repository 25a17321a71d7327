"""Settings › Mailbox's "Test connection" logs in to a real IMAP server on 127.0.0.1 (the
suite's Dovecot, imap_server.py): implicit TLS and STARTTLS, a wrong password, a folder that
is not there, a certificate this computer does not trust — one sentence each."""

from __future__ import annotations

from pathlib import Path

import pytest
from imap_server import PASSWORD, USER, ImapServer, message

from minime_admin.errors import (
    MailImapFolderMissing,
    MailImapLoginFailed,
    MailSendCertificateRefused,
)
from minime_admin.services.mail_settings import Tls
from minime_admin.services.mail_transport import Endpoint, check_imap


def endpoints(server: ImapServer, ca_file: Path | None) -> list[Endpoint]:
    ca = str(ca_file) if ca_file else ""
    return [
        Endpoint("localhost", server.tls_port, Tls.IMPLICIT, ca),
        Endpoint("localhost", server.port, Tls.STARTTLS, ca),
    ]


def test_login_over_implicit_tls_and_starttls(imap_server: ImapServer) -> None:
    for endpoint in endpoints(imap_server, imap_server.ca_file):
        assert check_imap(endpoint, USER, PASSWORD, "INBOX") == 0  # an empty inbox
    imap_server.append_many([message(1), message(2)])
    for endpoint in endpoints(imap_server, imap_server.ca_file):
        assert check_imap(endpoint, USER, PASSWORD, "INBOX") == 2


def test_a_wrong_password_and_a_missing_folder_are_one_sentence_each(
    imap_server: ImapServer,
) -> None:
    # The folders first: after a wrong password Dovecot slows down (penalises) further
    # logins from the same address, which a busy test machine may turn into a refusal.
    for endpoint in endpoints(imap_server, imap_server.ca_file):
        with pytest.raises(MailImapFolderMissing, match="has no folder “Requests”"):
            check_imap(endpoint, USER, PASSWORD, "Requests")
    for endpoint in endpoints(imap_server, imap_server.ca_file):
        with pytest.raises(MailImapLoginFailed) as login:
            check_imap(endpoint, USER, "wrong", "INBOX")
        assert login.value.message() == (
            "The incoming mail server localhost refused the user name or password."
        )


def test_a_certificate_not_trusted_stops_before_the_password(imap_server: ImapServer) -> None:
    for ca_file in (None, imap_server.other_ca_file):  # the system's CAs; another CA
        for endpoint in endpoints(imap_server, ca_file):
            with pytest.raises(MailSendCertificateRefused):
                check_imap(endpoint, USER, PASSWORD, "INBOX")
