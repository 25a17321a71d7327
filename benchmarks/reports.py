"""The request report and the signed inspection pack over 100,000 requests and 100 breaches,
beside the bare SQL aggregation of the same figures, in the same run.

    python benchmarks/reports.py [--requests 100000] [--breaches 100]

Target (issue #20.5): reports and the pack within a few seconds.
Results: benchmarks/results/reports.txt.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from minime_admin.demo.requests import seed_demo_requests
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.services import breaches, inspection, reports, users
from minime_admin.store import migrate
from minime_admin.store.session import clock_session
from minime_admin.store.sqlcipher import Secret, make_engine

RESULTS = Path(__file__).with_name("results") / "reports.txt"
AS_OF = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 10, tzinfo=UTC)
START, END = date(2026, 1, 1), date(2026, 12, 31)
PASSWORD = "benchmark manager password"

# The same figures as the report's, in SQL alone: per month and type, received, answered,
# on time, late, extended, refused, withdrawn, open, overdue (no medians: SQLite has none;
# the Riga day of an answer approximated as UTC + 3 hours).
BARE = """
SELECT strftime('%Y-%m', received_on) AS month, type,
       count(*),
       sum(status IN ('completed', 'refused')),
       sum(status IN ('completed', 'refused')
           AND date(closed_at, '+3 hours') <= due_on),
       sum(status IN ('completed', 'refused')
           AND date(closed_at, '+3 hours') > due_on),
       sum(extended), sum(status = 'refused'), sum(status = 'withdrawn'),
       sum(status IN ('received', 'identity_check', 'in_progress', 'on_hold')),
       sum(status IN ('received', 'identity_check', 'in_progress', 'on_hold')
           AND due_on < :today)
FROM requests
WHERE received_on BETWEEN :start AND :end AND is_test = 0
GROUP BY month, type
"""


def timed(work, runs: int = 5) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--breaches", type=int, default=100)
    arguments = parser.parse_args()
    actor = Actor("benchmark")
    clock = FixedClock(NOW)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        engine = make_engine(root / "bench.db", Secret(raw_key=os.urandom(32)))
        migrate.upgrade(engine, None)
        with clock_session(engine, clock) as session:
            seed_demo_requests(session, arguments.requests, 3, AS_OF, actor)
            users.add_user(session, actor, "Manager", Role.MANAGER, PASSWORD)
            for number in range(arguments.breaches):
                bid = breaches.new_breach(
                    session, actor, f"Gadījums {number}", NOW - timedelta(days=number * 3 + 1)
                )
                breaches.decide(session, actor, bid, True, "Risks", False, "Zems risks")
            session.commit()
        with clock_session(engine, clock) as session:
            params = {"start": START, "end": END, "today": AS_OF}
            bare_s, rows = timed(lambda: session.execute(text(BARE), params).all())
            report_s, report = timed(lambda: reports.request_report(session, START, END))
        packs = iter(range(100))

        def pack(suffix: str = "") -> object:
            with clock_session(engine, clock) as session:
                result = inspection.make_pack(
                    session, actor, START, END, root / f"pack-{next(packs)}{suffix}",
                    "Manager", PASSWORD, "lv",
                )  # fmt: skip
                session.commit()
                return result

        pack_s, result = timed(pack, runs=3)
        zip_s, zipped = timed(lambda: pack(".zip"), runs=3)
        with clock_session(engine, clock) as session:
            verify_s, checked = timed(lambda: inspection.verify_pack(session, root / "pack-0"))
            verify_zip_s, checked_zip = timed(
                lambda: inspection.verify_pack(session, zipped.folder)  # type: ignore[attr-defined]
            )
        engine.dispose()
    assert report.total.received == sum(r[2] for r in rows)  # type: ignore[attr-defined,index]
    assert checked.ok and checked_zip.ok  # type: ignore[attr-defined]
    lines = [
        f"reports benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC "
        f"({arguments.requests:,} requests, {arguments.breaches} breaches; median of runs)",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
        f", load average at the end {os.getloadavg()[0]:.1f} (shared machine)",
        "",
        f"baseline: bare SQL GROUP BY of the same counts:  {bare_s * 1000:8.1f} ms",
        f"report requests (figures, medians, p90, lists):  {report_s * 1000:8.1f} ms  "
        f"{report_s / bare_s:5.1f}x",
        f"inspection pack (signed, every file):           {pack_s * 1000:8.1f} ms  "
        f"{pack_s / bare_s:5.1f}x",
        f"inspection pack as one ZIP:                     {zip_s * 1000:8.1f} ms  "
        f"{zip_s / bare_s:5.1f}x",
        f"report verify of the pack (folder / ZIP):       {verify_s * 1000:8.1f} ms / "
        f"{verify_zip_s * 1000:.1f} ms",
        f"requests in the period: {report.total.received:,}; "  # type: ignore[attr-defined]
        f"pack files: {len(result.files)}",  # type: ignore[attr-defined]
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
