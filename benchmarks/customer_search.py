"""Customer search and the customer page on a large database, against bare baselines.

    python benchmarks/customer_search.py [--customers 100000] [--queries 200]

1. Seeds a fresh SQLCipher file with demo customers and builds the search index (timed).
2. Search: median and 95th percentile of services.customer_search.search over a mix of
   queries (names without diacritics, upper case, phone fragments, e-mail parts, order
   numbers), beside the bare FTS5 MATCH of the same expressions on the same connection.
3. Typed: the parity test's queries (tests/test_customer_search.py FINDS) sent prefix by
   prefix as the search box does while one types, each query's best of 5 rounds (the
   machine is shared: one round's p95 mostly measures the queue for a CPU), with the app's
   index (prefix indexes '2 3', migration 0004) and, taking turns query by query on the
   same data, indexes with the '2' one only and without any; all must find the same people
   in the same order.
4. A heavy customer (5,000 orders, 200,000 visit records) is added; time until the
   customer page service returns the page (what the GUI shows), beside a bare SELECT of
   the same customer's orders and first 100 visits.
Results: printed and written to benchmarks/results/customer_search.txt.
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
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_customer_search import FINDS

from minime_admin.demo.customers import seed_demo
from minime_admin.domain import search_terms
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import SystemClock
from minime_admin.services import customer_page, customer_search
from minime_admin.store import bulk, migrate, search
from minime_admin.store.models import Customer, Order, VisitRecord
from minime_admin.store.session import clock_session
from minime_admin.store.sqlcipher import Secret, make_engine

RESULTS = Path(__file__).with_name("results") / "customer_search.txt"
ACTOR = Actor("benchmark")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def sample_queries(session: Session, rng: random.Random, count: int) -> list[str]:
    people = session.execute(
        text(
            "SELECT last_name, first_name, email, phone FROM customers ORDER BY random() LIMIT :n"
        ),
        {"n": count},
    ).all()
    numbers = [r[0] for r in session.execute(text("SELECT number FROM orders LIMIT 500"))]
    queries = []
    for index, (last, first, email, phone) in enumerate(people):
        kind = index % 5
        if kind == 0:
            queries.append(search_terms.words(last)[0])  # "berzins"
        elif kind == 1:
            queries.append(f"{first} {last}".upper())
        elif kind == 2 and phone:
            digits = "".join(ch for ch in phone if ch.isdigit())[-8:]
            queries.append(f"{digits[:2]} {digits[2:5]} {digits[5:]}")
        elif kind == 3 and email:
            queries.append(email.split("@")[0][:6])
        else:
            queries.append(rng.choice(numbers))
    return queries


APP_TABLE = search.TABLE
# Other definitions of the index, each a table of its own over the same documents: with
# the two-letter prefix index only, and without any (the app's has '2 3', migration 0004).
OTHER_INDEXES = {
    "customer_search_p2": ("prefix index '2' only", ", prefix='2'"),
    "customer_search_none": ("no prefix index", ""),
}
OTHER_INDEX = (
    "CREATE VIRTUAL TABLE {name} USING fts5(names, contact, addresses, orders, ips, "
    "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'{prefix})"
)


def as_typed() -> list[str]:
    """FINDS as typed: every prefix the app would search for, two characters on."""
    typed: list[str] = []
    for query, _hits in FINDS:
        for end in range(2, len(query) + 1):
            prefix = query[:end]
            if search_terms.parse_query(prefix) is not None and prefix not in typed:
                typed.append(prefix)
    return typed


@contextmanager
def index_table(name: str) -> Iterator[None]:
    """The app's FTS5 index code reading and writing the table ``name`` meanwhile."""
    saved = search.TABLE, search._INSERT
    search.TABLE, search._INSERT = name, search._INSERT.replace(APP_TABLE, name, 1)
    try:
        yield
    finally:
        search.TABLE, search._INSERT = saved


def typed_searches(
    session: Session, queries: list[str], tables: tuple[str, ...], rounds: int = 5
) -> dict[str, tuple[list[float], list[float], dict[str, list[int]]]]:
    """By index table: (first round's times, each query's best of ``rounds``, what each
    found). The tables take turns query by query (store.search.TABLE names the one the
    service reads), so that a busy spell on the machine falls on all alike."""
    best = {t: {query: float("inf") for query in queries} for t in tables}
    first: dict[str, list[float]] = {t: [] for t in tables}
    found: dict[str, dict[str, list[int]]] = {t: {} for t in tables}
    for round_ in range(rounds):
        for query in queries:
            # Each table goes first in turn: the first search of a query reads the hits'
            # customer rows into the page cache for the others.
            turn = round_ % len(tables)
            for table in tables[turn:] + tables[:turn]:
                with index_table(table):
                    started = time.perf_counter()
                    hits = customer_search.search(session, query, limit=50)
                    elapsed = time.perf_counter() - started
                best[table][query] = min(best[table][query], elapsed)
                if round_ == 0:
                    first[table].append(elapsed)
                    found[table][query] = [hit.id for hit in hits]
    return {t: (first[t], list(best[t].values()), found[t]) for t in tables}


def add_heavy_customer(session: Session) -> int:
    customer_id = 9_000_001
    now = datetime(2026, 11, 25, tzinfo=UTC)
    bulk.insert_rows(session, Customer, [{
        "id": customer_id, "external_id": None, "first_name": "Smagais", "last_name": "Pircējs",
        "email": "smagais@example.lv", "phone": "+371 20000000", "language": "lv",
        "created_at": now - timedelta(days=1000), "last_activity_at": now,
    }])  # fmt: skip
    bulk.insert_rows(session, Order, [{
        "id": 9_000_000 + i, "external_id": None, "customer_id": customer_id,
        "number": f"H{i:07d}", "placed_at": now - timedelta(hours=i), "status": "completed",
        "completed_at": now - timedelta(hours=i), "total_cents": 1000 + i, "currency": "EUR",
        "shipping_address": "Rostokas 7, Rīga",
    } for i in range(5000)])  # fmt: skip
    bulk.insert_rows(session, VisitRecord, [{
        "customer_id": customer_id, "visitor_id": "heavy",
        "ip_address": f"10.0.{i % 250}.{i % 200}",
        "browser": "Firefox", "browser_version": "133", "operating_system": "Linux",
        "language": "lv", "referrer": None, "page": f"/p/{i % 900}", "time_on_page_s": 30,
        "site_search": None, "visited_at": now - timedelta(minutes=i),
    } for i in range(200_000)])  # fmt: skip
    customer_search.refresh_customers(session, [customer_id])
    session.commit()
    return customer_id


def index_bytes(session: Session, table: str = "customer_search") -> int:
    """The search index's pages (FTS5 keeps them in its shadow table <name>_data)."""
    size: int = session.execute(
        text(f"SELECT coalesce(sum(length(block)), 0) FROM {table}_data")
    ).scalar_one()
    return size


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    arguments = parser.parse_args()
    rng = random.Random(7)
    lines: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(Path(folder) / "bench.db", Secret(raw_key=os.urandom(32)))
        migrate.upgrade(engine, None)
        with clock_session(engine, SystemClock()) as session:
            started = time.perf_counter()
            seed_demo(session, arguments.customers, seed=1, as_of=date(2026, 11, 25), actor=ACTOR)
            session.commit()
            seeded = time.perf_counter() - started
            started, cpu = time.perf_counter(), time.process_time()
            customer_search.rebuild_index(session)
            session.commit()
            indexed, indexed_cpu = time.perf_counter() - started, time.process_time() - cpu
            indexed_size = index_bytes(session)
            queries = sample_queries(session, rng, arguments.queries)
            # A sampled value may hold nothing searchable (e.g. a phone of one digit).
            queries = [q for q in queries if search_terms.match_expression(q) is not None]

            service, bare = [], []
            for query in queries:  # warm both paths once
                customer_search.search(session, query)
            for query in queries:
                started = time.perf_counter()
                customer_search.search(session, query, limit=50)
                service.append(time.perf_counter() - started)
                match = search_terms.match_expression(query)
                started = time.perf_counter()
                session.execute(
                    text("SELECT rowid FROM customer_search WHERE customer_search MATCH :m "
                         "ORDER BY rank LIMIT 50"), {"m": match}
                ).all()  # fmt: skip
                bare.append(time.perf_counter() - started)

            typed = as_typed()
            built = {APP_TABLE: (indexed_cpu, indexed_size)}
            for name, (_, prefix) in OTHER_INDEXES.items():
                session.execute(text(OTHER_INDEX.format(name=name, prefix=prefix)))
                cpu = time.process_time()
                with index_table(name):
                    customer_search.rebuild_index(session)
                    session.commit()
                built[name] = (time.process_time() - cpu, index_bytes(session, name))
            timed = typed_searches(session, typed, tuple(built))
            same = {
                name: sum(found[q] == timed[APP_TABLE][2][q] for q in typed)
                for name, (_, _, found) in timed.items()
            }
            for name in OTHER_INDEXES:
                session.execute(text(f"DROP TABLE {name}"))
            session.commit()

            heavy = add_heavy_customer(session)
            started = time.perf_counter()
            page = customer_page.read_customer_page(session, heavy)
            page_seconds = time.perf_counter() - started
            started = time.perf_counter()
            session.execute(text("SELECT * FROM orders WHERE customer_id = :c"), {"c": heavy}).all()
            session.execute(
                text("SELECT * FROM visit_records WHERE customer_id = :c "
                     "ORDER BY visited_at DESC LIMIT 100"), {"c": heavy}
            ).all()  # fmt: skip
            bare_page = time.perf_counter() - started
        engine.dispose()

    ms = 1000.0
    say(f"customer search benchmark, {datetime.now():%Y-%m-%d %H:%M:%S}")
    say(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    say(
        f"customers: {arguments.customers:,}; seeding {seeded:.1f} s; index rebuild {indexed:.1f} s"
    )
    say(f"queries: {len(queries)} (names, upper case, phone fragments, e-mail parts, orders)")
    say("")
    say(f"{'':34}{'median ms':>10}{'p95 ms':>10}")
    say(f"{'service search (50 hits + summary)':34}{statistics.median(service) * ms:>10.2f}"
        f"{percentile(service, 0.95) * ms:>10.2f}")  # fmt: skip
    say(f"{'baseline: bare FTS5 MATCH':34}{statistics.median(bare) * ms:>10.2f}"
        f"{percentile(bare, 0.95) * ms:>10.2f}")  # fmt: skip
    say(f"ratio (median): {statistics.median(service) / statistics.median(bare):.1f}x")
    say("")
    say(f"typed ({len(typed)} prefixes of the parity test's queries, service search, 50 hits)")
    say(f"{'index':34}{'median ms':>10}{'p95 ms':>10}{'1st p95':>10}{'rebuild CPU s':>15}{'MB':>6}")
    labels = {
        APP_TABLE: "the app's (prefix '2 3')",
        **{n: o[0] for n, o in OTHER_INDEXES.items()},
    }
    for table, (first, best, _) in timed.items():
        rebuild_cpu, size = built[table]
        say(
            f"{labels[table]:34}{statistics.median(best) * ms:>10.2f}"
            f"{percentile(best, 0.95) * ms:>10.2f}{percentile(first, 0.95) * ms:>10.2f}"
            f"{rebuild_cpu:>15.2f}{size / 1e6:>6.1f}"
        )
    say(
        "the same hits in the same order as the app's index: "
        + ", ".join(f"{labels[t]} {n} of {len(typed)}" for t, n in same.items() if t != APP_TABLE)
    )
    say("median and p95: each query's best of 5 rounds; 1st p95: the first round alone")
    say(f"load average (1 min) at the end: {os.getloadavg()[0]:.1f}")
    say("")
    orders = next(s.total for s in page.sections if s.info.category.value == "order")
    visits = next(s.total for s in page.sections if s.info.category.value == "visit")
    say(f"heavy customer: {orders:,} orders, {visits:,} visit records")
    say(
        f"customer page service: {page_seconds * ms:.0f} ms; baseline bare SELECTs: "
        f"{bare_page * ms:.0f} ms; ratio {page_seconds / bare_page:.1f}x"
    )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
