"""The Customers page: search as you type, the reason asked before opening, the page of
every category with its source, basis and kept-until dates, and lazily paged visits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import SeedShop
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.category_info import BY_CATEGORY, CATEGORIES, LEGAL_BASIS_LABELS
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.gui import language, tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.customers import CustomersPage
from minime_admin.gui.customers.customer_view import CustomerView
from minime_admin.gui.customers.labels import KEPT_UNTIL
from minime_admin.gui.customers.section_model import VisitsModel
from minime_admin.gui.customers.view_reason_dialog import ViewReasonDialog
from minime_admin.services import audit, requests
from minime_admin.services.database import Database
from minime_admin.store.models import VisitRecord

AS_OF = date(2026, 11, 25)
SHOWCASE = "Ģirts Ķēniņš-Žūriņš"  # customer 1 of every demo


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
    assert tasks.cancel_all_and_wait(10_000)  # before the database fixture closes it


def search(qtbot: QtBot, page: CustomersPage, text: str) -> list[str]:
    panel = page.search_panel
    panel.search.clear()
    qtbot.keyClicks(panel.search, text)
    qtbot.wait_until(lambda: not panel.pending, timeout=5_000)
    return [hit.name for hit in panel.model.hits]


def ask_to_open(qtbot: QtBot, page: CustomersPage, text: str) -> ViewReasonDialog:
    search(qtbot, page, text)
    page.search_panel.open_current()
    dialog = page.reason_dialog
    assert dialog is not None
    qtbot.wait_until(lambda: dialog.request.isEnabled(), timeout=5_000)  # requests listed
    return dialog


def open_customer(
    qtbot: QtBot, page: CustomersPage, text: str, reason: str = "Phone call"
) -> CustomerView:
    dialog = ask_to_open(qtbot, page, text)
    dialog.reason.setText(reason)
    dialog.accept()
    qtbot.wait_until(lambda: page.showing_customer and not page.jobs.busy, timeout=5_000)
    assert page.reason_dialog is None  # closed once the page was open
    return page.view


def activate(qtbot: QtBot, page: CustomersPage) -> None:
    """Make the page's window active again after a dialog (shortcuts need it)."""
    page.activateWindow()
    qtbot.wait_until(lambda: QApplication.activeWindow() is page, timeout=5_000)


def test_typing_finds_diacritics_without_blocking(qtbot: QtBot, page: CustomersPage) -> None:
    panel = page.search_panel
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "berzins")
    assert panel.pending and panel.model.rowCount() == 0  # the answer comes later
    qtbot.wait_until(lambda: not panel.pending, timeout=5_000)
    names = [hit.name for hit in panel.model.hits]
    assert any("Bērziņš" in name for name in names)
    assert panel.model.index(0, 1).data() == names[0]
    assert panel.model.headerData(6, Qt.Orientation.Horizontal) == "Processing"
    assert "Customers found" in panel.status.text()
    assert search(qtbot, page, "KENINS")[0] == SHOWCASE


def test_too_short_a_query_shows_the_hint_and_no_results(qtbot: QtBot, page: CustomersPage) -> None:
    panel = page.search_panel
    assert search(qtbot, page, "berzins")
    assert search(qtbot, page, "b") == []
    assert panel.status.text() == "Type at least two letters or digits."
    assert search(qtbot, page, '"*(') == []  # only syntax characters: nothing to search
    assert panel.status.text() == "Type at least two letters or digits."
    assert search(qtbot, page, "zzzzqq") == []
    assert panel.status.text() == "No customer matches “zzzzqq”."


def test_a_late_answer_to_an_older_query_is_dropped(qtbot: QtBot, page: CustomersPage) -> None:
    panel = page.search_panel
    panel.search.setText("berzins")
    panel.run_search()
    old = panel.generation
    panel.search.setText("kenins")
    panel.run_search()
    qtbot.wait_until(lambda: not panel.pending, timeout=5_000)
    assert panel.model.hits[0].name == SHOWCASE
    stale = panel.model.hits
    panel._found(old, "berzins", [])  # what a slow worker would deliver now
    assert panel.model.hits == stale


def test_keyboard_ctrl_f_down_and_enter(qtbot: QtBot, page: CustomersPage) -> None:
    panel = page.search_panel
    search(qtbot, page, "kenins")
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert panel.table.hasFocus()
    assert panel.table.currentIndex().row() == 0
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    dialog = page.reason_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Ķēniņš" in dialog.who.text()
    dialog.reject()
    page.stack.setCurrentWidget(page.view)
    activate(qtbot, page)
    QTest.keySequence(page.windowHandle(), QKeySequence("Ctrl+F"))
    assert page.stack.currentWidget() is panel
    assert panel.search.hasFocus()


def test_escape_goes_back_to_the_results(qtbot: QtBot, page: CustomersPage) -> None:
    view = open_customer(qtbot, page, "kenins")
    assert page.focusWidget() is view.buttons["rectify"]  # ready for the keyboard
    activate(qtbot, page)
    QTest.keyClick(page.windowHandle(), Qt.Key.Key_Escape)
    assert not page.showing_customer
    assert page.search_panel.model.hits[0].name == SHOWCASE  # the results are still there


def test_opening_needs_a_reason_and_is_audited(
    qtbot: QtBot, page: CustomersPage, demo: Database
) -> None:
    dialog = ask_to_open(qtbot, page, "kenins")
    assert dialog.question.text() == "Why are you opening this customer's data?"
    with demo.unit_of_work() as session:
        before = audit.entry_count(session)
    dialog.accept()  # neither a request nor a reason
    assert dialog.error.isVisible() and dialog.isVisible()
    assert not page.showing_customer
    dialog.reason.setText("Customer phoned about order 100003")
    dialog.accept()
    qtbot.wait_until(lambda: page.showing_customer, timeout=5_000)
    with demo.unit_of_work() as session:
        assert audit.entry_count(session) == before + 1
        (entry,) = audit.newest_first(session, limit=1)
    assert (entry.action, entry.subject, entry.actor) == (
        "customer.viewed",
        "customer 1",
        "Test Clerk",
    )
    assert (entry.reason, entry.note) == ("", "Customer phoned about order 100003")  # #14.2
    assert page.view.name.text() == SHOWCASE
    assert "opened for: Customer phoned about order 100003" in page.view.details.text()


def test_a_linked_request_is_the_reason_and_the_actions_default(
    qtbot: QtBot, page: CustomersPage, demo: Database, clerk: Actor, clock: FixedClock
) -> None:
    with demo.unit_of_work() as session:
        opened = requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ACCESS,
                Channel.EMAIL,
                clock.now() - timedelta(days=1),
                SHOWCASE,
                "Lūdzu, atsūtiet manus datus.",
                customer_id=1,
            ),
        )
    dialog = ask_to_open(qtbot, page, "kenins")
    combo = dialog.request
    assert combo.itemData(1) == opened.request_id  # the customer's namesake comes first
    combo.setCurrentIndex(1)
    dialog.accept()
    qtbot.wait_until(lambda: page.showing_customer, timeout=5_000)
    with demo.unit_of_work() as session:
        (entry,) = audit.newest_first(session, limit=1)
    assert entry.reason == opened.reference
    action = page.flow.start("unsubscribe")
    assert action.chosen_request().id == opened.request_id
    action.reject()


def test_an_unknown_typed_reference_opens_nothing(qtbot: QtBot, page: CustomersPage) -> None:
    dialog = ask_to_open(qtbot, page, "kenins")
    dialog.request.setEditText("dsr-2099-9999")
    dialog.accept()
    qtbot.wait_until(lambda: dialog.error.isVisible(), timeout=5_000)
    assert "DSR-2099-9999" in dialog.error.text()
    assert dialog.isVisible() and not page.showing_customer


def test_page_shows_every_category_with_source_basis_and_kept_until(
    qtbot: QtBot, page: CustomersPage
) -> None:
    view = open_customer(qtbot, page, "kenins")
    assert list(view.sections) == [info.category for info in CATEGORIES]
    for category, box in view.sections.items():
        info = BY_CATEGORY[category]
        assert box.toggle.text() == info.title
        assert [label.text() for label in box.texts][:2] == [info.source, info.purpose]
        assert box.texts[2].text() == LEGAL_BASIS_LABELS[info.legal_basis]
        assert box.model is not None
        assert box.model.columns[0] == KEPT_UNTIL  # first: a wide table hides its end
        assert box.model.headerData(0, Qt.Orientation.Horizontal) == "Kept until"
        assert box.expanded == bool(box.model.total)
    profile = view.sections[DataCategory.PROFILE].model
    assert profile is not None
    assert profile.headerData(1, Qt.Orientation.Horizontal) == "First name"
    assert profile.index(0, 1).data() == "Ģirts"
    assert profile.index(0, 5).data() == "Latvian"
    kept = profile.index(0, 0).data()
    # A full date in the app's one English form (#15.11), e.g. "13 May 2029".
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} 2029", kept), kept
    objections = view.sections[DataCategory.MARKETING_OBJECTION].model
    assert objections is not None
    assert objections.index(0, 0).data() == "while it stands"
    contract = view.sections[DataCategory.PROFILE].texts[2].text()
    assert contract == "Contract (Art. 6(1)(b))"
    assert view.summary[DataCategory.ORDER].text() == "Orders: 3"
    assert not view.banner.isVisible()
    assert view.sections[DataCategory.RESTRICTION].empty_label.text() == "Nothing held."

    language.apply_language("lv")
    assert profile.headerData(1, Qt.Orientation.Horizontal) == "Vārds"
    assert view.sections[DataCategory.PROFILE].toggle.text() == "Profils"
    assert objections.headerData(0, Qt.Orientation.Horizontal) == "Glabā līdz"
    assert objections.index(0, 0).data() == "kamēr ir spēkā"
    assert profile.index(0, 5).data() == "latviešu"
    assert profile.index(0, 0).data().endswith(".2029")  # dd.MM.yyyy in Latvian


def test_visits_page_lazily_in_the_background(
    qtbot: QtBot, page: CustomersPage, demo: Database
) -> None:
    start = datetime(2026, 11, 1, tzinfo=UTC)
    with demo.unit_of_work() as session:
        session.add_all(
            VisitRecord(
                customer_id=1, visitor_id="v", ip_address="10.0.0.1", browser="Firefox",
                browser_version="132", operating_system="Linux", language="lv",
                referrer=None, page=f"/p/{n}", time_on_page_s=n, site_search=None,
                visited_at=start - timedelta(minutes=n),
            )
            for n in range(250)
        )  # fmt: skip
    view = open_customer(qtbot, page, "kenins")
    model = view.sections[DataCategory.VISIT].model
    assert isinstance(model, VisitsModel)
    assert (model.rowCount(), model.total) == (100, 253)
    assert "100 of 253 shown" in view.sections[DataCategory.VISIT].count_label.text()
    root = QModelIndex()
    assert model.canFetchMore(root)
    model.fetchMore(root)
    assert model.loading and not model.canFetchMore(root)  # one page at a time
    qtbot.wait_until(lambda: model.rowCount() == 200, timeout=5_000)
    model.fetchMore(root)
    qtbot.wait_until(lambda: model.rowCount() == 253, timeout=5_000)
    assert not model.canFetchMore(root)
    pages = [model.index(row, model.columns.index("page")).data() for row in range(253)]
    assert len(set(pages)) == 253  # no page twice, none left out
    assert "253 held" in view.sections[DataCategory.VISIT].count_label.text()
