"""answer.pdf is written for the person (issue #15.6): labels in the letter's language,
euro amounts, yes/no, dates as people write them, codes as words, the policy's order;
data.json and the CSV files keep the raw, complete data."""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from conftest import SeedShop
from pypdf import PdfReader

from minime_admin.domain.actor import Actor
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.category_info import CATEGORIES
from minime_admin.letters import catalogue, readable
from minime_admin.letters.dates import short_date
from minime_admin.services import database as db_service
from minime_admin.services.export import export_customer


@pytest.fixture
def demo(seed_shop: SeedShop) -> db_service.Database:
    return seed_shop(customers=20, seed=8)


def _package(demo: db_service.Database, clerk: Actor, out: Path, language: str) -> Path:
    out.mkdir()
    with demo.unit_of_work() as session:
        return export_customer(session, clerk, 1, out, language=language).path


def _appendix_text(pdf: bytes, language: str) -> str:
    """The readable copy: from the page that opens with the first category's table."""
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    first = catalogue.CATEGORY_TEXTS[language]["profile"][0]
    start = next(i for i, text in enumerate(pages) if text.startswith(first))
    return " ".join(" ".join(pages[start:]).split())  # a label may wrap in its cell


@pytest.mark.parametrize(
    ("language", "labels", "yes_no", "amount"),
    [
        ("lv", ("Uzvārds", "E-pasta adrese", "Pasūtīts", "Summa", "Ārpus ES/EEZ"),
         ("jā", "nē"), r"\d+,\d\d €"),
        ("en", ("Last name", "E-mail address", "Placed", "Total", "Outside the EU/EEA"),
         ("yes", "no"), r"€\d+\.\d\d"),
    ],
)  # fmt: skip
def test_answer_pdf_reads_like_a_letter(
    demo: db_service.Database,
    clerk: Actor,
    tmp_path: Path,
    language: str,
    labels: tuple[str, ...],
    yes_no: tuple[str, str],
    amount: str,
) -> None:
    path = _package(demo, clerk, tmp_path / language, language)
    with zipfile.ZipFile(path) as archive:
        pdf = archive.read("answer.pdf")
        orders = list(
            csv.DictReader(io.StringIO(archive.read("order-orders.csv").decode("utf-8-sig")))
        )
        disclosures = archive.read("disclosure-disclosures.csv").decode("utf-8-sig")
    if os.environ.get("MINIME_KEEP_PDF"):  # to look at the pages: pdftoppm -png -r 60
        Path(os.environ["MINIME_KEEP_PDF"], f"answer-{language}.pdf").write_bytes(pdf)
    appendix = _appendix_text(pdf, language)
    for label in labels:
        assert label in appendix, label
    assert re.search(amount, appendix)
    assert re.search(rf"\b({yes_no[0]}|{yes_no[1]})\b", appendix)
    # Dates as people write them, not ISO; the first order's day in Riga time.
    placed = datetime.fromisoformat(orders[0]["placed_at"])
    assert short_date(placed, language) in appendix
    assert not re.search(r"\d{4}-\d\d-\d\dT", appendix)
    for raw in ("True", "False", "_cents", "placed_at", "first_name", "identity_hash",
                "visitor_id", "customers", "order_items", "— orders"):  # fmt: skip
        assert raw not in appendix, raw
    # An order status is a word, not the stored code.
    status = catalogue.EXPORT_VALUES[language][orders[0]["status"]]
    assert status in appendix
    # The files keep the machine-readable data: raw columns and values.
    assert set(orders[0]) >= {"id", "total_cents", "placed_at", "status", "currency"}
    assert disclosures.splitlines()[0].startswith("id,partner_id,disclosed_at,data_categories")
    assert ",False," in disclosures and "T" in orders[0]["placed_at"]


def test_tables_follow_the_privacy_policy(
    demo: db_service.Database, clerk: Actor, tmp_path: Path
) -> None:
    path = _package(demo, clerk, tmp_path / "en", "en")
    with zipfile.ZipFile(path) as archive:
        appendix = _appendix_text(archive.read("answer.pdf"), "en")
    titles = [catalogue.CATEGORY_TEXTS["en"][info.category.value][0] for info in CATEGORIES]
    positions = [appendix.find(title) for title in titles]
    found = [p for p in positions if p >= 0]
    assert len(found) >= 10 and found == sorted(found)


def test_values_as_a_person_reads_them() -> None:
    row = {
        "total_cents": 1490,
        "currency": "EUR",
        "analytics": True,
        "advertising": False,
        "placed_at": datetime(2029, 11, 27, 23, 30, tzinfo=UTC),  # already the 28th in Riga
        "started_on": date(2029, 11, 28),
        "status": "cancelled",
        "completed_at": None,
        "country": "LV",
        "order_id": 7,
    }
    lv = {c: readable.cell("orders", c, row, "lv", {7: "MM-1"}) for c in row}
    en = {c: readable.cell("orders", c, row, "en", {7: "MM-1"}) for c in row}
    assert lv["total_cents"] == "14,90\u00a0€" and en["total_cents"] == "€14.90"
    assert readable.money(123456, "EUR", "lv") == "1\u00a0234,56\u00a0€"
    assert readable.money(123456, "EUR", "en") == "€1,234.56"
    assert (lv["analytics"], lv["advertising"], en["analytics"]) == ("jā", "nē", "yes")
    assert lv["placed_at"] == "28.11.2029 01:30" and en["placed_at"] == "28 Nov 2029, 01:30"
    assert lv["started_on"] == "28.11.2029" and en["started_on"] == "28 Nov 2029"
    assert (lv["status"], en["status"]) == ("atcelts", "cancelled")
    assert lv["completed_at"] == "—" and lv["country"] == "Latvija" and lv["order_id"] == "MM-1"
    assert readable.shown_columns(["id", "order_id", "sku", "visitor_id"], {}) == ["sku"]


def test_every_exported_column_has_a_label_in_both_languages() -> None:
    from minime_admin.store import export_repo

    for models in export_repo.TABLES.values():
        for model in models:
            for column in readable.shown_columns(export_repo.columns(model), {1: "x"}):
                for language in ("lv", "en"):
                    label = readable.column_label(model.__tablename__, column, language)
                    assert label != column, (model.__tablename__, column, language)
    assert {info.category for info in CATEGORIES} == set(DataCategory)
