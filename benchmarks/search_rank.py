"""What the shared search order costs on SQLCipher: the FTS5 index's search beside the bm25
order it replaced (the bare baseline), same file, same queries, same run.

    python benchmarks/search_rank.py [--customers 20000] [--queries 200]

Both ask the same contentless FTS5 index for the same MATCH expression; the service's rank
(store/search.py: the weights of the columns a token matched, read from bm25 with one
column weighted, then the customer id) against the former ``ORDER BY bm25(...)``, at the
limits the app uses (50 in the window, 500 at most). Interleaved, so that the machine's
other load falls on both alike.
Results: printed and written to benchmarks/results/search_rank.txt.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from customer_search import percentile, sample_queries
from sqlalchemy import text

from minime_admin.demo.customers import seed_demo
from minime_admin.domain import search_terms
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.services import customer_search
from minime_admin.services import database as db_service
from minime_admin.store.search import Fts5Index
from minime_admin.store.sqlcipher import Secret

RESULTS = Path(__file__).with_name("results") / "search_rank.txt"
ACTOR = Actor("benchmark")
CLOCK = FixedClock(datetime(2026, 11, 25, 10, 0, tzinfo=UTC))
BM25 = (
    "SELECT rowid FROM customer_search WHERE customer_search MATCH :m"
    " ORDER BY bm25(customer_search, 10.0, 5.0, 2.0, 1.0, 1.0) LIMIT :n"
)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=200)
    arguments = parser.parse_args()
    lines: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    index = Fts5Index()
    with tempfile.TemporaryDirectory() as folder:
        database = db_service.create_with_secret(
            Path(folder) / "bench.db",
            Secret(raw_key=os.urandom(32)),
            db_service.Unlock.KEYCHAIN,
            ACTOR,
            CLOCK,
        )
        with database.unit_of_work() as session:
            seed_demo(session, arguments.customers, seed=1, as_of=date(2026, 11, 25), actor=ACTOR)
            customer_search.rebuild_index(session)
        timings: dict[tuple[str, int], list[float]] = {}
        with database.session() as session:
            queries = [
                parsed
                for q in sample_queries(session, random.Random(7), arguments.queries)
                if (parsed := search_terms.parse_query(q)) is not None
            ]
            for limit in (50, 500):
                for parsed in queries:  # warm both once
                    index.search(session, parsed, limit)
                    session.execute(text(BM25), {"m": parsed.fts5(), "n": limit}).all()
                for parsed in queries:
                    started = time.perf_counter()
                    index.search(session, parsed, limit)
                    middle = time.perf_counter()
                    session.execute(text(BM25), {"m": parsed.fts5(), "n": limit}).all()
                    ended = time.perf_counter()
                    timings.setdefault(("shared rank", limit), []).append(middle - started)
                    timings.setdefault(("bm25 (baseline)", limit), []).append(ended - middle)
        database.close()

    say(f"The shared search order on SQLCipher, {datetime.now():%Y-%m-%d %H:%M:%S}")
    say(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    say(f"customers: {arguments.customers:,}; queries: {len(queries)}")
    say(f"{'FTS5 index search':30}{'limit':>6}{'median ms':>11}{'p95 ms':>9}")
    for (label, limit), values in sorted(timings.items(), key=lambda item: item[0][::-1]):
        say(
            f"{label:30}{limit:>6}{statistics.median(values) * 1000:>11.2f}"
            f"{percentile(values, 0.95) * 1000:>9.2f}"
        )
    for limit in (50, 500):
        shared, bm25 = timings[("shared rank", limit)], timings[("bm25 (baseline)", limit)]
        say(
            f"ratio shared/bm25 at limit {limit}: median "
            f"{statistics.median(shared) / statistics.median(bm25):.2f}x, "
            f"p95 {percentile(shared, 0.95) / percentile(bm25, 0.95):.2f}x"
        )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
