"""The audit log page: lazy paging newest first, translated headers, chain verification."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.gui import language, tasks
from minime_admin.gui.audit_view import ACTION, REASON, SEQ, WHO, AuditPage, AuditTableModel
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

    assert headers() == ["#", "When (Riga)", "Who", "Role", "Action", "Subject", "Reason"]
    language.apply_language("lv")
    assert headers()[1:4] == ["Kad (Rīga)", "Kas", "Loma"]
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


def test_filter_by_who_and_action_in_words(page: AuditPage, filled: Database, clerk: Actor) -> None:
    manager = Actor("Ģirts Ķēniņš", Role.MANAGER)
    with filled.unit_of_work() as session:
        audit.record(session, manager, AuditAction.CUSTOMER_VIEWED, "customer", 5, "DSR-2026-0001")
        audit.record(session, manager, AuditAction.HOLIDAY_ADDED, "holiday", "2026-12-31")
        audit.record(session, clerk, AuditAction.CUSTOMER_VIEWED, "customer", 6)
    page.refresh()
    viewed = page.action_filter.findData("customer.viewed")
    assert page.action_filter.itemText(viewed) == "Customer data viewed"
    page.who_filter.setCurrentIndex(page.who_filter.findData("Ģirts Ķēniņš"))
    assert [row.seq for row in page.model.rows] == [EXTRA_ENTRIES + 3, EXTRA_ENTRIES + 2]
    page.action_filter.setCurrentIndex(viewed)
    assert [row.seq for row in page.model.rows] == [EXTRA_ENTRIES + 2]
    assert page.model.index(0, ACTION).data() == "Customer data viewed"
    assert page.count_label.text() == "Entries matching the filters: 1"
    language.apply_language("lv")
    assert page.model.index(0, ACTION).data() == "Skatīti klienta dati"
    assert page.action_filter.itemText(viewed) == "Skatīti klienta dati"


def test_subject_search_and_days_narrow(qtbot: QtBot, page: AuditPage) -> None:
    page.subject_filter.setText("customer 7")
    qtbot.wait_until(lambda: page.model.total == 1)  # once the typing pauses
    assert page.model.rows[0].reason == "r7"
    page.subject_filter.clear()
    page.search_field.setText("r44")
    page.apply_filters()
    assert sorted(row.reason for row in page.model.rows) == ["r44", *(f"r44{n}" for n in range(10))]
    page.search_field.clear()
    page.until_box.setChecked(True)  # the clock's day, 2026-11-25: every entry
    assert page.model.total == EXTRA_ENTRIES + 1
    page.since_edit.setDate(QDate(2026, 11, 26))
    page.since_box.setChecked(True)  # from the 26th to the 25th: said in one sentence
    assert "check the two dates" in page.count_label.text()


def test_export_writes_the_filtered_entries(
    qtbot: QtBot, page: AuditPage, filled: Database, clerk: Actor, tmp_path: Path
) -> None:
    with filled.unit_of_work() as session:
        audit.record(session, clerk, AuditAction.CUSTOMER_VIEWED, "customer", 9, "@SUM(A1)")
    page.refresh()
    target = tmp_path / "audit-log.csv"
    page.choose_csv_file = lambda: str(target)
    page.action_filter.setCurrentIndex(page.action_filter.findData("customer.viewed"))
    page.export_button.click()
    qtbot.wait_until(lambda: page.export_task is None, timeout=10_000)
    assert page.export_status.text() == f"Entries written to {target}: 1."
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 2
    assert rows[1][2:8] == [
        "Test Clerk",
        "staff",
        "Customer data viewed",
        "customer.viewed",
        "customer 9",
        "'@SUM(A1)",
    ]
    assert rows[1][1] == "2026-11-25 12:00:00"  # 10:00 UTC in Riga


def test_export_into_a_missing_folder_says_so(
    qtbot: QtBot, page: AuditPage, tmp_path: Path
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x")
    page.choose_csv_file = lambda: str(blocked / "audit.csv")
    page.export_csv()
    qtbot.wait_until(lambda: page.export_task is None, timeout=10_000)
    assert page.export_status.text().startswith("The CSV file audit.csv could not be written")
    assert page.export_button.isEnabled()
