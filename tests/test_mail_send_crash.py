"""No letter sent twice after a crash between the mail server's accept and the record
(issue #16.4, "no letter recorded as sent that was not" and none sent twice).

The real command line sends a letter to a real SMTP server on 127.0.0.1 (mail_server.py) and
is killed with SIGKILL the moment the server has queued it and answered 250 (as
benchmarks/kill_nine.py kills its commands). The server keeps what it got; the database
keeps the attempt, committed before sending, and no record of a sending. The next run does
not send blindly: it says when the letter may have gone and its Message-ID, and sends again
only with --resend.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import TEST_NOW
from keyring.backends import fail
from mail_server import MailServer
from sqlalchemy import func, select

from minime_admin.cli import main
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.services import database as db_service
from minime_admin.services import mail_settings, requests, users
from minime_admin.store.mail_models import MailAttempt
from minime_admin.store.request_models import ArchivedLetter as Letter
from minime_admin.store.request_models import SentMail

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "Saule, Pērkons, Daugava un Gauja"
NO_KEYCHAIN = db_service.Keychain(fail.Keyring())
MANAGER = "Anna Vadītāja"


@pytest.fixture
def server() -> Iterator[MailServer]:
    started = MailServer("none").start()  # plain SMTP: allowed to this computer only
    yield started
    started.stop()


@pytest.fixture
def shop(tmp_path: Path, server: MailServer, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A passphrase database (the killed command cannot reach this test's keychain) with a
    request to answer and the mailbox set up; closed again."""
    clock = FixedClock(TEST_NOW)
    actor = Actor(MANAGER, Role.MANAGER)
    created = db_service.create_database(
        tmp_path / "shop.db", actor, NO_KEYCHAIN, PASSPHRASE, clock=clock
    )
    database = created.database
    with database.unit_of_work() as session:
        users.add_user(session, actor, MANAGER, Role.MANAGER, "a long password")
        opened = requests.open_request(
            session, actor,
            requests.NewRequest(RequestType.ACCESS, Channel.EMAIL,
                                datetime(2026, 11, 20, 9, 0, tzinfo=UTC), "Līga Ozola",
                                "Kopiju, lūdzu", requester_email="liga.ozola@example.lv"),
        )  # fmt: skip
        mail_settings.save(
            session, actor,
            mail_settings.MailSettings(smtp_host="127.0.0.1", smtp_port=server.port,
                                       smtp_tls="none", send_rate=0),
        )  # fmt: skip
    database.close()
    monkeypatch.setenv("MINIME_ADMIN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("MINIME_ADMIN_USER", MANAGER)
    return tmp_path / "shop.db", opened.reference


def environment(folder: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "MINIME_ADMIN_PASSPHRASE": PASSPHRASE,
        "MINIME_ADMIN_DATA_DIR": str(folder / "data"),
        "MINIME_ADMIN_USER": MANAGER,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # never the OS keychain
    }


def state(db: Path) -> tuple[list[tuple[str, str]], int, int]:
    """(attempts as (state, Message-ID), sent_mail rows, letters archived)."""
    database = db_service.open_database(db, NO_KEYCHAIN, PASSPHRASE, clock=FixedClock(TEST_NOW))
    try:
        with database.unit_of_work() as session:
            attempts = [
                (a.state, a.message_id)
                for a in session.execute(select(MailAttempt).order_by(MailAttempt.id)).scalars()
            ]
            sent = session.execute(select(func.count(SentMail.id))).scalar_one()
            letters = session.execute(select(func.count(Letter.id))).scalar_one()
    finally:
        database.close()
    return attempts, int(sent), int(letters)


def send(capsys: pytest.CaptureFixture[str], db: Path, reference: str, *more: str):  # type: ignore[no-untyped-def]
    code = main(
        ["--db", str(db), "letter", "--request", reference, "--kind", "acknowledgment",
         "--send", *more],
        FixedClock(TEST_NOW),
    )  # fmt: skip
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_kill_after_the_server_accepted_never_sends_the_letter_twice_blindly(
    tmp_path: Path,
    shop: tuple[Path, str],
    server: MailServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, reference = shop
    process = subprocess.Popen(
        [sys.executable, "-m", "minime_admin", "--db", str(db), "letter", "--request",
         reference, "--kind", "acknowledgment", "--send"],
        env=environment(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    server.after_accept = lambda: os.kill(process.pid, signal.SIGKILL)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == -signal.SIGKILL, err.decode(errors="replace")
    server.after_accept = None

    # The server has the letter; the database has the attempt and no record of a sending.
    [arrived] = server.received()
    message_id = arrived.message["Message-ID"]
    attempts, sent, letters = state(db)
    assert attempts == [("sending", message_id)] and sent == 0 and letters == 1

    # The next run does not send: one sentence with when and which Message-ID to look for.
    code, out, err = send(capsys, db, reference)
    assert code == 1 and out == "" and "Traceback" not in err
    assert f"The acknowledgment letter for request {reference} may have been sent at" in err
    assert re.search(r"sent at \d{4}-\d\d-\d\d \d\d:\d\d \(Message-ID", err)
    assert message_id in err and "sent folder" in err and "--resend" in err
    assert len(server.received()) == 1  # nothing more went out
    assert state(db)[1:] == (0, 1)  # and no other letter was archived for it

    # Told to, it sends again, once; the uncertain attempt is marked as replaced.
    code, out, err = send(capsys, db, reference, "--resend")
    assert code == 0, err
    assert len(server.received()) == 2
    again = server.received()[1].message["Message-ID"]
    assert again != message_id and f"Message-ID: {again}" in out
    attempts, sent, letters = state(db)
    assert attempts == [("superseded", message_id), ("sent", again)]
    assert (sent, letters) == (1, 2)
    # Recorded, the next sending is an ordinary one again.
    code, out, err = send(capsys, db, reference)
    assert code == 0, err
    assert len(server.received()) == 3


def test_a_refused_sending_is_failed_not_uncertain(
    shop: tuple[Path, str], server: MailServer, capsys: pytest.CaptureFixture[str]
) -> None:
    db, reference = shop
    server.refuse.add("liga.ozola@example.lv")
    code, _out, err = send(capsys, db, reference)
    assert code == 1 and "refused the recipient's address" in err
    attempts, sent, _letters = state(db)
    assert [a for a, _mid in attempts] == ["failed"] and sent == 0
    server.refuse.clear()
    code, _out, err = send(capsys, db, reference)  # no --resend needed: nothing went out
    assert code == 0, err
    assert [a for a, _mid in state(db)[0]] == ["failed", "sent"]
