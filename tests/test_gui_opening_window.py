"""A window that opens at once (#19.5): the main window paints before the database has opened.

It shows its frame (title, menus, navigation, status bar) in an "Opening the database…"
state from the first paint, an unlock dialog comes over it when the key is asked for, and
the inbox takes the opening state's place once the database is open.
"""

from __future__ import annotations

from pathlib import Path

from conftest import TEST_NOW
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.gui import app as gui_app
from minime_admin.gui import language, tasks
from minime_admin.gui.main_window import PAGE_KEYS, MainWindow
from minime_admin.gui.unlock_dialog import UnlockDialog
from minime_admin.services import database as db_service
from minime_admin.services.database import Database, Keychain

PASSPHRASE = "correct horse battery staple 42"


def test_the_opening_state_is_the_main_window_and_the_inbox_takes_its_place(
    qtbot: QtBot, tmp_path: Path, database: Database, clerk: Actor
) -> None:
    main = MainWindow(location=tmp_path / "office.db")
    qtbot.add_widget(main)
    main.show()
    qtbot.wait_exposed(main)
    assert not main.opened
    assert main.windowTitle() == "minime-admin"
    assert [main.nav.item(row).text() for row in range(main.nav.count())][:2] == [
        "Inbox",
        "Customers",
    ]
    assert main.nav.count() == len(PAGE_KEYS) and not main.nav.isEnabled()
    assert main.stack.currentWidget() is main.opening_panel
    assert main.opening_panel.heading.text() == "Opening the database…"
    assert main.database_label.full_text.startswith("Opening the database…")
    assert str(tmp_path / "office.db") in main.database_label.full_text
    # Nothing that needs the database can be started yet; quitting and help can.
    assert not main.new_request_action.isEnabled() and not main.backup_action.isEnabled()
    assert main.quit_action.isEnabled() and main.about_action.isEnabled()

    language.apply_language("lv")
    assert main.opening_panel.heading.text() == "Atver datubāzi…"
    language.apply_language("en")

    main.open(database, clerk)
    try:
        assert main.opened and main.nav.isEnabled() and main.new_request_action.isEnabled()
        assert main.stack.currentWidget() is main.inbox_page
        assert main.opening_panel is None
        assert "encrypted (SQLCipher)" in main.database_label.full_text
        assert "Test Clerk" in main.profile_label.text()
        qtbot.wait_until(lambda: main.inbox_page.model.rowCount() >= 0, timeout=10_000)
    finally:
        assert tasks.cancel_all_and_wait(10_000)  # before the database fixture closes it


class _Paints(QObject):
    """Records, in order, the main window's paints and the unlock dialog's showing."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, MainWindow) and event.type() == QEvent.Type.Paint:
            if not self.events or self.events[-1] != "main window painted":
                self.events.append("main window painted")
        elif isinstance(watched, UnlockDialog) and event.type() == QEvent.Type.Show:
            self.events.append("unlock dialog shown")
        return False


def _passphrase_database(path: Path, clerk: Actor, no_keychain: Keychain) -> Path:
    created = db_service.create_database(
        path, clerk, no_keychain, passphrase=PASSPHRASE, clock=FixedClock(TEST_NOW)
    )
    created.database.close()
    return path


def _when_unlock_dialog_shows(then: object) -> None:
    def look() -> None:
        # Visible ones only: an earlier test's may still wait for deletion.
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, UnlockDialog) and w.isVisible()
        ]
        if dialogs:
            then(dialogs[0])  # type: ignore[operator]
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def _main_window() -> MainWindow:
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    )


def test_a_start_paints_the_main_window_before_the_database_is_unlocked(
    qapp: QApplication, tmp_path: Path, clerk: Actor, no_keychain: Keychain
) -> None:
    """The whole start (gui/app.py run) on a passphrase database: the main window has painted
    in its opening state before the unlock dialog asks for the key; cancelling ends the app."""
    path = _passphrase_database(tmp_path / "office.db", clerk, no_keychain)
    paints = _Paints()
    qapp.installEventFilter(paints)
    seen: dict[str, object] = {}

    def answer(dialog: QWidget) -> None:
        window = _main_window()
        seen.update(
            visible=window.isVisible(),
            opened=window.opened,
            status=window.database_label.full_text,
        )
        dialog.close()  # cancel: the app ends, nothing opened

    _when_unlock_dialog_shows(answer)
    try:
        assert gui_app.run(path, False, False, no_keychain, FixedClock(TEST_NOW)) == 0
    finally:
        qapp.removeEventFilter(paints)
        qapp.setQuitOnLastWindowClosed(True)
    assert paints.events[:2] == ["main window painted", "unlock dialog shown"]
    assert seen["visible"] and not seen["opened"]
    assert str(seen["status"]).startswith("Opening the database…")


def test_closing_the_window_while_the_key_is_asked_for_ends_the_app(
    qapp: QApplication, tmp_path: Path, clerk: Actor, no_keychain: Keychain
) -> None:
    path = _passphrase_database(tmp_path / "office.db", clerk, no_keychain)
    closed: list[bool] = []

    def close_the_window(_dialog: QWidget) -> None:
        closed.append(_main_window().close())

    _when_unlock_dialog_shows(close_the_window)
    try:
        assert gui_app.run(path, False, False, no_keychain, FixedClock(TEST_NOW)) == 0
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    assert closed == [True]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_closing_the_window_while_the_database_opens_ends_the_app_once_it_is_open(
    qapp: QApplication, tmp_path: Path, clerk: Actor, no_keychain: Keychain
) -> None:
    """Never stopped midway: the passphrase is being tried when the window is closed; the
    app ends once the database has opened (and run() closes it), without the inbox."""
    path = _passphrase_database(tmp_path / "office.db", clerk, no_keychain)
    seen: list[bool] = []

    def unlock_then_close(dialog: QWidget) -> None:
        assert isinstance(dialog, UnlockDialog)
        dialog.secret.setText(PASSPHRASE)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        window = _main_window()
        window.close()
        seen.append(window.opened)

    _when_unlock_dialog_shows(unlock_then_close)
    try:
        assert gui_app.run(path, False, False, no_keychain, FixedClock(TEST_NOW)) == 0
    finally:
        qapp.setQuitOnLastWindowClosed(True)
    assert seen == [False]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
