"""Settings › Mailbox's "Test connection" logs in to a real IMAP server on 127.0.0.1
(Dovecot with a throwaway configuration): implicit TLS and STARTTLS, a wrong password, a
folder that is not there, a certificate this computer does not trust — one sentence each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from imap_login_server import ImapServer
from mail_server import Certificates, make_certificates

from minime_admin.services.mail_errors import (
    MailCertificateRefused,
    MailImapFolderMissing,
    MailImapLoginFailed,
)
from minime_admin.services.mail_settings import Tls
from minime_admin.services.mail_transport import Endpoint, check_imap

USER, PASSWORD = "office@minime.lv", "correct horse battery"


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("ca"))


@pytest.fixture(scope="module")
def dovecot(
    tmp_path_factory: pytest.TempPathFactory, certificates: Certificates
) -> Iterator[ImapServer]:
    if reason := ImapServer.missing():
        pytest.skip(reason)
    server = ImapServer(tmp_path_factory.mktemp("dovecot"), certificates, USER, PASSWORD)
    try:
        server.start()
    except RuntimeError as error:
        pytest.skip(f"Dovecot did not start: {error}")
    yield server
    server.stop()


def endpoints(server: ImapServer, ca_file: Path | None) -> list[Endpoint]:
    ca = str(ca_file) if ca_file else ""
    return [
        Endpoint("localhost", server.tls_port, Tls.IMPLICIT, ca),
        Endpoint("localhost", server.plain_port, Tls.STARTTLS, ca),
    ]


def test_login_over_implicit_tls_and_starttls(
    dovecot: ImapServer, certificates: Certificates
) -> None:
    for endpoint in endpoints(dovecot, certificates.ca_file):
        assert check_imap(endpoint, USER, PASSWORD, "INBOX") == 0  # an empty inbox


def test_a_wrong_password_and_a_missing_folder_are_one_sentence_each(
    dovecot: ImapServer, certificates: Certificates
) -> None:
    # The folders first: after a wrong password Dovecot slows down (penalises) further
    # logins from the same address, which a busy test machine may turn into a refusal.
    for endpoint in endpoints(dovecot, certificates.ca_file):
        with pytest.raises(MailImapFolderMissing, match="has no folder “Requests”"):
            check_imap(endpoint, USER, PASSWORD, "Requests")
    for endpoint in endpoints(dovecot, certificates.ca_file):
        with pytest.raises(MailImapLoginFailed) as login:
            check_imap(endpoint, USER, "wrong", "INBOX")
        assert login.value.message() == (
            "The incoming mail server localhost refused the user name or password."
        )


def test_a_certificate_not_trusted_stops_before_the_password(dovecot: ImapServer) -> None:
    for endpoint in endpoints(dovecot, None):
        with pytest.raises(MailCertificateRefused):
            check_imap(endpoint, USER, PASSWORD, "INBOX")
