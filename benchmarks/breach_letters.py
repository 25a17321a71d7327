"""10,000 breach letters to customers (PDF each + mail-merge CSV) against the same number
of bare one-page ReportLab documents, in the same run.

    python benchmarks/breach_letters.py [--letters 10000]

Target (issue #6 of the breach composer): 10,000 letters in under a minute on this machine.
Results: benchmarks/results/breach_letters.txt.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import resource
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import SystemClock
from minime_admin.services import breach_outputs, breaches, users
from minime_admin.store import migrate
from minime_admin.store.session import clock_session
from minime_admin.store.sqlcipher import Secret, make_engine

RESULTS = Path(__file__).with_name("results") / "breach_letters.txt"


def bare_pages(count: int, folder: Path) -> float:
    from minime_admin.letters.fonts import REGULAR, register_fonts

    register_fonts()
    style = ParagraphStyle("b", fontName=REGULAR, fontSize=10.5, leading=15)
    started = time.perf_counter()
    for number in range(count):
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4).build(
            [Paragraph(f"Klients Nr. {number}: paziņojums par pārkāpumu. " * 12, style)] * 5
        )
        (folder / f"bare-{number}.pdf").write_bytes(buffer.getvalue())
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=10_000)
    arguments = parser.parse_args()
    actor = Actor("benchmark")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        engine = make_engine(root / "bench.db", Secret(raw_key=os.urandom(32)))
        migrate.upgrade(engine, None)
        with clock_session(engine, SystemClock()) as session:
            seed_demo(session, arguments.letters, seed=1, as_of=date(2026, 11, 25), actor=actor)
            session.commit()
            users.add_user(session, actor, "Manager", Role.MANAGER, "benchmark password")
            bid = breaches.new_breach(
                session, actor, "Benchmark", datetime.now(UTC) - timedelta(hours=2)
            )
            breaches.update_breach(
                session,
                actor,
                bid,
                description="Nozagts dators.",
                consequences="Adreses.",
                measures_taken="Bloķēts.",
                advice="Uzmanieties.",
                contact_point="info@minime.lv",
                # every Art. 33(3) element, in both languages (issue #13.10, #13.12)
                subject_categories="klienti",
                data_categories="vārds, adrese",
                records=arguments.letters,
                description_en="A computer was stolen.",
                consequences_en="Addresses.",
                measures_taken_en="Blocked.",
                advice_en="Be careful.",
                data_categories_en="name, address",
            )
            ids = list(range(1, arguments.letters + 1))
            breaches.select_affected(session, actor, bid, ids, "all")
            breaches.sign_off(session, bid, "Manager", "benchmark password")
            started = time.perf_counter()
            result = breach_outputs.customer_letters(
                session, actor, bid, root / "letters", final=True
            )
            letters_seconds = time.perf_counter() - started
        engine.dispose()
        (root / "bare").mkdir()
        bare_seconds = bare_pages(arguments.letters, root / "bare")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    lines = [
        f"breach letters benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "",
        f"customer letters (final, signed, 2 worker processes): {result.letters:,} in "
        f"{letters_seconds:.1f} s = {letters_seconds / result.letters * 1000:.1f} ms per letter",
        f"baseline: bare one-page ReportLab documents, one process: {arguments.letters:,} in "
        f"{bare_seconds:.1f} s = {bare_seconds / arguments.letters * 1000:.1f} ms each",
        f"ratio: {letters_seconds / bare_seconds:.2f}x; target 10,000 in under 60 s: "
        f"{'met' if letters_seconds < 60 else 'NOT met'}",
        f"peak resident memory: main process {peak:.0f} MiB, largest worker {children:.0f} MiB",
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
