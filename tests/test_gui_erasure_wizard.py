"""The erasure wizard walked as a worker would: the plan as a tree with the service's own
counts, "Erase now" held back until confirmed, then the stub, the letters and the Art. 19
partners; a customer already erased is a clear message."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from conftest import SeedShop
from pypdf import PdfReader
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.erasure import Action
from minime_admin.domain.proofs import IdentityCheck
from minime_admin.domain.requests import Channel, RequestType, Status
from minime_admin.gui import tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.customers import CustomersPage
from minime_admin.gui.customers.labels import ui_locale
from minime_admin.gui.main_window import MainWindow
from minime_admin.gui.wizards import ErasureWizard, Subject
from minime_admin.gui.wizards.launcher import subject_of_request
from minime_admin.services import customer_page, customer_search, requests
from minime_admin.services.database import Database
from minime_admin.services.erasure import execute_erasure, plan_erasure

AS_OF = date(2026, 11, 25)
HELD = 2  # in this demo: a legal hold, invoices kept by accounting law, two partners
COMMIT = QWizard.WizardButton.CommitButton


@pytest.fixture
def demo(seed_shop: SeedShop) -> Iterator[Database]:
    yield seed_shop(customers=30, seed=6)
    assert tasks.cancel_all_and_wait(10_000)


def erasure_request(database: Database, clerk: Actor, customer_id: int) -> int:
    with database.unit_of_work() as session:
        return requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ERASURE,
                Channel.EMAIL,
                datetime(2026, 11, 20, 9, tzinfo=UTC),
                "Ārija Čaka",
                "Lūdzu, izdzēsiet manus datus.",
                requester_email="arija.caka@example.lv",
                customer_id=customer_id,
            ),
        ).request_id


def start(qtbot: QtBot, database: Database, clerk: Actor, subject: Subject) -> ErasureWizard:
    wizard = ErasureWizard(AppContext(database, clerk), subject)
    qtbot.add_widget(wizard)
    wizard.show()
    qtbot.wait_exposed(wizard)
    return wizard


def to_plan(qtbot: QtBot, wizard: ErasureWizard) -> None:
    qtbot.wait_until(lambda: not wizard.busy, timeout=10_000)  # the open requests, listed
    wizard.next()
    fields = wizard.identity_page.identity
    fields.method.setCurrentIndex(fields.method.findData(IdentityCheck.PHONE_CALLBACK.value))
    wizard.identity_page.method.setText("Pasūtījuma numurs un piegādes adrese pa tālruni")
    wizard.next()
    qtbot.wait_until(lambda: not wizard.busy, timeout=10_000)


def pdf_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_erasure_wizard_from_plan_to_partners(
    qtbot: QtBot, demo: Database, clerk: Actor, tmp_path: Path
) -> None:
    request_id = erasure_request(demo, clerk, HELD)
    with demo.unit_of_work() as session:
        detail = requests.get_request(session, request_id)
        expected = plan_erasure(session, HELD)
        email = customer_search.search(session, expected.name)[0].email
    wizard = start(qtbot, demo, clerk, subject_of_request(detail))
    to_plan(qtbot, wizard)

    plan, tree = wizard.plan, wizard.plan_page.tree
    assert plan is not None and plan.counts() == expected.counts()
    assert tree.topLevelItemCount() == 3
    assert [tree.topLevelItem(n).text(0) for n in range(3)] == [
        "Erase",
        "Anonymise (keep, cut loose from the person)",
        "Retain",
    ]
    locale = ui_locale()
    for action in Action:
        per_category = plan.counts()[action.value]
        assert tree.count_of(action) == sum(per_category.values())
        assert tree.tops[action].text(1) == locale.toString(sum(per_category.values()))
        for code, count in per_category.items():
            assert tree.count_of(action, DataCategory(code)) == count
    assert "legal hold" in wizard.plan_page.reasons.toPlainText().lower()  # held or released
    assert "accounting law" in wizard.plan_page.reasons.toPlainText()

    wizard.next()
    assert wizard.currentPage() is wizard.confirm_page
    assert not wizard.button(COMMIT).isEnabled()  # "Erase now" waits for the tick
    wizard.confirm_page.confirm.setChecked(True)
    assert wizard.button(COMMIT).isEnabled() and wizard.button(COMMIT).text() == "&Erase now"
    wizard.next()
    qtbot.wait_until(lambda: wizard.currentPage() is wizard.done_page, timeout=15_000)

    done = wizard.done_page
    totals = {action: sum(n.values()) for action, n in expected.counts().items()}
    assert done.counts.text() == (
        f"Erased: {totals['erase']} records · anonymised: {totals['anonymise']} · "
        f"retained: {totals['retain']}"
    )
    names = [done.partners.item(row, 0).text() for row in range(done.partners.rowCount())]
    assert names == [r.name for r in expected.recipients] and len(names) == 2
    with demo.unit_of_work() as session:
        assert customer_search.search(session, expected.name) == []
        assert email and customer_search.search(session, email) == []
        after = requests.get_request(session, request_id)
    assert after.status is Status.COMPLETED

    letter = done.executed.letter_pdf
    assert letter is not None and done.letter_button.isEnabled()
    text = pdf_text(letter).replace("\n", " ")
    assert "Ārija Čaka" in text and "Rēķini" in text  # Latvian customer, Latvian letter
    with demo.session() as session:  # prepared, not yet saved: nothing says it was made
        timeline = [entry.text for entry in requests.get_request(session, request_id).timeline]
    assert not any(text.startswith("Letter: erasure_done") for text in timeline)
    done.save_letter()
    assert done.saver.save_to(tmp_path / "confirmation.pdf")
    assert (tmp_path / "confirmation.pdf").read_bytes() == letter
    assert done.saver.dialog is not None
    done.saver.dialog.reject()

    done.partners.selectRow(1)
    done.notice_button.click()
    assert not done.notice_button.isEnabled()  # until the notice is made
    qtbot.wait_until(lambda: done.notice_button.isEnabled() and done.saver.dialog.isVisible())
    target = tmp_path / "notice.pdf"
    assert done.saver.save_to(target)
    notice = pdf_text(target.read_bytes())
    assert expected.recipients[1].name in notice and "Ārija Čaka" in notice
    lv = expected.recipients[1].country == "LV"
    assert ("(VDAR 19. pants)" if lv else "(GDPR Art. 19)") in notice  # the notice's title
    done.saver.dialog.reject()
    qtbot.wait_until(lambda: not done.owner.busy, timeout=10_000)  # the notes are written
    with demo.session() as session:  # both noted by hash once saved, as on the command line
        timeline = [entry.text for entry in requests.get_request(session, request_id).timeline]
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    assert f"Letter: erasure_done (lv) sha256:{hashlib.sha256(letter).hexdigest()}" in timeline
    assert any(
        text.startswith(f"Letter: partner_notice to {expected.recipients[1].name} ")
        and text.endswith(f"sha256:{digest}")
        for text in timeline
    )


def test_a_customer_already_erased_is_a_clear_message(
    qtbot: QtBot, demo: Database, clerk: Actor
) -> None:
    with demo.unit_of_work() as session:
        plan = plan_erasure(session, 15)
        execute_erasure(session, clerk, plan)
    wizard = start(qtbot, demo, clerk, Subject(15, plan.name))
    to_plan(qtbot, wizard)
    assert wizard.currentPage() is wizard.plan_page
    assert "already erased" in wizard.plan_page.error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_cancel_before_erasing_changes_nothing(qtbot: QtBot, demo: Database, clerk: Actor) -> None:
    wizard = start(qtbot, demo, clerk, Subject(3, "Ēriks Īvāns"))
    to_plan(qtbot, wizard)
    wizard.next()
    wizard.confirm_page.confirm.setChecked(True)
    wizard.next()
    wizard.execute_page.cancel()
    qtbot.wait_until(lambda: not wizard.busy, timeout=10_000)
    assert "Nothing was changed" in wizard.execute_page.status.text()
    with demo.unit_of_work() as session:
        assert plan_erasure(session, 3).counts() == wizard.plan.counts()  # type: ignore[union-attr]


def test_the_customer_page_opens_the_wizard_on_its_customer(
    qtbot: QtBot, demo: Database, clerk: Actor
) -> None:
    window = MainWindow(demo, clerk)
    qtbot.add_widget(window)
    window.show()
    page = window.pages["customers"]
    assert isinstance(page, CustomersPage)
    with demo.unit_of_work() as session:
        shown = customer_page.read_customer_page(session, HELD)
    page.show_customer(shown, "test")
    page.view.erase_button.click()
    wizard = window.wizards.wizard
    assert isinstance(wizard, ErasureWizard)
    assert wizard.subject.customer_id == HELD and wizard.subject.name == shown.name
    assert wizard.subject.email and "@" in wizard.subject.email
    wizard.reject()
    qtbot.wait_until(lambda: window.wizards.wizard is None, timeout=5_000)
