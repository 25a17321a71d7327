"""The breach page's safety nets (issue #15.9 and #15.10): unsaved facts are asked about
(Save / Discard / Cancel) before another breach is shown, a new one opened, the breach
signed off or the app closed; a change that voids a sign-off asks first and the page then
says who voided it; the facts' number of people is checked against the affected list, and
no sign-off happens without the manager having seen that warning.

Every question is a real QMessageBox, answered by clicking its button."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor, Role
from minime_admin.gui import tasks
from minime_admin.gui.breaches import BreachesPage
from minime_admin.gui.breaches.new_breach_dialog import set_riga
from minime_admin.gui.breaches.record_dialogs import AwarenessDialog
from minime_admin.gui.breaches.signoff_dialog import SignOffDialog
from minime_admin.gui.context import AppContext
from minime_admin.gui.main_window import MainWindow
from minime_admin.services import breaches, users
from minime_admin.services.database import Database
from minime_admin.services.settings import load_letterhead
from minime_admin.store.models import Customer

Button = QMessageBox.StandardButton
PASSWORD = "a long password"
MANAGER = "Anna Vadītāja"
ELEMENTS: dict[str, object] = {
    "description": "Dators nozagts",
    "subject_categories": "klienti",
    "people": 40,
    "data_categories": "vārds, adrese",
    "records": 40,
    "contact_point": "info@minime.lv",
    "consequences": "Pikšķerēšana",
    "measures_proposed": "Paroles maiņa",
}


@pytest.fixture(autouse=True)
def drained() -> Iterator[None]:
    yield
    assert tasks.cancel_all_and_wait(20_000)  # before the database fixture closes it


@pytest.fixture
def shop(database: Database, clerk: Actor) -> Database:
    with database.unit_of_work() as session:
        seed_demo(session, customers=12, seed=4, as_of=date(2026, 11, 25), actor=clerk)
        users.add_user(session, clerk, MANAGER, Role.MANAGER, PASSWORD)
    return database


def open_breach(shop: Database, clerk: Actor, title: str, hours_ago: float = 3) -> int:
    with shop.unit_of_work() as session:
        aware = shop.clock.now() - timedelta(hours=hours_ago)
        breach_id = breaches.new_breach(session, clerk, title, aware, "confidentiality")
        breaches.update_breach(session, clerk, breach_id, **ELEMENTS)
    return breach_id


def list_customers(shop: Database, clerk: Actor, breach_id: int, count: int) -> None:
    with shop.unit_of_work() as session:
        ids = list(session.execute(select(Customer.id).limit(count)).scalars())
        breaches.select_affected(session, clerk, breach_id, ids, "list file")


def sign_off(shop: Database, breach_id: int) -> None:
    with shop.unit_of_work() as session:
        breaches.sign_off(session, breach_id, MANAGER, PASSWORD)


def stored(shop: Database, breach_id: int) -> breaches.BreachDetail:
    with shop.unit_of_work() as session:
        return breaches.get_breach(session, breach_id)


def make_page(qtbot: QtBot, shop: Database, clerk: Actor) -> BreachesPage:
    page = BreachesPage(AppContext(shop, clerk))
    qtbot.add_widget(page)
    page.resize(1300, 900)
    page.show()
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: BreachesPage) -> None:
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=15_000)


def click_row(qtbot: QtBot, page: BreachesPage, breach_id: int) -> None:
    """A mouse click on the breach's row of the register, as the worker does it."""
    row = page.model.row_of(breach_id)
    assert row is not None
    rect = page.table.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown_id(page: BreachesPage) -> int:
    assert page.view.detail is not None
    return page.view.detail.id


def selected_id(page: BreachesPage) -> int:
    return page.model.rows[page.table.currentIndex().row()].detail.id


def answer(box: QMessageBox | None, button: QMessageBox.StandardButton) -> None:
    assert box is not None and box.isVisible()
    box.button(button).click()


def test_unsaved_facts_are_asked_about_before_another_breach_is_shown(
    qtbot: QtBot, shop: Database, clerk: Actor
) -> None:
    first = open_breach(shop, clerk, "Nozagts dators")
    second = open_breach(shop, clerk, "Nosūtīts nepareizi", hours_ago=5)
    page = make_page(qtbot, shop, clerk)
    click_row(qtbot, page, first)
    assert shown_id(page) == first
    title = page.facts.lines["title"]
    title.clear()
    qtbot.keyClicks(title, "Nozagts portativais dators")
    qtbot.keyClicks(page.facts.texts["advice"], "Mainiet paroli")

    # Cancel: still on the first breach, its row selected, the edits kept.
    click_row(qtbot, page, second)
    box = page.message
    assert box is not None and box.windowTitle() == "Unsaved changes"
    assert box.text() == (
        f"The facts of {page.view.detail.reference} have changes that are not saved: "
        "Title, Advice to the people affected.\n\nSave them before another breach is shown?"
    )
    assert {box.button(b).text() for b in (Button.Save, Button.Discard, Button.Cancel)} == {
        "&Save",
        "&Discard changes",
        "Cancel",
    }
    answer(box, Button.Cancel)
    assert shown_id(page) == first and selected_id(page) == first
    assert title.text() == "Nozagts portativais dators"

    # The same breach read again after another change keeps what was typed.
    list_customers(shop, clerk, first, 3)
    page.breach_changed(first)
    settle(qtbot, page)
    assert title.text() == "Nozagts portativais dators" and len(page.view.detail.affected) == 3

    # Discard: the other breach is shown; nothing was stored.
    click_row(qtbot, page, second)
    answer(page.message, Button.Discard)
    settle(qtbot, page)
    assert shown_id(page) == second and selected_id(page) == second
    assert stored(shop, first).facts["title"] == "Nozagts dators"

    # Save: stored, then the other breach is shown.
    click_row(qtbot, page, first)
    assert shown_id(page) == first and title.text() == "Nozagts dators"  # discarded
    title.setText("Nozagts portativais dators")
    click_row(qtbot, page, second)
    answer(page.message, Button.Save)
    settle(qtbot, page)
    assert stored(shop, first).facts["title"] == "Nozagts portativais dators"
    assert shown_id(page) == second and selected_id(page) == second
    assert page.row_texts(1)[page.model.row_of(first)] == "Nozagts portativais dators"
    assert not page.has_unsaved()

    # An empty title is refused on Save as on the button: nothing stored, still there.
    title.clear()
    page.new_breach()
    answer(page.message, Button.Save)
    assert page.facts.status.text() == "The title cannot be empty."
    assert page.new_dialog is None or not page.new_dialog.isVisible()
    assert stored(shop, second).facts["title"] == "Nosūtīts nepareizi"


def test_quitting_with_unsaved_facts_asks_from_any_page(
    qtbot: QtBot, shop: Database, clerk: Actor
) -> None:
    breach_id = open_breach(shop, clerk, "Nozagts dators")
    window = MainWindow(shop, clerk)
    qtbot.add_widget(window)
    window.show()
    qtbot.wait_exposed(window)
    page: BreachesPage = window.pages["breaches"]  # type: ignore[assignment]
    settle(qtbot, page)
    window.show_page("breaches")
    qtbot.keyClicks(page.facts.texts["cause"], "Atstats automasina")
    window.show_page("inbox")

    # Cancel: the window stays, on the breach page, with the edits.
    assert not window.close()
    assert window.isVisible() and window.current_page() == "breaches"
    box = page.message
    assert box is not None and box.text().endswith("Save them before minime-admin closes?")
    answer(box, Button.Cancel)
    assert window.isVisible() and page.facts.texts["cause"].toPlainText() == "Atstats automasina"

    # Save: stored first, then the window closes.
    window.close()
    answer(page.message, Button.Save)
    settle(qtbot, page)
    qtbot.wait_until(lambda: not window.isVisible(), timeout=10_000)
    assert stored(shop, breach_id).facts["cause"] == "Atstats automasina"


def test_discard_on_quit_closes_without_storing(qtbot: QtBot, shop: Database, clerk: Actor) -> None:
    breach_id = open_breach(shop, clerk, "Nozagts dators")
    window = MainWindow(shop, clerk)
    qtbot.add_widget(window)
    window.show()
    page: BreachesPage = window.pages["breaches"]  # type: ignore[assignment]
    settle(qtbot, page)
    page.facts.counts["records"].setValue(77)
    window.close()
    answer(page.message, Button.Discard)
    qtbot.wait_until(lambda: not window.isVisible(), timeout=10_000)
    assert stored(shop, breach_id).facts["records"] == 40


def test_a_change_that_voids_a_sign_off_asks_first_and_says_who_voided_it(
    qtbot: QtBot, shop: Database, clerk: Actor
) -> None:
    breach_id = open_breach(shop, clerk, "Nozagts dators")
    sign_off(shop, breach_id)
    page = make_page(qtbot, shop, clerk)
    qtbot.keyClicks(page.facts.texts["advice"], "Mainiet paroli")
    qtbot.mouseClick(page.facts.save_button, Qt.MouseButton.LeftButton)
    box = page.actions.void_question
    assert box is not None and box.windowTitle() == "Void the sign-off?"
    assert f"is signed off by {MANAGER}" in box.text()
    assert "This change voids that sign-off" in box.text()
    assert box.button(Button.Yes).text() == "&Change and void the sign-off"
    assert box.defaultButton() is box.button(Button.Cancel)  # Enter never voids it

    answer(box, Button.Cancel)
    settle(qtbot, page)
    assert stored(shop, breach_id).signoff.valid
    assert page.facts.texts["advice"].toPlainText() == "Mainiet paroli"  # kept

    qtbot.mouseClick(page.facts.save_button, Qt.MouseButton.LeftButton)
    answer(page.actions.void_question, Button.Yes)
    settle(qtbot, page)
    detail = stored(shop, breach_id)
    assert not detail.signoff.valid and detail.facts["advice"] == "Mainiet paroli"
    sentence = page.view.signoff.text()
    assert sentence.startswith(f"Sign-off void — changed after signing: {MANAGER} signed at ")
    assert f"{clerk.name} changed the breach at " in sentence
    timeline = [page.view.timeline.item(n).text() for n in range(page.view.timeline.count())]
    assert any(
        f"· {clerk.name} · sign-off void\nChanged after the sign-off: facts changed." in line
        for line in timeline
    )


def test_correcting_the_awareness_time_of_a_signed_off_breach_asks_first(
    qtbot: QtBot, shop: Database, clerk: Actor
) -> None:
    breach_id = open_breach(shop, clerk, "Nozagts dators")
    sign_off(shop, breach_id)
    page = make_page(qtbot, shop, clerk)
    qtbot.mouseClick(page.view.awareness_button, Qt.MouseButton.LeftButton)
    dialog = page.record_dialog
    assert isinstance(dialog, AwarenessDialog)
    aware = page.view.detail.clock.aware_at - timedelta(hours=1)
    set_riga(dialog.when, aware)
    dialog.reason.setPlainText("The log shows it an hour earlier.")
    dialog.accept()
    answer(dialog.void_question, Button.Cancel)
    assert dialog.isVisible() and stored(shop, breach_id).signoff.valid

    dialog.accept()
    answer(dialog.void_question, Button.Yes)
    settle(qtbot, page)
    assert not dialog.isVisible()
    detail = stored(shop, breach_id)
    assert not detail.signoff.valid and detail.clock.aware_at == aware


def test_the_number_of_people_is_checked_against_the_affected_list(
    qtbot: QtBot, shop: Database, clerk: Actor
) -> None:
    breach_id = open_breach(shop, clerk, "Nozagts dators")  # 40 people in the facts
    list_customers(shop, clerk, breach_id, 3)
    page = make_page(qtbot, shop, clerk)
    facts = page.facts
    assert facts.people_check.isVisible()
    assert facts.people_warning.text() == (
        "Number of people affected in the facts: 40. Customers on the affected list: 3. The "
        "facts may rightly count people who are not customers: confirm the number, or "
        "correct it."
    )

    # Correct: one click takes the list's number; the warning goes; Discard brings it back.
    assert facts.use_listed_button.text() == "Use the list's number: 3"
    qtbot.mouseClick(facts.use_listed_button, Qt.MouseButton.LeftButton)
    assert facts.counts["people"].value() == 3 and not facts.people_check.isVisible()
    facts.discard()
    assert facts.counts["people"].value() == 40 and facts.people_check.isVisible()

    # Confirm (the worker): the facts' number is kept; the warning becomes a quiet note.
    qtbot.mouseClick(facts.keep_button, Qt.MouseButton.LeftButton)
    assert facts.people_warning.text() == (
        "Checked and kept: people affected in the facts: 40; customers on the affected list: "
        "3. The manager sees both numbers again at sign-off."
    )
    assert facts.keep_button.isHidden() and not facts.use_listed_button.isHidden()

    # Confirm (the manager): no sign-off without ticking that the facts' number is right.
    qtbot.mouseClick(page.view.signoff_button, Qt.MouseButton.LeftButton)
    dialog = page.actions.dialog
    assert isinstance(dialog, SignOffDialog)
    assert dialog.people_warning.isVisible()
    assert "in the facts: 40" in dialog.people_warning.text()
    assert "affected list: 3" in dialog.people_warning.text()
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.error.text() == (
        "Confirm the number of people above, or cancel and correct it in the facts."
    )
    settle(qtbot, page)
    assert not stored(shop, breach_id).signoff.valid

    qtbot.mouseClick(dialog.people_confirmed, Qt.MouseButton.LeftButton)
    dialog.password.setText(PASSWORD)
    dialog.accept()
    settle(qtbot, page)
    assert not dialog.isVisible() and stored(shop, breach_id).signoff.valid


def test_no_warning_when_the_numbers_agree_and_a_sign_off_saves_edits_first(
    qtbot: QtBot, shop: Database, clerk: Actor
) -> None:
    breach_id = open_breach(shop, clerk, "Nozagts dators")
    list_customers(shop, clerk, breach_id, 12)
    page = make_page(qtbot, shop, clerk)
    assert page.facts.people_check.isVisible()  # 40 against 12: warned
    page.facts.counts["people"].setValue(12)
    assert page.facts.people_check.isHidden()

    # A signature covers the facts as stored: unsaved edits are settled first.
    qtbot.mouseClick(page.view.signoff_button, Qt.MouseButton.LeftButton)
    box = page.message
    assert box is not None and box.text().endswith("Save them before the breach is signed off?")
    answer(box, Button.Save)
    settle(qtbot, page)
    assert stored(shop, breach_id).facts["people"] == 12
    dialog = page.actions.dialog
    assert isinstance(dialog, SignOffDialog) and dialog.isVisible()
    assert dialog.people_warning.isHidden() and dialog.people_confirmed.isHidden()
    dialog.password.setText(PASSWORD)
    dialog.accept()
    settle(qtbot, page)
    assert stored(shop, breach_id).signoff.valid


def test_an_unsaved_letterhead_is_asked_about_on_quit(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    window = MainWindow(database, clerk)
    qtbot.add_widget(window)
    window.show()
    settings = window.settings_page
    phone = settings.letterhead_edits["phone"]
    phone.setText("+371 67 000 000")
    assert not window.close()
    assert window.current_page() == "settings"
    box = settings.message
    assert box is not None and box.text() == (
        "The letterhead has changes that are not saved.\n\nSave them before minime-admin closes?"
    )
    answer(box, Button.Cancel)
    assert window.isVisible() and phone.text() == "+371 67 000 000"
    window.close()
    answer(settings.message, Button.Save)
    qtbot.wait_until(lambda: not window.isVisible(), timeout=10_000)
    with database.unit_of_work() as session:
        assert load_letterhead(session).phone == "+371 67 000 000"
    assert tasks.cancel_all_and_wait(10_000)


def test_the_command_line_says_it_before_the_password(
    shop: Database,
    clerk: Actor,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from minime_admin.cli import main

    breach_id = open_breach(shop, clerk, "Nozagts dators")
    list_customers(shop, clerk, breach_id, 3)
    path = str(shop.path)
    shop.close()
    sign = ["--db", path, "breach", "sign-off", str(breach_id), "--user", MANAGER]
    assert main(clock=shop.clock, argv=sign) == 1  # no password: refused, but warned first
    err = capsys.readouterr().err
    assert err.index("people affected in the facts: 40; customers on the affected list: 3") < (
        err.index("A password is needed")
    )
    monkeypatch.setenv("MINIME_ADMIN_USER_PASSWORD", PASSWORD)
    assert main(clock=shop.clock, argv=sign) == 0
    assert "customers on the affected list: 3" in capsys.readouterr().err
