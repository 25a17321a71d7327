"""The request report and the signed inspection pack over 100,000 requests and 100 breaches,
beside the bare SQL aggregation of the same figures, in the same run.

    python benchmarks/reports.py [--requests 100000] [--breaches 100]

Target (issue #20.5): reports and the pack within a few seconds.
Results: benchmarks/results/reports.txt, each figure the median of its runs as wall time
and CPU time of this process (the machine is shared: wall time waits for other work, CPU
time does not), beside the figures before the report and the pack were made faster.
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
# The code before the speed-up (commit 8719898) measured by this script on the same machine
# (2026-12-07 23:38 UTC, load average 5.1 to 5.6): wall and CPU milliseconds. The first
# results file (20:01 UTC, load average 5 to 12) had the pack at 23.3 s wall.
PREVIOUS = {
    "bare": (931.2, 425.5),
    "report": (2721.4, 1369.5),
    "pack": (7212.2, 3400.1),
    "zip": (7603.0, 3544.7),
}

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


def timed(work, runs: int = 5) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    """The median wall and CPU seconds of ``runs`` calls, and the last call's result."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


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
        load_before = os.getloadavg()[0]
        with clock_session(engine, clock) as session:
            params = {"start": START, "end": END, "today": AS_OF}
            bare = timed(lambda: session.execute(text(BARE), params).all())
            rows = bare[2]
            report_t = timed(lambda: reports.request_report(session, START, END))
            report = report_t[2]
            open_t = timed(lambda: reports.open_requests(session, START, END))
            # What the pack spends on the manager's key (scrypt, kept at full strength).
            key_t = timed(lambda: users.unlock_signing_key(session, "Manager", PASSWORD), 3)
        packs = iter(range(100))

        def pack(suffix: str = "") -> object:
            with clock_session(engine, clock) as session:
                result = inspection.make_pack(
                    session, actor, START, END, root / f"pack-{next(packs)}{suffix}",
                    "Manager", PASSWORD, "lv",
                )  # fmt: skip
                session.commit()
                return result

        pack_t = timed(pack, runs=3)
        result = pack_t[2]
        zip_t = timed(lambda: pack(".zip"), runs=3)
        zipped = zip_t[2]
        with clock_session(engine, clock) as session:
            verify_t = timed(lambda: inspection.verify_pack(session, root / "pack-0"))
            verify_zip_t = timed(
                lambda: inspection.verify_pack(session, zipped.folder)  # type: ignore[attr-defined]
            )
        engine.dispose()
    checked, checked_zip = verify_t[2], verify_zip_t[2]
    assert report.total.received == sum(r[2] for r in rows)  # type: ignore[attr-defined,index]
    assert report.total.open_now == len(open_t[2])  # type: ignore[arg-type,attr-defined]
    assert checked.ok and checked_zip.ok  # type: ignore[attr-defined]
    bare_s = bare[0]

    def line(label: str, figures: tuple[float, float, object], before: str = "") -> str:
        wall, cpu = figures[0], figures[1]
        shown = (
            f"{label:<48} {wall * 1000:8.1f} ms  {wall / bare_s:5.1f}x   "
            f"CPU {cpu * 1000:7.1f} ms  {cpu / bare[1]:5.1f}x"
        )
        if before:
            (was, was_cpu), (base, base_cpu) = PREVIOUS[before], PREVIOUS["bare"]
            shown += (
                f"   before: {was:7.1f} ms {was / base:4.1f}x, "
                f"CPU {was_cpu:7.1f} ms {was_cpu / base_cpu:4.1f}x"
            )
        return shown

    lines = [
        f"reports benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC "
        f"({arguments.requests:,} requests, {arguments.breaches} breaches; median of runs)",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
        f", load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end"
        " (shared machine)",
        "wall time, its ratio to the bare SQL's wall time; CPU time of this process, its ratio"
        " to the bare SQL's CPU time",
        "",
        line("baseline: bare SQL GROUP BY of the same counts:", bare, "bare"),
        line("report requests (figures, medians, p90, late):", report_t, "report"),
        line("  the open requests listed (--json only):", open_t),
        line("inspection pack (signed, every file):", pack_t, "pack"),
        line("  of which the manager's key (scrypt, twice):", key_t),
        line("inspection pack as one ZIP:", zip_t, "zip"),
        line("report verify of the pack (folder):", verify_t),
        line("report verify of the pack (ZIP):", verify_zip_t),
        f"requests in the period: {report.total.received:,}; "  # type: ignore[attr-defined]
        f"open: {report.total.open_now:,}; "  # type: ignore[attr-defined]
        f"pack files: {len(result.files)}",  # type: ignore[attr-defined]
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
