"""Render a sample of every letter kind in Latvian and English, as PDF and PNG pages.

    python tools/letter_samples.py OUT_DIR [--docs]

Needs pdftoppm (poppler-utils) for the PNGs. With --docs, also copies a few first pages
to docs/letters/ for the README.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
from datetime import date
from pathlib import Path

from minime_admin.letters.engine import render_letter
from minime_admin.letters.model import (
    Facts,
    KeptItem,
    LetterData,
    Letterhead,
    LetterKind,
    Recipient,
    Signer,
)

DOCS = Path(__file__).resolve().parent.parent / "docs" / "letters"
SAMPLE_FACTS = Facts(
    request_type="erasure",
    received=date(2026, 3, 5),
    due=date(2026, 4, 7),
    extended_due=date(2026, 6, 5),
    extension_reason="Vienlaikus saņemti daudzi pieprasījumi; datu apjoms ir liels.",
    identity_needed="viena sava pasūtījuma numuru un piegādes adresi.",
    refusal_reason="art_17_3",
    erasure_exception="e",
    refusal_text="Uz pasūtījumu 100042 attiecas atvērts maksājuma strīds.",
    fields_corrected=("E-pasta adrese",),
    partners_informed=("Omniva (EE)", "Maksekeskus AS (EE)"),
    erased=("Profila dati", "Adreses", "Jaunumu vēstule", "Tīmekļvietnes apmeklējumi"),
    kept=(KeptItem("Rēķins MM-2024-000001", "Grāmatvedības likums", date(2029, 12, 31)),),
    lift_date=date(2026, 12, 15),
    lift_reason="Datu precizitāte ir pārbaudīta.",
    objection_upheld=True,
    files=("data.json", "orders.csv", "README.txt"),
    categories_held=("Profila dati (1)", "Pasūtījumi (6)", "Apmeklējumi (183)"),
    purposes=("Pasūtījumi: pirkuma līguma izpilde",),
    recipients=("Omniva (EE)", "Mailchimp (US)"),
    retention=("Rēķini: 60 mēn. pēc finanšu gada beigām",),
    transfers=("Mailchimp (US): EU standard contractual clauses",),
    legal_bases=("Pasūtījumi: līguma ar Jums izpilde (VDAR 6. panta 1. punkta b) apakšpunkts)",),
    breach_description="2026. gada 20. novembrī tika nozagts dators ar pasūtījumu eksportu.",
    breach_consequences="Jūsu vārds un adrese var nonākt svešās rokās.",
    breach_measures="Esam bloķējuši piekļuves un informējuši policiju.",
    breach_advice="Esiet piesardzīgi ar vēstulēm un zvaniem, kas prasa Jūsu datus.",
    contact_point="info@minime.lv",
)
DOC_SAMPLES = ("acknowledgment-lv", "refusal-en", "erasure_done-lv", "breach_notice-en")


def sample(kind: LetterKind, language: str) -> LetterData:
    return LetterData(
        kind=kind,
        language=language,
        letterhead=Letterhead(
            "SIA Mini Me",
            "44103127547",
            "Rostokas 7, Rīga, LV-1029",
            "info@minime.lv",
            "",
            "minime.lv",
        ),
        recipient=Recipient("Ģirts Ķēniņš-Žūriņa", ("Brīvības iela 15-3", "Rīga, LV-1010")),
        reference="DSR-2026-0042",
        date=date(2026, 11, 24),
        signer=Signer("Ilze Kalniņa", "Privātuma birojs" if language == "lv" else "Privacy office"),
        facts=SAMPLE_FACTS,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--docs", action="store_true")
    arguments = parser.parse_args()
    arguments.out.mkdir(parents=True, exist_ok=True)
    converter = shutil.which("pdftoppm")
    for kind in LetterKind:
        for language in ("lv", "en"):
            name = f"{kind.value}-{language}"
            pdf = arguments.out / f"{name}.pdf"
            pdf.write_bytes(render_letter(sample(kind, language)))
            if converter:
                subprocess.run(
                    [converter, "-r", "60", "-png", str(pdf), str(arguments.out / name)], check=True
                )
    if arguments.docs and converter:
        DOCS.mkdir(parents=True, exist_ok=True)
        for name in DOC_SAMPLES:
            shutil.copy(arguments.out / f"{name}-1.png", DOCS / f"{name}.png")
    print(f"wrote {len(list(arguments.out.glob('*.pdf')))} letters to {arguments.out}")


if __name__ == "__main__":
    main()
