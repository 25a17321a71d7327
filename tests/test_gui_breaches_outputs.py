"""The breach page's outputs: the DVI notice field by field with copy buttons, drafts before
the sign-off and finals after, customer letters in the background, and verifying files."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.breach import Circumstances
from minime_admin.domain.clock import FixedClock
from minime_admin.gui import tasks
from minime_admin.gui.breaches import BreachesPage
from minime_admin.gui.breaches.model import HOURS
from minime_admin.gui.context import AppContext
from minime_admin.services import breach_outputs, breaches, users
from minime_admin.services.breach_outputs import OutputKind
from minime_admin.services.database import Database
from minime_admin.store import breach_repo

PASSWORD = "a long password"
MANAGER = "Anna Vadītāja"


@pytest.fixture(autouse=True)
def drained() -> Iterator[None]:
    yield
    assert tasks.cancel_all_and_wait(20_000)  # before the database fixture closes it


@pytest.fixture
def breach_id(database: Database, clerk: Actor, clock: FixedClock) -> int:
    """A breach 3 hours old, assessed, decided, with the newsletter subscribers affected."""
    with database.unit_of_work() as session:
        seed_demo(session, customers=30, seed=4, as_of=date(2026, 11, 25), actor=clerk)
        users.add_user(session, clerk, MANAGER, Role.MANAGER, PASSWORD)
        bid = breaches.new_breach(
            session, clerk, "Nozagts dators", clock.now() - timedelta(hours=3)
        )
        breaches.update_breach(
            session,
            clerk,
            bid,
            description="Dators ar eksportu nozagts",
            consequences="Adreses svešās rokās",
            measures_taken="Bloķēts",
            advice="Esiet piesardzīgi",
            subject_categories="klienti",
            data_categories="vārds, adrese",
            people=30,
            records=60,
            contact_point="info@minime.lv",
            description_en="A computer with an export was stolen",
            consequences_en="Addresses in the wrong hands",
            measures_taken_en="Blocked",
            advice_en="Be careful",
            data_categories_en="name, address",
        )
        breaches.assess(session, clerk, bid, 2, "1", Circumstances(Decimal("0.5")))
        breaches.decide(session, clerk, bid, True, "Daudz personu", True, "Augsts risks")
        ids = breach_repo.newsletter_subscribers(session)
        breaches.select_affected(session, clerk, bid, ids, "newsletter subscribers")
    return bid


def make_page(qtbot: QtBot, database: Database, clerk: Actor) -> BreachesPage:
    page = BreachesPage(AppContext(database, clerk))
    qtbot.add_widget(page)
    page.resize(1300, 900)
    page.show()
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: BreachesPage) -> None:
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=15_000)


def sign_off(qtbot: QtBot, page: BreachesPage, database: Database, breach_id: int) -> None:
    with database.unit_of_work() as session:
        breaches.sign_off(session, breach_id, MANAGER, PASSWORD)
    page.breach_changed(breach_id)
    settle(qtbot, page)
    assert page.outputs.final


def close(qtbot: QtBot, box: QMessageBox | None) -> str:
    assert box is not None
    text = box.text()
    with qtbot.wait_signal(box.finished, timeout=2000):
        box.button(QMessageBox.StandardButton.Ok).click()
    return text


def test_dvi_field_view_copies_each_field(
    qtbot: QtBot, database: Database, clerk: Actor, breach_id: int
) -> None:
    page = make_page(qtbot, database, clerk)
    dialog = page.outputs.open_dvi_notice()
    assert dialog is not None
    labels = [label for label, _value, _button in dialog.copy_buttons]
    assert "Iespējamās sekas" in labels and "Aptuvenais datu subjektu skaits" in labels
    assert dialog.state.text().startswith("Draft: not signed off")
    _label, value, button = next(f for f in dialog.copy_buttons if f[0] == "Iespējamās sekas")
    button.click()
    assert QGuiApplication.clipboard().text() == "Adreses svešās rokās" == value
    assert dialog.copied.text() == "Copied: Iespējamās sekas"

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.phase.setCurrentIndex(dialog.phase.findData("follow_up"))
    english = dict((label, value) for label, value, _b in dialog.copy_buttons)
    assert english["Type of notification"] == "Follow-up notification"
    severity = next(v for k, v in english.items() if k.startswith("Severity"))
    assert severity.startswith("SE = 2.5 (medium)")
    next(b for k, _v, b in dialog.copy_buttons if k == "Measures taken").click()
    assert QGuiApplication.clipboard().text() == "Blocked"  # English facts in English
    QGuiApplication.clipboard().clear()
    dialog.reject()


def test_draft_pdf_before_sign_off_final_only_after(
    qtbot: QtBot, database: Database, clerk: Actor, breach_id: int, tmp_path: Path
) -> None:
    page = make_page(qtbot, database, clerk)
    outputs = page.outputs
    outputs.choose_save_path = lambda name: str(tmp_path / name)
    assert outputs.state.text().startswith("Drafts only: not signed off")
    dialog = outputs.open_dvi_notice()
    assert dialog is not None
    dialog.save_button.click()
    settle(qtbot, page)
    draft = next(tmp_path.glob("*-dvi-lv-draft.pdf"))
    assert "as a draft" in close(qtbot, outputs.message)
    with database.unit_of_work() as session:
        assert not breach_outputs.verify_output(session, draft.read_bytes()).signed
    dialog.reject()

    outputs.save_pdf(OutputKind.WEBSITE, "en", final=True)  # forced: refused, nothing written
    settle(qtbot, page)
    assert "has no valid sign-off" in close(qtbot, outputs.message)
    assert not list(tmp_path.glob("*-website-*"))

    sign_off(qtbot, page, database, breach_id)
    assert outputs.state.text().startswith(f"Final outputs: signed off by {MANAGER}")
    outputs.website_language.setCurrentIndex(outputs.website_language.findData("en"))
    outputs.website_button.click()
    settle(qtbot, page)
    assert "final, signed" in close(qtbot, outputs.message)
    final = tmp_path / f"{page.view.detail.reference}-website-en.pdf"  # type: ignore[union-attr]
    with database.unit_of_work() as session:
        verdict = breach_outputs.verify_output(session, final.read_bytes())
    assert verdict.genuine and verdict.signer == MANAGER and verdict.kind == "website"

    outputs.save_pdf(OutputKind.DVI, "lv")  # saved is not sent: the clock runs on (#15.2)
    settle(qtbot, page)
    close(qtbot, outputs.message)
    assert page.row_texts(HOURS) == ["69 h"]
    assert page.view.clock.text().startswith("The notice is prepared, not yet recorded as sent")


def test_customer_letters_in_the_background(
    qtbot: QtBot, database: Database, clerk: Actor, breach_id: int, tmp_path: Path
) -> None:
    page = make_page(qtbot, database, clerk)
    sign_off(qtbot, page, database, breach_id)
    outputs = page.outputs
    folder = tmp_path / "letters"
    outputs.choose_folder = lambda: str(folder)
    outputs.make_letters()
    task = outputs.letters_task
    assert task is not None and task.running and outputs.progress is not None
    assert outputs.progress.isVisible()
    seen: list[tuple[int, int]] = []
    task.progressed.connect(lambda done, total: seen.append((done, total)))
    qtbot.wait_until(lambda: not task.running, timeout=60_000)
    affected = len(page.view.detail.affected)  # type: ignore[union-attr]
    assert seen and seen[-1] == (affected, affected)
    text = close(qtbot, outputs.message)
    assert text.startswith(f"Made {affected} final, signed letters in {folder}.")
    merge = next(folder.glob("*-mail-merge.csv"))
    assert str(merge) in text
    rows = list(csv.DictReader(io.StringIO(merge.read_text("utf-8-sig"))))
    assert len(rows) == len(list(folder.glob("*.pdf"))) == affected
    with database.unit_of_work() as session:
        first = folder / rows[0]["file"]
        assert breach_outputs.verify_output(session, first.read_bytes()).genuine


def test_verify_says_who_signed_and_spots_a_tampered_file(
    qtbot: QtBot, database: Database, clerk: Actor, breach_id: int, tmp_path: Path
) -> None:
    page = make_page(qtbot, database, clerk)
    with database.unit_of_work() as session:
        breaches.sign_off(session, breach_id, MANAGER, PASSWORD)
        pdf = breach_outputs.render_output(session, clerk, breach_id, OutputKind.DVI, "lv", True)
    good, bad = tmp_path / "dvi.pdf", tmp_path / "dvi-changed.pdf"
    good.write_bytes(pdf)
    middle = len(pdf) // 2
    bad.write_bytes(pdf[:middle] + bytes([pdf[middle] ^ 0x01]) + pdf[middle + 1 :])

    for path in (good, bad):
        page.choose_verify_file = lambda path=path: str(path)
        page.verify_file()
        settle(qtbot, page)
        text = close(qtbot, page.message)
        assert f"signed off by {MANAGER}" in text
        if path is good:
            assert "Content: unchanged" in text and "Signature: genuine" in text
        else:
            assert "Content: CHANGED since it was signed." in text
            assert "NOT genuine" in text

    page.choose_verify_file = lambda: str(tmp_path / "none.pdf")
    (tmp_path / "none.pdf").write_bytes(b"%PDF-1.4 plain")
    page.verify_file()
    settle(qtbot, page)
    assert "carries no minime-admin sign-off" in close(qtbot, page.message)
