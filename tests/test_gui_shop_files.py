"""The Shop data page's file sources (issue #12): a shop CSV export, a newsletter list and
web-server access logs, dropped or chosen on the real page, previewed and imported off the
GUI thread into a real encrypted database, each with its last run on its row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from csv_shop import customers_file
from newsletter_exports import write_mailchimp, write_mailerlite
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from test_access_log_import import DAY, line, write

from minime_admin.domain.actor import Actor
from minime_admin.gui import tasks
from minime_admin.gui.main_window import MainWindow
from minime_admin.gui.shop import ShopDataPage
from minime_admin.services import customer_actions
from minime_admin.services.database import Database
from minime_admin.store.models import Customer, NewsletterSubscription, VisitRecord

TIMEOUT = 120_000
NAMES = ("source", "when", "result", "new", "updated", "unchanged", "rejected")


@pytest.fixture
def window(qtbot: QtBot, database: Database, clerk: Actor) -> Iterator[MainWindow]:
    main = MainWindow(database, clerk)
    qtbot.add_widget(main)
    main.show()
    main.show_page("shop")
    qtbot.waitUntil(lambda: main.shop_page.jobs.busy is False)
    yield main
    assert tasks.cancel_all_and_wait(30_000)


def row(page: ShopDataPage, code: str) -> dict[str, str]:
    index = next(i for i, s in enumerate(page.sources) if s.code == code)
    table = page.sources_table
    return {name: table.item(index, column).text() for column, name in enumerate(NAMES)}


def drop(page: ShopDataPage, *paths: Path) -> None:
    """A real drop event on the page (the mime data must outlive the event)."""
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)


def run_and_wait(qtbot: QtBot, page: ShopDataPage, dry_run: bool) -> None:
    with qtbot.waitSignal(page.run_finished, timeout=TIMEOUT):
        assert (page.preview() if dry_run else page.start_import()) is not None
    qtbot.waitUntil(lambda: page.jobs.busy is False)


def count(database: Database, model: Any) -> int:
    with database.session() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def test_a_shop_csv_export_is_previewed_imported_and_imported_again(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    page = window.shop_page
    path = customers_file(tmp_path / "customers.csv", 12)
    drop(page, path)
    assert page.selected_source() == "csv" and page.drop_status.text() == ""
    assert "woocommerce-customers" in page.status.text()
    assert page.columns_button.isVisible() and page.columns_button.isEnabled()

    run_and_wait(qtbot, page, dry_run=True)
    assert page.status.text() == "Preview finished: nothing was changed."
    assert row(page, "csv")["result"] == "preview finished" and row(page, "csv")["new"] == "12"
    assert count(database, Customer) == 0 and page.import_button.text() == "&Import"

    run_and_wait(qtbot, page, dry_run=False)
    assert (row(page, "csv")["result"], row(page, "csv")["new"]) == ("finished", "12")
    assert count(database, Customer) == 12 and page.import_button.text() == "Import &again"
    run_and_wait(qtbot, page, dry_run=False)
    assert (row(page, "csv")["new"], row(page, "csv")["unchanged"]) == ("0", "12")
    assert row(page, "woocommerce")["when"] == ""  # the other sources did not run

    # "Check columns…" opens the mapping dialog on the recognised export.
    dialog = page.check_columns()
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.combos))
    assert dialog.combos["email"].currentData() == "email"
    dialog.reject()


def test_an_unknown_csv_asks_what_it_lists_and_opens_the_mapping_dialog(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QInputDialog

    page = window.shop_page
    asked: list[str] = []

    def answer(_parent: Any, _title: str, label: str, items: list[str], *_: Any) -> Any:
        asked.append(label)
        return items[0], True  # Customers

    monkeypatch.setattr(QInputDialog, "getItem", answer)
    path = tmp_path / "klienti-novembris.csv"
    path.write_bytes("Nr.;Vārds Uzvārds;E-pasts\n1;Ģirts Ķēniņš-Žūriņa;g@k.lv\n".encode("cp1257"))
    assert page.take_files([path]) == []
    qtbot.waitUntil(lambda: page.mapping_dialog is not None)  # after looking for a mapping
    assert asked == ["What does klienti-novembris.csv list?"]
    dialog = page.mapping_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: bool(dialog.combos))
    assert dialog.origin.text() == "Not a known export: choose the column for each field."
    for field, column in (("customer_id", "Nr."), ("full_name", "Vārds Uzvārds"),
                          ("email", "E-pasts")):  # fmt: skip
        combo = dialog.combos[field]
        combo.setCurrentIndex(combo.findData(column))
    with qtbot.waitSignal(dialog.imported, timeout=TIMEOUT):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled())
    dialog.reject()  # closing the dialog shows the run on the page
    qtbot.waitUntil(lambda: row(page, "csv")["result"] == "finished")
    assert row(page, "csv")["new"] == "1" and count(database, Customer) == 1

    # The same shape again maps itself: the page imports it without asking.
    again = tmp_path / "klienti-decembris.csv"
    again.write_bytes(path.read_bytes())
    page.take_files([again])
    qtbot.waitUntil(lambda: page.chosen["csv"].paths == (again,))
    assert asked == ["What does klienti-novembris.csv list?"]
    assert page.mapping_dialog is dialog
    assert "columns as in the last file of this shape" in page.status.text()
    run_and_wait(qtbot, page, dry_run=False)
    assert (row(page, "csv")["new"], row(page, "csv")["unchanged"]) == ("0", "1")


def test_a_newsletter_list_goes_to_its_row_and_a_second_import_adds_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    page = window.shop_page
    members = [
        {"Email Address": f"lasitajs{n}@example.lv", "OPTIN_TIME": "2025-03-14 09:15:00"}
        for n in range(5)
    ]
    path = write_mailchimp(tmp_path, "subscribed", members)
    page.choose_button.setEnabled(True)
    assert page.take_files([path]) == []
    assert page.selected_source() == "newsletter"
    assert page.chosen["newsletter"].format is not None
    assert "Mailchimp" in page.status.text()
    assert not page.columns_button.isVisible()

    run_and_wait(qtbot, page, dry_run=True)
    assert row(page, "newsletter")["result"] == "preview finished"
    assert count(database, NewsletterSubscription) == 0
    run_and_wait(qtbot, page, dry_run=False)
    assert row(page, "newsletter")["new"] == "5" and count(database, NewsletterSubscription) == 5
    run_and_wait(qtbot, page, dry_run=False)
    assert (row(page, "newsletter")["new"], row(page, "newsletter")["unchanged"]) == ("0", "5")
    assert row(page, "csv")["when"] == ""


def test_a_newsletter_header_that_does_not_tell_asks_the_service(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    page = window.shop_page
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("MailerLite", True))
    path = tmp_path / "saraksts.csv"
    path.write_text("Email Address,OPTIN_TIME,Email,Subscribed\n", encoding="utf-8")
    page.take_files([path])
    assert str(page.chosen["newsletter"].format) == "mailerlite"


def test_newsletter_rejections_and_warnings_show_in_the_table_and_export(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor, tmp_path: Path
) -> None:
    page = window.shop_page
    with database.unit_of_work() as session:
        anna = Customer(
            first_name="Anna", last_name="Bērziņa", email="anna@example.lv", created_at=DAY
        )
        session.add(anna)
        session.flush()
        customer_actions.record_marketing_objection(session, clerk, anna.id, "phone")
    subscribers = [
        {"Email": "anna@example.lv", "Subscribed": "2025-03-14 09:15:00", "Status": "active"},
        {"Email": "", "Subscribed": "2025-03-14 09:15:00", "Status": "active"},
    ]
    page.take_files([write_mailerlite(tmp_path, subscribers)])
    run_and_wait(qtbot, page, dry_run=False)
    assert page.status.text().endswith("Imported, but to look at: 1 (see the warnings below).")
    table = page.rejected_table
    assert table.rowCount() == 2
    assert table.item(0, 0).text() == "subscribers.csv"
    assert table.item(1, 0).text() == "subscribers.csv (warning)"
    assert "remove the address from the list at MailerLite" in table.item(1, 3).text()
    assert page.rejected_box.title().endswith("Imported, but to look at: 1")
    out = tmp_path / "noraidītie.csv"
    page.export_rejections(out)
    exported = out.read_text(encoding="utf-8-sig")
    assert exported.count("subscribers.csv") == 2 and "MailerLite" in exported


def test_access_logs_are_dropped_as_one_run_and_imported_again(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    page = window.shop_page
    live = write(tmp_path / "access.log", [line(), line("192.0.2.11", target="/grozs/")])
    old = write(tmp_path / "access.log.1", [line("198.51.100.7", target="/?s=d%C4%81vana")])
    zipped = write(tmp_path / "access.log.2.gz", [line("198.51.100.8"), "nonsense"], gz=True)
    assert page.take_files([live, old, zipped]) == []
    assert page.chosen["access_log"].paths == (live, old, zipped)
    assert page.selected_source() == "access_log"

    run_and_wait(qtbot, page, dry_run=True)
    assert row(page, "access_log")["result"] == "preview finished"
    assert count(database, VisitRecord) == 0
    run_and_wait(qtbot, page, dry_run=False)
    assert (row(page, "access_log")["new"], row(page, "access_log")["rejected"]) == ("4", "1")
    assert page.rejected_table.item(0, 0).text() == "access.log.2.gz"
    run_and_wait(qtbot, page, dry_run=False)
    assert (row(page, "access_log")["new"], row(page, "access_log")["unchanged"]) == ("0", "4")
    assert count(database, VisitRecord) == 4

    # A later drop starts a new set.
    page.take_files([old])
    assert page.chosen["access_log"].paths == (old,)


def test_a_refused_file_gets_one_clear_sentence_and_nothing_runs(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    page = window.shop_page
    binary = tmp_path / "klienti.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    assert page.take_files([binary]) == []
    assert page.drop_status.text() == (
        "klienti.csv is not a table file that can be read (CSV, UTF-8 or windows-1257, with a "
        "header row). Nothing was imported."
    )
    assert "csv" not in page.chosen
    photos = tmp_path / "bildes.zip"
    photos.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty zip
    assert page.take_files([photos]) == []
    assert page.drop_status.text() == (
        "bildes.zip holds no CSV file that could be read. Nothing was imported."
    )

    # Choosing the CSV row without a file says what to do, and runs nothing.
    page.sources_table.selectRow(1)
    assert page.preview() is None
    assert page.status.text().startswith("Choose a file first")

    # A log that is no log: the run fails in one sentence, recorded on its row.
    fake = tmp_path / "access.log"
    fake.write_bytes(b"\x00\x01\x02" * 50)
    page.take_files([fake])
    run_and_wait(qtbot, page, dry_run=False)
    assert row(page, "access_log")["result"].startswith("failed: ")
    assert "access.log" in page.status.text() and "\n" not in page.status.text()
    assert count(database, VisitRecord) == 0


def test_a_log_import_can_be_cancelled_and_keeps_whole_batches(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    page = window.shop_page
    lines = [line(f"10.0.{n // 250}.{n % 250}", target=f"/p/{n}/") for n in range(9000)]
    page.take_files([write(tmp_path / "access.log", lines)])
    with qtbot.waitSignal(page.run_finished, timeout=TIMEOUT):
        assert page.start_import() is not None
        assert page.cancel_button.isEnabled() and not page.choose_button.isEnabled()
        drop(page, write(tmp_path / "access.log.1", [line()]))
        assert page.chosen["access_log"].paths == (tmp_path / "access.log",)  # not while running
        page.cancel()
    qtbot.waitUntil(lambda: page.jobs.busy is False)
    assert page.status.text().startswith("Import cancelled.")
    assert row(page, "access_log")["result"] == "cancelled"
    written = count(database, VisitRecord)
    assert written < 9000 and row(page, "access_log")["new"] == str(written)
    assert page.choose_button.isEnabled()
