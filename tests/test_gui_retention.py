"""The retention view (dry run, then a confirmed sweep) and the quiet start-up reminder."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from conftest import SeedShop
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.gui import tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.main_window import MainWindow
from minime_admin.gui.wizards import RetentionView
from minime_admin.gui.wizards.retention_view import DUE, RESULT
from minime_admin.services import retention
from minime_admin.services.database import Database

AS_OF = date(2026, 11, 25)


@pytest.fixture
def demo(seed_shop: SeedShop) -> Iterator[Database]:
    # The demo runs up to today: its oldest visits, cookie choices and payments are due.
    yield seed_shop(customers=30, seed=6)
    assert tasks.cancel_all_and_wait(10_000)


def due_now(database: Database) -> dict[str, int]:
    with database.unit_of_work() as session:
        return {d.rule: d.records for d in retention.due_now(session)}


def test_dry_run_then_a_confirmed_sweep(qtbot: QtBot, demo: Database, clerk: Actor) -> None:
    before = due_now(demo)
    assert sum(before.values()) > 0
    view = RetentionView(AppContext(demo, clerk))
    qtbot.add_widget(view)
    view.show()
    qtbot.wait_until(lambda: not view.busy and view.table.rowCount() > 0, timeout=10_000)
    shown = {d.rule: int(view.table.item(row, DUE).text().replace(",", ""))
             for row, d in enumerate(view.due)}  # fmt: skip
    assert shown == before

    view.dry_button.click()
    qtbot.wait_until(lambda: not view.busy, timeout=10_000)
    assert "Dry run" in view.summary.text() and "Nothing was changed" in view.summary.text()
    assert due_now(demo) == before
    assert view.table.item(0, RESULT).text().startswith("would delete")

    box = view.confirm_delete()
    qtbot.wait_exposed(box)
    with qtbot.wait_signal(view.swept, timeout=15_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.wait_until(lambda: not view.busy, timeout=10_000)
    assert "Deleted" in view.summary.text()
    assert sum(due_now(demo).values()) == 0
    assert all(d.records == 0 for d in view.due)
    assert not view.delete_button.isEnabled()


def test_no_is_no(qtbot: QtBot, demo: Database, clerk: Actor) -> None:
    before = due_now(demo)
    view = RetentionView(AppContext(demo, clerk))
    qtbot.add_widget(view)
    view.show()
    qtbot.wait_until(lambda: not view.busy and view.table.rowCount() > 0, timeout=10_000)
    box = view.confirm_delete()
    with qtbot.wait_signal(box.finished, timeout=5_000):
        box.button(QMessageBox.StandardButton.No).click()
    assert not view.busy and due_now(demo) == before


def test_start_up_reminder_opens_the_view(qtbot: QtBot, demo: Database, clerk: Actor) -> None:
    window = MainWindow(demo, clerk)
    qtbot.add_widget(window)
    window.show()
    reminder = window.retention_reminder
    qtbot.wait_until(reminder.isVisible, timeout=10_000)
    assert f"{sum(due_now(demo).values()):,}" in reminder.label.text()
    reminder.button.click()
    view = window.wizards.retention_view
    assert view is not None and view.isVisible()
    qtbot.wait_until(lambda: not view.busy, timeout=10_000)
    view.sweep(dry_run=False)
    qtbot.wait_until(lambda: not view.busy and not reminder.isVisible(), timeout=15_000)
    assert reminder.due == 0
    view.close()
    assert window.tools_menu.retention_action.text() == "&Retention…"


def test_no_reminder_when_nothing_is_due(qtbot: QtBot, database: Database, clerk: Actor) -> None:
    window = MainWindow(database, clerk)
    qtbot.add_widget(window)
    window.show()
    reminder = window.retention_reminder
    qtbot.wait_until(lambda: reminder.task is None, timeout=10_000)
    assert not reminder.isVisible()
    assert tasks.cancel_all_and_wait(10_000)


def test_the_preview_names_every_rule_the_sweep_has(
    qtbot: QtBot, demo: Database, clerk: Actor
) -> None:
    """Issue #13 point 7: whole customers, accounting documents, ID copies and letters are
    rows of the preview with their own names, not bare rule keys."""
    from minime_admin.gui.wizards.retention_view import RULE, RULE_NAMES

    view = RetentionView(AppContext(demo, clerk))
    qtbot.add_widget(view)
    view.show()
    qtbot.wait_until(lambda: not view.busy and view.table.rowCount() > 0, timeout=10_000)
    shown = {d.rule: view.table.item(row, RULE).text() for row, d in enumerate(view.due)}
    new = ("customer_profile", "accounting_document", "identity_document", "request_letter")
    assert set(new) <= set(shown)
    assert all(shown[key] == RULE_NAMES[key] for key in shown)
