"""Customer search and the inbox's first rows on PostgreSQL beside SQLCipher, same data, same run.

    python benchmarks/pg_search.py [--customers 100000] [--requests 100000] [--queries 200]

1. Seeds a fresh SQLCipher file (demo customers and requests) and builds its FTS5 index.
2. Starts a throwaway PostgreSQL (tests/pg_server.py, as the tests do) and moves the file
   into an empty database there with ``migrate-to-server``'s service (timed): the same rows.
3. Search: median and 95th percentile of services.customer_search.search over the same mix
   of queries on both (names without diacritics, upper case, phone fragments, e-mail parts,
   order numbers); the baselines are each backend's bare index query for the same text
   (FTS5 MATCH; PostgreSQL's LIKE over the trigram-indexed column).
4. Inbox: the first page of 200 rows and the total, as the inbox page asks for them
   (services.requests.list_requests + count_requests), median of 7 runs on each.
Results: printed and written to benchmarks/results/pg_search.txt.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from customer_search import percentile, sample_queries
from pg_server import running_postgres

from minime_admin.demo.customers import seed_demo
from minime_admin.demo.requests import seed_demo_requests
from minime_admin.domain import search_terms
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.services import customer_search, requests, server_database
from minime_admin.services import database as db_service
from minime_admin.services.server_move import move_to_server
from minime_admin.store.search import index_for
from minime_admin.store.sqlcipher import Secret

RESULTS = Path(__file__).with_name("results") / "pg_search.txt"
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


def inbox_first_rows(database: db_service.Database) -> float:
    runs = []
    for _ in range(7):
        with database.session() as session:
            started = time.perf_counter()
            query = requests.inbox_query(AS_OF)
            rows = requests.list_requests(session, query, 0, 200)
            requests.count_requests(session, query)
            runs.append(time.perf_counter() - started)
            assert rows
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    arguments = parser.parse_args()
    lines: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    with tempfile.TemporaryDirectory() as folder, running_postgres() as server:
        path = Path(folder) / "bench.db"
        database = db_service.create_with_secret(
            path, Secret(raw_key=os.urandom(32)), db_service.Unlock.KEYCHAIN, ACTOR, CLOCK
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
        moved = move_to_server(database, location, None)
        move_seconds = time.perf_counter() - started
        on_server = server_database.open_server(location, None, clock=CLOCK)
        with on_server.unit_of_work() as session:
            session.execute(text("ANALYZE"))  # as autovacuum would soon after a bulk load

        with database.session() as session:
            queries = [
                q
                for q in sample_queries(session, random.Random(7), arguments.queries)
                if search_terms.parse_query(q) is not None  # the app would not search
            ]
            file_service, file_bare = time_searches(session, queries, bare_fts5)
        with on_server.session() as session:
            server_service, server_bare = time_searches(session, queries, bare_like)
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
        file_inbox, server_inbox = inbox_first_rows(database), inbox_first_rows(on_server)
        on_server.close()
        database.close()

    ms = 1000.0
    say(f"PostgreSQL beside SQLCipher, {datetime.now():%Y-%m-%d %H:%M:%S}")
    say(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    say(
        f"customers: {arguments.customers:,}; requests: {arguments.requests:,}; "
        f"seeding the file {seeded:.1f} s; migrate-to-server {move_seconds:.1f} s "
        f"({sum(moved.rows.values()):,} rows, audit chain verified)"
    )
    say(
        f"queries: {len(queries)}; the same hits on both for {same_hits} of them, in the same "
        f"order for {same_order} (limit 500; {cut} of the queries found 500 or more)"
    )
    say(f"without a limit: the same people found on both for {same_all} of them")
    say("")
    say(f"{'search':38}{'median ms':>10}{'p95 ms':>10}")
    for label, values in (
        ("SQLCipher: service (50 hits + summary)", file_service),
        ("SQLCipher: bare FTS5 MATCH", file_bare),
        ("PostgreSQL: service (50 hits + summary)", server_service),
        ("PostgreSQL: bare trigram LIKE", server_bare),
    ):
        say(
            f"{label:38}{statistics.median(values) * ms:>10.2f}"
            f"{percentile(values, 0.95) * ms:>10.2f}"
        )
    say(
        f"ratio PostgreSQL/SQLCipher, service p95: "
        f"{percentile(server_service, 0.95) / percentile(file_service, 0.95):.1f}x"
    )
    say("")
    say(
        f"inbox first 200 rows + total: SQLCipher {file_inbox * ms:.1f} ms; "
        f"PostgreSQL {server_inbox * ms:.1f} ms; ratio {server_inbox / file_inbox:.1f}x"
    )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
