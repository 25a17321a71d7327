"""The main window: navigation, pages, status bar, menus and the live language switch."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from minime_admin import __version__
from minime_admin.domain.actor import Actor, Role
from minime_admin.gui import language, tasks
from minime_admin.gui.main_window import PAGE_KEYS, MainWindow
from minime_admin.services.database import Database, Unlock


@pytest.fixture
def window(qtbot: QtBot, database: Database, clerk: Actor) -> Iterator[MainWindow]:
    main = MainWindow(database, clerk)
    qtbot.add_widget(main)
    main.show()
    qtbot.wait_exposed(main)
    yield main
    assert tasks.cancel_all_and_wait(10_000)  # before the database fixture closes it


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def test_navigation_lists_the_seven_views_with_icons(window: MainWindow) -> None:
    assert nav_texts(window) == [
        "Inbox",
        "Customers",
        "Breaches",
        "Shop data",
        "Reports",
        "Audit log",
        "Settings",
    ]
    for row in range(window.nav.count()):
        assert not window.nav.item(row).icon().isNull()
    assert window.current_page() == "inbox"
    assert window.windowTitle() == "minime-admin"
    assert not window.demo_label.isVisible()


def test_pages_switch_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page() == "customers"
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page() == "shop"
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page() == "reports"
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page() == "audit"
    assert window.stack.currentWidget() is window.audit_page
    qtbot.keyClick(window.nav, Qt.Key.Key_End)
    assert window.current_page() == "settings"
    qtbot.keyClick(window.nav, Qt.Key.Key_Home)
    assert window.current_page() == "inbox"


def test_view_menu_actions_have_ctrl_number_shortcuts(window: MainWindow) -> None:
    for number, (key, action) in enumerate(zip(PAGE_KEYS, window.page_actions, strict=True)):
        assert action.shortcut().toString() == f"Ctrl+{number + 1}"
        action.trigger()
        assert window.current_page() == key


def test_status_bar_names_the_database_and_encryption(
    window: MainWindow, database: Database
) -> None:
    text = window.database_label.full_text
    assert text == f"Database: {database.path} · encrypted (SQLCipher) · unlocked by keychain"
    assert window.database_label.toolTip() == text
    assert window.profile_label.text() == "Signed in as Test Clerk (staff)"


def test_a_long_path_loses_its_middle_not_the_encryption_note(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    window.resize(640, 480)
    qtbot.wait_until(lambda: "…" in window.database_label.text())
    shown = window.database_label.text()
    assert shown.startswith("Database: ")
    assert shown.endswith(" · encrypted (SQLCipher) · unlocked by keychain")
    assert shown.split(" · ")[0].endswith(database.path.name[-3:])


def test_status_bar_follows_the_staff_profile(window: MainWindow) -> None:
    window.context.set_actor(Actor("Līga Bērziņa", Role.MANAGER))
    assert window.profile_label.text() == "Signed in as Līga Bērziņa (manager)"
    assert window.actor == Actor("Līga Bērziņa", Role.MANAGER)


def test_language_switches_live_to_latvian_and_back(qtbot: QtBot, window: MainWindow) -> None:
    combo = window.settings_page.language_combo
    combo.setCurrentIndex(combo.findData("lv"))
    assert nav_texts(window) == [
        "Pieprasījumi",
        "Klienti",
        "Pārkāpumi",
        "Veikala dati",
        "Pārskati",
        "Audita žurnāls",
        "Iestatījumi",
    ]
    assert "šifrēta" in window.database_label.full_text
    assert window.file_menu.title() == "&Fails"
    assert window.pages["inbox"].heading.text() == "Ienākošie pieprasījumi"
    assert window.audit_page.heading.text() == "Audita žurnāls"
    combo.setCurrentIndex(combo.findData("en"))
    assert nav_texts(window)[0] == "Inbox"
    assert "encrypted" in window.database_label.full_text
    assert window.pages["inbox"].heading.text() == "Request inbox"


def test_about_box_names_the_version(qtbot: QtBot, window: MainWindow) -> None:
    box = window.show_about()
    qtbot.wait_exposed(box)
    assert __version__ in box.text()
    assert box.isModal() or box.windowModality() != Qt.WindowModality.NonModal
    with qtbot.wait_signal(box.finished, timeout=2000):
        box.button(QMessageBox.StandardButton.Ok).click()


def test_quit_action_closes_the_window(window: MainWindow) -> None:
    window.quit_action.trigger()
    QApplication.processEvents()
    assert not window.isVisible()


def test_demo_database_is_marked_as_demo(qtbot: QtBot, database: Database, clerk: Actor) -> None:
    demo = dataclasses.replace(database, unlocked_by=Unlock.DEMO_KEY)
    main = MainWindow(demo, clerk)
    qtbot.add_widget(main)
    main.show()
    assert main.windowTitle() == "minime-admin — DEMO"
    assert main.demo_label.isVisible() and main.demo_label.text() == "DEMO: fictional data"
    assert "unlocked by demo key" in main.database_label.full_text
    language.apply_language("lv")
    assert main.demo_label.text() == "DEMONSTRĀCIJA: izdomāti dati"


def test_only_the_inbox_is_built_before_the_window_shows(window: MainWindow) -> None:
    """#19.5: the other pages are built on their first visit, once, in their place."""
    assert list(window.pages.built) == ["inbox"]
    assert window.stack.count() == len(PAGE_KEYS)
    assert window.stack.currentWidget() is window.inbox_page
    window.show_page("reports")
    assert list(window.pages.built) == ["inbox", "reports"]
    reports = window.pages.built["reports"]
    assert type(reports).__name__ == "ReportsPage"
    assert window.stack.currentWidget() is reports
    assert window.stack.indexOf(reports) == PAGE_KEYS.index("reports")
    window.show_page("inbox")
    window.show_page("reports")
    assert window.pages.built["reports"] is reports and window.stack.count() == len(PAGE_KEYS)
    # Asking for a page builds it without showing it (a link from a request, a test).
    settings = window.settings_page
    assert window.stack.currentWidget() is reports
    assert window.stack.indexOf(settings) == PAGE_KEYS.index("settings")
