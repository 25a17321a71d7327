"""The command-line contract: exit codes, one-sentence errors, JSON, no tracebacks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TEST_NOW
from pypdf import PdfReader
from sqlalchemy import text

from minime_admin.cli import main
from minime_admin.cli.common import EXIT_AUDIT_BROKEN
from minime_admin.domain import recovery_key
from minime_admin.domain.clock import FixedClock
from minime_admin.services import database as db_service
from minime_admin.store.keychain import Keychain

PASSPHRASE = "Ģirts Ķēniņš-Žūriņa 2026"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), FixedClock(TEST_NOW))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_init_creates_an_encrypted_database_and_shows_the_recovery_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "office.db"
    sheet = tmp_path / "recovery.pdf"
    code, out, _ = run(capsys, "--db", str(path), "init", "--recovery-sheet", str(sheet))
    assert code == 0
    key_line = next(line.strip() for line in out.splitlines() if line.startswith("    "))
    raw = recovery_key.decode(key_line)
    assert len(raw) == 32
    pdf_text = "".join(page.extract_text() for page in PdfReader(sheet).pages)
    compact = "".join(pdf_text.split()).replace("-", "")
    assert key_line.replace("-", "") in compact
    assert "atkopšanas atslēga" in pdf_text

    code, out, err = run(capsys, "--db", str(path), "init")
    assert code == 1 and "already exists" in err and "Traceback" not in err


@pytest.mark.parametrize("where", ["inside a file", "a folder"])
def test_init_checks_the_recovery_sheet_path_before_creating_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "sheets").mkdir()
    sheet = tmp_path / ("notes.txt/recovery.pdf" if where == "inside a file" else "sheets")
    path = tmp_path / "office.db"
    code, out, err = run(capsys, "--db", str(path), "init", "--recovery-sheet", str(sheet))
    assert (
        code != 0
        and "Traceback" not in err
        and str(sheet.parent if where == "inside a file" else sheet) in err
    )
    assert not path.exists() and "Recovery key" not in out


def test_a_recovery_sheet_that_fails_late_still_leaves_the_key_on_screen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from minime_admin.letters import recovery_sheet

    def broken(_sheet: object) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(recovery_sheet, "render_recovery_sheet", broken)
    path = tmp_path / "office.db"
    code, out, _ = run(
        capsys, "--db", str(path), "init", "--recovery-sheet", str(tmp_path / "r.pdf")
    )
    assert code != 0
    key_line = next(line.strip() for line in out.splitlines() if line.startswith("    "))
    assert len(recovery_key.decode(key_line)) == 32


def test_init_without_keychain_takes_the_passphrase_from_the_environment(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    no_keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "office.db"
    code, _, err = run(capsys, "--db", str(path), "init")
    assert code == 1 and "MINIME_ADMIN_PASSPHRASE" in err
    assert not path.exists()

    monkeypatch.setenv("MINIME_ADMIN_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "--db", str(path), "init")[0] == 0
    code, out, _ = run(capsys, "--db", str(path), "audit", "verify", "--json")
    assert code == 0 and json.loads(out)["intact"] is True

    monkeypatch.setenv("MINIME_ADMIN_PASSPHRASE", "a wrong passphrase")
    code, _, err = run(capsys, "--db", str(path), "audit", "verify")
    assert code == 1 and "does not open" in err


def test_audit_verify_names_the_first_bad_entry(
    database: db_service.Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(database.path)
    code, out, _ = run(capsys, "--db", path, "audit", "verify")
    assert code == 0 and "intact" in out
    with database.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER audit_log_no_update"))
        connection.execute(text("UPDATE audit_log SET actor = 'Nobody' WHERE seq = 1"))
    code, out, err = run(capsys, "--db", path, "audit", "verify")
    assert code == EXIT_AUDIT_BROKEN and "entry 1" in err
    code, out, _ = run(capsys, "--db", path, "audit", "verify", "--json")
    assert code == EXIT_AUDIT_BROKEN
    assert json.loads(out) == {
        "intact": False,
        "checked": 0,
        "first_bad_entry": 1,
        "problem": "altered",
    }


def test_audit_list_json(database: db_service.Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(database.path), "audit", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and rows[0]["action"] == "database.created"
    assert rows[0]["actor"] == "Test Clerk" and rows[0]["at"].endswith("+00:00")


def test_recover_reads_the_key_from_standard_input(
    created: db_service.Created,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    import keyring
    from keyring_backend import MemoryKeyring

    created.database.close()
    keyring.set_keyring(MemoryKeyring())  # a new machine
    monkeypatch.setattr(sys, "stdin", io.StringIO(created.recovery_key + "\n"))
    code, out, _ = run(capsys, "--db", str(created.database.path), "--recover", "audit", "verify")
    assert code == 0 and "intact" in out


def _subprocess_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINIME_ADMIN_")}
    env.update(
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # never the real keychain
        MINIME_ADMIN_DATA_DIR=str(tmp_path / "data"),
        MINIME_ADMIN_LANG="en",
    )
    env.update(extra)
    return env


@pytest.mark.slow
@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ("missing", "There is no database at"),
        ("plain", "unencrypted SQLite file"),
        ("random", "needs its passphrase or recovery key"),
    ],
)
def test_bad_databases_give_one_sentence_and_no_traceback(
    tmp_path: Path, setup: str, expected: str
) -> None:
    path = tmp_path / "x.db"
    if setup == "plain":
        import sqlite3

        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    elif setup == "random":
        path.write_bytes(os.urandom(8192))
    before = path.read_bytes() if path.exists() else None
    result = subprocess.run(
        [sys.executable, "-m", "minime_admin", "--db", str(path), "audit", "verify"],
        capture_output=True,
        text=True,
        env=_subprocess_env(tmp_path),
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (path.read_bytes() if path.exists() else None) == before


def test_version(capsys: pytest.CaptureFixture[str], clock: FixedClock) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(clock=clock, argv=["--version"])
    assert exit_info.value.code == 0
    assert "minime-admin 0." in capsys.readouterr().out
