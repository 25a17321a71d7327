"""`minime-admin mail fetch [--json]` against a real Dovecot on 127.0.0.1 (imap_server.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import TEST_NOW
from imap_server import PASSWORD, USER, ImapServer, message

from minime_admin.cli import main
from minime_admin.domain.clock import FixedClock
from minime_admin.importers.imap import ImapAccount, TlsMode
from minime_admin.services import database as db_service
from minime_admin.services import mail_fetch, mail_settings
from minime_admin.store import audit_repo
from minime_admin.store.keychain import Keychain
from minime_admin.store.mail_models import MailMessage


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), FixedClock(TEST_NOW))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(database: db_service.Database, imap_server: ImapServer, keychain: Keychain) -> str:
    with database.unit_of_work() as session:
        mail_fetch.save_imap_account(
            session,
            ImapAccount(
                host="127.0.0.1", port=imap_server.tls_port, tls=TlsMode.IMPLICIT, user=USER,
                folder="INBOX", ca_file=str(imap_server.ca_file),
            ),
        )  # fmt: skip
    mail_settings.save_password(keychain, database.database_id, PASSWORD)
    path = str(database.path)
    database.close()
    return path


def test_fetch_prints_what_it_proposed_and_skipped(
    db: str, imap_server: ImapServer, capsys: pytest.CaptureFixture[str]
) -> None:
    imap_server.append_many([message(1), b"no headers here\r\n"])
    code, out, err = run(capsys, "--db", db, "mail", "fetch", "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["counts"] == {"proposed": 1, "skipped": 1, "already_taken": 0, "copied": 0}
    (proposed,) = result["proposed"]
    assert proposed["sender_email"] == "janis@example.lv" and proposed["uid"] == 1
    assert "erasure" in proposed["suggested_types"]
    assert result["skipped"][0]["uid"] == 2 and "INBOX #2" in result["skipped"][0]["reason"]

    imap_server.append(message(3))
    code, out, _ = run(capsys, "--db", db, "mail", "fetch")
    assert code == 0
    assert out.splitlines()[0].startswith("Proposed: 1; skipped: 0;")
    assert "INBOX #3" in out and "Jānis Bērziņš <janis@example.lv>" in out
    code, out, _ = run(capsys, "--db", db, "mail", "fetch")
    assert out.startswith("Proposed: 0; skipped: 0;")


def test_a_wrong_password_is_one_translated_sentence(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(mail_fetch.PASSWORD_VARIABLE, "wrong")
    monkeypatch.setenv("MINIME_ADMIN_LANG", "lv")
    code, out, err = run(capsys, "--db", db, "mail", "fetch")
    assert code == 1 and out == ""
    assert err.startswith("minime-admin: Pasta serveris") and "Traceback" not in err


def test_no_mailbox_set_up(
    database: db_service.Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(database.path)
    database.close()
    code, _out, err = run(capsys, "--db", path, "mail", "fetch")
    assert code == 1 and "No mailbox is set up" in err


def test_proposals_are_listed_opened_and_set_aside_from_the_command_line(
    db: str, imap_server: ImapServer, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same service calls as the inbox's confirmation: a proposal opened here is a
    request like a confirmed dropped .eml, and is gone from the list (and from the app's)."""
    other = message(2, sender="Anna Liepa <anna@example.lv>", subject="Kopija, lūdzu",
                    body="Lūdzu atsūtiet kopiju no visiem maniem datiem.")  # fmt: skip
    imap_server.append_many([message(1), other, message(3)])
    assert run(capsys, "--db", db, "mail", "fetch")[0] == 0
    code, out, err = run(capsys, "--db", db, "mail", "proposals", "--json")
    assert (code, err) == (0, "")
    listed = json.loads(out)
    assert [p["uid"] for p in listed] == [1, 2, 3]
    first, second, third = listed
    assert first["sender_email"] == "janis@example.lv" and "erasure" in first["suggested_types"]
    assert first["received_at"] == "2026-11-24T09:15:00+02:00"  # the top Received:
    code, out, _ = run(capsys, "--db", db, "mail", "proposals")
    assert out.splitlines()[0] == "Fetched messages waiting: 3"
    assert f"proposal {second['proposal']}  INBOX #2" in out and "Anna Liepa" in out

    code, out, err = run(capsys, "--db", db, "mail", "open", str(first["proposal"]), "--json")
    assert (code, err) == (0, "")
    opened = json.loads(out)
    assert opened["type"] == first["suggested_types"][0]
    code, out, err = run(
        capsys, "--db", db, "mail", "open", str(second["proposal"]), "--type", "access"
    )
    assert code == 0 and out.startswith(f"Proposal {second['proposal']} opened as DSR-")
    assert "(access)" in out
    code, out, err = run(
        capsys, "--db", db, "mail", "set-aside", str(third["proposal"]), "--reason",
        "Reklāmas vēstule",
    )  # fmt: skip
    assert code == 0 and "set aside" in out

    code, out, _ = run(capsys, "--db", db, "requests", "list", "--json")
    requests_listed = json.loads(out)
    by_reference = {r["reference"]: r for r in requests_listed}
    assert set(by_reference) >= {opened["reference"]}
    assert len(requests_listed) == 2  # two opened, the third set aside
    database = db_service.open_database(
        Path(db), db_service.system_keychain(), clock=FixedClock(TEST_NOW)
    )
    try:
        with database.unit_of_work() as session:
            assert mail_fetch.pending(session) == []
            aside = session.get(MailMessage, third["proposal"])
            assert aside is not None and aside.state == "set_aside" and aside.raw is None
            assert aside.reason == "Reklāmas vēstule"
            opened_row = session.get(MailMessage, first["proposal"])
            assert opened_row is not None and opened_row.request_id is not None
            assert audit_repo.count(session, "mail.set_aside") == 1
    finally:
        database.close()
    code, out, _ = run(capsys, "--db", db, "mail", "proposals")
    assert out.strip() == "Fetched messages waiting: 0"


def test_a_proposal_opened_or_set_aside_already_is_refused_in_one_sentence(
    db: str, imap_server: ImapServer, capsys: pytest.CaptureFixture[str]
) -> None:
    imap_server.append(message(1))
    run(capsys, "--db", db, "mail", "fetch")
    assert run(capsys, "--db", db, "mail", "open", "1")[0] == 0
    for argv in (("open", "1"), ("set-aside", "1", "--reason", "x"), ("open", "99")):
        code, out, err = run(capsys, "--db", db, "mail", *argv)
        assert code == 1 and out == "" and "Traceback" not in err
        assert "already been opened as a request or set aside" in err
    code, out, err = run(capsys, "--db", db, "mail", "set-aside", "1", "--reason", "  ")
    assert code == 1 and err.strip() == (
        "minime-admin: Say why the fetched message is not a request (--reason). It was not "
        "set aside."
    )
    code, out, _ = run(capsys, "--db", db, "requests", "list", "--json")
    assert len(json.loads(out)) == 1  # opened once
