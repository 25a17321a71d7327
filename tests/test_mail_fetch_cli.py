"""`minime-admin mail fetch [--json]` against a real Dovecot on 127.0.0.1 (imap_server.py)."""

from __future__ import annotations

import json

import pytest
from conftest import TEST_NOW
from imap_server import PASSWORD, USER, ImapServer, message

from minime_admin.cli import main
from minime_admin.domain.clock import FixedClock
from minime_admin.importers.imap import ImapAccount, TlsMode
from minime_admin.services import database as db_service
from minime_admin.services import mail_fetch, mail_settings
from minime_admin.store.keychain import Keychain


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
