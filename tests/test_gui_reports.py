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
from minime_admin.gui.reports.pack_wizard import PackWizard
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
    assert page.days_chart.values == [f.median_days or 0 for f in expected.months]
    assert page.days_chart.marks == [f.median_allowed for f in expected.months]
    assert any(mark is not None and mark >= 28 for mark in page.days_chart.marks)
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


def open_wizard(
    qtbot: QtBot, database: db_service.Database, clerk: Actor
) -> tuple[PackWizard, ReportsPage]:
    page = ReportsPage(AppContext(database, clerk))
    qtbot.addWidget(page)
    start, end = page.period()
    wizard = PackWizard(page.context, start, end, page)
    wizard.open()
    qtbot.waitUntil(lambda: wizard.sign_page.manager.count() == 1, timeout=10_000)
    return wizard, page  # the page too: the wizard's parent must outlive it


def to_sign_off(wizard: PackWizard, target: Path, as_zip: bool, password: str) -> None:
    assert wizard.currentPage() is wizard.period_page and wizard.period_page.isComplete()
    wizard.next()
    wizard.contents_page.as_zip.setChecked(as_zip)
    wizard.contents_page.place.setText(str(target))
    wizard.next()
    assert wizard.currentPage() is wizard.sign_page and not wizard.sign_page.isComplete()
    wizard.sign_page.password.setText(password)
    assert wizard.sign_page.isComplete()


def test_the_pack_wizard_writes_a_verified_zip_off_the_gui_thread(
    qtbot: QtBot,
    database: db_service.Database,
    clock: FixedClock,
    clerk: Actor,
    known_clerk: Actor,
    tmp_path: Path,
) -> None:
    make_requests(database, clock, clerk, count=14)
    wizard, _page = open_wizard(qtbot, database, clerk)
    to_sign_off(wizard, tmp_path / "pack", True, KNOWN_MANAGER_PASSWORD)
    wizard.next()  # the result page makes the pack in the background
    result_page = wizard.result_page
    assert wizard.currentPage() is result_page and not result_page.isComplete()
    qtbot.waitUntil(lambda: result_page.result is not None, timeout=120_000)
    assert result_page.result.folder == tmp_path / "pack.zip"
    assert result_page.isComplete() and result_page.show_button.isVisibleTo(wizard)
    assert "pack.zip" in result_page.text.text()
    with database.session() as session:
        assert inspection.verify_pack(session, tmp_path / "pack.zip").ok


def test_a_wrong_password_or_cancel_writes_nothing(
    qtbot: QtBot,
    database: db_service.Database,
    clerk: Actor,
    known_clerk: Actor,
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    wizard, _page = open_wizard(qtbot, database, clerk)
    to_sign_off(wizard, out / "pack", False, "not the password")
    wizard.next()
    result_page = wizard.result_page
    qtbot.waitUntil(lambda: not result_page.running(), timeout=60_000)
    assert "Nothing was written" in result_page.text.text() and result_page.result is None
    wizard.back()
    wizard.sign_page.password.setText(KNOWN_MANAGER_PASSWORD)
    wizard.next()
    result_page.cancel()  # before its first progress report: the job stops there
    qtbot.waitUntil(lambda: not result_page.running(), timeout=60_000)
    assert result_page.text.text() == "Cancelled: nothing was written."
    assert list(out.iterdir()) == []
