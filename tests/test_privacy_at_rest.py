"""What an attacker with the file (but not the key) sees: no header, no names, no e-mails."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from minime_admin.demo import database as demo_database
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.errors import KeyFileDamaged
from minime_admin.progress import Cancelled
from minime_admin.services import database as db_service
from minime_admin.store.counts import customer_count
from minime_admin.store.sqlcipher import SQLITE_MAGIC

KNOWN_DEMO_NAMES = ("Ķēniņš", "Bērziņ", "Ģirts")


def _all_bytes(path: Path) -> bytes:
    """The database and anything beside it (WAL, shared memory, journals)."""
    return b"".join(
        p.read_bytes()
        for p in path.parent.iterdir()
        if p.name.startswith(path.name) and not p.name.endswith(".DEMO-KEY.txt")
    )


def test_demo_database_has_no_plain_header_and_no_known_name_in_its_bytes(
    tmp_path: Path, clerk: Actor, clock: FixedClock
) -> None:
    path = tmp_path / "demo" / "minime-demo.db"
    database = demo_database.create_demo(
        path, clerk, clock, customers=150, as_of=date(2026, 11, 25)
    )
    with database.unit_of_work() as session:
        assert customer_count(session) == 150
        names = set(session.execute(text("SELECT last_name FROM customers")).scalars())
    assert any("Ķēniņš" in n for n in names)  # the name really is in the data
    raw_open = _all_bytes(path)  # while open: the WAL holds recent pages too
    database.close()
    raw_closed = _all_bytes(path)
    assert not path.read_bytes().startswith(SQLITE_MAGIC)
    for raw in (raw_open, raw_closed):
        for name in (*KNOWN_DEMO_NAMES, "inbox.lv", "+371"):
            assert name.encode("utf-8") not in raw, name
            assert name.encode("utf-16-le") not in raw, name


def test_demo_opens_from_its_marked_key_file_without_a_keychain(
    tmp_path: Path, clerk: Actor, no_keychain: object, clock: FixedClock
) -> None:
    path = tmp_path / "demo" / "minime-demo.db"
    demo_database.create_demo(path, clerk, clock, customers=20, as_of=date(2026, 11, 25)).close()
    key_text = demo_database.key_file(path).read_text()
    assert key_text.startswith("# minime-admin DEMO KEY - fictional demo data only.")
    database = demo_database.open_demo(path, clock)
    assert database.unlocked_by is db_service.Unlock.DEMO_KEY
    database.close()


def test_cancelled_demo_leaves_nothing_behind(
    tmp_path: Path, clerk: Actor, clock: FixedClock
) -> None:
    path = tmp_path / "demo" / "minime-demo.db"
    calls: list[int] = []

    def stop_after_first(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 2

    with pytest.raises(Cancelled):
        demo_database.create_demo(path, clerk, clock, progress=stop_after_first, customers=500)
    assert not path.exists() and not demo_database.key_file(path).exists()
    assert list(path.parent.iterdir()) == []


def test_damaged_demo_key_file_is_a_clear_error(
    tmp_path: Path, clerk: Actor, clock: FixedClock
) -> None:
    path = tmp_path / "demo" / "minime-demo.db"
    demo_database.create_demo(path, clerk, clock, customers=5, as_of=date(2026, 11, 25)).close()
    demo_database.key_file(path).write_text("# nothing here\nnot-hex\n")
    with pytest.raises(KeyFileDamaged):
        demo_database.open_demo(path, clock)
