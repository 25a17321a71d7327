"""The customer page puts on record what happened outside the app: a legal hold ended
(#13.5) and a partner told of a change (#13.6, Art. 19)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from conftest import SeedShop
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.partner_notices import Change, Method
from minime_admin.gui import tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.customers import CustomersPage
from minime_admin.gui.customers.customer_view import CustomerView
from minime_admin.gui.customers.record_dialogs import PartnerToldDialog, ReleaseHoldDialog
from minime_admin.services import audit, partner_notices
from minime_admin.services.database import Database
from minime_admin.store.models import LegalHold

TODAY = date(2026, 11, 25)


@pytest.fixture
def demo(seed_shop: SeedShop) -> Database:
    database = seed_shop(customers=40, seed=11)
    with database.unit_of_work() as session:
        session.add(LegalHold(id=900, customer_id=1, kind="dispute", reason="Parcel dispute",
                              started_on=date(2026, 10, 1)))  # fmt: skip
    return database


@pytest.fixture
def page(qtbot: QtBot, demo: Database, clerk: Actor) -> Iterator[CustomersPage]:
    widget = CustomersPage(AppContext(demo, clerk))
    qtbot.add_widget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.wait_exposed(widget)
    yield widget
    assert tasks.cancel_all_and_wait(10_000)


@pytest.fixture
def view(qtbot: QtBot, page: CustomersPage) -> CustomerView:
    panel = page.search_panel
    panel.search.setText("kenins")
    panel.run_search()
    qtbot.wait_until(lambda: not panel.pending, timeout=5_000)
    panel.open_current()
    dialog = page.reason_dialog
    assert dialog is not None
    dialog.reason.setText("Customer phoned")
    dialog.accept()
    qtbot.wait_until(lambda: page.showing_customer and not page.jobs.busy, timeout=5_000)
    return page.view


def submit(qtbot: QtBot, page: CustomersPage, dialog: object) -> None:
    dialog.accept()  # type: ignore[attr-defined]
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=5_000)


def test_a_partner_is_recorded_as_told(
    qtbot: QtBot, page: CustomersPage, view: CustomerView, demo: Database
) -> None:
    assert not view.buttons["partners"].isHidden()
    dialog = page.flow.start("partners")
    assert isinstance(dialog, PartnerToldDialog)
    qtbot.wait_until(lambda: dialog.partner.count() > 0, timeout=5_000)  # read in the background
    assert dialog.on_record.item(0).text() == "Nobody yet."
    assert dialog.told_on() == TODAY
    partner = dialog.partner_id()
    dialog.change.setCurrentIndex(dialog.change.findData(Change.ERASURE.value))
    dialog.method.setCurrentIndex(dialog.method.findData(Method.LETTER.value))
    submit(qtbot, page, dialog)
    assert view.notice.text() == "The partner is recorded as told."
    with demo.unit_of_work() as session:
        (told,) = partner_notices.told_of(session, 1)
        (entry,) = audit.newest_first(session, limit=1)
    assert (told.partner.id, told.change, told.method, told.told_on) == (
        partner, Change.ERASURE, Method.LETTER, TODAY)  # fmt: skip
    assert entry.action == "customer.partner_told"
    again = page.flow.start("partners")
    assert isinstance(again, PartnerToldDialog)
    qtbot.wait_until(lambda: "told on 25 Nov 2026 by letter" in again.on_record.item(0).text())


def test_a_legal_hold_is_ended(
    qtbot: QtBot, page: CustomersPage, view: CustomerView, demo: Database
) -> None:
    assert not view.buttons["release_hold"].isHidden()
    dialog = page.flow.start("release_hold")
    assert isinstance(dialog, ReleaseHoldDialog)
    assert dialog.hold_id() == 900
    submit(qtbot, page, dialog)
    qtbot.wait_until(lambda: view.buttons["release_hold"].isHidden(), timeout=5_000)
    with demo.unit_of_work() as session:
        hold = session.get(LegalHold, 900)
        assert hold is not None and hold.released_on == TODAY
