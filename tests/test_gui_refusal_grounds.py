"""The transition dialog asks for a refusal's specific ground (the Art. 17(3) point for an
erasure, compelling grounds for an objection); the letter dialog offers the extension notice
only for a request that was extended."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.requests import (
    Channel,
    ErasureException,
    RefusalReason,
    RequestType,
    Status,
)
from minime_admin.gui import tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox import InboxPage
from minime_admin.gui.inbox.transition_dialog import TransitionDialog
from minime_admin.gui.letter_dialog import LetterDialog
from minime_admin.letters.model import LetterKind
from minime_admin.services import requests
from minime_admin.services.database import Database

RECEIVED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def drained() -> Iterator[None]:
    yield
    assert tasks.cancel_all_and_wait(10_000)  # before the database fixture closes it


def open_one(database: Database, clerk: Actor, request_type: RequestType) -> int:
    with database.unit_of_work() as session:
        new = requests.NewRequest(
            request_type, Channel.EMAIL, RECEIVED, "Anna Bērziņa", "Lūdzu.", "anna@example.lv"
        )
        return requests.open_request(session, clerk, new).request_id


def page_on(qtbot: QtBot, database: Database, clerk: Actor, request_id: int) -> InboxPage:
    page = InboxPage(AppContext(database, clerk))
    qtbot.add_widget(page)
    page.resize(1200, 800)
    page.show()
    settle(qtbot, page)
    page.show_request(request_id)
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: InboxPage) -> None:
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=10_000)


def refusal_dialog(qtbot: QtBot, page: InboxPage) -> TransitionDialog:
    qtbot.mouseClick(page.detail_pane.transition_buttons[Status.REFUSED], Qt.MouseButton.LeftButton)
    dialog = page.actions.dialog
    assert isinstance(dialog, TransitionDialog)
    return dialog


def refused_with(qtbot: QtBot, page: InboxPage, dialog: TransitionDialog) -> str:
    dialog.accept()
    settle(qtbot, page)
    (box,) = dialog.findChildren(QMessageBox)
    text = box.text()
    box.close()
    return text


def test_an_erasure_refusal_names_the_art_17_3_exception_and_why(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    page = page_on(qtbot, database, clerk, open_one(database, clerk, RequestType.ERASURE))
    dialog = refusal_dialog(qtbot, page)
    assert not dialog.exception.isEnabled()  # until the Art. 17(3) reason is chosen
    dialog.refusal_reason.setCurrentIndex(
        dialog.refusal_reason.findData(RefusalReason.ERASURE_EXCEPTION.value)
    )
    assert dialog.exception.isEnabled()
    codes = [dialog.exception.itemData(n) for n in range(1, dialog.exception.count())]
    assert codes == ["a", "b", "c", "d", "e"]
    dialog.text.setPlainText("Open chargeback on order 100042.")
    assert "names its exception" in refused_with(qtbot, page, dialog)
    assert page.detail is not None and page.detail.status is Status.RECEIVED

    dialog.exception.setCurrentIndex(dialog.exception.findData(ErasureException.LEGAL_CLAIMS.value))
    dialog.text.setPlainText("")
    assert "Write out the ground" in refused_with(qtbot, page, dialog)

    dialog.text.setPlainText("Open chargeback on order 100042.")
    dialog.accept()
    settle(qtbot, page)
    assert not dialog.isVisible()
    assert page.detail.status is Status.REFUSED
    assert page.detail.refusal_exception is ErasureException.LEGAL_CLAIMS
    assert "(e) Establishment, exercise or defence" in page.detail_pane.outcome.text()


def test_an_objection_is_refused_with_compelling_grounds_written_out(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    page = page_on(qtbot, database, clerk, open_one(database, clerk, RequestType.OBJECTION))
    dialog = refusal_dialog(qtbot, page)
    codes = [dialog.refusal_reason.itemData(n) for n in range(dialog.refusal_reason.count())]
    assert "art_21_1" in codes and "art_17_3" not in codes
    dialog.refusal_reason.setCurrentIndex(
        dialog.refusal_reason.findData(RefusalReason.COMPELLING_GROUNDS.value)
    )
    assert "Write out the ground" in refused_with(qtbot, page, dialog)
    dialog.text.setPlainText("Fraud prevention on open orders.")
    dialog.accept()
    settle(qtbot, page)
    assert page.detail is not None and page.detail.outcome == "art_21_1"


def test_compelling_grounds_are_not_offered_for_an_access_request(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    page = page_on(qtbot, database, clerk, open_one(database, clerk, RequestType.ACCESS))
    dialog = refusal_dialog(qtbot, page)
    codes = [dialog.refusal_reason.itemData(n) for n in range(dialog.refusal_reason.count())]
    assert "art_21_1" not in codes and "art_17_3" not in codes


def kinds_offered(dialog: LetterDialog) -> list[str]:
    return [dialog.kind.itemData(n) for n in range(dialog.kind.count())]


def test_the_extension_notice_is_offered_only_for_an_extended_request(
    qtbot: QtBot, database: Database, clerk: Actor
) -> None:
    request_id = open_one(database, clerk, RequestType.ACCESS)
    page = page_on(qtbot, database, clerk, request_id)
    page.detail_pane.letter_button.click()
    dialog = page.detail_pane.letters.dialog
    assert dialog is not None
    qtbot.wait_until(lambda: not dialog.busy, timeout=10_000)
    assert LetterKind.EXTENSION_NOTICE not in kinds_offered(dialog)
    # Nor is a refusal offered for a request not refused: there is no ground to give.
    assert LetterKind.REFUSAL not in kinds_offered(dialog)
    dialog.close()

    with database.unit_of_work() as session:
        requests.extend(session, clerk, request_id, "Three partner systems.")
    page.show_request(request_id)
    settle(qtbot, page)
    page.detail_pane.letter_button.click()
    extended = page.detail_pane.letters.dialog
    assert extended is not None and extended is not dialog
    qtbot.wait_until(lambda: not extended.busy, timeout=10_000)
    assert LetterKind.EXTENSION_NOTICE in kinds_offered(extended)
    assert extended.kind.currentData() == LetterKind.EXTENSION_NOTICE  # the suggested one
    assert extended.letter is not None
    assert extended.letter.facts.extended_due == date(2027, 2, 22)
    assert extended.letter.facts.extension_reason == "Three partner systems."
    extended.close()
