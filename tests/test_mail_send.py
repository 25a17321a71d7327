"""Letters sent by e-mail to a real SMTP server on 127.0.0.1 (aiosmtpd, implicit TLS or
STARTTLS from a throwaway CA, AUTH): what arrived is read back; every failure is one
sentence and nothing is recorded as sent."""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from mail_server import Certificates, MailServer, make_certificates
from sqlalchemy import func, select

from minime_admin.domain.actor import Actor
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.errors import (
    KnownError,
    MailPlainSettingRefused,
    MailRecipientRefused,
    MailSendCertificateRefused,
    MailSendLoginRefused,
    MailSendServerUnreachable,
    MailTimeout,
)
from minime_admin.letters.model import LetterKind
from minime_admin.services import audit, letters, mail_send, mail_settings, requests
from minime_admin.services import database as db_service
from minime_admin.services.mail_settings import MailSettings
from minime_admin.store import audit_repo
from minime_admin.store.keychain import Keychain
from minime_admin.store.request_models import SentMail

USER, PASSWORD = "office@minime.lv", "correct horse battery"
REQUESTER = "janis.berzins@example.lv"


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("ca"))


@pytest.fixture
def server_factory(certificates: Certificates) -> Iterator[Callable[..., MailServer]]:
    started: list[MailServer] = []

    def start(tls: str = "implicit", **options: object) -> MailServer:
        server = MailServer(
            tls,
            certificates if tls != "none" else None,
            users={USER: PASSWORD},
            **options,  # type: ignore[arg-type]
        )
        started.append(server.start())
        return server

    yield start
    for server in started:
        server.stop()


def configure(
    database: db_service.Database,
    clerk: Actor,
    keychain: Keychain,
    server: MailServer | None,
    certificates: Certificates | None,
    tls: str = "implicit",
    port: int | None = None,
    password: str = PASSWORD,
) -> None:
    with database.unit_of_work() as session:
        mail_settings.save(
            session,
            clerk,
            MailSettings(
                smtp_host="localhost",
                smtp_port=port or (server.port if server else 25),
                smtp_tls=tls,
                user=USER,
                ca_file=str(certificates.ca_file) if certificates else "",
            ),
        )
    mail_settings.save_password(keychain, database.database_id, password)


def new_request(
    database: db_service.Database, clerk: Actor, email: str | None = REQUESTER, name: str = ""
) -> int:
    with database.unit_of_work() as session:
        opened = requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ACCESS,
                Channel.EMAIL,
                datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
                name or "Jānis Bērziņš",
                "Lūdzu kopiju",
                requester_email=email,
            ),
        )
    return opened.request_id


def archived_letter(
    database: db_service.Database, clerk: Actor, request_id: int, language: str = "lv"
) -> tuple[int, bytes]:
    with database.unit_of_work() as session:
        letter = letters.compose(session, clerk, request_id, LetterKind.ACKNOWLEDGMENT, language)
        return letters.produce(session, clerk, letter, request_id)


def send(
    database: db_service.Database, clerk: Actor, keychain: Keychain, letter_id: int, **kw: float
) -> mail_send.Sent:
    opener = mail_send.sender_opener(keychain, database.database_id, **kw)
    return mail_send.send_letter(database.unit_of_work, clerk, letter_id, opener)


def sent_rows(database: db_service.Database) -> int:
    with database.session() as session:
        return int(session.execute(select(func.count()).select_from(SentMail)).scalar_one())


def timeline_texts(database: db_service.Database, request_id: int) -> list[str]:
    with database.unit_of_work() as session:
        return [e.text for e in requests.get_request(session, request_id).timeline]


@pytest.mark.parametrize("tls", ["implicit", "starttls"])
@pytest.mark.parametrize("language", ["lv", "en"])
def test_a_letter_arrives_as_its_archived_pdf_with_a_cover_in_its_language(
    database: db_service.Database,
    clerk: Actor,
    keychain: Keychain,
    certificates: Certificates,
    server_factory: Callable[..., MailServer],
    tls: str,
    language: str,
) -> None:
    server = server_factory(tls)
    configure(database, clerk, keychain, server, certificates, tls)
    request_id = new_request(database, clerk)
    letter_id, pdf = archived_letter(database, clerk, request_id, language)

    sent = send(database, clerk, keychain, letter_id)

    [received] = server.received()
    message = received.message
    assert received.rcpt_tos == [REQUESTER] and received.mail_from == "info@minime.lv"
    assert message["Message-ID"] == sent.message_id and sent.message_id.endswith("@minime.lv>")
    assert message["From"] == "SIA Mini Me <info@minime.lv>"
    assert message["To"] == f"Jānis Bērziņš <{REQUESTER}>"
    assert message["Content-Language"] == language
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename().endswith(f"-acknowledgment-{language}.pdf")
    assert attachment.get_content() == pdf  # byte for byte the archived letter
    assert sent.sha256 == hashlib.sha256(pdf).hexdigest()
    body = message.get_body(("plain",)).get_content()
    reference = sent.reference
    if language == "lv":
        assert body.startswith("Labdien, Jānis Bērziņš!")
        assert "Pielikumā PDF formātā ir mūsu vēstule" in body and "Ar cieņu," in body
        assert message["Subject"] == f"Jūsu pieprasījums ir saņemts (atsauce {reference})"
    else:
        assert body.startswith("Dear Jānis Bērziņš,") and "Yours sincerely," in body
        assert "Please find attached" in body
    # Recorded: sent_mail, the timeline (address, Message-ID, SHA-256), the audit log.
    assert sent_rows(database) == 1
    assert (
        f"E-mailed letter #{letter_id} to {REQUESTER}; Message-ID {sent.message_id}; "
        f"PDF SHA-256 {sent.sha256}"
    ) in timeline_texts(database, request_id)
    with database.unit_of_work() as session:
        [entry] = audit.newest_first(session, limit=1)
        [details] = audit_repo.details_of(session, "letter.emailed", "letter", str(letter_id))
    assert entry.action == "letter.emailed"
    assert entry.note == f"Sent by e-mail to {REQUESTER}"  # erasable, with the person
    assert details["message_id"] == sent.message_id and details["sha256"] == sent.sha256
    assert REQUESTER not in str(details)


def _refused(
    database: db_service.Database,
    request_id: int,
    error: type[KnownError],
    run: Callable[[], object],
) -> KnownError:
    with pytest.raises(error) as caught:
        run()
    assert sent_rows(database) == 0
    assert not any(t.startswith("E-mailed") for t in timeline_texts(database, request_id))
    return caught.value


def test_a_wrong_password_sends_nothing_and_records_nothing(
    database: db_service.Database,
    clerk: Actor,
    keychain: Keychain,
    certificates: Certificates,
    server_factory: Callable[..., MailServer],
) -> None:
    server = server_factory("starttls")
    configure(database, clerk, keychain, server, certificates, "starttls", password="wrong")
    request_id = new_request(database, clerk)
    letter_id, _pdf = archived_letter(database, clerk, request_id)
    error = _refused(
        database, request_id, MailSendLoginRefused,
        lambda: send(database, clerk, keychain, letter_id),
    )  # fmt: skip
    assert error.message() == (
        "The mail server localhost refused the user name or password. Nothing was sent; "
        "check them in Settings › Mailbox."
    )
    assert server.received() == []


def test_a_server_that_is_down_is_one_sentence(
    database: db_service.Database, clerk: Actor, keychain: Keychain, certificates: Certificates
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    configure(database, clerk, keychain, None, certificates, port=port)
    request_id = new_request(database, clerk)
    letter_id, _pdf = archived_letter(database, clerk, request_id)
    error = _refused(
        database, request_id, MailSendServerUnreachable,
        lambda: send(database, clerk, keychain, letter_id),
    )  # fmt: skip
    assert error.message().startswith(f"The mail server localhost:{port} could not be reached")


@pytest.mark.parametrize("tls", ["implicit", "starttls"])
def test_a_certificate_this_computer_does_not_trust_stops_before_the_password(
    database: db_service.Database,
    clerk: Actor,
    keychain: Keychain,
    server_factory: Callable[..., MailServer],
    tls: str,
) -> None:
    server = server_factory(tls)
    configure(database, clerk, keychain, server, None, tls)  # the throwaway CA not trusted
    request_id = new_request(database, clerk)
    letter_id, _pdf = archived_letter(database, clerk, request_id)
    error = _refused(
        database, request_id, MailSendCertificateRefused,
        lambda: send(database, clerk, keychain, letter_id),
    )  # fmt: skip
    assert "certificate this computer does not trust" in error.message()
    assert server.received() == []


def test_a_recipient_the_server_refuses_is_not_recorded(
    database: db_service.Database,
    clerk: Actor,
    keychain: Keychain,
    certificates: Certificates,
    server_factory: Callable[..., MailServer],
) -> None:
    server = server_factory("implicit", refuse={REQUESTER})
    configure(database, clerk, keychain, server, certificates)
    request_id = new_request(database, clerk)
    letter_id, _pdf = archived_letter(database, clerk, request_id)
    error = _refused(
        database, request_id, MailRecipientRefused,
        lambda: send(database, clerk, keychain, letter_id),
    )  # fmt: skip
    assert "(code 550)" in error.message()


def test_a_server_that_stalls_mid_send_times_out_and_nothing_is_recorded(
    database: db_service.Database,
    clerk: Actor,
    keychain: Keychain,
    certificates: Certificates,
    server_factory: Callable[..., MailServer],
) -> None:
    server = server_factory("implicit", stall_data=5.0)
    configure(database, clerk, keychain, server, certificates)
    request_id = new_request(database, clerk)
    letter_id, _pdf = archived_letter(database, clerk, request_id)
    error = _refused(
        database, request_id, MailTimeout,
        lambda: send(database, clerk, keychain, letter_id, timeout=1.0),
    )  # fmt: skip
    assert error.message() == (
        "The mail server localhost did not answer in time (waited 1 s). The letter is not "
        "recorded as sent; try again later."
    )


def test_settings_refuse_a_plain_connection_beyond_this_computer(
    database: db_service.Database, clerk: Actor
) -> None:
    with database.unit_of_work() as session, pytest.raises(MailPlainSettingRefused):
        mail_settings.save(
            session, clerk, MailSettings(smtp_host="mail.example.lv", smtp_tls="none")
        )
    with database.unit_of_work() as session:
        assert mail_settings.load(session) == MailSettings()  # nothing half-written


def test_settings_round_trip_and_the_password_stays_out_of_the_database(
    database: db_service.Database, clerk: Actor, keychain: Keychain, tmp_path: Path
) -> None:
    wanted = MailSettings(
        smtp_host="smtp.example.lv", smtp_port=587, smtp_tls="starttls",
        imap_host="imap.example.lv", imap_port=993, user=USER, imap_folder="Requests",
        imap_done_folder="Requests/Done", send_rate=20,
    )  # fmt: skip
    with database.unit_of_work() as session:
        assert "smtp_host" in mail_settings.save(session, clerk, wanted)
    mail_settings.save_password(keychain, database.database_id, PASSWORD)
    with database.unit_of_work() as session:
        assert mail_settings.load(session) == wanted
    assert mail_settings.password(keychain, database.database_id) == PASSWORD
    database.close()
    assert PASSWORD.encode() not in database.path.read_bytes()


def test_no_address_on_the_request_is_one_sentence(
    database: db_service.Database, clerk: Actor, keychain: Keychain, certificates: Certificates
) -> None:
    configure(database, clerk, keychain, None, certificates, port=465)
    request_id = new_request(database, clerk, email=None)
    letter_id, _pdf = archived_letter(database, clerk, request_id)
    with pytest.raises(KnownError, match="has no e-mail address"):
        send(database, clerk, keychain, letter_id)
    assert sent_rows(database) == 0
