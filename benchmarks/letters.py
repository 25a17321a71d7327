"""One letter against a bare one-page ReportLab document, and a batch of 10,000 letters.

    python benchmarks/letters.py [--batch 10000] [--repeat 50]

Baseline: a Platypus SimpleDocTemplate with the same font and a few paragraphs of the same
length, built in the same run. Target (issue #5): one letter within 3x of the baseline.
The batch renders 10,000 breach notices with different names (as issue #8 will need).
Results: printed and written to benchmarks/results/letters.txt.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import time
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from minime_admin.letters.engine import render_letter
from minime_admin.letters.fonts import REGULAR, register_fonts
from minime_admin.letters.model import Facts, LetterData, Letterhead, LetterKind, Recipient, Signer

RESULTS = Path(__file__).with_name("results") / "letters.txt"
LETTER = LetterData(
    kind=LetterKind.ACKNOWLEDGMENT,
    language="lv",
    letterhead=Letterhead(
        "SIA Mini Me", "44103127547", "Rostokas 7, Rīga, LV-1029", "info@minime.lv", "", "minime.lv"
    ),
    recipient=Recipient("Ģirts Ķēniņš-Žūriņa", ("Brīvības iela 15-3", "Rīga, LV-1010")),
    reference="DSR-2026-0042",
    date=date(2026, 11, 24),
    signer=Signer("Ilze Kalniņa", "Privātuma birojs"),
    facts=Facts(request_type="access", received=date(2026, 3, 5), due=date(2026, 4, 7)),
)
BREACH = replace(
    LETTER,
    kind=LetterKind.BREACH_NOTICE,
    facts=Facts(
        breach_description="Nozagts portatīvais dators ar pasūtījumu eksportu.",
        breach_consequences="Vārds un adrese var nonākt svešās rokās.",
        breach_measures="Piekļuves bloķētas, informēta policija.",
        breach_advice="Esiet piesardzīgi ar vēstulēm, kas prasa datus.",
        contact_point="info@minime.lv",
    ),
)


def bare_page() -> bytes:
    style = ParagraphStyle("b", fontName=REGULAR, fontSize=10.5, leading=15)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=A4)
    text = "Apstiprinām, ka saņēmām Jūsu pieprasījumu; atbildēsim līdz 2026. gada 7. aprīlim. "
    document.build([Paragraph(text * 3, style) for _ in range(6)])
    return buffer.getvalue()


def timed(function, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        samples.append(time.perf_counter() - started)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=50)
    arguments = parser.parse_args()
    register_fonts()
    render_letter(LETTER), bare_page()  # warm caches (font subsetting tables, imports)
    letter = timed(lambda: render_letter(LETTER), arguments.repeat)
    bare = timed(bare_page, arguments.repeat)
    started = time.perf_counter()
    total_bytes = 0
    for number in range(arguments.batch):
        person = replace(BREACH.recipient, name=f"Klients Nr. {number} Ķēniņš")
        total_bytes += len(render_letter(replace(BREACH, recipient=person)))
    batch = time.perf_counter() - started

    lines = [
        f"letters benchmark, {datetime.now():%Y-%m-%d %H:%M:%S}",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "",
        f"{'':38}{'median ms':>10}{'p95 ms':>10}",
        f"{'one letter (acknowledgment, lv)':38}{statistics.median(letter) * 1000:>10.1f}"
        f"{sorted(letter)[int(0.95 * (len(letter) - 1))] * 1000:>10.1f}",
        f"{'baseline: bare one-page Platypus':38}{statistics.median(bare) * 1000:>10.1f}"
        f"{sorted(bare)[int(0.95 * (len(bare) - 1))] * 1000:>10.1f}",
        f"ratio (median): {statistics.median(letter) / statistics.median(bare):.2f}x "
        "(target: within 3x)",
        "",
        f"batch: {arguments.batch:,} breach notices in {batch:.1f} s = "
        f"{batch / arguments.batch * 1000:.1f} ms per letter, "
        f"{total_bytes / arguments.batch / 1024:.0f} KiB each on average (one process)",
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
