"""One of several processes appending to one audit log at once (test and benchmark, #18.3).

``python tests/audit_writer.py LOCATION KEY_HEX NAME COUNT REQUEST_ID [START_FOLDER]`` adds
COUNT notes to one request (LOCATION: the database file, whose key is KEY_HEX, or a server
URL, with KEY_HEX "-"), each in its own unit of work (a timeline entry and an audit entry,
as a worker's note is), and prints one JSON line: how many were stored, how many waits ran
out ("busy", retried), the seconds it took, the sequence numbers its entries got and when
it began and ended (wall clock). Any
other failure ends it with a traceback.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.errors import DatabaseBusy
from minime_admin.services import database as db_service
from minime_admin.services import requests, server_database
from minime_admin.store import version_repo
from minime_admin.store.sqlcipher import Secret

NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)


def wait_for_the_start(folder: Path, name: str) -> None:
    """Say "ready" and wait for "go": without it, one writer may finish before the other has
    even started (a busy machine), and nothing would run at once."""
    (folder / f"ready-{name}").touch()
    deadline = time.monotonic() + 120
    while not (folder / "go").exists():
        if time.monotonic() > deadline:
            raise SystemExit("no start signal")
        time.sleep(0.01)


def open_shared(location: str, key_hex: str, clock: FixedClock) -> db_service.Database:
    """The database another process opened too: a file with its raw key, or a server URL
    (the tests' server trusts its socket, so no password)."""
    where = server_database.location_of(location)
    if isinstance(where, server_database.ServerLocation):
        return server_database.open_server(where, None, clock=clock)
    secret = Secret(raw_key=bytes.fromhex(key_hex))
    return db_service.open_with_secret(where, secret, db_service.Unlock.KEYCHAIN, clock=clock)


def main(
    location: str, key_hex: str, name: str, count: int, request_id: int, start: Path | None = None
) -> dict[str, object]:
    database = open_shared(location, key_hex, FixedClock(NOW))
    if start is not None:
        wait_for_the_start(start, name)
    actor = Actor(name, Role.STAFF)
    stored, busy, seqs = 0, 0, []
    began = time.time()  # wall clock, comparable across the processes
    started = time.perf_counter()
    try:
        while stored < count:
            try:
                with database.unit_of_work() as session:
                    requests.add_note(session, actor, request_id, f"{name} {stored}")
                    seq = version_repo.audit_head_seq(session)
                stored += 1  # counted only once committed
                seqs.append(seq)
            except DatabaseBusy:
                busy += 1
    finally:
        database.close()
    seconds = time.perf_counter() - started
    ended = time.time()
    return {
        "stored": stored,
        "busy": busy,
        "seconds": seconds,
        "seqs": seqs,
        "began": began,
        "ended": ended,
    }


if __name__ == "__main__":
    result = main(
        sys.argv[1],
        sys.argv[2],
        sys.argv[3],
        int(sys.argv[4]),
        int(sys.argv[5]),
        Path(sys.argv[6]) if len(sys.argv) > 6 else None,
    )
    print(json.dumps(result))
