"""Two writers appending to one audit log at once (#18.3, #18.8): throughput and one chain,
on one encrypted file and on PostgreSQL, in the same run.

Each writer process adds notes to one request, each note its own unit of work with its audit
entry (tests/audit_writer.py). Baseline in the same run, on each backend: one writer adding
all the entries alone. Afterwards the chain must verify with every entry in it, no number
given twice. Run:
    python benchmarks/audit_writers.py [--entries 1000] [--out FILE]
On SQLite (one encrypted file) the file's write lock serialises the appends; on PostgreSQL
the same code takes an advisory lock (store/audit_repo.py). The server is a throwaway one
started as the tests start theirs (tests/pg_server.py), reached through its socket.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from audit_writer import open_shared  # noqa: E402
from pg_server import PgServer, running_postgres  # noqa: E402
from processes import run_json_scripts  # noqa: E402

from minime_admin.domain.actor import Actor, Role  # noqa: E402
from minime_admin.domain.audit_actions import AuditAction  # noqa: E402
from minime_admin.domain.clock import FixedClock  # noqa: E402
from minime_admin.domain.requests import Channel, RequestType  # noqa: E402
from minime_admin.services import audit, requests, server_database  # noqa: E402
from minime_admin.services import database as db_service  # noqa: E402
from minime_admin.store.sqlcipher import Secret  # noqa: E402

WRITER = ROOT / "tests" / "audit_writer.py"
RESULTS = Path(__file__).with_name("results") / "audit_writers.txt"
CLOCK = FixedClock(datetime(2026, 11, 25, 10, tzinfo=UTC))
ACTOR = Actor("Bench", Role.MANAGER)

Shared = tuple[str, str, int]  # location (file path or server URL), key hex ("-": none), request


def with_a_request(database: db_service.Database) -> int:
    try:
        with database.unit_of_work() as session:
            return requests.open_request(
                session,
                ACTOR,
                requests.NewRequest(
                    RequestType.ACCESS, Channel.EMAIL, CLOCK.now(), "Ilze Bērziņa", "My data."
                ),
            ).request_id
    finally:
        database.close()


def new_file(folder: Path) -> Shared:
    key = os.urandom(32)
    path = folder / "shared.db"
    path.parent.mkdir(parents=True)
    database = db_service.create_with_secret(
        path, Secret(raw_key=key), db_service.Unlock.KEYCHAIN, ACTOR, clock=CLOCK
    )
    return str(path), key.hex(), with_a_request(database)


def new_server_database(server: PgServer) -> Shared:
    url = server.url(server.new_database(template=None))
    location = server_database.location_of(url)
    assert isinstance(location, server_database.ServerLocation)
    database = server_database.create_on_server(location, None, ACTOR, clock=CLOCK)
    return url, "-", with_a_request(database)


def run_writers(shared: Shared, names: list[str], each: int) -> tuple[float, list[dict]]:
    """Seconds from "go" (every writer has opened the database) until all have finished."""
    location, key_hex, request_id = shared
    with tempfile.TemporaryDirectory() as start:
        return run_json_scripts(
            WRITER,
            [[location, key_hex, name, str(each), str(request_id), start] for name in names],
            start=(Path(start), names),
        )


def check(shared: Shared, results: list[dict]) -> dict[str, int | bool]:
    database = open_shared(shared[0], shared[1], CLOCK)
    try:
        with database.session() as session:
            verdict = audit.verify(session)
            notes = audit.entry_count(session, AuditAction.REQUEST_NOTE)
    finally:
        database.close()
    seqs = [seq for r in results for seq in r["seqs"]]
    return {
        "stored": sum(r["stored"] for r in results),
        "in_log": notes,
        "numbers_given_twice": len(seqs) - len(set(seqs)),
        "busy": sum(r["busy"] for r in results),
        "chain_intact": verdict.intact,
        "chain_entries": verdict.checked,
    }


def measure(label: str, new: Callable[[str], Shared], total: int) -> list[str]:
    alone_at = new("alone")
    alone_s, alone = run_writers(alone_at, ["Anna"], total)
    alone_verdict = check(alone_at, alone)
    both_at = new("both")
    both_s, both = run_writers(both_at, ["Anna", "Guntis"], total // 2)
    verdict = check(both_at, both)
    return [
        f"{label}",
        f"  baseline: one writer alone   {alone_s:7.1f} s  {total / alone_s:7.0f} entries/s"
        f"  (chain intact: {alone_verdict['chain_intact']})",
        f"  two writers at once          {both_s:7.1f} s  {total / both_s:7.0f} entries/s"
        f"  ({alone_s / both_s:.2f}x the baseline's throughput)",
        f"  stored {verdict['stored']}, in the log {verdict['in_log']}, numbers given twice "
        f"{verdict['numbers_given_twice']}, busy waits run out {verdict['busy']}; chain "
        f"intact: {verdict['chain_intact']} ({verdict['chain_entries']} entries)",
    ]


@contextlib.contextmanager
def server_or_none() -> Iterator[PgServer | None]:
    """The throwaway PostgreSQL, or None (and the reason printed) where it cannot start."""
    try:
        with running_postgres() as server:
            yield server
    except BaseException as error:  # pytest.skip raises a BaseException subclass
        if type(error).__name__ != "Skipped":
            raise
        print(f"PostgreSQL left out: {error}")
        yield None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=RESULTS)
    arguments = parser.parse_args()
    total = arguments.entries
    load_before = os.getloadavg()[0]  # other work on the machine slows the wall times
    with tempfile.TemporaryDirectory() as folder, server_or_none() as server:
        lines = measure("SQLCipher file", lambda name: new_file(Path(folder) / name), total)
        if server is not None:
            lines += measure(
                "PostgreSQL (same machine, through its socket; advisory lock per append)",
                lambda _name: new_server_database(server),
                total,
            )
    lines = [
        f"audit writers, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        f"load average (1 min) before and after: {load_before:.1f}, {os.getloadavg()[0]:.1f}",
        f"{total:,} audited notes, each its own unit of work (a note on one request and its "
        "audit entry)",
        *lines,
    ]
    print("\n".join(lines))
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
