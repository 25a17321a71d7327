"""The audit log page: lazy paging newest first, translated headers, chain verification."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.gui import language, tasks
from minime_admin.gui.audit_view import REASON, SEQ, WHO, AuditPage, AuditTableModel
from minime_admin.gui.context import AppContext
from minime_admin.services import audit
from minime_admin.services.database import Database

EXTRA_ENTRIES = 450  # plus the "database.created" entry: 451 in all


@pytest.fixture
def filled(database: Database, clerk: Actor) -> Database:
    with database.unit_of_work() as session:
        for number in range(EXTRA_ENTRIES):
            audit.record(session, clerk, "test.entry", "customer", number, reason=f"r{number}")
    return database


@pytest.fixture
def page(qtbot: QtBot, filled: Database, clerk: Actor) -> Iterator[AuditPage]:
    widget = AuditPage(AppContext(filled, clerk))
    qtbot.add_widget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.wait_exposed(widget)
    yield widget
    assert tasks.cancel_all_and_wait(10_000)


def run_verification(qtbot: QtBot, page: AuditPage) -> str:
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert not page.verify_button.isEnabled()  # no second run while one is going
    assert page.cancel_button.isVisible()
    qtbot.wait_until(lambda: page.task is None, timeout=10_000)
    assert page.verify_button.isEnabled()
    assert not page.cancel_button.isVisible()
    return page.verdict_label.text()


def test_model_pages_lazily_newest_first(filled: Database) -> None:
    model = AuditTableModel(filled)
    model.reload()
    root = QModelIndex()
    assert model.total == EXTRA_ENTRIES + 1
    assert model.rowCount() == 200
    assert model.index(0, SEQ).data() == str(EXTRA_ENTRIES + 1)  # newest first
    assert model.index(0, REASON).data() == f"r{EXTRA_ENTRIES - 1}"
    assert model.index(0, WHO).data() == "Test Clerk"
    assert model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == 400
    model.fetchMore(root)
    assert model.rowCount() == EXTRA_ENTRIES + 1
    assert not model.canFetchMore(root)
    assert model.index(model.rowCount() - 1, SEQ).data() == "1"
    seqs = [row.seq for row in model.rows]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == len(seqs)


def test_page_shows_the_first_page_only(page: AuditPage) -> None:
    assert page.model.rowCount() == 200
    assert page.model.canFetchMore(QModelIndex())
    assert "451" in page.count_label.text()


def test_headers_are_translated(page: AuditPage) -> None:
    def headers() -> list[str]:
        model = page.model
        return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]

    assert headers() == ["#", "When", "Who", "Role", "Action", "Subject", "Reason"]
    language.apply_language("lv")
    assert headers()[1:4] == ["Kad", "Kas", "Loma"]
    assert page.model.index(0, 3).data() == "darbinieks"
    assert page.verify_button.text() == "&Pārbaudīt ķēdi"


def test_verify_reports_an_intact_chain(qtbot: QtBot, page: AuditPage) -> None:
    text = run_verification(qtbot, page)
    assert page.verdict is not None and page.verdict.intact
    assert text == f"Chain intact. Entries checked: {EXTRA_ENTRIES + 1}."


def test_verify_reports_a_tampered_entry(qtbot: QtBot, page: AuditPage, filled: Database) -> None:
    # The log is append-only by trigger; an attacker with the key could drop the trigger.
    with filled.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        connection.exec_driver_sql("UPDATE audit_log SET reason = 'edited' WHERE seq = 7")
    text = run_verification(qtbot, page)
    assert page.verdict is not None and not page.verdict.intact
    assert text == "Chain broken at entry 7: the entry was changed after it was written."


def test_verification_can_be_cancelled(qtbot: QtBot, page: AuditPage) -> None:
    page.verify()
    page.cancel_verify()  # before the worker's first progress report
    qtbot.wait_until(lambda: page.task is None, timeout=10_000)
    # Either it stopped (the usual case) or it had already finished: never stuck, never both.
    assert page.verdict_label.text() in (
        "Verification cancelled.",
        f"Chain intact. Entries checked: {EXTRA_ENTRIES + 1}.",
    )
    assert page.verify_button.isEnabled()


def test_refresh_shows_new_entries(page: AuditPage, filled: Database, clerk: Actor) -> None:
    with filled.unit_of_work() as session:
        audit.record(session, clerk, "test.later", "customer", 1)
    page.refresh_button.click()
    assert page.model.index(0, 4).data() == "test.later"
    assert page.model.rowCount() == 200


def test_the_log_narrows_to_one_action(page: AuditPage, filled: Database, clerk: Actor) -> None:
    choices = [page.action_filter.itemData(i) for i in range(page.action_filter.count())]
    assert choices == [None, *(action.value for action in AuditAction)]
    with filled.unit_of_work() as session:
        audit.record(session, clerk, AuditAction.HOLIDAY_ADDED, "holiday", "2026-12-31")
    page.action_filter.setCurrentIndex(page.action_filter.findData("database.created"))
    assert page.model.rowCount() == 1 and page.model.index(0, SEQ).data() == "1"
    assert page.count_label.text() == "Entries of this action: 1"
    page.action_filter.setCurrentIndex(0)
    assert page.model.total == EXTRA_ENTRIES + 2
    assert page.count_label.text() == f"Entries in the log: {EXTRA_ENTRIES + 2}"
