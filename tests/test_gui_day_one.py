"""Issue #15 on the breach page: the new-breach dialog starts without an awareness time and
Enter never opens a breach; the DVI is notified when a person records the submission (not
when the PDF is saved); the awareness time is corrected with a reason; a breach registered
in error is marked so and stays on the register. Real widgets, a real database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from pytestqt.qtbot import QtBot

from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.breach import BreachEventKind, DviChannel
from minime_admin.domain.clock import FixedClock
from minime_admin.gui import tasks
from minime_admin.gui.breaches import BreachesPage
from minime_admin.gui.breaches.model import HOURS, BreachTableModel
from minime_admin.gui.breaches.new_breach_dialog import NOT_ENTERED
from minime_admin.gui.breaches.record_dialogs import AwarenessDialog, SubmissionDialog, VoidDialog
from minime_admin.gui.context import AppContext
from minime_admin.services import breaches, users
from minime_admin.services.database import Database

PASSWORD = "a long password"
MANAGER = "Anna Vadītāja"


@pytest.fixture(autouse=True)
def drained() -> Iterator[None]:
    yield
    assert tasks.cancel_all_and_wait(20_000)


@pytest.fixture
def breach_id(database: Database, clerk: Actor, clock: FixedClock) -> int:
    with database.unit_of_work() as session:
        seed_demo(session, customers=5, seed=4, as_of=date(2026, 11, 25), actor=clerk)
        users.add_user(session, clerk, MANAGER, Role.MANAGER, PASSWORD)
        return breaches.new_breach(
            session, clerk, "Nozagts dators", clock.now() - timedelta(hours=3)
        )


def make_page(qtbot: QtBot, database: Database, clerk: Actor) -> BreachesPage:
    page = BreachesPage(AppContext(database, clerk))
    qtbot.add_widget(page)
    page.resize(1300, 900)
    page.show()
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: BreachesPage) -> None:
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=15_000)


def riga(edit: object, day: date, hour: int, minute: int) -> None:
    edit.setDateTime(  # type: ignore[attr-defined]
        QDateTime(QDate(day.year, day.month, day.day), QTime(hour, minute))
    )


def test_the_awareness_time_starts_empty_and_enter_never_opens_a_breach(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    page = make_page(qtbot, database, clerk)
    dialog = page.new_breach()
    assert dialog.aware.dateTime() == NOT_ENTERED and dialog.aware.text() == "— enter the time —"
    dialog.title.setText("Klēpjdators nozagts")
    dialog.title.setFocus()
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter with no awareness time
    settle(qtbot, page)
    assert dialog.isVisible() and page.model.rowCount() == 0
    dialog.accept()
    assert dialog.error.text() == "Enter when the shop became aware of the breach."
    riga(dialog.aware, date(2026, 11, 25), 9, 0)
    for widget in (dialog.title, dialog.aware, dialog.people):
        qtbot.keyClick(widget, Qt.Key.Key_Return)  # everything filled in: still nothing
        qtbot.keyClick(widget, Qt.Key.Key_Enter)
    settle(qtbot, page)
    assert dialog.isVisible() and page.model.rowCount() == 0
    dialog.accept()  # the OK button
    settle(qtbot, page)
    assert not dialog.isVisible() and page.model.rowCount() == 1


def test_saving_the_notice_is_not_notifying_the_dvi_recording_the_submission_is(
    qtbot: QtBot, database: Database, clerk: Actor, breach_id: int
) -> None:
    page = make_page(qtbot, database, clerk)
    assert page.row_texts(HOURS) == ["69 h"]
    page.outputs.notified_button.click()
    dialog = page.record_dialog
    assert isinstance(dialog, SubmissionDialog) and dialog.isVisible()
    dialog.accept()
    assert dialog.error.text() == "Enter the date and time."
    riga(dialog.when, date(2026, 11, 25), 11, 40)  # 09:40 UTC
    dialog.accept()
    assert dialog.error.text() == "Choose how the notice was submitted."
    dialog.channel.setCurrentIndex(dialog.channel.findData(DviChannel.EXCEL.value))
    dialog.reference.setText("2.9/123")
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)  # Enter records nothing
    assert dialog.isVisible()
    dialog.accept()
    settle(qtbot, page)
    assert not dialog.isVisible()
    assert page.row_texts(HOURS) == ["DVI notified"]
    assert page.model.index(0, HOURS).data(BreachTableModel.UrgencyRole) == ""
    assert page.view.clock.text().startswith("The DVI was notified")
    assert "the signed Excel form" in page.view.clock.text()
    assert "2.9/123" in page.outputs.notified_caption.text()
    with database.session() as session:
        detail = breaches.get_breach(session, breach_id)
    assert detail.notified is not None and detail.notified.recorded_by == clerk.name


def test_the_awareness_time_is_corrected_with_a_reason(
    qtbot: QtBot, database: Database, clerk: Actor, breach_id: int
) -> None:
    page = make_page(qtbot, database, clerk)
    page.view.awareness_button.click()
    dialog = page.record_dialog
    assert isinstance(dialog, AwarenessDialog)
    riga(dialog.when, date(2026, 11, 24), 9, 0)
    dialog.accept()
    assert dialog.error.text() == "Write the reason."
    dialog.reason.setPlainText("IT ziņoja jau vakar")
    dialog.accept()
    settle(qtbot, page)
    assert not dialog.isVisible()
    assert page.row_texts(HOURS) == ["45 h"]  # due 2026-11-27 07:00 UTC, now 11-25 10:00
    with database.session() as session:
        events = breaches.get_breach(session, breach_id).events
    assert any(
        k is BreachEventKind.AWARENESS_CORRECTED and "IT ziņoja jau vakar" in t
        for _, _, k, t in events
    )


def test_a_breach_registered_in_error_stays_on_the_register(
    qtbot: QtBot, database: Database, clerk: Actor, breach_id: int
) -> None:
    page = make_page(qtbot, database, clerk)
    page.view.void_button.click()
    dialog = page.record_dialog
    assert isinstance(dialog, VoidDialog)
    dialog.accept()
    assert dialog.error.text() == "Write the reason."
    dialog.reason.setPlainText("Dators atrasts skapī")
    dialog.accept()
    settle(qtbot, page)
    assert page.model.rowCount() == 1
    assert page.row_texts(HOURS) == ["registered in error"]
    assert page.view.clock.text().startswith("Registered in error")
    assert not page.view.awareness_button.isEnabled()
    assert not page.outputs.notified_button.isEnabled()
