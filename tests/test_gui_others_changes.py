"""The pages follow what another app instance stores (issue #18.4): one desktop's inbox,
breach register and customer page, a second Database object on the same file changing the
request shown, adding a breach and correcting the customer shown. Each page shows the new
values within a poll of the change counter, keeps its selection, and leaves the worker's
unsaved breach facts as typed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from conftest import SeedShop, reopen_database
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.gui import tasks
from minime_admin.gui.breaches import BreachesPage
from minime_admin.gui.context import AppContext
from minime_admin.gui.customers import CustomersPage
from minime_admin.gui.inbox import InboxPage
from minime_admin.services import breaches, customer_actions, customer_page, requests
from minime_admin.services import database as db_service
from minime_admin.store.changes import change_counter

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

WAIT_MS = 30_000
GUNTIS = Actor("Guntis", Role.STAFF)


@pytest.fixture
def shop(seed_shop: SeedShop) -> db_service.Database:
    return seed_shop(customers=5, seed=4)


@pytest.fixture
def second(shop: db_service.Database, clock: FixedClock) -> Iterator[db_service.Database]:
    other = reopen_database(shop.location, clock)  # a second app instance on the same file
    yield other
    assert tasks.cancel_all_and_wait(10_000)
    other.close()


def test_the_change_counter_moves_on_another_instance_s_commit_only(
    shop: db_service.Database, second: db_service.Database, clerk: Actor
) -> None:
    counter = change_counter(shop.engine)
    try:
        before = counter.read()
        with shop.session() as session:  # a read commits nothing
            customer_page.read_customer_page(session, 1)
        assert counter.read() == before
        with second.unit_of_work() as session:
            customer_actions.rectify(session, GUNTIS, 1, "phone", "+37120000001", "Phoned")
        assert counter.read() != before
    finally:
        counter.close()


def test_a_watch_never_reopens_a_closed_database(
    qtbot: QtBot, database: db_service.Database, clerk: Actor
) -> None:
    """A poll that comes after the database has closed (a restore replaced it, the test's
    own teardown) stops the watch instead of opening a connection nobody would close."""
    from sqlalchemy import event

    from minime_admin.gui.refresh import ChangeWatch

    watch = ChangeWatch(database, interval_ms=60_000)
    database.close()
    connects: list[object] = []
    event.listen(database.engine, "connect", lambda *_: connects.append(True))
    assert watch.poll() is False
    assert connects == [] and not watch.timer.isActive()
    database.close()  # closing twice is harmless (the fixture closes it again)


def test_inbox_register_and_customer_page_follow_another_desktop(
    qtbot: QtBot,
    shop: db_service.Database,
    second: db_service.Database,
    clerk: Actor,
    clock: FixedClock,
) -> None:
    with shop.unit_of_work() as session:
        request_id = requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ACCESS,
                Channel.EMAIL,
                datetime(2026, 11, 24, 9, tzinfo=UTC),
                "Ilze Bērziņa",
                "Please send me my data.",
            ),
        ).request_id
        first_breach = breaches.new_breach(
            session, clerk, "Lost laptop", clock.now() - timedelta(hours=3)
        )
    context = AppContext(shop, clerk)
    inbox, register, customers = InboxPage(context), BreachesPage(context), CustomersPage(context)
    for page in (inbox, register, customers):
        qtbot.add_widget(page)
        page.resize(1366, 768)
        page.show()
    qtbot.wait_until(lambda: not (inbox.jobs.busy or register.jobs.busy), timeout=WAIT_MS)
    inbox.select_request(request_id)
    with shop.session() as session:
        shown = next(
            page
            for page in (customer_page.read_customer_page(session, n) for n in range(1, 6))
            if not page.restricted
        )
    customer_id = shown.customer_id
    customers.show_customer(shown, "Customer phoned")
    register.facts.texts["cause"].setPlainText("A bag left on the train")  # not saved
    assert register.has_unsaved()
    watch = context.watch_changes(interval_ms=100)
    try:
        # The other desktop: takes the request, adds a breach, corrects the customer.
        with second.unit_of_work() as session:
            requests.assign(session, GUNTIS, request_id, GUNTIS.name)
            breaches.new_breach(session, GUNTIS, "Wrong e-mail sent", clock.now())
            customer_actions.restrict(session, GUNTIS, customer_id, "Accuracy contested")

        qtbot.wait_until(
            lambda: inbox.detail is not None and inbox.detail.assignee == "Guntis",
            timeout=WAIT_MS,
        )
        row = inbox.model.row_of(request_id)
        assert row is not None and inbox.table.currentIndex().row() == row  # still selected
        assert inbox.model.rows[row].assignee == "Guntis"
        qtbot.wait_until(lambda: register.model.rowCount() == 2, timeout=WAIT_MS)
        qtbot.wait_until(lambda: not register.jobs.busy, timeout=WAIT_MS)
        assert register.view.detail is not None and register.view.detail.id == first_breach
        assert register.facts.texts["cause"].toPlainText() == "A bag left on the train"
        assert register.has_unsaved()
        qtbot.wait_until(
            lambda: customers.view.page is not None and customers.view.page.restricted,
            timeout=WAIT_MS,
        )
    finally:
        context.stop_watching()
    assert not watch.timer.isActive()
