"""`backup`, `backup verify`, `backup list` and `restore` from the command line (issue #17),
including a restore on a new machine that has nothing but the backup and the recovery key."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import keyring
import pytest
from conftest import TEST_NOW, SeedShop
from keyring_backend import MemoryKeyring
from sqlalchemy import text

from minime_admin.cli import main
from minime_admin.cli.common import EXIT_DAMAGED
from minime_admin.domain import recovery_key
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.services import backup, erasure
from minime_admin.services import database as db_service


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), FixedClock(TEST_NOW))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _erase_first(database: db_service.Database, clerk: Actor) -> int:
    with database.engine.connect() as connection:
        customer_id = int(
            connection.execute(
                text(
                    "SELECT id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM legal_holds h"
                    " WHERE h.customer_id = c.id) ORDER BY id LIMIT 1"
                )
            ).scalar_one()
        )
    with database.unit_of_work() as session:
        plan = erasure.plan_erasure(session, customer_id)
        erasure.execute_erasure(session, clerk, plan, reason="test", planned_now=True)
    return customer_id


def test_backup_list_and_verify(
    database: db_service.Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(database.path)
    code, out, err = run(capsys, "--db", db, "backup", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert Path(made["path"]).parent == backup.default_folder()
    assert made["revision"] and len(made["sha256"]) == 64 and made["size"] > 0

    code, out, _ = run(capsys, "backup", "list", "--json")
    assert code == 0 and [row["path"] for row in json.loads(out)] == [made["path"]]

    code, out, _ = run(capsys, "backup", "verify", made["path"])
    assert code == 0
    assert "Intact:    yes" in out and "Audit log: intact; entries checked: 1" in out

    code, out, _ = run(capsys, "backup", "verify", made["path"], "--json")
    verdict = json.loads(out)
    assert verdict["intact"] and verdict["sha256"] == made["sha256"]

    damaged = Path(made["path"]).with_name("damaged.mmbak")
    data = bytearray(Path(made["path"]).read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    code, out, err = run(capsys, "backup", "verify", str(damaged))
    # Where the byte lands decides how far the check gets: a page the open reads already
    # (one sentence), or one the integrity checks find (the verdict); both exit 3.
    assert code == EXIT_DAMAGED
    assert "Intact:    NO" in out or "is damaged or incomplete" in err
    for page_start in (len(data) // 4096 // 2 * 4096, 4096):  # a middle page; page 2
        data = bytearray(Path(made["path"]).read_bytes())
        data[page_start + 100] ^= 0xFF
        damaged.write_bytes(bytes(data))
        code, out, err = run(capsys, "backup", "verify", str(damaged))
        assert code == EXIT_DAMAGED, (page_start, out, err)


def test_backup_errors_are_one_sentence(
    tmp_path: Path, database: db_service.Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", str(database.path), "backup", str(tmp_path / "gone"))
    assert code == 1 and out == ""
    assert err.strip().endswith("No backup was made.") and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "backup", "verify", str(tmp_path / "none.mmbak"))
    assert code == 1 and "There is no backup file at" in err
    code, _, err = run(capsys, "backup", "list", str(tmp_path / "gone"))
    assert code == 1 and err.strip().endswith("network share connected?).")


def test_restore_on_a_new_machine_with_only_the_recovery_key(
    tmp_path: Path,
    created: db_service.Created,
    seed_shop: SeedShop,
    clerk: Actor,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = seed_shop(customers=40)
    erased = _erase_first(database, clerk)
    code, out, err = run(capsys, "--db", str(database.path), "backup", "--json")
    assert code == 0, err
    made = json.loads(out)
    code, out, _ = run(capsys, "backup", "verify", made["path"], "--json")
    before = json.loads(out)["counts"]
    database.close()

    # The new machine: an empty keychain, a new data folder; the backup copied over by hand.
    keyring.set_keyring(MemoryKeyring())
    monkeypatch.setenv("MINIME_ADMIN_DATA_DIR", str(tmp_path / "new-machine" / "data"))
    carried = tmp_path / "usb" / Path(made["path"]).name
    carried.parent.mkdir()
    carried.write_bytes(Path(made["path"]).read_bytes())
    new_db = tmp_path / "new-machine" / "data" / "minime.db"
    new_db.parent.mkdir(parents=True)

    code, _, err = run(capsys, "restore", str(carried), "--db", str(new_db))
    assert code == 1 and "--recover" in err  # no key on this machine yet
    wrong = recovery_key.encode(os.urandom(32))
    monkeypatch.setattr(sys, "stdin", io.StringIO(wrong + "\n"))
    code, _, err = run(capsys, "restore", str(carried), "--db", str(new_db), "--recover")
    assert code == 1 and "does not open the backup" in err and not new_db.exists()

    monkeypatch.setattr(sys, "stdin", io.StringIO(created.recovery_key + "\n"))
    code, out, err = run(capsys, "restore", str(carried), "--db", str(new_db), "--recover")
    assert code == 0, err
    assert f"Restored {carried.name} to {new_db}" in out

    # The key is now in this machine's keychain: the database opens as any other.
    code, out, _ = run(capsys, "--db", str(new_db), "audit", "verify")
    assert code == 0 and "intact" in out
    again = db_service.open_database(
        new_db, db_service.system_keychain(), clock=FixedClock(TEST_NOW)
    )
    try:
        with again.engine.connect() as connection:
            for table in ("customers", "orders", "requests", "breaches"):
                count = connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
                assert count == before[table], table
            audit_entries = connection.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
            assert audit_entries == before["audit_log"] + 1  # the restore is recorded
            stub = connection.execute(
                text("SELECT erased_at FROM customers WHERE id = :id"), {"id": erased}
            ).scalar_one()
            assert stub is not None
    finally:
        again.close()
