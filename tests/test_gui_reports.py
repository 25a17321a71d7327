"""The Reports page, the register's editor and the inspection pack dialog (issue #20.5):
real widgets on a real database, work off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from conftest import KNOWN_MANAGER_PASSWORD
from pytestqt.qtbot import QtBot
from report_scenario import make_requests

from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.gui.context import AppContext
from minime_admin.gui.reports import ReportsPage
from minime_admin.gui.reports.pack_dialog import PackDialog
from minime_admin.gui.reports.ropa_dialog import RopaDialog
from minime_admin.services import database as db_service
from minime_admin.services import inspection, reports
from minime_admin.services import ropa as ropa_service


def test_the_page_shows_the_figures_and_charts(
    qtbot: QtBot, database: db_service.Database, clock: FixedClock, clerk: Actor
) -> None:
    make_requests(database, clock, clerk, count=21)
    page = ReportsPage(AppContext(database, clerk))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.report is not None, timeout=20_000)
    start, end = page.period()
    with database.session() as session:
        expected = reports.request_report(session, start, end)
    last = page.table.rowCount() - 1
    assert page.table.rowCount() == len(expected.months) + 1
    assert page.table.item(last, 0).text() == "Total"
    assert page.table.item(last, 1).text() == str(expected.total.received)
    assert page.table.item(last, 4).text() == str(expected.total.late)
    assert page.received_chart.values == [f.received for f in expected.months]
    assert sum(page.open_chart.values) == expected.total.open_now
    assert page.days_chart.limit is not None
    page.grab()  # paints the charts


def test_the_register_editor_saves_a_new_version(
    qtbot: QtBot, database: db_service.Database, clerk: Actor
) -> None:
    dialog = RopaDialog(AppContext(database, clerk))
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.register is not None, timeout=10_000)
    dialog.activity.setCurrentIndex(dialog.activity.findData("visit"))
    dialog.field.setCurrentIndex(dialog.field.findData("security"))
    assert "IP" in dialog.generated.text()
    dialog.text.setPlainText("Žurnāli glabājas šifrēti")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.register is not None and dialog.register.version == 1)
    with database.session() as session:
        register = ropa_service.register(session)
    visit = next(e for e in register.entries if e.activity.key == "visit")
    assert visit.written == {"security": "Žurnāli glabājas šifrēti"}


def test_the_pack_dialog_writes_a_verified_pack_off_the_gui_thread(
    qtbot: QtBot,
    database: db_service.Database,
    clock: FixedClock,
    clerk: Actor,
    known_clerk: Actor,
    tmp_path: Path,
) -> None:
    make_requests(database, clock, clerk, count=14)
    page = ReportsPage(AppContext(database, clerk))
    qtbot.addWidget(page)
    start, end = page.period()
    dialog = PackDialog(page.context, start, end, page)
    dialog.open()
    qtbot.waitUntil(lambda: dialog.manager.count() == 1, timeout=10_000)
    dialog.folder.setText(str(tmp_path / "pack"))
    dialog.password.setText(KNOWN_MANAGER_PASSWORD)
    dialog.make()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=120_000)
    with database.session() as session:
        assert inspection.verify_pack(session, tmp_path / "pack").ok
