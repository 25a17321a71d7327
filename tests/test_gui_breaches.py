"""The breach page: a new breach, the register's clock colours, the severity dialog, the
two decisions, the affected customers, and the sign-off with its voiding."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from minime_admin.cli import main
from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.gui import language, tasks
from minime_admin.gui.breaches import BreachesPage
from minime_admin.gui.breaches.labels import long_time
from minime_admin.gui.breaches.model import HOURS, BreachTableModel
from minime_admin.gui.breaches.new_breach_dialog import set_riga
from minime_admin.gui.breaches.users_dialog import UsersDialog
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox.model import COLOURS
from minime_admin.services import breaches, users
from minime_admin.services.database import Database
from minime_admin.store.models import Customer, Order

PASSWORD = "a long password"
MANAGER = "Anna Vadītāja"


@pytest.fixture(autouse=True)
def drained() -> Iterator[None]:
    yield
    assert tasks.cancel_all_and_wait(20_000)  # before the database fixture closes it


@pytest.fixture
def shop(database: Database, clerk: Actor) -> Database:
    with database.unit_of_work() as session:
        seed_demo(session, customers=30, seed=4, as_of=date(2026, 11, 25), actor=clerk)
        users.add_user(session, clerk, MANAGER, Role.MANAGER, PASSWORD)
    return database


# Every Art. 33(3)/34(2) element, so that a breach can be signed off (issue #13.10).
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


def open_breach(shop: Database, clerk: Actor, hours_ago: float, **facts: object) -> int:
    with shop.unit_of_work() as session:
        aware = shop.clock.now() - timedelta(hours=hours_ago)
        breach_id = breaches.new_breach(session, clerk, "Nozagts dators", aware, "confidentiality")
        breaches.update_breach(session, clerk, breach_id, **{**ELEMENTS, **facts})
    return breach_id


def make_page(qtbot: QtBot, shop: Database, clerk: Actor) -> BreachesPage:
    page = BreachesPage(AppContext(shop, clerk))
    qtbot.add_widget(page)
    page.resize(1300, 900)
    page.show()
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: BreachesPage) -> None:
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=15_000)


def test_a_new_breach_through_the_dialog(
    qtbot: QtBot, shop: Database, clerk: Actor, clock: FixedClock
) -> None:
    page = make_page(qtbot, shop, clerk)
    assert page.view.detail is None and page.model.rowCount() == 0
    dialog = page.new_breach()
    dialog.title.setText("Klēpjdators nozagts")
    dialog.nature["confidentiality"].setChecked(True)
    dialog.people.setValue(120)
    set_riga(dialog.aware, clock.now() + timedelta(hours=2))
    dialog.accept()
    settle(qtbot, page)
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert dialog.error.text() == (
        "The time the shop became aware of the breach cannot be in the future."
    )
    assert page.model.rowCount() == 0  # nothing was stored

    aware = clock.now().astimezone(SHOP_ZONE).replace(second=0, microsecond=0) - timedelta(hours=2)
    set_riga(dialog.aware, aware)
    dialog.accept()
    settle(qtbot, page)
    assert not dialog.isVisible() and page.model.rowCount() == 1
    detail = page.view.detail
    assert detail is not None and detail.reference.startswith("BR-")
    assert detail.clock.aware_at == aware and detail.facts["people"] == 120
    assert detail.facts["nature"] == "confidentiality"
    hours = page.model.index(0, HOURS).data(BreachTableModel.HoursRole)
    assert 69 < hours <= 70
    assert page.row_texts(HOURS) == [f"{int(hours)} h"]
    assert page.view.clock.text().startswith(f"{int(hours)} h left until the DVI notice is due: ")
    assert "Legal outer limit" in page.view.outer_limit.text()


def test_the_new_breach_dialog_asks_about_daylight_saving_times(
    qtbot: QtBot, shop: Database, clerk: Actor
) -> None:
    """Issue #13.14: a time in the spring gap is refused; the autumn's repeated hour asks
    which of the two instants is meant, and the answer is the instant stored."""
    page = make_page(qtbot, shop, clerk)
    dialog = page.new_breach()
    dialog.title.setText("Pulksteņa maiņa")
    assert not dialog.which.isVisibleTo(dialog)
    dialog.aware.setDateTime(QDateTime(QDate(2026, 3, 29), QTime(3, 30)))
    dialog.accept()
    assert dialog.error.text().startswith("29 Mar 2026, 03:30 did not exist in Riga")
    assert page.model.rowCount() == 0

    dialog.aware.setDateTime(QDateTime(QDate(2026, 10, 25), QTime(3, 30)))
    assert dialog.which.isVisibleTo(dialog)
    dialog.accept()
    assert "happened twice in Riga" in dialog.error.text() and "(UTC+3)" in dialog.error.text()
    assert page.model.rowCount() == 0
    dialog.which.setCurrentIndex(2)  # the second: winter time
    dialog.accept()
    settle(qtbot, page)
    detail = page.view.detail
    assert detail is not None and detail.clock.aware_at == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    # ... and the legal outer limit shown is the 72-hour deadline to the minute.
    assert detail.clock.legal_outer_limit == detail.clock.due_at
    assert page.view.outer_limit.text().endswith(f"{long_time(detail.clock.due_at)}.")


def test_sign_off_is_refused_while_an_element_is_empty(
    qtbot: QtBot, shop: Database, clerk: Actor
) -> None:
    """Issue #13.10, in the GUI: the sign-off dialog names the empty elements."""
    open_breach(shop, clerk, 3, contact_point="", records=None)
    page = make_page(qtbot, shop, clerk)
    dialog = page.actions.sign_off()
    assert dialog is not None
    dialog.people_confirmed.setChecked(True)  # 40 people, nobody listed: seen (#15.10)
    dialog.password.setText(PASSWORD)
    dialog.accept()
    settle(qtbot, page)
    assert dialog.isVisible()
    assert "approximate number of records; contact point" in dialog.error.text()
    assert page.view.detail is not None and not page.view.detail.signoff.valid


def test_the_facts_form_keeps_english_texts_for_english_letters(
    qtbot: QtBot, shop: Database, clerk: Actor
) -> None:
    """Issue #13.12: the editor has the customer-facing facts in both languages."""
    breach_id = open_breach(shop, clerk, 3, advice="Mainiet paroli")
    page = make_page(qtbot, shop, clerk)
    page.facts.texts["advice_en"].setPlainText("Change your password")
    page.facts.lines["data_categories_en"].setText("name, address")
    page.facts.save()
    settle(qtbot, page)
    with shop.unit_of_work() as session:
        facts = breaches.get_breach(session, breach_id).facts
    assert facts["advice"] == "Mainiet paroli" and facts["advice_en"] == "Change your password"
    assert facts["data_categories_en"] == "name, address"


def test_register_colours_hours_left(qtbot: QtBot, shop: Database, clerk: Actor) -> None:
    calm = open_breach(shop, clerk, 3)
    soon = open_breach(shop, clerk, 60)
    late = open_breach(shop, clerk, 80)
    decided = open_breach(shop, clerk, 80)
    with shop.unit_of_work() as session:
        breaches.decide(session, clerk, decided, False, "Šifrēts disks", False, "Nav riska")
    page = make_page(qtbot, shop, clerk)
    model = page.model
    by_id = {row.detail.id: n for n, row in enumerate(model.rows)}

    def cell(breach_id: int, role: int) -> object:
        return model.index(by_id[breach_id], HOURS).data(role)

    assert cell(calm, BreachTableModel.UrgencyRole) == ""
    assert cell(soon, BreachTableModel.UrgencyRole) == "soon"
    assert cell(late, BreachTableModel.UrgencyRole) == "overdue"
    assert cell(decided, BreachTableModel.UrgencyRole) == ""  # decided: no DVI notice
    background = Qt.ItemDataRole.BackgroundRole
    assert cell(soon, background).color() == COLOURS["soon"][1]  # amber
    assert cell(late, background).color() == COLOURS["overdue"][1]  # red
    assert cell(calm, background) is None and cell(decided, background) is None
    assert cell(late, Qt.ItemDataRole.DisplayRole) == "overdue 8 h"
    assert cell(decided, Qt.ItemDataRole.DisplayRole) == "no DVI notice"

    page.table.selectRow(by_id[late])
    assert page.view.clock.text().startswith("Overdue by 8 h: the DVI notice was due ")
    assert "#9b1c1c" in page.view.clock.styleSheet()
    # Late: the facts ask for the reasons for the delay (Art. 33(1)).
    assert page.facts.texts["delay_reasons"].isVisibleTo(page.facts)
    page.table.selectRow(by_id[calm])
    assert not page.facts.texts["delay_reasons"].isVisibleTo(page.facts)


def test_severity_dialog_scores_live_and_says_it_is_guidance(
    qtbot: QtBot, shop: Database, clerk: Actor
) -> None:
    open_breach(shop, clerk, 3)
    page = make_page(qtbot, shop, clerk)
    dialog = page.actions.assess()
    assert dialog is not None
    assert dialog.score.text() == "Choose the DPC and the EI to see the score."
    dialog.dpc_buttons[2].click()
    dialog.ei_buttons["1"].click()
    confidentiality = dialog.cb_combos["confidentiality"]
    confidentiality.setCurrentIndex(confidentiality.findData("0.5"))
    assert dialog.score.text() == "SE = 2 × 1 + 0.5 = 2.5: Medium"
    assert "notify the Data State Inspectorate within 72 hours" in dialog.duty.text()
    assert "guidance, not a legal threshold" in dialog.guidance.text()
    assert "unknown number of recipients" in confidentiality.currentText()
    assert "behavioural" in dialog.dpc_buttons[2].text()
    dialog.accept()
    settle(qtbot, page)
    assert not dialog.isVisible()
    detail = page.view.detail
    assert detail is not None and detail.severity is not None
    assert str(detail.severity.score) == "2.5" and detail.severity.level.value == "medium"
    assert page.view.severity_line.text() == "SE = 2 × 1 + 0.5 = 2.5: Medium"
    assert page.row_texts(5) == ["Medium (2.5)"]


def test_decisions_need_their_reasoning(qtbot: QtBot, shop: Database, clerk: Actor) -> None:
    open_breach(shop, clerk, 3)
    page = make_page(qtbot, shop, clerk)
    dialog = page.actions.decide()
    assert dialog is not None
    dialog.dvi.yes.setChecked(True)
    dialog.people.no.setChecked(True)
    dialog.dvi.reason.setPlainText("Adreses un pasūtījumi svešās rokās")
    dialog.accept()  # the second reasoning is missing
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert not page.jobs.busy  # nothing was sent to the service
    dialog.people.reason.setPlainText("Dati bija šifrēti")
    dialog.exceptions["a"].setChecked(True)
    dialog.exceptions["c"].setChecked(True)
    assert dialog.public_note.isVisibleTo(dialog)  # (c): a public communication instead
    dialog.accept()
    settle(qtbot, page)
    assert not dialog.isVisible()
    facts = page.view.detail.facts if page.view.detail else {}
    assert facts["notify_dvi"] is True and facts["notify_people"] is False
    assert facts["art34_exceptions"] == "a,c"
    assert page.view.dvi_line.text() == "Notify the DVI: yes. Adreses un pasūtījumi svešās rokās"
    assert page.row_texts(6) == ["DVI: yes · people: no"]


def test_affected_customers_preview_then_save(
    qtbot: QtBot, shop: Database, clerk: Actor, tmp_path: Path
) -> None:
    open_breach(shop, clerk, 3)
    page = make_page(qtbot, shop, clerk)
    panel = page.affected
    assert panel.saved_line.text() == "No affected customers saved yet."
    panel.query.setCurrentIndex(panel.query.findData("orders"))
    panel.start.setDate(date(2001, 1, 1))
    panel.end.setDate(date(2001, 1, 31))
    panel.preview()
    settle(qtbot, page)
    assert panel.result.text() == (
        "The selection found no customers; the breach's affected list was not changed."
    )
    assert not panel.save_button.isEnabled()

    with shop.unit_of_work() as session:
        customers = session.execute(select(Customer.email).limit(2)).scalars().all()
        number = session.execute(select(Order.number).limit(1)).scalar_one()
    listing = tmp_path / "skartie.csv"
    rows = [f"{customers[0]};Bērziņš", f"{customers[1]};Ozoliņa", f"#{number};"]
    listing.write_bytes("\n".join(["e-pasts;vārds", *rows]).encode("cp1257"))
    panel.choose_file = lambda: str(listing)
    panel.query.setCurrentIndex(panel.query.findData("file"))
    panel.browse_file()
    panel.preview()
    settle(qtbot, page)
    assert panel.result.text().startswith("Preview: ")
    assert "list skartie.csv: 2 e-mails, 1 order numbers" in panel.result.text()

    panel.query.setCurrentIndex(panel.query.findData("newsletter"))
    assert not panel.save_button.isEnabled()  # a new query needs its own preview
    panel.preview()
    settle(qtbot, page)
    count = int(panel.result.text().split()[1])
    assert count > 0 and panel.save_button.isEnabled()
    panel.save()
    settle(qtbot, page)
    detail = page.view.detail
    assert detail is not None and len(detail.affected) == count
    assert panel.saved_line.text() == f"Saved: {count} customers (newsletter subscribers)."


def test_sign_off_refused_then_valid_then_void(qtbot: QtBot, shop: Database, clerk: Actor) -> None:
    open_breach(shop, clerk, 3, description="Dators ar eksportu nozagts")
    page = make_page(qtbot, shop, clerk)
    view = page.view
    assert view.signoff.text().startswith("Not signed off")
    dialog = page.actions.sign_off()
    assert dialog is not None and dialog.manager.currentText() == MANAGER
    dialog.people_confirmed.setChecked(True)  # 40 people, nobody listed: seen (#15.10)
    dialog.password.setText("not the password")
    dialog.accept()
    settle(qtbot, page)
    assert dialog.isVisible() and dialog.error.text() == f"The password for {MANAGER} is not right."
    assert dialog.password.text() == ""  # never kept after an attempt
    assert view.detail is not None and not view.detail.signoff.valid

    dialog.password.setText(PASSWORD)
    dialog.accept()
    settle(qtbot, page)
    assert not dialog.isVisible()
    assert view.signoff.text().startswith(f"Signed off by {MANAGER} at ")
    assert page.model.index(0, 0).data(BreachTableModel.SignOffRole) == "valid"
    assert not view.signoff_button.isEnabled()

    page.facts.texts["advice"].setPlainText("Mainiet paroli")
    page.facts.save()
    box = page.actions.void_question  # asked first (#15.9; tests/test_gui_breach_safety.py)
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, page)
    assert view.signoff.text().startswith("Sign-off void — changed after signing")
    assert page.model.index(0, 0).data(BreachTableModel.SignOffRole) == "void"
    assert view.signoff_button.isEnabled() and view.signoff_button.text() == "Sign o&ff again…"
    assert page.row_texts(7) == ["void"]
    assert "sign-off void" in view.timeline.item(0).text() + view.timeline.item(1).text()
    assert page.facts.status.text() == "Saved."


def test_saving_unchanged_facts_keeps_the_sign_off(
    qtbot: QtBot, shop: Database, clerk: Actor
) -> None:
    breach_id = open_breach(shop, clerk, 3)
    with shop.unit_of_work() as session:
        breaches.sign_off(session, breach_id, MANAGER, PASSWORD)
    page = make_page(qtbot, shop, clerk)
    page.facts.save()
    assert page.facts.status.text() == "Nothing has changed."
    assert page.view.detail is not None and page.view.detail.signoff.valid


def test_the_page_speaks_latvian(qtbot: QtBot, shop: Database, clerk: Actor) -> None:
    open_breach(shop, clerk, 80)
    page = make_page(qtbot, shop, clerk)
    language.apply_language("lv")
    assert page.heading.text() == "Personas datu aizsardzības pārkāpumi"
    assert page.view.clock.text().startswith("Nokavēts par 8 h")
    assert page.row_texts(HOURS) == ["nokavēts 8 h"]


def test_users_dialog_adds_a_manager_with_a_password(
    qtbot: QtBot, shop: Database, clerk: Actor
) -> None:
    dialog = UsersDialog(AppContext(shop, clerk))
    qtbot.add_widget(dialog)
    qtbot.wait_until(lambda: not dialog.jobs.busy)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == MANAGER
    dialog.name.setText("Līga Ozoliņa")
    dialog.role.setCurrentIndex(dialog.role.findData("manager"))
    dialog.password.setText("another long password")
    dialog.repeat.setText("another long passw0rd")
    dialog.add()
    assert dialog.error.text() == "The two passwords differ." and not dialog.jobs.busy
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.approver.setText(MANAGER)
    dialog.approver_password.setText(PASSWORD)
    dialog.add()
    qtbot.wait_until(lambda: not dialog.jobs.busy, timeout=10_000)
    assert "too short" in dialog.error.text()
    dialog.approver.clear()
    dialog.password.setText("another long password")
    dialog.repeat.setText("another long password")
    dialog.add()  # a manager must confirm it with their own password (issue #15.4)
    qtbot.wait_until(lambda: not dialog.jobs.busy, timeout=10_000)
    assert "Only a manager can add users" in dialog.error.text()
    assert dialog.table.rowCount() == 1
    dialog.approver.setText(MANAGER)
    dialog.approver_password.setText(PASSWORD)
    dialog.password.setText("another long password")
    dialog.repeat.setText("another long password")
    dialog.add()
    qtbot.wait_until(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert dialog.status.text() == "Added Līga Ozoliņa."
    assert len(dialog.table.item(1, 2).text()) == 64  # the public key, in hex
    with shop.unit_of_work() as session:
        roles = {u.name: u.role for u in users.list_users(session)}
    assert roles["Līga Ozoliņa"] is Role.MANAGER


def test_the_page_and_the_command_line_select_alike(
    qtbot: QtBot,
    shop: Database,
    clerk: Actor,
    tmp_path: Path,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The same query on the page and with `breach affected ... --preview`: the same count,
    in the same words (services.breach_selection makes both)."""
    breach_id = open_breach(shop, clerk, 3)
    with shop.session() as session:
        numbers = session.execute(select(Order.number).limit(4)).scalars().all()
    listing = tmp_path / "orders.csv"
    listing.write_text("\n".join(f"#{n}" for n in numbers), encoding="utf-8")
    page = make_page(qtbot, shop, clerk)
    panel = page.affected
    panel.choose_file = lambda: str(listing)
    panel.start.setDate(date(2026, 6, 1))
    panel.end.setDate(date(2026, 11, 24))
    said = {}
    for kind in ("orders", "visits", "newsletter", "file"):
        panel.query.setCurrentIndex(panel.query.findData(kind))
        if kind == "file":
            panel.browse_file()
        panel.preview()
        settle(qtbot, page)
        said[kind] = panel.result.text()
    period = "2026-06-01 00:00 – 2026-11-25 00:00 Riga time, end not included"
    assert f"(orders {period})" in said["orders"] and f"(visits {period})" in said["visits"]
    assert "list orders.csv: 0 e-mails, 4 order numbers" in said["file"]

    for kind, arguments in (
        ("orders", ["--orders-between", "2026-06-01", "2026-11-25"]),
        ("visits", ["--visits-between", "2026-06-01T00:00", "2026-11-25T00:00"]),
        ("newsletter", ["--newsletter"]),
        ("file", ["--file", str(listing)]),
    ):
        argv = ["--db", str(shop.path), "breach", "affected", str(breach_id), *arguments]
        assert main([*argv, "--preview"], clock) == 0
        assert capsys.readouterr().out == said[kind] + "\n"


def test_telling_the_people_but_not_the_dvi_needs_a_legal_reason(
    qtbot: QtBot, shop: Database, clerk: Actor
) -> None:
    open_breach(shop, clerk, 3)
    page = make_page(qtbot, shop, clerk)
    dialog = page.actions.decide()
    assert dialog is not None
    assert not dialog.exemption.isVisibleTo(dialog)  # asked only for the contradiction
    dialog.dvi.no.setChecked(True)
    dialog.people.yes.setChecked(True)
    assert dialog.exemption.isVisibleTo(dialog)
    dialog.dvi.reason.setPlainText("Maz risks")
    dialog.people.reason.setPlainText("Augsts risks")
    dialog.accept()  # no legal reason yet: refused in the dialog
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "legal reason why the DVI is not notified" in dialog.error.text()
    assert not page.jobs.busy  # nothing was sent to the service
    dialog.exemption.setPlainText("DVI jau zina no CERT.LV ziņojuma")
    dialog.accept()
    settle(qtbot, page)
    assert not dialog.isVisible()
    facts = page.view.detail.facts if page.view.detail else {}
    assert facts["notify_dvi"] is False and facts["notify_people"] is True
    assert facts["notify_dvi_reason"] == "Maz risks"
    assert facts["notify_dvi_exemption"] == "DVI jau zina no CERT.LV ziņojuma"
    assert page.view.dvi_line.text() == (
        "Notify the DVI: no. Maz risks Why the DVI is not notified although the people are "
        "told: DVI jau zina no CERT.LV ziņojuma"
    )
    again = page.actions.decide()  # shown again in its own field
    assert again is not None
    assert again.dvi.reason.toPlainText() == "Maz risks"
    assert again.exemption.toPlainText() == "DVI jau zina no CERT.LV ziņojuma"
    again.reject()
