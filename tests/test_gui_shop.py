"""The Shop data page and Settings › Shop (issue #12): real widgets offscreen, a real fake
WooCommerce shop on 127.0.0.1, a real encrypted database and the test keychain."""

from __future__ import annotations

import csv
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_shop import KEY, SECRET, FakeShop, generate, running
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from minime_admin.domain.actor import Actor
from minime_admin.gui import tasks
from minime_admin.gui.main_window import MainWindow
from minime_admin.gui.shop import ShopDataPage, ShopSettingsBox
from minime_admin.gui.shop.drops import FileKind
from minime_admin.services import import_runs, shop_import, shop_settings
from minime_admin.services.database import Database, Keychain
from minime_admin.services.shop_settings import ShopSettings
from minime_admin.store.models import Customer

TIMEOUT = 120_000


@pytest.fixture
def shop() -> Iterator[FakeShop]:
    customers, orders = generate(customers=40, orders=90, guests=7)
    with running(FakeShop(customers, orders)) as server:
        yield server


@pytest.fixture
def window(qtbot: QtBot, database: Database, clerk: Actor) -> Iterator[MainWindow]:
    main = MainWindow(database, clerk)
    qtbot.add_widget(main)
    main.show()
    yield main
    assert tasks.cancel_all_and_wait(30_000)


def configure(database: Database, clerk: Actor, keychain: Keychain, shop: FakeShop) -> None:
    with database.unit_of_work() as session:
        shop_settings.save(session, clerk, ShopSettings(shop.url, KEY))
    shop_settings.save_secret(keychain, database.database_id, SECRET)


def run_and_wait(qtbot: QtBot, page: ShopDataPage, dry_run: bool) -> None:
    with qtbot.waitSignal(page.run_finished, timeout=TIMEOUT):
        assert (page.preview() if dry_run else page.start_import()) is not None


def row(page: ShopDataPage) -> dict[str, str]:
    names = ("source", "when", "result", "new", "updated", "unchanged", "rejected")
    table = page.sources_table
    return {name: table.item(0, column).text() for column, name in enumerate(names)}


def customers_in(database: Database) -> int:
    with database.session() as session:
        return session.execute(select(func.count()).select_from(Customer)).scalar_one()


def test_preview_import_and_import_again(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    clerk: Actor,
    keychain: Keychain,
    shop: FakeShop,
) -> None:
    configure(database, clerk, keychain, shop)
    window.show_page("shop")
    page = window.shop_page
    qtbot.waitUntil(lambda: page.jobs.busy is False)
    assert row(page)["when"] == "" and page.import_button.text() == "&Import"

    run_and_wait(qtbot, page, dry_run=True)
    shown = row(page)
    assert shown["result"] == "preview finished" and shown["when"] == "25 Nov 2026, 12:00"
    assert shown["new"] == str(40 + 7 + 90) and customers_in(database) == 0
    assert page.status.text() == "Preview finished: nothing was changed."
    assert page.import_button.text() == "&Import"

    run_and_wait(qtbot, page, dry_run=False)
    assert row(page)["result"] == "finished" and row(page)["new"] == "137"
    assert customers_in(database) == 47
    assert page.import_button.text() == "Import &again"

    run_and_wait(qtbot, page, dry_run=False)
    again = row(page)
    assert again["new"] == "0" and again["updated"] == "0" and again["result"] == "finished"


def test_cancel_leaves_whole_batches_only(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    clerk: Actor,
    keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(shop_import, "BATCH", 500)  # six batches, not one
    customers, _ = generate(customers=3000, orders=0, guests=0)
    with running(FakeShop(customers, [])) as shop:
        configure(database, clerk, keychain, shop)
        page = window.shop_page
        qtbot.waitUntil(lambda: page.jobs.busy is False)
        with qtbot.waitSignal(page.run_finished, timeout=TIMEOUT):
            task = page.start_import()
            assert task is not None
            # Cancel as soon as the first batch has been written.
            task.progressed.connect(lambda done, total: total and page.cancel())
    written = customers_in(database)
    assert 0 < written < 3000 and written % 500 == 0
    assert row(page)["result"] == "cancelled" and row(page)["new"] == str(written)
    assert page.status.text().startswith("Import cancelled.")


def test_rejected_rows_are_listed_and_exported_without_formulas(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    clerk: Actor,
    keychain: Keychain,
    shop: FakeShop,
    tmp_path: Path,
) -> None:
    shop.customers[0]["email"] = shop.customers[0]["billing"]["email"] = "not an address"
    shop.customers[1]["id"] = '=HYPERLINK("http://evil")'  # a shop that sends a formula
    configure(database, clerk, keychain, shop)
    page = window.shop_page
    qtbot.waitUntil(lambda: page.jobs.busy is False)
    run_and_wait(qtbot, page, dry_run=True)
    table = page.rejected_table
    # The two accounts, and the orders of the one whose id was broken.
    count = 2 + sum(1 for o in shop.orders if o["customer_id"] == 101)
    assert table.rowCount() == count and row(page)["rejected"] == str(count)
    cells = [[table.item(r, c).text() for c in range(4)] for r in range(count)]
    assert ["customers", "1", "100", "no valid e-mail address"] in cells
    assert page.rejected_box.title() == f"Rejected rows of the last run: {count}"

    out = tmp_path / "rejected.csv"
    page.export_rejections(out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Part", "Position", "Id in the source", "Reason"]
    assert ["customers", "1", "100", "no valid e-mail address"] in rows
    ids = {r[2] for r in rows[1:]}
    assert '\'=HYPERLINK("http://evil")' in ids
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)


def test_csv_cells_that_look_like_formulas_get_an_apostrophe() -> None:
    for text in ("=1+2", "+1", "-1", "@SUM(A1)"):
        assert import_runs.csv_cell(text) == "'" + text
    assert import_runs.csv_cell("Ģirts") == "Ģirts" and import_runs.csv_cell(None) == ""


def settings_box(window: MainWindow) -> ShopSettingsBox:
    return window.settings_page.shop_box


def test_settings_save_the_secret_in_the_keychain_and_test_the_connection(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    keychain: Keychain,
    shop: FakeShop,
) -> None:
    box = settings_box(window)
    qtbot.waitUntil(lambda: box.jobs.busy is False)
    box.url_edit.setText(shop.url)
    box.key_edit.setText(KEY)
    box.secret_edit.setText(SECRET)
    with qtbot.waitSignal(box.saved, timeout=TIMEOUT):
        box.save()
    assert shop_settings.stored_secret(keychain, database.database_id) == SECRET
    assert box.secret_edit.text() == "" and "keychain" in box.secret_edit.placeholderText()
    with database.session() as session:
        assert shop_settings.load(session) == ShopSettings(shop.url, KEY, "")

    def tested() -> str:
        with qtbot.waitSignal(box.tested, timeout=TIMEOUT) as signal:
            box.test_connection()
        return str(signal.args[0])

    host = shop.url.removeprefix("http://")
    assert tested() == f"Connected to {host}: 40 customers, 90 orders."
    assert box.status.text().startswith("Connected")

    box.secret_edit.setText("cs_wrong")  # typed, not saved: tried as it is
    answer = tested()
    assert answer.startswith("Not connected. The shop at") and "HTTP 401" in answer
    box.secret_edit.clear()

    shop.always = "html"
    assert "with a web page instead of data" in tested()
    shop.always = None

    with socket.socket() as spare:  # a port nobody listens on
        spare.bind(("127.0.0.1", 0))
        closed = spare.getsockname()[1]
    box.url_edit.setText(f"http://127.0.0.1:{closed}")
    assert "did not answer" in tested()

    box.url_edit.setText("http://shop.example.lv")
    assert "is not accepted: use https://" in tested()


def test_without_a_keychain_the_secret_must_come_from_the_environment(
    qtbot: QtBot, database: Database, clerk: Actor, no_keychain: Keychain
) -> None:
    window = MainWindow(database, clerk)
    qtbot.add_widget(window)
    box = settings_box(window)
    assert not box.secret_edit.isEnabled()
    assert "MINIME_ADMIN_SHOP_SECRET" in box.note.text()
    assert tasks.cancel_all_and_wait(30_000)


def test_dropped_files_go_to_the_kind_that_takes_them(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    page = window.shop_page
    log = tmp_path / "access.log"
    log.write_text('127.0.0.1 - - [25/Nov/2026:10:00:00 +0000] "GET / HTTP/1.1" 200 1\n')
    other = tmp_path / "klienti.xlsx"
    other.write_bytes(b"PK")
    with qtbot.waitSignal(page.files_dropped) as dropped:
        assert page.take_files([log, other]) == [other]
    assert dropped.args[0] == [log, other]
    assert page.chosen["access_log"].paths == (log,)
    assert page.drop_status.text().startswith("Not imported: klienti.xlsx. Files that can be")
    assert "web-server access logs" in page.drop_status.text()

    taken: list[Path] = []
    page.register_file_kind(FileKind(lambda: "spreadsheets (.xlsx)", (".xlsx",), taken.append))
    assert "spreadsheets (.xlsx)" in page.drop_label.text()
    assert page.take_files([other]) == []
    assert taken == [other] and page.drop_status.text() == ""


def test_a_failed_run_shows_its_reason_and_writes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    clerk: Actor,
    keychain: Keychain,
    shop: FakeShop,
) -> None:
    page = window.shop_page
    qtbot.waitUntil(lambda: page.jobs.busy is False)
    run_and_wait(qtbot, page, dry_run=False)  # nothing set up yet
    assert page.status.text().startswith("The shop's address and consumer key are not set")
    configure(database, clerk, keychain, shop)
    shop.always = "html"
    run_and_wait(qtbot, page, dry_run=False)
    assert row(page)["result"].startswith("failed: The shop at 127.0.0.1")
    assert "web page instead of data" in page.status.text()
    assert customers_in(database) == 0 and page.import_button.isEnabled()


def test_a_real_drop_event_reaches_the_registry(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    page = window.shop_page
    taken: list[Path] = []
    page.register_file_kind(
        FileKind(lambda: "ODS", (".ods",), taken.append, sniff=lambda p: b";" in p.read_bytes())
    )
    good, odd = tmp_path / "klienti.ods", tmp_path / "cits.ods"
    good.write_bytes("vārds;e-pasts\n".encode())
    odd.write_bytes(b"\x00\x01")  # the sniffer says no
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good)), QUrl.fromLocalFile(str(odd))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)
    assert taken == [good]
    assert page.drop_status.text().startswith("Not imported: cits.ods.")
