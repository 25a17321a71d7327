"""Counters and panes follow every change (issue #15.10): the inbox's "Shown: N of M" never
counts a request that no longer matches its filters, paging on after a change misses no
request, the customer list shows a correction at once, and the status bar's count of
records due for deletion follows an erasure."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import SeedShop
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.requests import Channel, RequestType, Status
from minime_admin.gui import tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.customers import CustomersPage
from minime_admin.gui.customers.actions import RectifyDialog
from minime_admin.gui.customers.labels import ui_locale
from minime_admin.gui.inbox import InboxPage
from minime_admin.gui.inbox.model import STATUS, InboxModel
from minime_admin.gui.main_window import MainWindow
from minime_admin.gui.wizards import ErasureWizard, Subject
from minime_admin.services import requests, retention
from minime_admin.services.database import Database
from minime_admin.store import retention_repo
from minime_admin.store import session as store_session

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
TODAY = date(2026, 11, 25)
HELD = 2  # the demo's customer under a legal hold


@pytest.fixture(autouse=True)
def drained() -> Iterator[None]:
    yield
    assert tasks.cancel_all_and_wait(20_000)  # before the database fixture closes it


def open_requests(database: Database, clerk: Actor, count: int) -> list[int]:
    ids = []
    with database.unit_of_work() as session:
        for n in range(count):
            new = requests.NewRequest(
                type=RequestType.ACCESS,
                channel=Channel.EMAIL,
                received_at=NOW - timedelta(days=2, minutes=n),
                requester_name=f"Persona {n}",
                requester_email=f"persona{n}@example.lv",
                text="Lūdzu, atsūtiet kopiju par maniem datiem.",
            )
            ids.append(requests.open_request(session, clerk, new).request_id)
    return ids


def inbox(qtbot: QtBot, database: Database, clerk: Actor) -> InboxPage:
    page = InboxPage(AppContext(database, clerk))
    qtbot.add_widget(page)
    page.resize(1200, 800)
    page.show()
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: InboxPage) -> None:
    qtbot.wait_until(lambda: not page.jobs.busy and page.total is not None, timeout=15_000)


def withdraw_row(qtbot: QtBot, page: InboxPage, row: int) -> None:
    """Select a row and withdraw its request through the pane's button and its dialog."""
    page.table.selectRow(row)
    qtbot.mouseClick(
        page.detail_pane.transition_buttons[Status.WITHDRAWN], Qt.MouseButton.LeftButton
    )
    dialog = page.actions.dialog
    assert dialog is not None
    dialog.text.setPlainText("The person withdrew it by phone.")
    (buttons,) = dialog.findChildren(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    settle(qtbot, page)


def test_a_closed_request_is_no_longer_counted_as_shown(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    open_requests(database, clerk, 22)
    page = inbox(qtbot, database, clerk)
    assert page.count_label.text() == "Shown: 22 of 22"

    withdraw_row(qtbot, page, 3)
    # The withdrawn request stays in view (the list does not jump), greyed, and is shown in
    # the pane; the counter counts only what matches "All open": never "Shown: 22 of 21".
    assert page.total == 21 and page.model.rowCount() == 22
    assert page.count_label.text() == "Shown: 21 of 21 · No longer matching the filters: 1"
    assert page.detail is not None and page.detail.status is Status.WITHDRAWN
    assert page.model.index(3, STATUS).data() == "Withdrawn"
    assert page.model.index(3, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8a8a8a"

    # Read again (a filter changed back and forth): the closed request has left the list.
    page.reload()
    settle(qtbot, page)
    assert page.count_label.text() == "Shown: 21 of 21"
    assert page.model.rowCount() == 21 and not page.model.left


def test_paging_on_after_changes_misses_no_request(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    ids = open_requests(database, clerk, InboxModel.PAGE + 30)
    page = inbox(qtbot, database, clerk)
    assert page.model.rowCount() == InboxModel.PAGE
    total = len(ids)
    for row in (0, 5, 50):
        withdraw_row(qtbot, page, row)
    assert page.count_label.text() == (
        f"Shown: {InboxModel.PAGE - 3} of {total - 3} · No longer matching the filters: 3"
    )

    page.model.fetchMore(QModelIndex())
    settle(qtbot, page)
    qtbot.wait_until(lambda: not page.model.loading)
    listed = [row.id for row in page.model.rows]
    assert len(listed) == len(set(listed))  # nothing twice
    open_now = {row.id for row in page.model.rows if row.id not in page.model.left}
    assert len(open_now) == total - 3  # nobody skipped over by the shifted offsets
    assert page.count_label.text() == (
        f"Shown: {total - 3} of {total - 3} · No longer matching the filters: 3"
    )
    assert QApplication.instance() is not None


def test_a_correction_shows_in_the_customer_list_behind_the_page(
    qtbot: QtBot, seed_shop: SeedShop, clerk: Actor
) -> None:
    database = seed_shop(customers=40, seed=11)
    page = CustomersPage(AppContext(database, clerk))
    qtbot.add_widget(page)
    page.resize(1100, 700)
    page.show()
    panel = page.search_panel
    qtbot.keyClicks(panel.search, "kenins")
    qtbot.wait_until(lambda: not panel.pending and bool(panel.model.hits), timeout=10_000)
    assert panel.model.hits[0].email == "girts_kenins-zurins@icloud.com"
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    dialog = page.reason_dialog
    assert dialog is not None
    dialog.reason.setText("Customer phoned")
    dialog.accept()
    qtbot.wait_until(lambda: page.showing_customer and not page.jobs.busy, timeout=10_000)

    rectify = page.flow.start("rectify")
    assert isinstance(rectify, RectifyDialog)
    for index in range(rectify.field.count()):
        choice = rectify.field.itemData(index)
        if choice.field == "email" and choice.address_id is None:
            rectify.field.setCurrentIndex(index)
    rectify.value.setText("girts.kenins@example.lv")
    rectify.reason.setText("Customer gave a new address by phone")
    rectify.accept()
    qtbot.wait_until(lambda: page.flow.recipients_dialog is not None, timeout=10_000)
    page.flow.recipients_dialog.reject()  # type: ignore[union-attr]
    qtbot.wait_until(lambda: not page.jobs.busy and not panel.pending, timeout=10_000)

    qtbot.keyClick(page.view, Qt.Key.Key_Escape)  # back to the list
    page.show_search()
    assert panel.search.text() == "kenins"
    # The list shows the stored e-mail, not the one from before the correction.
    assert [hit.email for hit in panel.model.hits if hit.id == 1] == ["girts.kenins@example.lv"]


def test_the_due_for_deletion_count_follows_an_erasure(
    qtbot: QtBot, seed_shop: SeedShop, clerk: Actor
) -> None:
    database = seed_shop(customers=30, seed=6)
    with database.unit_of_work() as session:
        before = retention.sweep_due(session)
        owner = due_record_owner(session)
    window = MainWindow(database, clerk)
    qtbot.add_widget(window)
    window.show()
    reminder = window.retention_reminder
    qtbot.wait_until(lambda: reminder.task is None and reminder.isVisible(), timeout=15_000)
    assert reminder.due == before
    assert reminder.label.text() == f"{ui_locale().toString(before)} records due for deletion"

    wizard = window.wizards.open(ErasureWizard, Subject(owner, "Klients"))
    qtbot.wait_until(lambda: not wizard.busy, timeout=10_000)
    wizard.next()
    wizard.identity_page.method.setText("Pasūtījuma numurs un piegādes adrese pa tālruni")
    wizard.next()
    qtbot.wait_until(lambda: not wizard.busy, timeout=10_000)
    wizard.next()
    wizard.confirm_page.confirm.setChecked(True)
    wizard.next()
    qtbot.wait_until(lambda: wizard.currentPage() is wizard.done_page, timeout=20_000)

    with database.unit_of_work() as session:
        after = retention.sweep_due(session)
    assert after < before  # the person's old records were among those due
    qtbot.wait_until(lambda: reminder.task is None and reminder.due == after, timeout=15_000)
    assert reminder.label.text() == f"{ui_locale().toString(after)} records due for deletion"
    wizard.accept()


def due_record_owner(session: Session) -> int:
    """A customer (without a legal hold) who owns records that are due for deletion."""
    limits = retention.cutoffs(store_session.today(session), retention.current_rules(session))
    for model, query in retention_repo.due_queries(limits).values():
        ids = retention_repo.next_batch(session, query, 10_000)
        owners = retention_repo.customers_of(session, model, ids) - {HELD}
        if owners:
            return min(owners)
    raise AssertionError("nobody owns a record due for deletion in this demo")


def test_an_action_on_the_customer_page_shows_in_the_inbox_pane(
    qtbot: QtBot, seed_shop: SeedShop, clerk: Actor
) -> None:
    database = seed_shop(customers=40, seed=11)
    with database.unit_of_work() as session:
        new = requests.NewRequest(
            type=RequestType.ACCESS,
            channel=Channel.EMAIL,
            received_at=NOW - timedelta(days=1),
            requester_name="Ģirts Ķēniņš-Žūriņš",
            requester_email="girts_kenins-zurins@icloud.com",
            text="Lūdzu, kopiju par maniem datiem; un nesūtiet reklāmu.",
            customer_id=1,
        )
        request_id = requests.open_request(session, clerk, new).request_id
    window = MainWindow(database, clerk)
    qtbot.add_widget(window)
    window.show()
    inbox = window.inbox_page
    qtbot.wait_until(lambda: not inbox.jobs.busy and inbox.total is not None, timeout=15_000)
    inbox.select_request(request_id)
    assert inbox.detail is not None
    before = inbox.detail_pane.timeline.count()

    # From the request to its customer, and the objection recorded there for the request.
    qtbot.mouseClick(inbox.detail_pane.customer_button, Qt.MouseButton.LeftButton)
    customers: CustomersPage = window.pages["customers"]  # type: ignore[assignment]
    qtbot.wait_until(lambda: customers.reason_dialog is not None, timeout=10_000)
    reason = customers.reason_dialog
    qtbot.wait_until(lambda: not customers.jobs.busy, timeout=10_000)
    reason.accept()
    qtbot.wait_until(lambda: customers.showing_customer and not customers.jobs.busy, timeout=10_000)
    dialog = customers.flow.start("objection")
    assert dialog.chosen_request().id == request_id
    dialog.accept()
    qtbot.wait_until(lambda: not customers.jobs.busy, timeout=10_000)

    # The inbox's pane shows the note at once, without being asked to read again.
    qtbot.wait_until(lambda: inbox.detail_pane.timeline.count() == before + 1, timeout=10_000)
    qtbot.wait_until(lambda: not inbox.jobs.busy, timeout=10_000)

    # And back: a step taken in the inbox shows on the customer's page, in their requests.
    qtbot.mouseClick(
        inbox.detail_pane.transition_buttons[Status.IDENTITY_CHECK], Qt.MouseButton.LeftButton
    )
    qtbot.wait_until(lambda: not inbox.jobs.busy, timeout=10_000)
    qtbot.wait_until(
        lambda: any(
            button.text().endswith("· Identity check") for button in customers.view.request_buttons
        ),
        timeout=10_000,
    )
    qtbot.wait_until(lambda: not customers.jobs.busy, timeout=10_000)
