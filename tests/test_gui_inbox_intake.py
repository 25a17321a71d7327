"""Intake in the GUI: the New request dialog, .eml files dropped on the inbox, shortcuts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.gui import language, tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox import InboxPage
from minime_admin.gui.main_window import MainWindow
from minime_admin.services import requests
from minime_admin.services.database import Database
from minime_admin.store.models import Customer

EML = Path(__file__).parent / "data" / "eml"


@pytest.fixture(autouse=True)
def drained() -> Iterator[None]:
    yield
    assert tasks.cancel_all_and_wait(10_000)  # before the database fixture closes it


@pytest.fixture
def page(qtbot: QtBot, database: Database, clerk: Actor) -> InboxPage:
    widget = InboxPage(AppContext(database, clerk))
    qtbot.add_widget(widget)
    widget.resize(1100, 700)
    widget.show()
    settle(qtbot, widget)
    return widget


def settle(qtbot: QtBot, page: InboxPage) -> None:
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=10_000)


def all_requests(database: Database) -> list[requests.RequestRow]:
    with database.unit_of_work() as session:
        query = requests.inbox_query(
            database.clock.now().date(), show_unverified=True, include_tests=True
        )
        return requests.list_requests(session, query)


def drop(page: InboxPage, *names: str | Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(EML / name)) for name in names])
    action, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(page.rect().center(), action, mime, button, Qt.KeyboardModifier(0))
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(page.rect().center()), action, mime, button, Qt.KeyboardModifier(0))
    page.dropEvent(event)
    return event


def test_new_request_dialog_suggests_the_type_and_flags_a_duplicate(
    qtbot: QtBot, page: InboxPage, database: Database, clerk: Actor, clock: FixedClock
) -> None:
    with database.unit_of_work() as session:
        first = requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                type=RequestType.ERASURE,
                channel=Channel.EMAIL,
                received_at=clock.now() - timedelta(days=2),
                requester_name="Anna Bērziņa",
                requester_email="anna@example.lv",
                text="Dzēsiet mani.",
            ),
        )
    dialog = page.new_request()
    assert dialog.identity.isVisible()  # phone is the default channel: identity is asked
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    assert not dialog.identity.isVisible()
    assert not dialog.use_suggestion.isVisible()
    dialog.text.setPlainText("Lūdzu, izdzēsiet visus manus datus.")
    assert dialog.use_suggestion.isVisible()
    assert "Erasure" in dialog.suggestion.text()
    qtbot.mouseClick(dialog.use_suggestion, Qt.MouseButton.LeftButton)
    assert dialog.chosen_type() is RequestType.ERASURE
    assert not dialog.use_suggestion.isVisible()
    dialog.name.setText("Anna Bērziņa")
    dialog.email.setText("anna@example.lv")
    dialog.look_up_customer()
    settle(qtbot, page)
    assert "No customer matches" in dialog.customer.summary.text()
    dialog.accept()
    settle(qtbot, page)
    assert not dialog.isVisible()
    assert page.message is not None
    text = page.message.text()
    assert text.startswith("Request DSR-") and f"Likely duplicate of {first.reference}" in text
    assert len(all_requests(database)) == 2
    assert page.model.rowCount() == 2
    assert page.detail is not None and page.detail.reference != first.reference  # selected


def test_new_request_lets_the_user_choose_among_candidates(
    qtbot: QtBot, page: InboxPage, database: Database, clerk: Actor, clock: FixedClock
) -> None:
    now = clock.now()
    with database.unit_of_work() as session:
        for number in (1, 2):
            session.add(
                Customer(
                    id=number,
                    first_name="Kārlis",
                    last_name=f"Ozols {number}",
                    email="family@example.lv",
                    language="lv",
                    created_at=now,
                )
            )
    dialog = page.new_request()
    dialog.name.setText("Kārlis Ozols")
    dialog.email.setText("family@example.lv")
    dialog.text.setPlainText("Kādus datus par mani glabājat?")
    dialog.look_up_customer()
    settle(qtbot, page)
    assert dialog.customer.combo.isVisible() and dialog.customer.combo.count() == 3
    dialog.customer.combo.setCurrentIndex(dialog.customer.combo.findData(2))
    dialog.accept()
    settle(qtbot, page)
    with database.unit_of_work() as session:
        detail = requests.get_request(session, all_requests(database)[0].id)
    assert detail.customer_id == 2


def test_invalid_new_request_keeps_the_dialog_open(
    qtbot: QtBot, page: InboxPage, database: Database
) -> None:
    dialog = page.new_request()
    dialog.text.setPlainText("Sveiki")
    dialog.accept()  # no name
    settle(qtbot, page)
    assert dialog.isVisible() and dialog.isEnabled()
    assert all_requests(database) == []


def test_dropped_email_is_confirmed_with_type_and_warnings(
    qtbot: QtBot, page: InboxPage, database: Database
) -> None:
    drop(page, "thunderbird-qp-erasure.eml", "broken-unknown-charset-no-date.eml")
    qtbot.wait_until(lambda: page.intake.dialog is not None, timeout=10_000)
    dialog = page.intake.dialog
    assert dialog is not None
    assert dialog.chosen_type() is RequestType.ERASURE
    assert "Ģirts Ķēniņš-Žūriņa <girts.kenins@inbox.lv>" in dialog.sender.text()
    assert dialog.received.text() == "4 Mar 2026, 23:47"  # Riga time of the Received header
    assert "izdzēsiet visus manus personas datus" in dialog.body.toPlainText()
    assert dialog.body.isReadOnly()
    assert not dialog.warnings.isVisible()
    dialog.accept()
    settle(qtbot, page)

    # The second file follows: read with warnings, shown in amber before anything is stored.
    qtbot.wait_until(lambda: page.intake.dialog not in (None, dialog), timeout=10_000)
    second = page.intake.dialog
    assert second is not None and second.warnings.isVisible()
    warning = second.warnings.text()
    assert "unknown character set (x-unknown-baltic)" in warning and "has no date" in warning
    assert second.chosen_type() is second.preview.suggested_types[0]
    second.reject()  # cancelled: nothing stored
    qtbot.wait_until(lambda: not page.intake.active, timeout=10_000)
    settle(qtbot, page)
    rows = all_requests(database)
    assert [(r.requester, r.type) for r in rows] == [("Ģirts Ķēniņš-Žūriņa", RequestType.ERASURE)]
    assert page.message is not None and "is open" in page.message.text()


def test_a_file_that_is_not_an_email_gets_a_clear_message(
    qtbot: QtBot, page: InboxPage, database: Database
) -> None:
    drop(page, "not-an-email.eml")
    qtbot.wait_until(lambda: page.intake.message is not None, timeout=10_000)
    box = page.intake.message
    assert box is not None
    assert box.text() == (
        "not-an-email.eml is not an e-mail message (no sender or message headers); not imported."
    )
    assert page.intake.dialog is None
    box.close()
    qtbot.wait_until(lambda: not page.intake.active, timeout=5000)
    assert all_requests(database) == []


def test_a_batch_of_many_files_goes_on_past_bad_and_automatic_ones(
    qtbot: QtBot, page: InboxPage, database: Database, tmp_path: Path
) -> None:
    auto = tmp_path / "out-of-office.eml"
    auto.write_bytes(
        b"From: Anna <anna@inbox.lv>\r\nDate: Tue, 24 Nov 2026 09:29:00 +0200\r\n"
        b"Auto-Submitted: auto-replied\r\nSubject: Prombutne\r\n\r\nEsmu prom.\r\n"
    )
    deep = tmp_path / "deep.eml"
    deep.write_bytes(b"From: a@b.lv\nDate: x\n" + b"Content-Type: message/rfc822\n\n" * 1000)
    outlook = Path(__file__).parent / "data" / "msg" / "simple_test_msg.msg"
    broken = tmp_path / "broken.msg"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)  # OLE, then nothing
    drop(page, auto, "not-an-email.eml", tmp_path / "gone.eml", broken, deep, outlook)
    texts = []
    for _ in range(4):  # the skip, the refusals, the unreadable file: each said, then on
        qtbot.wait_until(lambda: page.intake.message is not None, timeout=10_000)
        box = page.intake.message
        assert box is not None
        texts.append(box.text())
        page.intake.message = None
        box.close()
    assert texts[0] == (
        "out-of-office.eml was skipped: it is an automatic reply (an out-of-office notice or "
        "similar)."
    )
    assert texts[1].startswith("not-an-email.eml is not an e-mail message")
    assert texts[2].startswith("gone.eml could not be read")
    assert texts[3] == (
        "broken.msg is damaged and could not be read as an e-mail message; not imported."
    )
    assert page.intake.skipped == ["out-of-office.eml"]
    # The deeply nested message is read (its first parts) and the Outlook one after it.
    for expected in ("a@b.lv", "travis@overwrittenstack.com"):
        qtbot.wait_until(lambda: page.intake.dialog is not None, timeout=10_000)
        dialog = page.intake.dialog
        assert dialog is not None and expected in dialog.sender.text()
        page.intake.dialog = None
        dialog.accept()
        settle(qtbot, page)
    qtbot.wait_until(lambda: not page.intake.active, timeout=10_000)
    settle(qtbot, page)
    assert len(all_requests(database)) == 2


def test_only_eml_files_are_accepted_as_drops(page: InboxPage, tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))])
    enter = QDragEnterEvent(
        page.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier(0),
    )
    page.dragEnterEvent(enter)
    assert not enter.isAccepted()
    assert page.acceptDrops()


def test_keyboard_shortcuts_and_focus(
    qtbot: QtBot, database: Database, clerk: Actor, clock: FixedClock
) -> None:
    window = MainWindow(database, clerk)
    qtbot.add_widget(window)
    window.show()
    qtbot.wait_exposed(window)
    page = window.inbox_page
    settle(qtbot, page)
    assert window.new_request_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.import_email_action.shortcut().toString() == "Ctrl+I"
    assert page.find_shortcut.key().toString() == "Ctrl+F"
    assert window.new_request_action in window.file_menu.actions()
    assert window.import_email_action in window.file_menu.actions()
    assert not page.table.tabKeyNavigation()  # Tab leaves the table

    window.new_request_action.trigger()
    assert page.new_dialog is not None and page.new_dialog.isVisible()
    page.new_dialog.reject()

    page.find_shortcut.activated.emit()
    assert page.filters.search.hasFocus() or QApplication.focusWidget() is page.filters.search

    with database.unit_of_work() as session:
        requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                type=RequestType.ACCESS,
                channel=Channel.EMAIL,
                received_at=clock.now(),
                requester_name="Anna",
                text="Kopiju, lūdzu.",
            ),
        )
    page.reload()
    settle(qtbot, page)
    window.activateWindow()  # back from the dialog
    qtbot.wait_until(window.isActiveWindow, timeout=5000)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    first = next(iter(page.detail_pane.transition_buttons.values()))
    assert QApplication.focusWidget() is first
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)  # Tab leaves the table for the next steps
    assert QApplication.focusWidget() is first


def test_latvian_inbox(qtbot: QtBot, page: InboxPage) -> None:
    language.apply_language("lv")
    headers = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert headers == [
        "Pieprasījums",
        "Saņemts",
        "Pieprasītājs",
        "Veids",
        "Statuss",
        "Termiņš",
        "Atbildīgais",
    ]
    assert page.filters.status.itemText(0) == "Visi atvērtie"
    assert page.heading.text() == "Ienākošie pieprasījumi"
    assert page.chips.chips[next(iter(page.chips.chips))].text().startswith("Saņemts")
