"""The inbox page: lazy paging, sorting and filtering by re-query, urgency colours, the
detail pane with its explained deadline, and the buttons that move a request on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from minime_admin.demo.requests import seed_demo_requests
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RefusalReason, RequestType, Status
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.gui import language, tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox import InboxPage
from minime_admin.gui.inbox.deadline_text import days_left_text
from minime_admin.gui.inbox.model import DUE, RECEIVED, REFERENCE, STATUS, InboxModel
from minime_admin.gui.inbox.transition_dialog import TextDialog, TransitionDialog
from minime_admin.gui.jobs import Jobs
from minime_admin.services import intake, requests
from minime_admin.services.database import Database

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
TODAY = date(2026, 11, 25)
EML = Path(__file__).parent / "data" / "eml"


def open_one(database: Database, clerk: Actor, received: datetime, **changes: object) -> int:
    values: dict[str, object] = {
        "type": RequestType.ACCESS,
        "channel": Channel.EMAIL,
        "received_at": received,
        "requester_name": "Anna Bērziņa",
        "requester_email": "anna@example.lv",
        "text": "Lūdzu, atsūtiet kopiju par maniem datiem.",
    }
    values.update(changes)
    with database.unit_of_work() as session:
        opened = requests.open_request(session, clerk, requests.NewRequest(**values))  # type: ignore[arg-type]
    return opened.request_id


def make_page(qtbot: QtBot, database: Database, clerk: Actor) -> InboxPage:
    page = InboxPage(AppContext(database, clerk))
    qtbot.add_widget(page)
    page.resize(1200, 800)
    page.show()
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: InboxPage) -> None:
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=10_000)


@pytest.fixture(autouse=True)
def drained() -> Iterator[None]:
    yield
    assert tasks.cancel_all_and_wait(10_000)  # before the database fixture closes it


@pytest.fixture
def seeded(database: Database, clerk: Actor) -> Database:
    with database.unit_of_work() as session:
        seed_demo_requests(session, 450, seed=7, as_of=TODAY, actor=clerk)
    return database


def select(qtbot: QtBot, page: InboxPage, reference: str) -> None:
    row = next(n for n, r in enumerate(page.model.rows) if r.reference == reference)
    page.table.selectRow(row)
    assert page.detail is not None and page.detail.reference == reference


def test_model_pages_lazily(qtbot: QtBot, seeded: Database, clerk: Actor) -> None:
    model = InboxModel(Jobs(seeded), TODAY)
    root = QModelIndex()
    query = requests.inbox_query(TODAY, show_unverified=True, include_tests=True)
    with qtbot.wait_signal(model.first_page_loaded, timeout=10_000):
        model.load(query, TODAY)
    assert model.rowCount() == 200
    assert model.canFetchMore(root)
    with qtbot.wait_signal(model.page_loaded, timeout=10_000):
        model.fetchMore(root)
    assert not model.canFetchMore(root) or model.rowCount() == 400
    assert model.rowCount() == 400
    with qtbot.wait_signal(model.page_loaded, timeout=10_000):
        model.fetchMore(root)
    assert model.rowCount() == 450 and not model.canFetchMore(root)
    assert len({row.id for row in model.rows}) == 450
    dues = [row.due_on for row in model.rows]
    assert dues == sorted(dues)  # the service's order, not ours


def test_page_shows_open_requests_with_counts(qtbot: QtBot, seeded: Database, clerk: Actor) -> None:
    page = make_page(qtbot, seeded, clerk)
    with seeded.unit_of_work() as session:
        query = requests.inbox_query(
            TODAY, statuses=("received", "identity_check", "in_progress", "on_hold")
        )
        total = requests.count_requests(session, query)
        counts = requests.status_counts(session, query)
    assert page.model.rowCount() == min(total, 200)
    assert page.count_label.text() == f"Shown: {min(total, 200)} of {total}"
    assert {row.status for row in page.model.rows} <= {
        Status.RECEIVED,
        Status.IDENTITY_CHECK,
        Status.IN_PROGRESS,
        Status.ON_HOLD,
    }
    assert page.chips.counts == counts
    assert page.chips.chips[Status.COMPLETED].text().startswith("Completed")
    assert not any(row.is_test for row in page.model.rows)


def test_clicking_a_header_sorts_by_re_query(qtbot: QtBot, seeded: Database, clerk: Actor) -> None:
    page = make_page(qtbot, seeded, clerk)
    header = page.table.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(REFERENCE) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert page.sort_key == "reference" and not page.descending
    settle(qtbot, page)
    first = [row.reference for row in page.model.rows]
    assert first == sorted(first)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    settle(qtbot, page)
    assert page.descending
    again = [row.reference for row in page.model.rows]
    assert again == sorted(again, reverse=True) and again[0] >= first[-1] > first[0]


def test_filters_by_status_due_window_text_and_tests(
    qtbot: QtBot, seeded: Database, clerk: Actor
) -> None:
    berzins = open_one(seeded, clerk, NOW - timedelta(days=3), requester_name="Jānis Bērziņš")
    page = make_page(qtbot, seeded, clerk)
    filters = page.filters

    filters.choose_status("completed")
    settle(qtbot, page)
    assert page.model.rows and {r.status for r in page.model.rows} == {Status.COMPLETED}

    filters.choose_status("open")
    filters.due.setCurrentIndex(filters.due.findData(-1))
    settle(qtbot, page)
    assert page.model.rows
    assert all(r.due_on < TODAY and r.status.value != "completed" for r in page.model.rows)
    filters.due.setCurrentIndex(0)

    qtbot.keyClicks(filters.search, "berzins")
    qtbot.wait_until(lambda: page.model.query.text_folded == "berzins", timeout=2000)
    settle(qtbot, page)
    assert [r.id for r in page.model.rows] == [berzins]
    assert page.model.rows[0].requester == "Jānis Bērziņš"
    filters.search.clear()
    filters.flush()
    settle(qtbot, page)

    filters.choose_status("all")
    settle(qtbot, page)
    shown = page.total
    assert not any(r.is_test for r in page.model.rows)
    filters.show_tests.setChecked(True)
    settle(qtbot, page)
    assert page.total is not None and shown is not None and page.total > shown


def test_overdue_rows_are_red_and_due_soon_amber(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    overdue = open_one(database, clerk, datetime(2026, 10, 1, 9, tzinfo=UTC))  # due 2 Nov
    soon = open_one(database, clerk, datetime(2026, 10, 29, 9, tzinfo=UTC))  # due 30 Nov
    later = open_one(database, clerk, datetime(2026, 11, 20, 9, tzinfo=UTC))  # due 21 Dec
    page = make_page(qtbot, database, clerk)
    model = page.model
    by_id = {row.id: n for n, row in enumerate(model.rows)}

    def cell(request_id: int, role: int, column: int = DUE) -> object:
        return model.index(by_id[request_id], column).data(role)

    assert cell(overdue, InboxModel.UrgencyRole) == "overdue"
    assert cell(soon, InboxModel.UrgencyRole) == "soon"
    assert cell(later, InboxModel.UrgencyRole) == ""
    red = cell(overdue, Qt.ItemDataRole.ForegroundRole, STATUS).color()
    amber = cell(soon, Qt.ItemDataRole.ForegroundRole, STATUS).color()
    assert red.red() > 120 and red.green() < 60  # red text
    assert amber.red() > amber.green() > amber.blue()  # amber/brown text
    assert cell(overdue, Qt.ItemDataRole.BackgroundRole).color().name() == "#fbe0e0"
    assert cell(later, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(overdue, Qt.ItemDataRole.DisplayRole) == "2 Nov 2026 · 23 days overdue"
    assert cell(soon, Qt.ItemDataRole.DisplayRole) == "30 Nov 2026 · 5 days left"
    # Closed requests are never urgent, however old.
    select(qtbot, page, model.rows[by_id[overdue]].reference)
    page.actions.transition("withdrawn")
    dialog = page.actions.dialog
    assert isinstance(dialog, TransitionDialog)
    dialog.accept()
    settle(qtbot, page)
    assert cell(overdue, InboxModel.UrgencyRole) == ""
    assert cell(overdue, Qt.ItemDataRole.DisplayRole) == "2 Nov 2026"


def test_dates_and_times_read_as_each_language_writes_them(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    """One format per thing (#15.11): 02.11.2026 in Latvian, 2 Nov 2026 in English, in Riga
    time, in the inbox's cells as in the letters' tables."""
    received = datetime(2026, 10, 1, 21, 30, tzinfo=UTC)  # 2 October 00:30 in Riga
    request_id = open_one(database, clerk, received)
    page = make_page(qtbot, database, clerk)
    row = page.model.rows.index(next(r for r in page.model.rows if r.id == request_id))
    due = page.model.index(row, DUE)
    received_cell = page.model.index(row, RECEIVED)
    assert received_cell.data() == "2 Oct 2026, 00:30"
    assert due.data().startswith("2 Nov 2026 · ")
    language.apply_language("lv")
    assert received_cell.data() == "02.10.2026 00:30"
    assert due.data().startswith("02.11.2026 · ")


def test_detail_explains_an_easter_deadline(qtbot: QtBot, database: Database, clerk: Actor) -> None:
    received = datetime(2026, 3, 5, 10, 0, tzinfo=SHOP_ZONE)
    open_one(database, clerk, received, text="Lūdzu kopiju.\nAr cieņu, Anna")
    page = make_page(qtbot, database, clerk)
    page.filters.choose_status("all")
    settle(qtbot, page)
    select(qtbot, page, "DSR-2026-0001")
    lines = page.detail_pane.explanation.text().splitlines()
    assert lines == [
        "Received Thursday, 5 March 2026; the day of receipt is not counted.",
        "1 month later: Sunday, 5 April 2026.",
        "Sunday, 5 April 2026 is not a working day (Easter Sunday): moved to the next day.",
        "Monday, 6 April 2026 is not a working day (Easter Monday): moved to the next day.",
        "Due: Tuesday, 7 April 2026.",
    ]
    tooltip = page.model.index(0, DUE).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.splitlines() == lines
    assert page.detail_pane.text.toPlainText() == "Lūdzu kopiju.\nAr cieņu, Anna"
    assert page.detail_pane.text.isReadOnly()
    assert "Office target (14 days" in page.detail_pane.target.text()
    assert not page.detail_pane.extend_button.isVisible()  # the first month is long gone
    language.apply_language("lv")
    lv_lines = page.detail_pane.explanation.text().splitlines()
    assert "Pirmās Lieldienas" in lv_lines[2] and "Otrās Lieldienas" in lv_lines[3]
    assert "2026. gada 7. aprīlis" in lv_lines[-1]


def test_transition_buttons_follow_the_allowed_steps(
    qtbot: QtBot, database: Database, clerk: Actor, clock: FixedClock
) -> None:
    open_one(database, clerk, NOW - timedelta(days=2))
    page = make_page(qtbot, database, clerk)
    select(qtbot, page, page.model.rows[0].reference)
    detail = page.detail
    assert detail is not None
    assert tuple(page.detail_pane.transition_buttons) == detail.allowed
    assert Status.COMPLETED not in detail.allowed  # an access request is worked on first
    received_chip = page.chips.counts[Status.RECEIVED]

    qtbot.mouseClick(
        page.detail_pane.transition_buttons[Status.IDENTITY_CHECK], Qt.MouseButton.LeftButton
    )
    settle(qtbot, page)
    assert page.detail.status is Status.IDENTITY_CHECK
    assert page.model.rows[0].status is Status.IDENTITY_CHECK
    assert page.model.index(0, STATUS).data() == "Identity check"
    assert page.chips.counts[Status.RECEIVED] == received_chip - 1
    assert tuple(page.detail_pane.transition_buttons) == page.detail.allowed
    timeline = [page.detail_pane.timeline.item(n).text() for n in range(2)]
    assert timeline[1].endswith("Received → Identity check")


def test_a_refusal_without_its_reason_is_refused_with_a_message(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    open_one(database, clerk, NOW - timedelta(days=2))
    page = make_page(qtbot, database, clerk)
    select(qtbot, page, page.model.rows[0].reference)
    qtbot.mouseClick(page.detail_pane.transition_buttons[Status.REFUSED], Qt.MouseButton.LeftButton)
    dialog = page.actions.dialog
    assert isinstance(dialog, TransitionDialog)
    codes = [dialog.refusal_reason.itemData(n) for n in range(dialog.refusal_reason.count())]
    assert "art_17_3" not in codes  # an erasure exception cannot refuse an access request
    dialog.accept()  # no reason chosen
    settle(qtbot, page)
    (box,) = dialog.findChildren(QMessageBox)
    assert "A refusal needs its reason" in box.text()
    box.close()
    assert dialog.isVisible() and page.detail.status is Status.RECEIVED

    dialog.refusal_reason.setCurrentIndex(
        dialog.refusal_reason.findData(RefusalReason.UNFOUNDED_OR_EXCESSIVE.value)
    )
    dialog.text.setPlainText("Fifth identical request this week.")
    dialog.accept()
    settle(qtbot, page)
    assert not dialog.isVisible()
    assert page.detail.status is Status.REFUSED and page.detail.outcome == "art_12_5"
    assert page.detail_pane.transition_buttons == {}
    assert "Manifestly unfounded" in page.detail_pane.outcome.text()


def test_extension_and_note(
    qtbot: QtBot, database: Database, clerk: Actor, clock: FixedClock
) -> None:
    now = clock.now()
    open_one(database, clerk, now - timedelta(days=3))
    page = make_page(qtbot, database, clerk)
    select(qtbot, page, page.model.rows[0].reference)
    pane = page.detail_pane
    assert pane.extend_button.isVisible()
    first_due = page.detail.due_on
    qtbot.mouseClick(pane.extend_button, Qt.MouseButton.LeftButton)
    dialog = page.actions.dialog
    assert isinstance(dialog, TextDialog) and "two further months" in dialog.intro.text()
    dialog.accept()  # an empty reason is refused by the service
    settle(qtbot, page)
    (box,) = dialog.findChildren(QMessageBox)
    box.close()
    dialog.text.setPlainText("Data from three partner systems must be collected.")
    dialog.accept()
    settle(qtbot, page)
    assert page.detail.extended and page.detail.due_on > first_due
    assert not pane.extend_button.isVisible()
    assert "three partner systems" in pane.extension.text()
    assert page.model.rows[0].due_on == page.detail.due_on

    qtbot.mouseClick(pane.note_button, Qt.MouseButton.LeftButton)
    note = page.actions.dialog
    assert isinstance(note, TextDialog)
    note.text.setPlainText("Called her back.")
    note.accept()
    settle(qtbot, page)
    last = pane.timeline.item(pane.timeline.count() - 1).text()
    assert last.endswith("Note: Called her back.") and "Test Clerk" in last


def test_saving_an_attachment(
    qtbot: QtBot, database: Database, clerk: Actor, tmp_path: Path
) -> None:
    data = (EML / "apple-mail-attachment-rectification.eml").read_bytes()
    with database.unit_of_work() as session:
        preview = intake.preview_eml(session, data, "mail.eml")
        intake.open_from_email(session, clerk, preview, RequestType.RECTIFICATION)
    page = make_page(qtbot, database, clerk)
    page.filters.choose_status("all")
    settle(qtbot, page)
    select(qtbot, page, page.model.rows[0].reference)
    pane = page.detail_pane
    assert pane.attachments.count() == 1
    page.actions.choose_save_path = lambda name: str(tmp_path / "out" / name)
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    saved = tmp_path / "out" / "proof of address.pdf"
    assert saved.read_bytes().startswith(b"%PDF-1.4")
    assert page.message is not None and "Saved proof of address.pdf" in page.message.text()


def test_days_in_latvian_use_the_right_plural() -> None:
    language.apply_language("lv")
    assert days_left_text(1) == "atlikusi 1 diena"
    assert days_left_text(3) == "atlikušas 3 dienas"
    assert days_left_text(21) == "atlikusi 21 diena"
    assert days_left_text(-1) == "nokavēts par 1 dienu"
    assert days_left_text(-12) == "nokavēts par 12 dienām"
    assert days_left_text(0) == "termiņš šodien"
    language.apply_language("en")
    assert days_left_text(1) == "1 day left" and days_left_text(-2) == "2 days overdue"
