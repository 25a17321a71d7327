"""Time the demo seeder against a bare sqlcipher3 executemany of the same rows.

    python benchmarks/seed_demo.py [--customers 100000] [--small 2000]

Each run seeds a fresh SQLCipher file in a temporary folder (schema by the app's
migrations, not timed) and times seed_demo plus the commit. The baseline then inserts
exactly the rows the large run wrote, read back beforehand as ready-made tuples, into
the same tables of another fresh file with one ``executemany`` per table and one commit:
what the same bytes cost with no Python row generation and no SQLAlchemy at all.
Target: 100,000 customers in under two minutes; 2,000 (the ``--demo`` size) in seconds.
Results are printed and written to benchmarks/results/seed_demo.txt.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from minime_admin.demo.customers import TABLES, seed_demo
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import SystemClock
from minime_admin.store import migrate
from minime_admin.store.session import clock_session
from minime_admin.store.sqlcipher import Secret, make_engine

RESULTS = Path(__file__).with_name("results") / "seed_demo.txt"
TARGET_SECONDS = 120.0
TARGET_CUSTOMERS = 100_000


@dataclass(frozen=True)
class Timing:
    label: str
    customers: int | None
    rows: int
    seconds: float

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


def fresh_engine(path: Path) -> Engine:
    engine = make_engine(path, Secret(raw_key=os.urandom(32)))
    migrate.upgrade(engine, None)
    return engine


def time_seed(path: Path, customers: int, seed: int, as_of: date) -> tuple[Timing, Engine]:
    engine = fresh_engine(path)
    with clock_session(engine, SystemClock()) as session:
        started = time.perf_counter()
        summary = seed_demo(session, customers, seed, as_of, actor=Actor("benchmark"))
        session.commit()
        seconds = time.perf_counter() - started
    label = f"seed_demo {customers:,} customers"
    return Timing(label, customers, summary.total_rows, seconds), engine


def time_baseline(source: Engine, path: Path) -> Timing:
    """Copy every seeded row with bare executemany; only the inserts and commit are timed."""
    target = fresh_engine(path)
    reader, writer = source.raw_connection(), target.raw_connection()
    rows, seconds = 0, 0.0
    try:
        for model in TABLES:
            name = model.__tablename__
            tuples = reader.cursor().execute(f"SELECT * FROM {name} ORDER BY rowid").fetchall()
            if not tuples:
                continue
            marks = ", ".join("?" * len(tuples[0]))
            started = time.perf_counter()
            writer.cursor().executemany(f"INSERT INTO {name} VALUES ({marks})", tuples)
            seconds += time.perf_counter() - started
            rows += len(tuples)
        started = time.perf_counter()
        writer.commit()
        seconds += time.perf_counter() - started
    finally:
        reader.close()
        writer.close()
        target.dispose()
    return Timing("baseline: sqlcipher3 executemany", None, rows, seconds)


def render(timings: list[Timing], large: Timing, baseline: Timing, arguments: str) -> str:
    lines = [
        f"seed_demo benchmark, {time.strftime('%Y-%m-%d %H:%M:%S')}  ({arguments})",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}",
        "",
        f"{'run':<36}{'rows':>12}{'seconds':>10}{'rows/s':>12}",
    ]
    for timing in timings:
        lines.append(
            f"{timing.label:<36}{timing.rows:>12,}{timing.seconds:>10.2f}"
            f"{timing.rows_per_second:>12,.0f}"
        )
    lines += [
        "",
        f"ratio seed_demo / baseline (same rows): {large.seconds / baseline.seconds:.2f}x",
    ]
    if large.customers == TARGET_CUSTOMERS:
        verdict = "met" if large.seconds < TARGET_SECONDS else "MISSED"
        lines.append(f"target {TARGET_CUSTOMERS:,} customers < {TARGET_SECONDS:.0f} s: {verdict}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=TARGET_CUSTOMERS)
    parser.add_argument("--small", type=int, default=2000, help="also time this size; 0 skips")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 3, 1))
    parser.add_argument("--out", type=Path, default=RESULTS)
    arguments = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="minime-bench-") as folder:
        work = Path(folder)
        timings = []
        if arguments.small:
            small, engine = time_seed(
                work / "small.db", arguments.small, arguments.seed, arguments.as_of
            )
            engine.dispose()
            timings.append(small)
        large, engine = time_seed(
            work / "large.db", arguments.customers, arguments.seed, arguments.as_of
        )
        try:
            baseline = time_baseline(engine, work / "baseline.db")
        finally:
            engine.dispose()
        timings += [large, baseline]

    described = " ".join(sys.argv[1:]) or "defaults"
    text = render(timings, large, baseline, described)
    print(text, end="")
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
