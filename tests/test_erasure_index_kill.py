"""The search index purge is part of the erasure (issue #14.3): after a kill -9 at any
moment, the erased person's index tokens are gone from the file when it is next opened.

A child process runs a real erasure and kills itself at a chosen point: right after the
index rows are deleted, right after the index is merged (both inside the transaction), or
right after the transaction committed but before the write-ahead log was folded into the
file. The parent then opens the database the ordinary way and decrypts the file (and any
WAL) page by page, free pages included, looking for the person's folded token.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import TEST_NOW
from sqlalchemy import update
from sqlcipher_pages import plaintext

from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.services import customer_search
from minime_admin.services import database as db_service
from minime_admin.store.models import Customer
from minime_admin.store.sqlcipher import Secret

KEY = bytes(range(32))
NAME = "Kvorvaldīšs"  # stored as typed; the index holds it folded, "kvorvaldiss"
TOKEN = b"rvaldiss"  # a tail of the folded token: FTS5 prefix-compresses its terms
ROOT = Path(__file__).resolve().parent.parent

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import UTC, datetime
    from pathlib import Path
    from sqlalchemy import event
    from sqlalchemy.orm import Session
    from minime_admin.domain.actor import Actor, Role
    from minime_admin.domain.clock import FixedClock
    from minime_admin.services import database as db_service
    from minime_admin.services.erasure import execute_erasure, plan_erasure
    from minime_admin.store.sqlcipher import Secret

    path, key, stage = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), sys.argv[3]
    database = db_service.open_with_secret(
        path, Secret(raw_key=key), db_service.Unlock.KEYCHAIN,
        clock=FixedClock(datetime(2026, 11, 25, 10, tzinfo=UTC)),
    )

    def die(*_args):
        os.kill(os.getpid(), signal.SIGKILL)

    MARKERS = {"index_deleted": "DELETE FROM customer_search WHERE", "index_merged": "'optimize'"}
    if stage == "committed":
        event.listen(Session, "after_commit", die)
    elif stage in MARKERS:
        @event.listens_for(database.engine, "after_cursor_execute")
        def at(_conn, _cursor, statement, *_args):
            if MARKERS[stage] in statement:
                die()

    with database.unit_of_work() as session:
        execute_erasure(session, Actor("Test Clerk", Role.STAFF), plan_erasure(session, 1))
    database.close()
    print("erased without being killed")
    """
)


@pytest.fixture
def shop(tmp_path: Path, clerk: Actor) -> Iterator[Path]:
    path = tmp_path / "shop.db"
    database = db_service.create_with_secret(
        path, Secret(raw_key=KEY), db_service.Unlock.KEYCHAIN, clerk, clock=FixedClock(TEST_NOW)
    )
    with database.unit_of_work() as session:
        seed_demo(session, customers=8, seed=4, as_of=date(2026, 11, 25), actor=clerk)
        session.execute(update(Customer).where(Customer.id == 1).values(first_name=NAME))
        customer_search.rebuild_index(session)
    database.close()
    assert TOKEN in plaintext(path, KEY)  # positive control: the token is in the index pages
    yield path


def _raw(path: Path) -> bytes:
    wal = Path(f"{path}-wal")
    extra = plaintext(wal, KEY) if wal.exists() and wal.stat().st_size else b""
    return plaintext(path, KEY) + extra


@pytest.mark.parametrize(
    ("stage", "erased"),
    [("index_deleted", False), ("index_merged", False), ("committed", True), ("finished", True)],
)
def test_a_killed_erasure_leaves_no_index_token_of_an_erased_person(
    shop: Path, stage: str, erased: bool
) -> None:
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(shop), KEY.hex(), stage],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    if stage == "finished":
        assert child.returncode == 0, child.stderr
    else:
        assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr

    reopened = db_service.open_with_secret(
        shop, Secret(raw_key=KEY), db_service.Unlock.KEYCHAIN, clock=FixedClock(TEST_NOW)
    )
    try:
        raw = _raw(shop)  # as the file stands once opened, before it is ever closed
        with reopened.unit_of_work() as session:
            stub = session.get(Customer, 1)
            found = [hit.id for hit in customer_search.search(session, NAME)]
    finally:
        reopened.close()
    assert stub is not None
    if erased:
        assert stub.erased_at is not None and found == []
        assert TOKEN not in raw
    else:  # killed inside the transaction: nothing happened, the person is whole
        assert stub.erased_at is None and stub.first_name == NAME and found == [1]
