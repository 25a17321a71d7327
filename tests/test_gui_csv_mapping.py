"""The CSV mapping dialog: choose columns, import off the GUI thread, and the same file shape
maps itself next time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from csv_shop import write
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from minime_admin.domain.actor import Actor
from minime_admin.gui import tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.shop.csv_mapping_dialog import CsvMappingDialog
from minime_admin.importers.csv_presets import Kind
from minime_admin.services.database import Database
from minime_admin.store.models import Customer

COLUMNS = ["Nr.", "Vārds Uzvārds", "E-pasts", "Tālrunis", "Pilsēta"]


@pytest.fixture
def context(database: Database, clerk: Actor) -> Iterator[AppContext]:
    yield AppContext(database, clerk)
    assert tasks.cancel_all_and_wait(10_000)


def export(folder: Path, name: str, rows: list[dict[str, str]]) -> Path:
    return write(folder / name, COLUMNS, rows, encoding="windows-1257", delimiter=";")


def opened(qtbot: QtBot, context: AppContext, path: Path) -> CsvMappingDialog:
    dialog = CsvMappingDialog(context, path, Kind.CUSTOMERS)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.wait_until(lambda: bool(dialog.combos) and dialog.import_button.isEnabled())
    return dialog


def choose(dialog: CsvMappingDialog, field: str, column: str) -> None:
    combo = dialog.combos[field]
    combo.setCurrentIndex(combo.findData(column))


def test_choose_columns_import_and_the_same_shape_maps_itself(
    qtbot: QtBot, context: AppContext, database: Database, tmp_path: Path
) -> None:
    rows = [
        {"Nr.": "1", "Vārds Uzvārds": "Ģirts Ķēniņš-Žūriņa", "E-pasts": "girts@example.lv",
         "Tālrunis": "+371 29 123 456", "Pilsēta": "Rīga"},
        {"Nr.": "2", "Vārds Uzvārds": "=HYPERLINK(\"x\")", "E-pasts": "x@example.lv"},
    ]  # fmt: skip
    dialog = opened(qtbot, context, export(tmp_path, "novembris.csv", rows))
    assert dialog.preview.item(0, 1).text() == "Ģirts Ķēniņš-Žūriņa"
    assert "Not a known export" in dialog.origin.text()
    assert dialog.combos["email"].currentData() == ""
    for field, column in (("customer_id", "Nr."), ("full_name", "Vārds Uzvārds"),
                          ("email", "E-pasts"), ("phone", "Tālrunis")):  # fmt: skip
        choose(dialog, field, column)

    dialog.dry_run_button.click()
    qtbot.wait_until(lambda: dialog.result is not None and dialog.import_button.isEnabled())
    assert "Dry run" in dialog.outcome.text() and "1 new" in dialog.outcome.text()
    with database.session() as session:
        assert session.execute(select(Customer)).first() is None

    with qtbot.wait_signal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    text = dialog.outcome.text()
    assert "1 new" in text and "Line 3: the column Vārds Uzvārds starts like" in text
    with database.session() as session:
        girts = session.execute(select(Customer)).scalar_one()
        assert (girts.first_name, girts.last_name, girts.phone) == (
            "Ģirts",
            "Ķēniņš-Žūriņa",
            "+371 29 123 456",
        )
    dialog.close()

    # Next month's export: other rows, the same columns (in any letter case).
    later = export(tmp_path, "decembris.csv", [{**rows[0], "Tālrunis": "+371 26 000 000"}])
    again = opened(qtbot, context, later)
    assert "like the last file of this shape" in again.origin.text()
    assert again.combos["email"].currentData() == "E-pasts"
    assert again.combos["billing_city"].currentData() == ""
    with qtbot.wait_signal(again.imported, timeout=20_000):
        again.import_button.click()
    assert "1 updated" in again.outcome.text()


def test_a_file_that_is_not_a_table_says_so(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "bilde.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 50)
    dialog = CsvMappingDialog(context, path, Kind.ORDERS)
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.wait_until(lambda: "bilde.csv is not a table file" in dialog.outcome.text())
    assert not dialog.import_button.isEnabled()
