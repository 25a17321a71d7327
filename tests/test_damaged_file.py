"""A damaged file is never written to (#14.9).

A real page of a real SQLCipher file is damaged (one byte flipped, so its HMAC fails). The
quick check at open catches a damaged table root; damage deeper in a table is met by the
first read that reaches it, after which the Database refuses every unit of work and the
command line exits 3 with one sentence.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import sqlalchemy as sa

from minime_admin import errors
from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import FixedClock
from minime_admin.services import audit
from minime_admin.services import database as db_service
from minime_admin.store.keychain import Keychain
from tests.sqlcipher_pages import PAGE, decrypted_pages

ENTRIES = 1500  # enough audit entries for the log to span many pages


def _fill(database: db_service.Database, clerk: Actor) -> None:
    with database.unit_of_work() as session:
        for number in range(ENTRIES):
            audit.record(session, clerk, AuditAction.HOLIDAY_ADDED, "holiday", number)


def _flip(path: Path, page_number: int) -> None:
    """Damage one page (1-based) in the middle of its encrypted content."""
    data = bytearray(path.read_bytes())
    data[(page_number - 1) * PAGE + 2000] ^= 0xFF
    path.write_bytes(bytes(data))


def _state(path: Path) -> tuple[str, list[str]]:
    return (
        hashlib.sha256(path.read_bytes()).hexdigest(),
        sorted(p.name for p in path.parent.glob(f"{path.name}*")),  # no -wal/-shm
    )


def _audit_root(database: db_service.Database) -> int:
    with database.session() as session:
        root = session.execute(
            sa.text("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'")
        ).scalar_one()
    return int(root)


def _deep_audit_page(path: Path, key: bytes, root: int) -> int:
    """The last page holding audit entries: a leaf far from the table's first pages."""
    pages = [
        number
        for number, plain in enumerate(decrypted_pages(path, key), start=1)
        if plain.count(AuditAction.HOLIDAY_ADDED.value.encode()) > 5
    ]
    assert len(pages) > 5 and pages[-1] != root
    return pages[-1]


def test_damage_met_by_a_read_stops_every_write_and_exits_3(
    created: db_service.Created,
    keychain: Keychain,
    clerk: Actor,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = created.database
    path = database.path
    _fill(database, clerk)
    root = _audit_root(database)
    key = keychain.get(database.database_id)
    assert key is not None
    database.close()
    _flip(path, _deep_audit_page(path, key, root))
    before = _state(path)

    # The quick check at open does not reach that page: the file opens...
    reopened = db_service.open_database(path, keychain, clock=clock)
    try:
        with reopened.session() as session, pytest.raises(errors.DatabaseDamagedInUse):
            audit.verify(session)  # ...until a read meets the damaged page
        # From then on nothing is written, not even an innocent audit entry.
        with pytest.raises(errors.DatabaseDamagedInUse), reopened.unit_of_work() as session:
            audit.record(session, clerk, AuditAction.HOLIDAY_ADDED, "holiday", "x")
    finally:
        reopened.close()
    assert _state(path) == before

    code = main(["--db", str(path), "audit", "verify"], clock)
    err = capsys.readouterr().err
    assert code == 3
    assert "damaged" in err and "backup" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert _state(path) == before


def test_quick_check_at_open_catches_a_damaged_table_root(
    created: db_service.Created, keychain: Keychain, clerk: Actor, clock: FixedClock
) -> None:
    database = created.database
    path = database.path
    _fill(database, clerk)
    root = _audit_root(database)
    assert root > 1
    database.close()
    _flip(path, root)
    before = _state(path)
    with pytest.raises(errors.DatabaseDamaged) as raised:
        db_service.open_database(path, keychain, clock=clock)
    assert "not changed" in raised.value.message()
    assert _state(path) == before
