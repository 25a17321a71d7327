"""Fetch mail (issue #16.3), end to end against a real Dovecot on 127.0.0.1 (imap_server.py):
new messages become proposals once, nothing on the server is deleted or marked read, and
every failure is one clear sentence with nothing half-recorded."""

from __future__ import annotations

from dataclasses import replace

import pytest
from imap_server import PASSWORD, USER, ImapServer, free_port, message
from sqlalchemy import func, select

from minime_admin import errors
from minime_admin.domain.actor import Actor
from minime_admin.domain.requests import RequestType
from minime_admin.importers.imap import ImapAccount, TlsMode, encode_folder, uid_set
from minime_admin.importers.mail_headers import SkipReason
from minime_admin.progress import Cancelled
from minime_admin.services import mail_fetch, mail_settings
from minime_admin.services.database import Database
from minime_admin.store import audit_repo
from minime_admin.store.keychain import Keychain
from minime_admin.store.mail_models import MailMessage
from minime_admin.store.request_models import DataRequest

BOTH_BACKENDS = True  # the database fixture runs on the file and on PostgreSQL


def account_for(server: ImapServer, **changes: object) -> ImapAccount:
    base = ImapAccount(
        host="127.0.0.1",
        port=server.tls_port,
        tls=TlsMode.IMPLICIT,
        user=USER,
        folder="INBOX",
        ca_file=str(server.ca_file),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def fetch(database: Database, actor: Actor, account: ImapAccount, **options: object):  # type: ignore[no-untyped-def]
    return mail_fetch.fetch_mail(database.unit_of_work, actor, account, PASSWORD, **options)  # type: ignore[arg-type]


def rows(database: Database) -> list[MailMessage]:
    with database.unit_of_work() as session:
        return list(session.execute(select(MailMessage).order_by(MailMessage.id)).scalars())


def request_count(database: Database) -> int:
    with database.unit_of_work() as session:
        return int(session.execute(select(func.count(DataRequest.id))).scalar_one())


def fetched_audits(database: Database) -> int:
    with database.unit_of_work() as session:
        return audit_repo.count(session, "mail.fetched")


def test_new_messages_become_proposals_once_and_stay_unread_on_the_server(
    database: Database, imap_server: ImapServer, clerk: Actor
) -> None:
    imap_server.append_many([message(n) for n in range(1, 4)])
    result = fetch(database, clerk, account_for(imap_server))

    assert [p.uid for p in result.proposed] == [1, 2, 3]
    first = result.proposed[0]
    assert first.sender_email == "janis@example.lv" and first.sender_name == "Jānis Bērziņš"
    assert first.subject == "Pieprasījums 1: lūdzu dzēst manus datus"
    assert RequestType.ERASURE in first.suggested_types
    assert request_count(database) == 0  # proposed, not opened: a worker confirms each
    with database.unit_of_work() as session:
        assert [p.uid for p in mail_fetch.pending(session)] == [1, 2, 3]
    assert fetched_audits(database) == 1
    # Nothing changed on the server: all still there, none marked read (\Seen).
    on_server = imap_server.messages()
    assert [uid for uid, _flags, _body in on_server] == [1, 2, 3]
    assert all(b"\\Seen" not in flags for _uid, flags, _body in on_server)

    # A second fetch takes nothing; a message that arrives later is taken once.
    again = fetch(database, clerk, account_for(imap_server))
    assert again.proposed == [] and again.skipped == [] and again.already_taken == 0
    imap_server.append(message(4))
    later = fetch(database, clerk, account_for(imap_server))
    assert [p.uid for p in later.proposed] == [4]
    assert fetch(database, clerk, account_for(imap_server)).proposed == []
    assert len(rows(database)) == 4


def test_a_proposal_is_opened_as_a_request_like_a_dropped_eml_or_set_aside(
    database: Database, imap_server: ImapServer, clerk: Actor
) -> None:
    imap_server.append_many([message(1), message(2)])
    first, second = fetch(database, clerk, account_for(imap_server)).proposed
    with database.unit_of_work() as session:
        preview = mail_fetch.preview_proposal(session, first.proposal_id)
        assert preview.filename == "INBOX #1"
        opened = mail_fetch.open_proposal(
            session, clerk, first.proposal_id, preview, RequestType.ERASURE
        )
    with database.unit_of_work() as session:
        request = session.get(DataRequest, opened.request_id)
        assert request is not None and request.requester_email == "janis@example.lv"
        mail_fetch.set_aside(session, clerk, second.proposal_id)
    with database.unit_of_work() as session:
        assert mail_fetch.pending(session) == []
        # Taken once: opening it again is refused, and its bytes are gone.
        with pytest.raises(errors.MailProposalGone):
            mail_fetch.preview_proposal(session, first.proposal_id)
    assert [(r.state, r.raw, r.request_id) for r in rows(database)] == [
        ("opened", None, opened.request_id),
        ("set_aside", None, None),
    ]
    assert request_count(database) == 1
    assert fetch(database, clerk, account_for(imap_server)).proposed == []


def test_taken_messages_are_copied_to_the_handled_folder_and_left_in_place(
    database: Database, imap_server: ImapServer, clerk: Actor
) -> None:
    handled = "Apstrādātie"  # a Latvian name: modified UTF-7 on the wire
    imap_server.create(encode_folder(handled))
    imap_server.append_many([message(1), message(2)])
    account = account_for(imap_server, handled_folder=handled)
    result = fetch(database, clerk, account)
    assert result.copied == 2
    assert len(imap_server.messages()) == 2  # COPY, not MOVE: the originals stay
    copies = imap_server.messages(encode_folder(handled))
    assert [body for *_rest, body in copies] == [m for *_r, m in imap_server.messages()]
    assert all(r.copied for r in rows(database))
    # Nothing is copied twice.
    imap_server.append(message(3))
    assert fetch(database, clerk, account).copied == 1
    assert len(imap_server.messages(encode_folder(handled))) == 3


def test_a_missing_handled_folder_is_said_before_anything_is_taken(
    database: Database, imap_server: ImapServer, clerk: Actor
) -> None:
    imap_server.append(message(1))
    with pytest.raises(errors.MailFolderMissing) as raised:
        fetch(database, clerk, account_for(imap_server, handled_folder="Nowhere"))
    assert "Nowhere" in raised.value.message()
    assert rows(database) == [] and fetched_audits(database) == 0


def test_the_same_message_after_the_server_renumbered_the_folder_is_not_taken_again(
    database: Database, imap_server: ImapServer, clerk: Actor
) -> None:
    """A folder deleted and made again gets a new UIDVALIDITY: every UID is new, but the
    Message-IDs were taken before."""
    bare = message(3).replace(b"Message-ID: <request-3@mail.example.lv>\r\n", b"")
    mails = [message(1), message(2), bare]  # one without a Message-ID: known by its bytes
    imap_server.append_many(mails, "Requests")
    account = account_for(imap_server, folder="Requests")
    assert len(fetch(database, clerk, account).proposed) == 3
    with imap_server.client() as connection:
        assert connection.delete("Requests")[0] == "OK"
    imap_server.append_many([*mails, message(4)], "Requests")
    result = fetch(database, clerk, account)
    assert [p.subject for p in result.proposed] == ["Pieprasījums 4: lūdzu dzēst manus datus"]
    assert result.already_taken == 3
    assert len({r.uidvalidity for r in rows(database)}) == 2
    assert fetch(database, clerk, account).proposed == []


def test_a_message_without_a_message_id_is_recognised_by_its_bytes(
    database: Database, imap_server: ImapServer, clerk: Actor
) -> None:
    bare = message(7).replace(b"Message-ID: <request-7@mail.example.lv>\r\n", b"")
    imap_server.append_many([bare, bare])  # the same message delivered twice
    result = fetch(database, clerk, account_for(imap_server))
    assert len(result.proposed) == 1 and result.already_taken == 1


def test_something_that_is_not_an_email_is_skipped_with_its_reason(
    database: Database, imap_server: ImapServer, clerk: Actor
) -> None:
    imap_server.append_many([b"just some text\r\nno headers at all\r\n", message(2)])
    result = fetch(database, clerk, account_for(imap_server))
    assert [p.uid for p in result.proposed] == [2]
    (skip,) = result.skipped
    assert skip.uid == 1 and "INBOX #1" in skip.message()
    skipped_row = rows(database)[0]
    assert skipped_row.state == "skipped" and skipped_row.raw is None
    assert fetch(database, clerk, account_for(imap_server)).skipped == []  # taken once


def test_starttls_and_plain_on_this_computer(
    database: Database, imap_server: ImapServer, clerk: Actor
) -> None:
    imap_server.append_many([message(1), message(2)])
    starttls = account_for(imap_server, port=imap_server.port, tls=TlsMode.STARTTLS)
    assert len(fetch(database, clerk, starttls).proposed) == 2
    imap_server.append(message(3))
    plain = account_for(imap_server, host="localhost", port=imap_server.port, tls=TlsMode.NONE)
    assert [p.uid for p in fetch(database, clerk, plain).proposed] == [3]


def test_plain_imap_elsewhere_is_refused_before_connecting(
    database: Database, clerk: Actor
) -> None:
    account = ImapAccount(host="mail.minime.lv", port=143, tls=TlsMode.NONE, user="info")
    with pytest.raises(errors.MailPlainRefused) as raised:
        fetch(database, clerk, account)
    assert "mail.minime.lv" in raised.value.message()


def test_a_wrong_password_is_one_sentence_and_nothing_is_recorded(
    database: Database, imap_server: ImapServer, clerk: Actor
) -> None:
    imap_server.append(message(1))
    with pytest.raises(errors.MailLoginRefused) as raised:
        mail_fetch.fetch_mail(
            database.unit_of_work, clerk, account_for(imap_server), "not the password"
        )
    assert raised.value.message() == (
        f"The mail server 127.0.0.1:{imap_server.tls_port} refused the user name or password. "
        "Check them in Settings › Mailbox. No mail was fetched."
    )
    assert rows(database) == [] and fetched_audits(database) == 0


def test_a_server_that_is_down(database: Database, clerk: Actor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    account = ImapAccount(host="127.0.0.1", port=free_port(), tls=TlsMode.IMPLICIT, user=USER)
    with pytest.raises(errors.MailServerUnreachable) as raised:
        fetch(database, clerk, account)
    assert "did not answer" in raised.value.message()
    assert rows(database) == []


def test_a_server_that_accepts_but_never_answers_times_out(
    database: Database, clerk: Actor
) -> None:
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        account = ImapAccount(
            host="127.0.0.1", port=silent.getsockname()[1], tls=TlsMode.STARTTLS, user=USER
        )
        with pytest.raises(errors.MailServerUnreachable) as raised:
            fetch(database, clerk, account, timeout=0.5)
    assert "(timeout)" in raised.value.message()
    assert rows(database) == []


@pytest.mark.parametrize("tls", [TlsMode.IMPLICIT, TlsMode.STARTTLS])
def test_a_certificate_that_does_not_verify_sends_no_password(
    database: Database, imap_server: ImapServer, clerk: Actor, tls: TlsMode
) -> None:
    imap_server.append(message(1))
    port = imap_server.tls_port if tls == TlsMode.IMPLICIT else imap_server.port
    for ca_file in ("", str(imap_server.other_ca_file)):  # system CAs; another CA
        account = account_for(imap_server, port=port, tls=tls, ca_file=ca_file)
        with pytest.raises(errors.MailCertificateRefused) as raised:
            fetch(database, clerk, account)
        assert "does not trust" in raised.value.message()
    # The right certificate, but for another name: localhost's does not cover 127.0.0.2.
    assert rows(database) == [] and fetched_audits(database) == 0


def test_a_ca_file_that_is_not_one(database: Database, clerk: Actor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate")
    account = ImapAccount(host="127.0.0.1", port=free_port(), user=USER, ca_file=str(bad))
    with pytest.raises(errors.MailCaFileUnusable):
        fetch(database, clerk, account)


def test_a_missing_folder(database: Database, imap_server: ImapServer, clerk: Actor) -> None:
    with pytest.raises(errors.MailFolderMissing):
        fetch(database, clerk, account_for(imap_server, folder="Pieprasījumi"))


def test_cancel_half_way_keeps_the_batches_done_and_the_next_fetch_takes_the_rest(
    database: Database, imap_server: ImapServer, clerk: Actor
) -> None:
    imap_server.append_many([message(n) for n in range(1, 31)])
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 14  # Cancel while the third batch of five is being read

    with pytest.raises(Cancelled):
        fetch(database, clerk, account_for(imap_server), progress=progress, batch_messages=5)
    assert len(rows(database)) == 10  # two whole batches; the third rolled back
    assert seen[0] == (0, 30) and all(total == 30 for _done, total in seen)
    assert fetched_audits(database) == 1  # the cancelled run is in the log, with its counts

    rest = fetch(database, clerk, account_for(imap_server), batch_messages=5)
    assert [p.uid for p in rest.proposed] == list(range(11, 31))
    taken = rows(database)
    assert sorted(r.uid for r in taken) == list(range(1, 31))  # each exactly once


def test_a_30_mb_message_is_taken_whole(
    database: Database, imap_server: ImapServer, clerk: Actor
) -> None:
    import base64

    attachment = base64.encodebytes(bytes(range(256)) * (22 * 1024 * 1024 // 256))
    big = (
        b"From: Anna <anna@example.lv>\r\nTo: info@minime.lv\r\nSubject: Dokumenti\r\n"
        b"Date: Tue, 24 Nov 2026 09:14:00 +0200\r\nMessage-ID: <big@example.lv>\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
        b"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nLudzu kopiju.\r\n"
        b"--XX\r\nContent-Type: application/pdf; name=scan.pdf\r\n"
        b"Content-Disposition: attachment; filename=scan.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + attachment + b"--XX--\r\n"
    )
    assert len(big) > 30_000_000
    imap_server.append_many([message(1), big, message(3)])
    result = fetch(database, clerk, account_for(imap_server))
    assert [p.uid for p in result.proposed] == [1, 2, 3]
    with database.unit_of_work() as session:
        stored = session.get(MailMessage, result.proposed[1].proposal_id)
        assert stored is not None and stored.raw == imap_server.messages()[1][2]


def test_the_account_comes_from_the_settings_and_the_password_from_the_keychain(
    database: Database, keychain: Keychain, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = ImapAccount(
        host="mail.minime.lv", port=993, tls=TlsMode.IMPLICIT, user="info@minime.lv",
        folder="INBOX", handled_folder="Apstrādātie", ca_file="",
    )  # fmt: skip
    with database.unit_of_work() as session:
        assert not mail_fetch.load_imap_account(session).configured
        assert mail_fetch.fetch_interval_minutes(session) == 10
        mail_fetch.save_imap_account(session, account)
    with database.unit_of_work() as session:
        assert mail_fetch.load_imap_account(session) == account
    with pytest.raises(errors.MailPasswordMissing):
        mail_fetch.imap_password(keychain, database.database_id)
    mail_settings.save_password(keychain, database.database_id, "Slepens 1")
    assert mail_fetch.imap_password(keychain, database.database_id) == "Slepens 1"
    monkeypatch.setenv(mail_fetch.PASSWORD_VARIABLE, "From the environment")
    assert mail_fetch.imap_password(keychain, database.database_id) == "From the environment"


def test_uid_sets_and_folder_names_on_the_wire() -> None:
    assert uid_set([5, 1, 2, 3, 9, 10]) == "1:3,5,9:10"
    assert encode_folder("INBOX") == '"INBOX"'
    assert encode_folder("Apstrādātie") == '"Apstr&AQE-d&AQE-tie"'
    assert encode_folder('A&B "x"') == '"A&-B \\"x\\""'


def test_a_server_that_goes_away_halfway_keeps_the_batches_done_and_none_twice(
    database: Database, imap_server: ImapServer, clerk: Actor
) -> None:
    imap_server.append_many([message(n) for n in range(1, 21)])

    def progress(done: int, _total: int) -> bool:
        if done == 12:  # while the third batch of five is being recorded
            imap_server.stop()
        return True

    with pytest.raises(errors.MailConnectionLost) as raised:
        fetch(database, clerk, account_for(imap_server), progress=progress, batch_messages=5)
    assert "broke off" in raised.value.message()
    assert sorted(r.uid for r in rows(database)) == list(range(1, 16))  # whole batches only
    assert fetched_audits(database) == 1  # what was taken is logged, with its counts

    imap_server.restart()
    rest = fetch(database, clerk, account_for(imap_server), batch_messages=5)
    assert [p.uid for p in rest.proposed] == list(range(16, 21))
    assert sorted(r.uid for r in rows(database)) == list(range(1, 21))


def test_messages_taken_before_a_handled_folder_was_set_are_copied_once_it_is(
    database: Database, imap_server: ImapServer, clerk: Actor
) -> None:
    imap_server.append_many([message(1), message(2)])
    fetch(database, clerk, account_for(imap_server))
    imap_server.create('"Handled"')
    result = fetch(database, clerk, account_for(imap_server, handled_folder="Handled"))
    assert result.proposed == [] and result.copied == 2
    assert len(imap_server.messages('"Handled"')) == 2
    assert fetch(database, clerk, account_for(imap_server, handled_folder="Handled")).copied == 0


def test_a_bounce_in_the_mailbox_is_skipped_with_its_reason_not_proposed(
    database: Database, imap_server: ImapServer, clerk: Actor
) -> None:
    bounce = (
        b"From: Mail Delivery System <MAILER-DAEMON@mx.example.lv>\r\n"
        b"To: info@minime.lv\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        b"Date: Mon, 30 Nov 2026 10:00:00 +0200\r\nMessage-ID: <bounce-1@mx.example.lv>\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nThe message could not be delivered.\r\n"
        b"--b\r\nContent-Type: message/delivery-status\r\n\r\n"
        b"Reporting-MTA: dns; mx.example.lv\r\n\r\nFinal-Recipient: rfc822; x@example.lv\r\n"
        b"Action: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n"
    )
    imap_server.append_many([bounce, message(2)])
    result = fetch(database, clerk, account_for(imap_server))

    assert [p.uid for p in result.proposed] == [2]
    (skip,) = result.skipped
    assert skip.uid == 1
    assert skip.reason in {SkipReason.BOUNCE.value, SkipReason.DELIVERY_REPORT.value}
    assert rows(database)[0].state == "skipped" and rows(database)[0].raw is None
    assert fetch(database, clerk, account_for(imap_server)).skipped == []  # taken once


def test_a_mailbox_configured_without_a_handled_folder_copies_nowhere(
    database: Database, clerk: Actor
) -> None:
    """Settings › Mailbox and `mail configure` keep the one account the fetch reads; left
    empty, the handled folder is none (a default folder the server lacks would stop every
    fetch with "no folder named ...")."""
    with database.unit_of_work() as session:
        mail_settings.save(
            session,
            clerk,
            mail_settings.MailSettings(
                imap_host="mail.minime.lv", imap_port=993, user="info@minime.lv"
            ),
        )
    with database.unit_of_work() as session:
        account = mail_fetch.load_imap_account(session)
    assert account.configured and account.host == "mail.minime.lv"
    assert account.tls is TlsMode.IMPLICIT and account.folder == "INBOX"
    assert account.handled_folder == ""
