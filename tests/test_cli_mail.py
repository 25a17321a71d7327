"""`mail configure`, `letter ... --send` and `breach letters ID --send` against a real SMTP
server on 127.0.0.1; and the bulk sending's cancel and resume: each letter exactly once."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from conftest import KNOWN_MANAGER_PASSWORD, TEST_NOW
from mail_server import Certificates, MailServer, make_certificates
from sqlalchemy import select

from minime_admin.cli import main
from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor
from minime_admin.domain.breach import Circumstances
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.progress import Cancelled
from minime_admin.services import breach_mail, breach_outputs, breaches, requests
from minime_admin.services.database import Database
from minime_admin.services.mail_send import sender_opener
from minime_admin.store.keychain import Keychain
from minime_admin.store.request_models import SentMail

USER, PASSWORD = "office@minime.lv", "correct horse battery"


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("ca"))


@pytest.fixture
def server(certificates: Certificates) -> Iterator[MailServer]:
    started = MailServer("implicit", certificates, users={USER: PASSWORD}).start()
    yield started
    started.stop()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), FixedClock(TEST_NOW))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def configured(
    database: Database,
    server: MailServer,
    certificates: Certificates,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    db = str(database.path)
    monkeypatch.setenv("MINIME_ADMIN_MAIL_PASSWORD", PASSWORD)
    code, out, err = run(
        capsys, "--db", db, "mail", "configure", "--smtp", f"localhost:{server.port}",
        "--imap", "localhost", "--user", USER, "--tls", "implicit",
        "--ca-file", str(certificates.ca_file), "--rate", "0",
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith("Mail settings saved") and "kept in the keychain" in out
    monkeypatch.delenv("MINIME_ADMIN_MAIL_PASSWORD")  # from here on: the keychain's
    return db


def test_configure_remembers_the_servers_and_keeps_the_password_in_the_keychain(
    configured: str, server: MailServer, capsys: pytest.CaptureFixture[str], keychain: Keychain
) -> None:
    code, out, _ = run(capsys, "--db", configured, "mail", "show", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["password_in_keychain"] is True
    assert (shown["smtp_host"], shown["smtp_port"], shown["smtp_tls"]) == (
        "localhost", server.port, "implicit",
    )  # fmt: skip
    assert (shown["imap_host"], shown["imap_port"]) == ("localhost", 993)  # the usual port
    assert shown["from_address"] == "info@minime.lv" and PASSWORD not in out
    assert shown["interval_minutes"] == 10  # fetch every ten minutes unless told


def test_configure_sets_the_fetch_interval_read_by_the_inbox_timer(
    configured: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINIME_ADMIN_MAIL_PASSWORD", PASSWORD)
    common = ("--db", configured, "mail", "configure", "--user", USER, "--tls", "implicit")
    code, _, err = run(capsys, *common, "--interval", "25")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", configured, "mail", "show", "--json")
    assert json.loads(out)["interval_minutes"] == 25
    code, out, err = run(capsys, *common, "--interval", "2000")
    assert code == 1 and out == "" and "Traceback" not in err
    assert err.strip() == (
        "minime-admin: The fetch interval is a number of minutes from 0 (only when asked) to 1440."
    )
    code, out, _ = run(capsys, "--db", configured, "mail", "show", "--json")
    assert json.loads(out)["interval_minutes"] == 25  # the refused value changed nothing


def test_plain_smtp_is_refused_beyond_this_computer(
    database: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MINIME_ADMIN_MAIL_PASSWORD", PASSWORD)
    code, out, err = run(
        capsys, "--db", str(database.path), "mail", "configure", "--smtp",
        "mail.example.lv:25", "--user", USER, "--tls", "none",
    )  # fmt: skip
    assert code == 1 and out == "" and "Traceback" not in err
    assert err.strip() == (
        "minime-admin: A mail server without TLS is accepted only on this computer "
        "(127.0.0.1 or localhost), not at mail.example.lv. Choose implicit TLS or STARTTLS."
    )


def test_letter_send_prints_the_message_id_and_sha256_of_what_arrived(
    configured: str,
    database: Database,
    known_clerk: Actor,
    server: MailServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with database.unit_of_work() as session:
        opened = requests.open_request(
            session, known_clerk,
            requests.NewRequest(RequestType.ACCESS, Channel.EMAIL,
                                datetime(2026, 11, 20, 9, 0, tzinfo=UTC), "Anna Liepa",
                                "Kopiju, lūdzu", requester_email="anna.liepa@example.lv"),
        )  # fmt: skip
    code, out, err = run(
        capsys, "--db", configured, "letter", "--request", opened.reference,
        "--kind", "acknowledgment", "--send", "--json",
    )  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    [received] = server.received()
    [attachment] = list(received.message.iter_attachments())
    assert received.message["Message-ID"] == result["message_id"]
    assert result["sha256"] == hashlib.sha256(attachment.get_content()).hexdigest()
    assert result["sent_to"] == "anna.liepa@example.lv" and result["path"] is None
    code, out, _ = run(
        capsys, "--db", configured, "letter", "--request", opened.reference,
        "--kind", "acknowledgment", "--send",
    )  # fmt: skip
    assert code == 0 and "Message-ID: <" in out and "SHA-256:" in out


@pytest.fixture
def signed_breach(database: Database, known_clerk: Actor, clock: FixedClock) -> int:
    with database.unit_of_work() as session:
        seed_demo(session, customers=24, seed=5, as_of=date(2026, 11, 25), actor=known_clerk)
        bid = breaches.new_breach(session, known_clerk, "Nozagts", clock.now() - timedelta(hours=2))
        breaches.update_breach(
            session, known_clerk, bid,
            description="Dators nozagts", consequences="Adreses svešās rokās",
            measures_taken="Bloķēts", advice="Esiet piesardzīgi", subject_categories="klienti",
            data_categories="vārds, adrese", people=24, records=24, contact_point="info@minime.lv",
            description_en="A computer was stolen", consequences_en="Addresses in wrong hands",
            measures_taken_en="Blocked", advice_en="Be careful", data_categories_en="name",
        )  # fmt: skip
        breaches.assess(session, known_clerk, bid, 2, "1", Circumstances(Decimal("0.5")))
        breaches.decide(session, known_clerk, bid, True, "Daudz", True, "Augsts risks")
        breaches.select_affected(session, known_clerk, bid, list(range(1, 25)), "all")
        breaches.sign_off(session, bid, "Test Manager", KNOWN_MANAGER_PASSWORD)
    return bid


def test_breach_letters_cancelled_half_way_then_resumed_reach_everyone_exactly_once(
    configured: str,
    database: Database,
    known_clerk: Actor,
    keychain: Keychain,
    server: MailServer,
    signed_breach: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    opener = sender_opener(keychain, database.database_id)

    def stop_after_ten(done: int, total: int) -> bool:
        return done < 10

    with pytest.raises(Cancelled):
        breach_mail.send_breach_letters(
            database.unit_of_work, known_clerk, signed_breach, opener, stop_after_ten, rate=0
        )
    assert len(server.received()) == 10
    with database.session() as session:
        assert len(session.execute(select(SentMail)).all()) == 10  # each one, at once

    code, out, err = run(capsys, "--db", configured, "breach", "letters", str(signed_breach),
                         "--send", "--json")  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert result["already_sent"] == 10 and result["sent"] == result["total"] - 10
    recipients = [r for message in server.received() for r in message.rcpt_tos]
    assert len(recipients) == len(set(recipients)) == result["total"]  # exactly once each

    code, out, _ = run(capsys, "--db", configured, "breach", "letters", str(signed_breach),
                       "--send")  # fmt: skip
    assert code == 0 and out.startswith(f"Sent by e-mail now: 0; sent before: {result['total']}")
    assert len(server.received()) == result["total"]  # a third run sends nothing again

    # What went out is the signed letter: `breach verify` vouches for the attachment.
    pdf = server.received()[0].message.get_payload()[1].get_content()
    with database.session() as session:
        verdict = breach_outputs.verify_output(session, pdf)
    assert verdict.genuine and verdict.unchanged and verdict.kind == "customer"


def test_draft_breach_letters_are_never_emailed(
    configured: str, signed_breach: int, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "--db", configured, "breach", "letters", str(signed_breach),
                          "--send", "--draft")  # fmt: skip
    assert code == 1 and "Draft letters are never e-mailed" in err


class _Crash(BaseException):
    """The app dying (power cut, kill -9): not an error anything catches."""


def test_breach_letters_after_a_crash_between_accept_and_record_are_not_sent_again_blindly(
    configured: str,
    database: Database,
    known_clerk: Actor,
    keychain: Keychain,
    server: MailServer,
    signed_breach: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The real sender hands the fourth letter to the real server, which accepts it; then
    the run dies before recording it. (test_mail_send_crash.py does this with SIGKILL.)"""
    real_opener = sender_opener(keychain, database.database_id)

    def dying_opener(mail: Any) -> Any:
        real = real_opener(mail)

        class Dying:
            def __enter__(self) -> Dying:
                real.__enter__()
                return self

            def __exit__(self, *exc: object) -> None:
                real.__exit__(*exc)

            def send(self, message: Any) -> None:
                real.send(message)
                if len(server.received()) == 4:
                    raise _Crash

        return Dying()

    with pytest.raises(_Crash):
        breach_mail.send_breach_letters(
            database.unit_of_work, known_clerk, signed_breach, dying_opener, rate=0
        )
    fourth = server.received()[3].rcpt_tos[0]
    code, out, err = run(capsys, "--db", configured, "breach", "letters", str(signed_breach),
                         "--send", "--json")  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert result["already_sent"] == 3 and len(result["maybe_sent"]) == 1
    assert result["sent"] == result["total"] - 4 - len(result["without_address"])
    recipients = [r for message in server.received() for r in message.rcpt_tos]
    assert recipients.count(fourth) == 1  # not sent again
    code, out, err = run(capsys, "--db", configured, "breach", "letters", str(signed_breach),
                         "--send")  # fmt: skip
    assert code == 0 and "Not sent again: 1." in out and "may have been sent at" in out
    code, out, err = run(capsys, "--db", configured, "breach", "letters", str(signed_breach),
                         "--send", "--resend", "--json")  # fmt: skip
    assert code == 0, err
    result = json.loads(out)
    assert result["sent"] == 1 and result["maybe_sent"] == []
    recipients = [r for message in server.received() for r in message.rcpt_tos]
    assert recipients.count(fourth) == 2  # sent again only when told
    assert len(recipients) - 1 == len(set(recipients))
