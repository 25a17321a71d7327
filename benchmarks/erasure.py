"""Erasure of a heavy customer against a bare SQL delete of the same rows, and a retention
sweep of expired visit records over 100,000 customers.

    python benchmarks/erasure.py [--customers 100000]

Each measurement runs on its own fresh copy of the same seeded SQLCipher file, in the same
run. Results: benchmarks/results/erasure.txt.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime
from datetime import time as dt_time
from pathlib import Path

from sqlalchemy import text

from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.services import customer_search, retention
from minime_admin.services.database import Database, Unlock
from minime_admin.services.erasure import execute_erasure, plan_erasure
from minime_admin.store import migrate
from minime_admin.store.session import clock_session
from minime_admin.store.sqlcipher import Secret, make_engine

sys.path.insert(0, str(Path(__file__).parent))
from customer_search import add_heavy_customer

RESULTS = Path(__file__).with_name("results") / "erasure.txt"
AS_OF = date(2026, 11, 25)
ACTOR = Actor("benchmark")
KEY = Secret(raw_key=os.urandom(32))


# The benchmark's one clock: noon on the day the demo data was seeded up to.
CLOCK = FixedClock(datetime.combine(AS_OF, dt_time(12), UTC))


def open_copy(path: Path) -> Database:
    return Database(path, make_engine(path, KEY), Unlock.PASSPHRASE, clock=CLOCK)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        seeded = Path(folder) / "seeded.db"
        engine = make_engine(seeded, KEY)
        migrate.upgrade(engine, None)
        with clock_session(engine, CLOCK) as session:
            seed_demo(session, arguments.customers, seed=1, as_of=AS_OF, actor=ACTOR)
            customer_search.rebuild_index(session)
            session.commit()
            heavy = add_heavy_customer(session)
        engine.dispose()

        def copy(name: str) -> Path:
            target = Path(folder) / name
            shutil.copy(seeded, target)
            return target

        # (a) bare SQL delete of the heavy customer's rows
        engine = make_engine(copy("bare.db"), KEY)
        with engine.begin() as connection:
            started = time.perf_counter()
            owned = "(SELECT id FROM orders WHERE customer_id = :c)"
            for statement in (
                f"DELETE FROM order_items WHERE order_id IN {owned}",
                f"DELETE FROM invoices WHERE order_id IN {owned}",
                f"DELETE FROM payment_transactions WHERE order_id IN {owned}",
                "DELETE FROM visit_records WHERE customer_id = :c",
                "DELETE FROM orders WHERE customer_id = :c",
            ):
                connection.execute(text(statement), {"c": heavy})
        bare = time.perf_counter() - started
        engine.dispose()

        # (b) the erasure service: plan + execute (one unit of work, remnants removed)
        database = open_copy(copy("erase.db"))
        started = time.perf_counter()
        with database.unit_of_work() as session:
            plan = plan_erasure(session, heavy)
            planned = time.perf_counter() - started
            outcome = execute_erasure(session, ACTOR, plan)
        erased = time.perf_counter() - started  # with the commit and the WAL checkpoint
        database.engine.dispose()

        # (c) the retention sweep over all customers
        database = open_copy(copy("sweep.db"))
        with database.session() as session:
            due = {d.rule: d.records for d in retention.due_now(session)}
        tracemalloc.start()
        started = time.perf_counter()
        swept = retention.sweep(database.unit_of_work, ACTOR)
        sweep_seconds = time.perf_counter() - started
        sweep_peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
        tracemalloc.stop()
        database.engine.dispose()

    lines = [
        f"erasure benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "",
        "heavy customer: 5,000 orders, 200,000 visit records",
        f"  baseline: bare SQL DELETEs of the same rows      {bare:6.2f} s",
        f"  plan_erasure                                     {planned:6.2f} s",
        f"  plan + execute_erasure (stub, index, checkpoint) {erased:6.2f} s "
        f"({erased / bare:.1f}x the bare delete); erased {outcome.erased:,}, "
        f"anonymised {outcome.anonymised:,}, retained {outcome.retained:,}",
        "",
        f"retention sweep over {arguments.customers:,} customers (+ the heavy one)",
        f"  due: visit records {due['visit_record']:,}, payments {due['payment_transaction']:,}, "
        f"cookie choices {due['cookie_consent']:,}",
        f"  sweep: {swept.total:,} records in {sweep_seconds:.1f} s, peak Python memory "
        f"{sweep_peak:.0f} MiB (tracemalloc on)",
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
