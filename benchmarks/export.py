"""Export of a heavy customer (5,000 orders, 200,000 visit records) against a bare read.

    python benchmarks/export.py

Both run in the same process on the same SQLCipher file: (a) the baseline reads the same
customer's orders and visits with bare SQL into a list and json.dumps it to a file; (b)
services.export.export_customer writes the whole package (JSON, CSVs, README, PDF). Each is
timed and its peak Python memory measured with tracemalloc (the streamed export should stay
flat while the baseline holds everything). Results: benchmarks/results/export.txt.
"""

from __future__ import annotations

import json
import os
import platform
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from customer_search import add_heavy_customer
from sqlalchemy import text

from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import SystemClock
from minime_admin.domain.export_scope import Scope
from minime_admin.services.export import export_customer
from minime_admin.store import migrate
from minime_admin.store.session import clock_session
from minime_admin.store.sqlcipher import Secret, make_engine

RESULTS = Path(__file__).with_name("results") / "export.txt"


def measured(work: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall time of one run, then peak Python memory of a second run (tracemalloc slows
    everything down, so it must not be on while timing)."""
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
    tracemalloc.stop()
    return seconds, peak, result


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(Path(folder) / "bench.db", Secret(raw_key=os.urandom(32)))
        migrate.upgrade(engine, None)
        actor = Actor("benchmark")
        with clock_session(engine, SystemClock()) as session:
            seed_demo(session, 200, seed=1, as_of=date(2026, 11, 25), actor=actor)
            session.commit()
            heavy = add_heavy_customer(session)
            out = Path(folder) / "out"
            out.mkdir()

            def bare() -> int:
                rows = [
                    dict(r)
                    for r in session.execute(
                        text("SELECT * FROM orders WHERE customer_id = :c"), {"c": heavy}
                    ).mappings()
                ]
                rows += [
                    dict(r)
                    for r in session.execute(
                        text("SELECT * FROM visit_records WHERE customer_id = :c"), {"c": heavy}
                    ).mappings()
                ]
                data = json.dumps(rows, default=str, ensure_ascii=False)
                (out / "bare.json").write_text(data, encoding="utf-8")
                return len(rows)

            bare_seconds, bare_peak, bare_rows = measured(bare)
            export_seconds, export_peak, result = measured(
                lambda: export_customer(session, actor, heavy, out, Scope.ACCESS)
            )
        engine.dispose()

    rows = sum(result.counts.values())
    lines = [
        f"export benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "heavy customer: 5,000 orders, 200,000 visit records",
        "",
        f"{'':44}{'seconds':>9}{'peak MiB':>10}{'rows':>10}",
        f"{'baseline: bare SQL read + json.dumps':44}{bare_seconds:>9.1f}{bare_peak:>10.0f}"
        f"{bare_rows:>10,}",
        f"{'export_customer (JSON + CSV + README + PDF)':44}{export_seconds:>9.1f}"
        f"{export_peak:>10.0f}{rows:>10,}",
        f"ratio: {export_seconds / bare_seconds:.1f}x the time, "
        f"{export_peak / bare_peak:.2f}x the peak memory; "
        f"package {result.bytes / 1024 / 1024:.1f} MiB",
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
