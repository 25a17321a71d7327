"""Two app instances edit one request at once (issue #18.4), through the real widgets: two
inbox pages, each on its own Database object opened on the same file, as two desktops. The
second save is refused with the "Changed meanwhile" dialog, which shows the worker's typed
change beside what changed; Reload shows the request as it is now, and redoing works."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from conftest import reopen_database
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.gui import tasks
from minime_admin.gui.breaches import BreachesPage
from minime_admin.gui.changed_meanwhile import ChangedMeanwhileDialog
from minime_admin.gui.context import AppContext
from minime_admin.gui.customers import CustomersPage
from minime_admin.gui.inbox import InboxPage
from minime_admin.gui.inbox.transition_dialog import TextDialog
from minime_admin.services import breaches, customer_actions, customer_page, requests
from minime_admin.services import database as db_service

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

WAIT_MS = 30_000  # generous for a busy CI machine; idle it takes well under a second
ANNA = Actor("Anna", Role.STAFF)
GUNTIS = Actor("Guntis", Role.STAFF)


@pytest.fixture
def second(database: db_service.Database, clock: FixedClock) -> Iterator[db_service.Database]:
    other = reopen_database(database.location, clock)  # a second app instance on the same file
    yield other
    assert tasks.cancel_all_and_wait(10_000)
    other.close()


def inbox(qtbot: QtBot, database: db_service.Database, actor: Actor, request_id: int) -> InboxPage:
    page = InboxPage(AppContext(database, actor))
    qtbot.add_widget(page)
    page.resize(1366, 768)
    page.show()
    settle(qtbot, page)
    page.select_request(request_id)
    assert page.detail is not None and page.detail.id == request_id
    return page


def settle(qtbot: QtBot, page: InboxPage) -> None:
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=WAIT_MS)


def test_two_desktops_edit_one_request_and_the_second_is_told(
    qtbot: QtBot, database: db_service.Database, second: db_service.Database
) -> None:
    with database.unit_of_work() as session:
        request_id = requests.open_request(
            session,
            ANNA,
            requests.NewRequest(
                RequestType.ACCESS,
                Channel.EMAIL,
                datetime(2026, 11, 24, 9, tzinfo=UTC),
                "Ilze Bērziņa",
                "Lūdzu, atsūtiet manus datus.",
            ),
        ).request_id
    annas = inbox(qtbot, database, ANNA, request_id)
    guntis = inbox(qtbot, second, GUNTIS, request_id)

    # Guntis starts typing an extension; meanwhile Anna takes the request.
    qtbot.mouseClick(guntis.detail_pane.extend_button, Qt.MouseButton.LeftButton)
    form = guntis.actions.dialog
    assert isinstance(form, TextDialog)
    form.text.setPlainText("Three partner systems to collect from.")
    annas.detail_pane.assign_me_button.click()
    settle(qtbot, annas)
    assert annas.detail is not None and annas.detail.assignee == "Anna"

    form.accept()  # Guntis saves: refused, nothing stored
    qtbot.wait_until(lambda: guntis.actions.changed_dialog is not None, timeout=WAIT_MS)
    settle(qtbot, guntis)
    box = guntis.actions.changed_dialog
    assert isinstance(box, ChangedMeanwhileDialog) and box.isVisible()
    assert box.message.text().startswith(
        f"{annas.detail.reference} was changed by Anna at 25 Nov 2026, 12:00 (Request assigned)"
    )
    assert "Three partner systems to collect from." in box.yours.text()  # his words kept
    assert [(d.label, d.seen, d.now) for d in box.differences] == [
        ("Assigned to", "nobody", "Anna")
    ]
    assert form.isVisible()  # the form stays until he chooses
    with database.session() as session:
        assert not requests.get_request(session, request_id).extended

    box.reload_button.click()  # Reload: the request as it is now, the form closed
    settle(qtbot, guntis)
    assert not form.isVisible() and not box.isVisible()
    assert guntis.detail is not None and guntis.detail.assignee == "Anna"
    assert guntis.detail_pane.fact_labels["assignee"][1].text() == "Anna"

    # Redone on the fresh request, the extension is stored.
    qtbot.mouseClick(guntis.detail_pane.extend_button, Qt.MouseButton.LeftButton)
    redo = guntis.actions.dialog
    assert isinstance(redo, TextDialog) and redo is not form
    redo.text.setPlainText("Three partner systems to collect from.")
    redo.accept()
    settle(qtbot, guntis)
    assert guntis.detail.extended and guntis.detail.assignee == "Anna"


def test_a_customer_action_over_a_colleague_s_change_is_refused_and_kept(
    qtbot: QtBot,
    seed_shop: object,
    database: db_service.Database,
    second: db_service.Database,
) -> None:
    """The customer page: Anna opens a person and starts a restriction; meanwhile Guntis
    corrects the person's phone on his desktop. Anna's restriction is refused with the
    dialog, her reason still typed; after Reload she redoes it and it is stored."""
    seed_shop(customers=3, seed=5)  # type: ignore[operator]
    page = CustomersPage(AppContext(database, ANNA))
    qtbot.add_widget(page)
    page.resize(1366, 768)
    page.show()
    with database.session() as session:
        shown = customer_page.read_customer_page(session, 2)
    page.show_customer(shown, "Phoned")
    form = page.flow.start("restrict")
    assert form.reason is not None
    form.reason.setText("Accuracy contested")
    with second.unit_of_work() as session:
        customer_actions.rectify(session, GUNTIS, 2, "phone", "+37120000002", "Phoned")

    form.accept()
    qtbot.wait_until(lambda: page.flow.changed_dialog is not None, timeout=WAIT_MS)
    box = page.flow.changed_dialog
    assert box is not None and box.isVisible()
    assert box.message.text().startswith(
        "Customer no. 2 was changed by Guntis at 25 Nov 2026, 12:00 (Customer data corrected)"
    )
    assert form.isVisible() and form.reason_text() == "Accuracy contested"
    with database.session() as session:
        assert not customer_page.read_customer_page(session, 2).restricted

    box.reload_button.click()
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=WAIT_MS)
    assert page.flow.dialog is None  # the form closed (and deleted)
    assert page.view.page is not None and page.view.page.seen != shown.seen
    again = page.flow.start("restrict")
    assert again.reason is not None
    again.reason.setText("Accuracy contested")
    again.accept()
    qtbot.wait_until(lambda: not page.jobs.busy and page.flow.dialog is None, timeout=WAIT_MS)
    with database.session() as session:
        assert customer_page.read_customer_page(session, 2).restricted


def test_breach_facts_saved_over_a_colleague_s_save_are_refused_and_shown_beside(
    qtbot: QtBot,
    database: db_service.Database,
    second: db_service.Database,
    clock: FixedClock,
) -> None:
    """The breach register: Anna types the cause; meanwhile Guntis saves another cause on
    his desktop. Anna's save is refused: her words and his stored value side by side; after
    Reload the form shows his, and nothing of hers was stored."""
    with database.unit_of_work() as session:
        breach_id = breaches.new_breach(
            session, ANNA, "Lost laptop", clock.now() - timedelta(hours=2)
        )
    page = BreachesPage(AppContext(database, ANNA))
    qtbot.add_widget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.wait_until(lambda: page.view.detail is not None and not page.jobs.busy, timeout=WAIT_MS)
    cause = page.facts.texts["cause"]
    cause.setPlainText("Left on the tram")
    with second.unit_of_work() as session:
        breaches.update_breach(session, GUNTIS, breach_id, cause="Stolen from a car")

    qtbot.mouseClick(page.facts.save_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: page.actions.changed_dialog is not None, timeout=WAIT_MS)
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=WAIT_MS)
    box = page.actions.changed_dialog
    assert box is not None and box.isVisible()
    assert "was changed by Guntis" in box.message.text()
    assert "Left on the tram" in box.yours.text()
    assert [(d.label, d.seen, d.now) for d in box.differences] == [
        ("Cause", "—", "Stolen from a car")
    ]
    assert cause.toPlainText() == "Left on the tram"  # kept until Reload
    with database.session() as session:
        assert breaches.get_breach(session, breach_id).facts["cause"] == "Stolen from a car"

    box.reload_button.click()
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=WAIT_MS)
    assert cause.toPlainText() == "Stolen from a car" and not page.has_unsaved()


def test_an_assessment_over_a_colleague_s_change_is_refused_with_the_dialog_kept(
    qtbot: QtBot,
    database: db_service.Database,
    second: db_service.Database,
    clock: FixedClock,
) -> None:
    with database.unit_of_work() as session:
        breach_id = breaches.new_breach(
            session, ANNA, "Lost laptop", clock.now() - timedelta(hours=2)
        )
    page = BreachesPage(AppContext(database, ANNA))
    qtbot.add_widget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.wait_until(lambda: page.view.detail is not None and not page.jobs.busy, timeout=WAIT_MS)
    form = page.actions.assess()
    assert form is not None
    form.dpc_buttons[2].click()
    form.ei_buttons["1"].click()
    with second.unit_of_work() as session:
        breaches.update_breach(session, GUNTIS, breach_id, people=40)

    form.accept()
    qtbot.wait_until(lambda: page.actions.changed_dialog is not None, timeout=WAIT_MS)
    box = page.actions.changed_dialog
    assert box is not None and "was changed by Guntis" in box.message.text()
    assert form.isVisible()  # what was chosen stays, behind the dialog
    with database.session() as session:
        assert breaches.get_breach(session, breach_id).severity is None
    box.reload_button.click()
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=WAIT_MS)
    assert not form.isVisible()
    assert page.view.detail is not None and page.view.detail.facts["people"] == 40
