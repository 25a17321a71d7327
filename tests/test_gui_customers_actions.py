"""The customer page's actions, end to end through the services: rectify with the Art. 19
partners, an invalid e-mail refused, restrict and lift, objection, unsubscribe, withdrawal."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from conftest import SeedShop
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.categories import DataCategory
from minime_admin.gui import tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.customers import CustomersPage
from minime_admin.gui.customers.actions import ActionDialog, RectifyDialog
from minime_admin.gui.customers.customer_view import CustomerView
from minime_admin.gui.customers.search_panel import MARKER
from minime_admin.services import audit, customer_page
from minime_admin.services.database import Database

AS_OF = date(2026, 11, 25)


@pytest.fixture
def demo(seed_shop: SeedShop) -> Database:
    return seed_shop(customers=40, seed=11)


@pytest.fixture
def page(qtbot: QtBot, demo: Database, clerk: Actor) -> Iterator[CustomersPage]:
    widget = CustomersPage(AppContext(demo, clerk))
    qtbot.add_widget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.wait_exposed(widget)
    yield widget
    assert tasks.cancel_all_and_wait(10_000)


def search(qtbot: QtBot, page: CustomersPage, text: str) -> list[int]:
    panel = page.search_panel
    panel.search.setText(text)
    panel.run_search()
    qtbot.wait_until(lambda: not panel.pending, timeout=5_000)
    return [hit.id for hit in panel.model.hits]


@pytest.fixture
def view(qtbot: QtBot, page: CustomersPage) -> CustomerView:
    """Customer 1 opened for a reason, as a worker would."""
    search(qtbot, page, "kenins")
    page.search_panel.open_current()
    dialog = page.reason_dialog
    assert dialog is not None
    dialog.reason.setText("Customer phoned")
    dialog.accept()
    qtbot.wait_until(lambda: page.showing_customer and not page.jobs.busy, timeout=5_000)
    return page.view


def submit(qtbot: QtBot, page: CustomersPage, dialog: ActionDialog) -> None:
    dialog.accept()
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=5_000)


def newest(database: Database) -> audit.AuditRow:
    with database.unit_of_work() as session:
        (entry,) = audit.newest_first(session, limit=1)
    return entry


def choose_field(dialog: RectifyDialog, field: str) -> None:
    for index in range(dialog.field.count()):
        choice = dialog.field.itemData(index)
        if choice.field == field and choice.address_id is None:
            dialog.field.setCurrentIndex(index)
            return
    raise AssertionError(field)


def test_rectify_email_end_to_end_shows_the_partners_to_inform(
    qtbot: QtBot, page: CustomersPage, view: CustomerView, demo: Database
) -> None:
    dialog = page.flow.start("rectify")
    assert isinstance(dialog, RectifyDialog)
    choose_field(dialog, "email")
    assert dialog.current.text() == "girts_kenins-zurins@icloud.com"
    dialog.value.setText("girts.kenins@example.lv")
    submit(qtbot, page, dialog)  # no reason yet: refused before the service
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.reason.setText("Customer gave a new address by phone")
    submit(qtbot, page, dialog)
    qtbot.wait_until(lambda: page.flow.recipients_dialog is not None, timeout=5_000)
    partners = page.flow.recipients_dialog
    assert partners is not None and partners.isVisible()
    assert partners.recipients  # the courier, payment and newsletter partners got the profile
    assert partners.table.rowCount() == len(partners.recipients)
    assert partners.table.item(0, 0).text() == partners.recipients[0].name
    assert "(Art. 19)" in partners.windowTitle()
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=5_000)
    profile = view.sections[DataCategory.PROFILE].model
    assert profile is not None
    assert profile.index(0, profile.columns.index("email")).data() == "girts.kenins@example.lv"
    assert view.notice.text() == "The correction is stored."
    entry = newest(demo)
    assert (entry.action, entry.subject) == ("customer.rectified", "customer 1")
    assert search(qtbot, page, "girts.kenins@example") == [1]


def test_an_invalid_email_is_refused_and_nothing_changes(
    qtbot: QtBot, page: CustomersPage, view: CustomerView, demo: Database
) -> None:
    dialog = page.flow.start("rectify")
    assert isinstance(dialog, RectifyDialog)
    choose_field(dialog, "email")
    dialog.value.setText("not-an-email")
    dialog.reason.setText("Customer asked")
    before = newest(demo)
    submit(qtbot, page, dialog)
    assert dialog.isVisible()
    assert dialog.error.text() == "'not-an-email' is not an e-mail address; nothing was changed."
    assert page.flow.recipients_dialog is None
    with demo.unit_of_work() as session:
        stored = customer_page.read_customer_page(session, 1).sections[0].rows[0]
    assert stored.values["email"] == "girts_kenins-zurins@icloud.com"
    assert newest(demo) == before
    dialog.reject()


def test_an_invalid_phone_is_refused(qtbot: QtBot, page: CustomersPage, view: CustomerView) -> None:
    dialog = page.flow.start("rectify")
    assert isinstance(dialog, RectifyDialog)
    choose_field(dialog, "phone")
    dialog.value.setText("12")
    dialog.reason.setText("Customer asked")
    submit(qtbot, page, dialog)
    assert dialog.isVisible() and "is not a phone number" in dialog.error.text()
    dialog.reject()


def test_rectify_an_address_and_the_language(
    qtbot: QtBot, page: CustomersPage, view: CustomerView
) -> None:
    dialog = page.flow.start("rectify")
    assert isinstance(dialog, RectifyDialog)
    labels = [dialog.field.itemText(i) for i in range(dialog.field.count())]
    assert labels[:5] == ["First name", "Last name", "E-mail", "Phone", "Language"]
    assert "Address no. 1 (billing): City" in labels
    dialog.field.setCurrentIndex(labels.index("Address no. 1 (billing): City"))
    dialog.value.setText("Jūrmala")
    dialog.reason.setText("Moved")
    submit(qtbot, page, dialog)
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=5_000)
    addresses = view.sections[DataCategory.ADDRESS].model
    assert addresses is not None
    assert addresses.index(0, addresses.columns.index("city")).data() == "Jūrmala"
    assert page.flow.recipients_dialog is not None

    language_dialog = page.flow.start("rectify")
    assert isinstance(language_dialog, RectifyDialog)
    choose_field(language_dialog, "language")
    assert language_dialog.language.isVisibleTo(language_dialog)
    assert not language_dialog.value.isVisibleTo(language_dialog)
    language_dialog.language.setCurrentIndex(language_dialog.language.findData("en"))
    language_dialog.reason.setText("Prefers English")
    submit(qtbot, page, language_dialog)
    qtbot.wait_until(lambda: "English" in view.details.text(), timeout=5_000)


def test_restrict_shows_the_banner_and_lift_removes_it(
    qtbot: QtBot, page: CustomersPage, view: CustomerView, demo: Database
) -> None:
    assert not view.banner.isVisible()
    assert view.buttons["restrict"].isVisible() and not view.buttons["lift"].isVisible()
    dialog = page.flow.start("restrict")
    submit(qtbot, page, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()  # a restriction needs its reason
    dialog.reason.setText("Accuracy contested (Art. 18(1)(a))")
    submit(qtbot, page, dialog)
    qtbot.wait_until(lambda: view.banner.isVisible(), timeout=5_000)
    assert view.banner.text().startswith("RESTRICTED")
    assert view.buttons["lift"].isVisible() and not view.buttons["restrict"].isVisible()
    assert view.summary[DataCategory.RESTRICTION].text() == "Restrictions: 1"
    assert newest(demo).action == "customer.restricted"
    page.show_search()
    search(qtbot, page, "kenins")
    assert page.search_panel.model.index(0, MARKER).data() == "Restricted"
    page.stack.setCurrentWidget(view)

    lift = page.flow.start("lift")
    submit(qtbot, page, lift)
    qtbot.wait_until(lambda: not view.banner.isVisible(), timeout=5_000)
    assert view.buttons["restrict"].isVisible()
    assert newest(demo).action == "customer.restriction_lifted"


def test_marketing_objection_asks_no_reason_and_is_recorded(
    qtbot: QtBot, page: CustomersPage, view: CustomerView, demo: Database
) -> None:
    before = view.sections[DataCategory.MARKETING_OBJECTION].model
    assert before is not None
    count = before.total
    dialog = page.flow.start("objection")
    assert dialog.reason is None  # Art. 21(3): no reason asked
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    submit(qtbot, page, dialog)
    qtbot.wait_until(lambda: before.total == count + 1, timeout=5_000)
    entry = newest(demo)
    assert (entry.action, entry.subject) == ("customer.marketing_objection", "customer 1")
    assert view.notice.text() == "The marketing objection is recorded."


def test_unsubscribe_and_consent_withdrawal_are_recorded(
    qtbot: QtBot, page: CustomersPage, view: CustomerView, demo: Database
) -> None:
    consents = view.sections[DataCategory.CONSENT].model
    assert consents is not None
    count = consents.total
    submit(qtbot, page, page.flow.start("unsubscribe"))
    qtbot.wait_until(lambda: consents.total == count + 1, timeout=5_000)
    assert newest(demo).action == "customer.unsubscribed"

    dialog = page.flow.start("withdrawal")
    assert dialog.purpose is not None
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("personalisation"))
    submit(qtbot, page, dialog)
    qtbot.wait_until(lambda: consents.total == count + 2, timeout=5_000)
    entry = newest(demo)
    assert entry.action == "customer.consent_withdrawn"
    last = consents.rows[-1].values
    assert (last["purpose"], last["action"]) == ("personalisation", "withdrawn")


def test_closing_the_dialog_while_the_action_runs_is_safe(
    qtbot: QtBot, page: CustomersPage, view: CustomerView, demo: Database
) -> None:
    dialog = page.flow.start("unsubscribe")
    dialog.accept()  # the service now runs in the background...
    dialog.reject()  # ...and the user closes the dialog before it answers
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=5_000)
    qtbot.wait_until(lambda: view.notice.isVisible(), timeout=5_000)
    assert newest(demo).action == "customer.unsubscribed"  # it took effect and says so
