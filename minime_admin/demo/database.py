"""The demo database: fictional data, its own file, its own key beside it.

A real database never keeps its key beside it. The demo may, because everything in it is
invented, and it must open with no prompt even where there is no keychain. The key file
says so in its first lines.
"""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

from minime_admin.demo.key_file import key_file, read_key
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import Clock, today
from minime_admin.progress import Progress
from minime_admin.services import customer_search
from minime_admin.services import database as db_service
from minime_admin.services.files import write_atomic
from minime_admin.store.sqlcipher import Secret

DEMO_CUSTOMERS = 2000
DEMO_SEED = 2026
_WARNING = (
    "# minime-admin DEMO KEY - fictional demo data only.\n"
    "# This key opens the demo database beside it. A real database never keeps its key\n"
    "# in a file: its key lives in the system keychain or is a passphrase.\n"
)


def demo_exists(path: Path) -> bool:
    return path.is_file()


def open_demo(path: Path, clock: Clock) -> db_service.Database:
    return db_service.open_with_secret(
        path, read_key(path), db_service.Unlock.DEMO_KEY, clock=clock
    )


def create_demo(
    path: Path,
    actor: Actor,
    clock: Clock,
    progress: Progress | None = None,
    customers: int = DEMO_CUSTOMERS,
    as_of: date | None = None,
) -> db_service.Database:
    """Create and fill the demo database; on failure or cancel nothing is left behind."""
    # The generators load only to make one: opening the demo needs none of them (#19.5).
    from minime_admin.demo.customers import seed_demo
    from minime_admin.demo.requests import demo_request_count, seed_demo_requests

    raw_key = secrets.token_bytes(32)
    write_atomic(key_file(path), (_WARNING + raw_key.hex() + "\n").encode("ascii"))
    try:
        database = db_service.create_with_secret(
            path, Secret(raw_key=raw_key), db_service.Unlock.DEMO_KEY, actor, clock
        )
    except BaseException:
        key_file(path).unlink(missing_ok=True)
        raise
    try:
        with database.unit_of_work() as session:
            as_of = as_of or today(clock)
            seed_demo(
                session,
                customers=customers,
                seed=DEMO_SEED,
                as_of=as_of,
                progress=progress,
                actor=actor,
            )
            seed_demo_requests(session, demo_request_count(customers), DEMO_SEED, as_of, actor)
            customer_search.rebuild_index(session)
    except BaseException:
        database.engine.dispose()
        discard_demo(path)
        raise
    return database


def discard_demo(path: Path) -> None:
    for leftover in (path, *(Path(f"{path}{s}") for s in ("-wal", "-shm")), key_file(path)):
        leftover.unlink(missing_ok=True)
