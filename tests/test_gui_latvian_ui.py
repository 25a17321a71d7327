"""Issue #15.12: the Latvian UI shows no English and no raw codes.

The main window, every page with demo data (inbox with a request open, a customer's page,
breaches with their timeline, the audit log, settings, shop data) and the dialogs and wizards
they open are walked in Latvian; every visible text (tests/visible_texts.py) must be neither
an enum code nor an English source whose Latvian differs (a missing tr()).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from conftest import SeedShop
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from visible_texts import Findings, Seen, visible_texts

from minime_admin.demo.requests import seed_demo_requests
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.audit_action_texts import subject_code, subject_words
from minime_admin.domain.breach import Circumstances, DviChannel
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import RequestType
from minime_admin.gui import language, tasks
from minime_admin.gui.breaches import BreachesPage
from minime_admin.gui.breaches.record_dialogs import AwarenessDialog, SubmissionDialog, VoidDialog
from minime_admin.gui.changed_meanwhile import ChangedMeanwhileDialog
from minime_admin.gui.customers import CustomersPage
from minime_admin.gui.inbox import changed
from minime_admin.gui.main_window import MainWindow
from minime_admin.gui.sign_in_dialog import SignInDialog
from minime_admin.gui.wizards import ErasureWizard, ExportWizard
from minime_admin.gui.wizards.launcher import subject_of_request
from minime_admin.services import (
    breach_selection,
    breaches,
    customer_search,
    requests,
    users,
    versions,
)
from minime_admin.services.database import Database
from minime_admin.store import session as store_session

MANAGER = Actor("Anna Kalniņa", Role.MANAGER)
PASSWORD = "Vadītājas parole 2026"
# Texts that are the same in both languages by design, though a catalogue entry differs.
ALLOWED = {
    "English",  # the language list names each language in its own words
    "Latviešu",
}

NAMES = ("The Rocket Science Group LLC",)  # Mailchimp's company, a partner's own name


@pytest.fixture
def world(seed_shop: SeedShop, clock: FixedClock) -> Iterator[Database]:
    """Demo customers and requests, breaches with a full timeline, an audit log."""
    database = seed_shop(customers=40, seed=7)
    now = clock.now()
    with database.unit_of_work() as session:
        seed_demo_requests(session, 30, 7, store_session.today(session), MANAGER)
        customer_search.rebuild_index(session)
        users.add_user(session, MANAGER, MANAGER.name, Role.MANAGER, PASSWORD)
        users.add_user(session, MANAGER, "Pēteris Ozols", Role.STAFF, "Pētera parole 2026",
                       by=(MANAGER.name, PASSWORD))  # fmt: skip
        void = breaches.new_breach(
            session, MANAGER, "Reģistrēts kļūdas pēc", now - timedelta(hours=9)
        )
        breaches.void_breach(session, MANAGER, void, "Tas nebija incidents.")
        bid = breaches.new_breach(
            session, MANAGER, "Klēpjdators nozagts", now - timedelta(hours=30), "confidentiality",
            people=12, records=40,
        )  # fmt: skip
        breaches.update_breach(session, MANAGER, bid, description="Nozagts klēpjdators.",
                               cause="Nešifrēts disks.", data_categories="vārds, e-pasts",
                               subject_categories="klienti", contact_point="info@minime.lv",
                               consequences="Pikšķerēšana.", measures_taken="Paroles nomainītas.",
                               description_en="A laptop was stolen.",
                               data_categories_en="name, e-mail", consequences_en="Phishing.",
                               measures_taken_en="Passwords changed.")  # fmt: skip
        breaches.assess(
            session, MANAGER, bid, 2, "1", Circumstances(confidentiality=Decimal("0.5"))
        )
        breaches.decide(session, MANAGER, bid, True, "Daudz adrešu.", True, "Pikšķerēšanas risks.")
        chosen = breach_selection.newsletter_subscribers(session)
        breaches.select_affected(session, MANAGER, bid, chosen.customer_ids, chosen.how)
        breaches.sign_off(session, bid, MANAGER.name, PASSWORD)
        breaches.correct_awareness(session, MANAGER, bid, now - timedelta(hours=29), "Precizēts.")
        breaches.sign_off(session, bid, MANAGER.name, PASSWORD)
        breaches.note_notice_prepared(session, MANAGER, bid, "lv")
        breaches.record_dvi_submission(session, MANAGER, bid, now - timedelta(hours=1),
                                       DviChannel.ONLINE_FORM, "2.9/417")  # fmt: skip
    yield database
    assert tasks.cancel_all_and_wait(20_000)


class Walk:
    """Collects what the user sees, window by window, in Latvian."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot, self.window = qtbot, window
        self.seen: list[Seen] = []

    def idle(self, *busy: Callable[[], bool]) -> None:
        self.qtbot.wait(50)
        self.qtbot.wait_until(lambda: not any(check() for check in busy), timeout=20_000)
        self.qtbot.wait(50)

    def look(self, widget: object) -> None:
        self.seen.extend(visible_texts(widget))  # type: ignore[arg-type]


@pytest.fixture
def walk(qtbot: QtBot, world: Database) -> Iterator[Walk]:
    window = MainWindow(world, MANAGER)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    language.apply_language("lv")
    yield Walk(qtbot, window)
    window.close()


def assert_latvian(seen: list[Seen]) -> None:
    problems = Findings(ALLOWED, NAMES).of(seen)
    assert len(seen) > 200  # the walk saw the pages, not an empty window
    assert not problems, "English or codes in the Latvian UI:\n" + "\n".join(problems)


def test_the_pages_show_latvian_words_only(walk: Walk) -> None:
    window = walk.window
    inbox = window.inbox_page
    inbox.filters.choose_status("all")
    walk.idle(lambda: inbox.jobs.busy)
    for row in range(0, min(inbox.model.rowCount(), 30), 3):  # several types and states
        inbox.table.selectRow(row)
        walk.idle(lambda: inbox.jobs.busy)
        walk.look(window)

    window.show_page("customers")
    customers = window.pages["customers"]
    assert isinstance(customers, CustomersPage)
    with window.context.database.unit_of_work() as session:
        hit = customer_search.hit(session, 1)
    assert hit is not None
    customers.search_panel.search.setText(hit.name.split()[-1])
    customers.search_panel.run_search()
    walk.idle(lambda: customers.search_panel.pending)
    walk.look(window)
    dialog = customers.ask_reason(customers.search_panel.model.hits[0])
    walk.idle(lambda: not dialog.request.isEnabled())
    walk.look(dialog)
    dialog.reason.setText("Klients zvanīja")
    dialog.accept()
    walk.idle(lambda: not customers.showing_customer, lambda: customers.jobs.busy)
    walk.look(window)
    for key, button in customers.view.buttons.items():  # each action's dialog
        if not button.isHidden():
            action = customers.flow.start(key)
            walk.idle(lambda: customers.jobs.busy)
            walk.look(action)
            action.reject()

    window.show_page("breaches")
    page = window.pages["breaches"]
    assert isinstance(page, BreachesPage)
    walk.idle(lambda: page.jobs.busy)
    for row in range(page.model.rowCount()):
        page.table.selectRow(row)
        walk.idle(lambda: page.jobs.busy)
        for tab in range(page.view.tabs.count()):
            page.view.tabs.setCurrentIndex(tab)
            walk.look(window)
    live = next(n for n, r in enumerate(page.model.rows) if not r.detail.voided)
    page.table.selectRow(live)
    walk.idle(lambda: page.jobs.busy)
    page.view.tabs.setCurrentIndex(0)
    page.facts.lines["contact_point"].setText("dpo@minime.lv")
    page.facts.save()  # "Saved." and the sign-off it voided
    walk.idle(lambda: page.jobs.busy)
    walk.look(window)

    for key in ("shop", "audit", "settings"):
        window.show_page(key)
        walk.idle(lambda: window.audit_page.task is not None)
        walk.look(window)
    window.settings_page.letterhead_edits["phone"].setText("+371 67 000 000")
    window.settings_page.save_letterhead()  # and what it says once saved
    walk.idle(lambda: window.settings_page.save_status.text() == "")
    walk.look(window)
    window.show_page("audit")
    window.audit_page.refresh()
    walk.idle(lambda: window.audit_page.task is not None)
    walk.look(window)
    assert_latvian(walk.seen)


def test_the_dialogs_and_wizards_show_latvian_words_only(walk: Walk, world: Database) -> None:
    window = walk.window
    settings = window.settings_page
    rules = settings.open_retention_rules()
    walk.idle(lambda: len(rules.spins) < 5)
    walk.look(rules)
    rules.reject()
    users_dialog = settings.open_users()
    walk.idle(lambda: users_dialog.table.rowCount() < 2)
    walk.look(users_dialog)
    users_dialog.reject()

    inbox = window.inbox_page
    new = inbox.new_request()
    walk.look(new)
    new.reject()
    inbox.filters.choose_status("all")
    walk.idle(lambda: inbox.jobs.busy)
    inbox.table.selectRow(0)
    walk.idle(lambda: inbox.jobs.busy)
    inbox.actions.assign()
    walk.idle(lambda: inbox.actions.dialog is None)
    walk.look(inbox.actions.dialog)
    inbox.actions.dialog.reject()
    seen = inbox.detail  # issue #18.4: the "Changed meanwhile" dialog, as a refusal shows it
    assert seen is not None
    meanwhile = ChangedMeanwhileDialog(
        versions.ChangedBy(seen.reference, "Anna", seen.received_at, ("Request assigned",)),
        changed.assign_text("Guntis"),
        changed.differences(seen, dataclasses.replace(seen, assignee="Anna", extended=True)),
        inbox,
    )
    meanwhile.open()
    walk.look(meanwhile)
    meanwhile.reject()
    signing_in = SignInDialog(  # issue #18.3: who is working, chosen from the users
        [Actor("Anna Kalniņa", Role.MANAGER), Actor("Līga Ozola", Role.STAFF)], "", inbox
    )
    signing_in.open()
    walk.look(signing_in)
    signing_in.reject()
    inbox.detail_pane.letter_button.click()  # the letter kinds offered for this request
    letters = inbox.detail_pane.letters.dialog
    assert letters is not None
    walk.idle(lambda: letters.busy)
    walk.look(letters)
    letters.reject()

    window.show_page("breaches")
    page = window.pages["breaches"]
    assert isinstance(page, BreachesPage)
    walk.idle(lambda: page.jobs.busy)
    live = next(n for n, r in enumerate(page.model.rows) if not r.detail.voided)
    page.table.selectRow(live)
    walk.idle(lambda: page.jobs.busy)
    for opened in (
        page.new_breach(),
        page.actions.assess(),
        page.actions.decide(),
        page.outputs.open_dvi_notice(),
        page.record(SubmissionDialog),
        page.record(AwarenessDialog),
        page.record(VoidDialog),
    ):
        assert opened is not None
        walk.look(opened)
        opened.reject()

    with world.unit_of_work() as session:
        found = requests.list_requests(
            session,
            requests.inbox_query(store_session.today(session), show_unverified=True),
            0,
            200,
        )
        details = [requests.get_request(session, row.id) for row in found]
    for kind, wizard_type in (
        (RequestType.ACCESS, ExportWizard),
        (RequestType.ERASURE, ErasureWizard),
    ):
        detail = next(d for d in details if d.type is kind and d.customer_id is not None)
        wizard = window.wizards.open(wizard_type, subject_of_request(detail))
        for _step in range(4):
            walk.idle(lambda w=wizard: w.busy)
            walk.look(wizard)
            wizard.next()
        walk.idle(lambda w=wizard: w.busy)
        wizard.reject()
        walk.idle(lambda w=wizard: w.busy)
    view = window.wizards.open_retention()
    walk.idle(lambda: view.busy)
    walk.look(view)
    view.close()
    assert_latvian(walk.seen)


def test_audit_subjects_read_and_are_typed_in_latvian(qapp: object) -> None:
    """The log stores "customer 42"; the Latvian page shows and takes "klients 42"."""
    translate = QCoreApplication.translate
    language.apply_language("lv")
    assert subject_words("customer 42", translate) == "klients 42"
    assert subject_words("retention_rule legal_hold", translate) == (
        "glabāšanas noteikums «Juridiskās aiztures»"
    )
    assert subject_words("something 7", translate) == "something 7"  # a newer version's kind
    assert subject_code(" Klients 42 ", translate) == "customer 42"
    assert subject_code("glabāšanas noteikums legal_hold", translate) == "retention_rule legal_hold"
    assert subject_code("pārkāpums", translate) == "breach"
    assert subject_code("customer 42", translate) == "customer 42"  # the log's own words too
    assert subject_code("DSR-2026-0001", translate) == "DSR-2026-0001"
