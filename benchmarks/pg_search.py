"""Customer search and the inbox's first rows on PostgreSQL beside SQLCipher, same data, same run.

    python benchmarks/pg_search.py [--customers 100000] [--requests 100000] [--queries 200]
                                   [--out FILE] [--data DIR]

--data DIR keeps the seeded file (and its key: demo data only) and a pg_dump of the server
database there, and a later run of the same sizes reuses them instead of seeding and moving
again (minutes); both are brought to the current schema by opening them, as the app does.

1. Seeds a fresh SQLCipher file (demo customers and requests, demo/requests.py writing them
   in bulk) and builds its FTS5 index.
2. Starts a throwaway PostgreSQL (tests/pg_server.py, as the tests do) and moves the file
   into an empty database there with ``migrate-to-server``'s service (timed): the same rows.
3. Search: median and 95th percentile of services.customer_search.search over the same mix
   of queries on both (names without diacritics, upper case, phone fragments, e-mail parts,
   order numbers: benchmarks/customer_search.py's sample of the data); the baselines are
   each backend's bare index query for the same text (FTS5 MATCH; PostgreSQL's LIKE over
   the trigram-indexed column). Then "typed": the parity test's table of queries
   (tests/test_customer_search.py FINDS: Latvian diacritics, upper case, phones, e-mail,
   order numbers) sent prefix by prefix, as the search box does while one types, with its
   p95 by the number of characters typed. On PostgreSQL both also beside the service with
   the index search as it was before migration 0028 (Before0028: every hit ranked by one
   query), same data, same run.
4. Inbox, as the page opens: the default view (open requests, tests and long-unverified
   left out, earliest due first). First rows: the inbox model's first-page job
   (services.requests.list_requests of 200 rows + the holiday calendar); then the total and
   the counts per status (count_requests + status_counts, the page's second job). Baseline:
   a bare SELECT of the same 200 rows' columns (and a bare count) through the same
   connection. Median of 9 runs each. On PostgreSQL also without the partial index
   ix_requests_open_due (dropped inside a transaction that is rolled back): the figure
   before migration 0027, on the same data. The plan each used is printed.
Results: printed and written to benchmarks/results/pg_search.txt (or --out).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from customer_search import percentile, sample_queries
from pg_server import PgServer, running_postgres
from test_customer_search import FINDS

from minime_admin.demo.customers import seed_demo
from minime_admin.demo.requests import seed_demo_requests
from minime_admin.domain import search_terms
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import EFFECTIVE_AT_INTAKE, OPEN_STATUSES, Status
from minime_admin.domain.search_terms import SearchQuery
from minime_admin.services import customer_search, requests, server_database
from minime_admin.services import database as db_service
from minime_admin.services.server_move import move_to_server
from minime_admin.store import customer_repo, request_repo
from minime_admin.store.search import COLUMNS, RANK_WEIGHTS, PgTrigramIndex, index_for
from minime_admin.store.sqlcipher import Secret

RESULTS = Path(__file__).with_name("results") / "pg_search.txt"
OPEN = tuple(s.value for s in Status if s in OPEN_STATUSES)
NEVER_HIDDEN = ", ".join(f"'{t.value}'" for t in sorted(EFFECTIVE_AT_INTAKE))
ACTOR = Actor("benchmark")
AS_OF = date(2026, 11, 25)
CLOCK = FixedClock(datetime(2026, 11, 25, 10, 0, tzinfo=UTC))


def bare_fts5(session: Session, query: str) -> None:
    session.execute(
        text(
            "SELECT rowid FROM customer_search WHERE customer_search MATCH :m "
            "ORDER BY rank LIMIT 50"
        ),
        {"m": search_terms.match_expression(query)},
    ).all()


def bare_like(session: Session, query: str) -> None:
    parsed = search_terms.parse_query(query)
    assert parsed is not None
    tests = " AND ".join(f"' ' || everything LIKE :t{n}" for n in range(len(parsed.tokens)))
    session.execute(
        text(f"SELECT customer_id FROM customer_search WHERE {tests} LIMIT 50"),
        {f"t{n}": f"% {token}%" for n, token in enumerate(parsed.tokens)},
    ).all()


class Before0028(PgTrigramIndex):
    """PostgreSQL's search as it was before migration 0028: every token through the trigram
    index, however short (the query of store/search.py at commit 8719898)."""

    def search(self, session: Session, query: SearchQuery, limit: int) -> list[int]:
        columns = query.columns or COLUMNS
        scope = " || ' ' || ".join(columns)
        params: dict[str, object] = {"n": limit}
        tests = []
        for n, token in enumerate(query.tokens):
            params[f"t{n}"] = "% " + token + "%"
            tests.append(f"' ' || everything LIKE :t{n}")
            if query.columns is not None:
                tests.append(f"' ' || {scope} LIKE :t{n}")
        rank = " + ".join(
            "(CASE WHEN ("
            + " OR ".join(f"' ' || {c} LIKE :t{n}" for n in range(len(query.tokens)))
            + f") THEN {RANK_WEIGHTS[c]} ELSE 0 END)"
            for c in columns
        )
        rows = session.execute(
            text(
                f"SELECT customer_id FROM customer_search WHERE {' AND '.join(tests)}"
                f" ORDER BY {rank} DESC, customer_id LIMIT :n"
            ),
            params,
        )
        return [row[0] for row in rows]


def service_before_0028(session: Session, query: str) -> None:
    """services.customer_search.search of 50 hits with the index search of before 0028."""
    parsed = search_terms.parse_query(query)
    assert parsed is not None
    customer_repo.summaries(session, Before0028().search(session, parsed, 50))


def by_length(queries: list[str], times: list[float]) -> dict[str, list[float]]:
    """The times of ``queries`` grouped by how many characters were typed."""
    groups: dict[str, list[float]] = {}
    for query, seconds in zip(queries, times, strict=True):
        n = len(query)
        key = str(n) if n <= 4 else "5-7" if n <= 7 else "8+"
        groups.setdefault(key, []).append(seconds)
    return groups


def as_typed() -> list[str]:
    """The parity test's queries (Latvian diacritics, upper case, phones, e-mail, order
    numbers) as the search box sends them while they are typed: every prefix the app would
    search for (two characters on), e.g. "ķē", "ķēn", "ķēni", "ķēniņ"."""
    typed = []
    for query, _hits in FINDS:
        for end in range(2, len(query) + 1):
            prefix = query[:end]
            if search_terms.parse_query(prefix) is not None and prefix not in typed:
                typed.append(prefix)
    return typed


def time_searches(
    session: Session, queries: list[str], bare: Callable[[Session, str], None]
) -> tuple[list[float], list[float]]:
    for query in queries:  # warm both paths once
        customer_search.search(session, query)
        bare(session, query)
    service, baseline = [], []
    for query in queries:
        started = time.perf_counter()
        customer_search.search(session, query, limit=50)
        service.append(time.perf_counter() - started)
        started = time.perf_counter()
        bare(session, query)
        baseline.append(time.perf_counter() - started)
    return service, baseline


# The inbox's default view written out by hand: open, not a test, not waiting for identity
# for too long (request_repo._filtered builds the same through the ORM).
INBOX_WHERE = (
    "status IN ('received', 'identity_check', 'in_progress', 'on_hold') AND is_test = :no "
    "AND NOT ((status = 'identity_check' OR (status = 'on_hold' AND "
    f"hold_reason = 'awaiting_identity')) AND type NOT IN ({NEVER_HIDDEN}) "
    "AND received_on < :before)"
)
BARE_FIRST = text(
    "SELECT id, reference, received_at, requester_name, type, status, due_on, assignee, "
    f"is_test FROM requests WHERE {INBOX_WHERE} ORDER BY due_on, id LIMIT 200"
)
BARE_COUNT = text(f"SELECT count(*) FROM requests WHERE {INBOX_WHERE}")


def median_ms(action: Callable[[], object], runs: int = 9) -> float:
    action()  # warm: the first run pays for preparing the statements
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def plan_of(session: Session, query: request_repo.RequestQuery) -> str:
    """The line of the first page's plan that says how the requests are read."""
    dialect = session.get_bind().dialect
    compiled = request_repo.page_statement(query, 0, 200).compile(
        dialect=dialect, compile_kwargs={"literal_binds": True}
    )
    explain = "EXPLAIN QUERY PLAN " if dialect.name == "sqlite" else "EXPLAIN "
    lines = [str(row[-1]).strip() for row in session.execute(text(explain + str(compiled)))]
    scans = [line for line in lines if "requests" in line]
    return " / ".join(scans or lines[:1])


def inbox(session: Session) -> dict[str, Any]:
    """The inbox page's two jobs, and their bare baselines, in ms (medians)."""
    query = requests.inbox_query(AS_OF, statuses=OPEN)
    values = {"no": False, "before": query.hide_unverified_received_before}
    rows = requests.list_requests(session, query, 0, 200)
    total = session.execute(BARE_COUNT, values).scalar_one()
    # The baseline reads the very rows the page shows.
    assert [r.id for r in rows] == [r.id for r in session.execute(BARE_FIRST, values)]
    assert len(rows) == 200 and requests.count_requests(session, query) == total
    return {
        "first": median_ms(
            lambda: (
                requests.list_requests(session, query, 0, 200),
                requests.holiday_calendar(session),
            )
        ),
        "bare_first": median_ms(lambda: session.execute(BARE_FIRST, values).all()),
        "counts": median_ms(
            lambda: (
                requests.count_requests(session, query),
                requests.status_counts(session, query),
            )
        ),
        "bare_count": median_ms(lambda: session.execute(BARE_COUNT, values).scalar_one()),
        "plan": plan_of(session, query),
        "total": total,
    }


def inbox_without_open_index(database: db_service.Database) -> dict[str, Any]:
    """The same on PostgreSQL as before migration 0027: its index dropped in a transaction
    that is rolled back afterwards (PostgreSQL's DDL is transactional)."""
    with database.session() as session:
        session.execute(text("DROP INDEX ix_requests_open_due"))
        try:
            return inbox(session)
        finally:
            session.rollback()


def dump(server: PgServer, name: str, target: Path) -> None:
    """The server database as pg_dump's custom format, for ``reuse``."""
    subprocess.run(
        [
            str(server.bin / "pg_dump"),
            "-Fc",
            "-h",
            str(server.socket_dir),
            "-p",
            str(server.port),
            "-U",
            "postgres",
            "-f",
            str(target),
            name,
        ],
        check=True,
    )


def reuse(kept: Path, server: PgServer) -> tuple[db_service.Database, db_service.Database]:
    """The file and the server database of an earlier run (``--data``), each brought up to
    the current schema by opening it, as the app would."""
    secret = Secret(raw_key=bytes.fromhex((kept / "bench.key").read_text()))
    database = db_service.open_with_secret(
        kept / "bench.db",
        secret,
        db_service.Unlock.KEYCHAIN,
        clock=CLOCK,
        safety_copy=lambda *_: None,
    )
    name = server.new_database(template=None)
    # Restored as the office role, so that it owns the tables as after migrate-to-server;
    # pg_restore's complaints about the extensions that already exist are expected.
    subprocess.run(
        [
            str(server.bin / "pg_restore"),
            "-h",
            str(server.socket_dir),
            "-p",
            str(server.port),
            "-U",
            "office",
            "--no-owner",
            "--no-privileges",
            "-d",
            name,
            str(kept / "server.dump"),
        ],
        check=False,
        capture_output=True,
    )
    location = server_database.location_of(server.url(name))
    assert isinstance(location, server_database.ServerLocation)
    return database, server_database.open_server(location, None, clock=CLOCK)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument(
        "--data",
        type=Path,
        help="keep the seeded file and a dump of the server database here, and reuse them "
        "on the next run with the same sizes (seeding and moving take minutes)",
    )
    arguments = parser.parse_args()
    load_before = os.getloadavg()[0]  # other work on the machine slows the wall times
    cpu_before, wall_before = time.process_time(), time.perf_counter()
    lines: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    with tempfile.TemporaryDirectory() as folder, running_postgres() as server:
        kept = (
            arguments.data / f"{arguments.customers}-{arguments.requests}"
            if arguments.data
            else None
        )
        if kept is not None and (kept / "server.dump").exists():
            database, on_server = reuse(kept, server)
            seeded = move_seconds = 0.0
            moved_rows = -1
        else:
            path = (kept or Path(folder)) / "bench.db"
            secret = Secret(raw_key=os.urandom(32))
            if kept is not None:
                kept.mkdir(parents=True, exist_ok=True)
                path.unlink(missing_ok=True)
                (kept / "bench.key").write_text(secret.raw_key.hex())  # demo data only
            database = db_service.create_with_secret(
                path, secret, db_service.Unlock.KEYCHAIN, ACTOR, CLOCK
            )
            started = time.perf_counter()
            with database.unit_of_work() as session:
                seed_demo(session, arguments.customers, seed=1, as_of=AS_OF, actor=ACTOR)
                seed_demo_requests(session, arguments.requests, 1, AS_OF, ACTOR)
                customer_search.rebuild_index(session)
            seeded = time.perf_counter() - started

            name = server.new_database(template=None)
            location = server_database.location_of(server.url(name))
            assert isinstance(location, server_database.ServerLocation)
            started = time.perf_counter()
            moved_rows = sum(move_to_server(database, location, None).rows.values())
            move_seconds = time.perf_counter() - started
            on_server = server_database.open_server(location, None, clock=CLOCK)
            if kept is not None:
                dump(server, name, kept / "server.dump")
        with on_server.unit_of_work() as session:
            session.execute(text("ANALYZE"))  # as autovacuum would soon after a bulk load

        typed = as_typed()
        with database.session() as session:
            queries = [
                q
                for q in sample_queries(session, random.Random(7), arguments.queries)
                if search_terms.parse_query(q) is not None  # the app would not search
            ]
            file_service, file_bare = time_searches(session, queries, bare_fts5)
            file_typed, _ = time_searches(session, typed, bare_fts5)
        with on_server.session() as session:
            server_service, server_bare = time_searches(session, queries, bare_like)
            _, sampled_before = time_searches(session, queries, service_before_0028)
            server_typed, typed_before = time_searches(session, typed, service_before_0028)
        same_hits = same_order = cut = same_all = 0
        with database.session() as left, on_server.session() as right:
            for query in queries:
                parsed = search_terms.parse_query(query)
                assert parsed is not None
                everyone = set(index_for(left).search(left, parsed, 10**9))
                same_all += everyone == set(index_for(right).search(right, parsed, 10**9))
                mine = [h.id for h in customer_search.search(left, query, limit=500)]
                theirs = [h.id for h in customer_search.search(right, query, limit=500)]
                same_hits += set(mine) == set(theirs)
                same_order += mine == theirs
                cut += len(mine) == 500  # more people than the limit: the order chose these
            # The typed prefixes: the service's two limits on PostgreSQL, now and before 0028.
            typed_alike = 0
            for query in typed:
                parsed = search_terms.parse_query(query)
                assert parsed is not None
                typed_alike += all(
                    PgTrigramIndex().search(right, parsed, n)
                    == Before0028().search(right, parsed, n)
                    for n in (50, 500)
                )
        with database.session() as session:
            file_inbox = inbox(session)
        with on_server.session() as session:
            server_inbox = inbox(session)
        server_before = inbox_without_open_index(on_server)
        on_server.close()
        database.close()

    ms = 1000.0
    say(f"PostgreSQL beside SQLCipher, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    say(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    say(f"load average (1 min) before and after: {load_before:.1f}, {os.getloadavg()[0]:.1f}")
    say(
        f"this script: {time.process_time() - cpu_before:.0f} s CPU in "
        f"{time.perf_counter() - wall_before:.0f} s (the servers' own CPU not counted)"
    )
    say(
        f"customers: {arguments.customers:,}; requests: {arguments.requests:,}; "
        + (
            f"seeding the file {seeded:.1f} s; migrate-to-server {move_seconds:.1f} s "
            f"({moved_rows:,} rows, audit chain verified)"
            if moved_rows >= 0
            else f"the data of an earlier run reused ({arguments.data})"
        )
    )
    say(
        f"queries: {len(queries)}; the same hits on both for {same_hits} of them, in the same "
        f"order for {same_order} (limit 500; {cut} of the queries found 500 or more)"
    )
    say(f"without a limit: the same people found on both for {same_all} of them")
    say(
        f"typed prefixes: the same hits in the same order as the search before 0028 for "
        f"{typed_alike} of {len(typed)} (limits 50 and 500)"
    )
    say("")
    say(f"{'search':38}{'median ms':>10}{'p95 ms':>10}")
    for label, values in (
        ("SQLCipher: service (50 hits + summary)", file_service),
        ("SQLCipher: bare FTS5 MATCH", file_bare),
        ("PostgreSQL: service (50 hits + summary)", server_service),
        ("PostgreSQL: bare trigram LIKE", server_bare),
        ("PostgreSQL: service, search before 0028", sampled_before),
        (f"SQLCipher: typed ({len(typed)} prefixes)", file_typed),
        (f"PostgreSQL: typed ({len(typed)} prefixes)", server_typed),
        ("PostgreSQL: typed, search before 0028", typed_before),
    ):
        say(
            f"{label:38}{statistics.median(values) * ms:>10.2f}"
            f"{percentile(values, 0.95) * ms:>10.2f}"
        )
    say(
        f"ratio PostgreSQL/SQLCipher, service p95: "
        f"{percentile(server_service, 0.95) / percentile(file_service, 0.95):.1f}x sampled, "
        f"{percentile(server_typed, 0.95) / percentile(file_typed, 0.95):.1f}x typed"
    )
    say(
        "typed: the parity test's queries (tests/test_customer_search.py FINDS) sent prefix "
        "by prefix, as the search box does while one types"
    )
    say("")
    say("typed, p95 ms by characters typed (count): SQLCipher, PostgreSQL, PostgreSQL before 0028")
    file_groups, server_groups = by_length(typed, file_typed), by_length(typed, server_typed)
    before_groups = by_length(typed, typed_before)
    for key in sorted(file_groups, key=lambda k: int(k.split("-")[0].rstrip("+"))):
        say(
            f"  {key:>4} ({len(file_groups[key]):>3})"
            f"{percentile(file_groups[key], 0.95) * ms:>10.2f}"
            f"{percentile(server_groups[key], 0.95) * ms:>10.2f}"
            f"{percentile(before_groups[key], 0.95) * ms:>10.2f}"
        )
    say("")
    say(
        f"inbox, default view (open requests, earliest due first): {file_inbox['total']:,} "
        "rows; median of 9 runs"
    )
    say(f"{'inbox':48}{'SQLCipher ms':>13}{'PostgreSQL ms':>14}{'ratio':>7}")
    for label, key in (
        ("first 200 rows (the model's first-page job)", "first"),
        ("  baseline: bare SELECT of the same rows", "bare_first"),
        ("total + counts per status (the second job)", "counts"),
        ("  baseline: bare count", "bare_count"),
    ):
        say(
            f"{label:48}{file_inbox[key]:>13.1f}{server_inbox[key]:>14.1f}"
            f"{server_inbox[key] / file_inbox[key]:>6.1f}x"
        )
    say(
        f"first rows / baseline: SQLCipher {file_inbox['first'] / file_inbox['bare_first']:.1f}x,"
        f" PostgreSQL {server_inbox['first'] / server_inbox['bare_first']:.1f}x"
    )
    say(
        "PostgreSQL without ix_requests_open_due (as before migration 0027, same data): first "
        f"rows {server_before['first']:.1f} ms, bare SELECT {server_before['bare_first']:.1f} ms"
    )
    say(f"plan, SQLCipher: {file_inbox['plan']}")
    say(f"plan, PostgreSQL: {server_inbox['plan']}")
    say(f"plan, PostgreSQL without the index: {server_before['plan']}")
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
