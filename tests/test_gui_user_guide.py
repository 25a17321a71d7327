"""Help › User guide (#15.15): opened from the real menu, in English and in Latvian."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.gui import language, tasks
from minime_admin.gui.main_window import MainWindow
from minime_admin.gui.user_guide import UserGuideDialog
from minime_admin.services.database import Database


@pytest.fixture
def window(qtbot: QtBot, database: Database, clerk: Actor) -> Iterator[MainWindow]:
    main = MainWindow(database, clerk)
    qtbot.add_widget(main)
    main.show()
    qtbot.wait_exposed(main)
    yield main
    language.apply_language("en")
    assert tasks.cancel_all_and_wait(10_000)


def open_from_help_menu(qtbot: QtBot, window: MainWindow) -> UserGuideDialog:
    actions = window.help_menu.actions()
    assert window.user_guide_action in actions
    window.user_guide_action.trigger()
    guide = window.user_guide
    assert guide is not None
    qtbot.wait_exposed(guide)
    return guide


def test_the_guide_opens_from_the_help_menu_in_english(qtbot: QtBot, window: MainWindow) -> None:
    assert window.help_menu.title() == "&Help"
    assert window.user_guide_action.text() == "&User guide"
    assert window.user_guide_action.shortcut().toString() == "F1"
    guide = open_from_help_menu(qtbot, window)
    assert guide.windowTitle() == "User guide"
    text = guide.text()
    for sentence in (
        "What each page is for",
        "Audit log: who looked at or changed whose data, when and why.",
        "Save the recovery sheet, print it and keep it locked away",
        "The manager adds the office's users with Settings › Users…",
        "Connect the shop in Settings › Shop",
        "The day of receipt is not counted",
        "tell the manager at once",
    ):
        assert sentence in text
    # The first-day set-up is steps in order.
    assert "<ol" in guide.browser.toHtml()
    # Asked for again, the same window comes to the front rather than a second one.
    window.user_guide_action.trigger()
    assert window.user_guide is guide
    guide.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not guide.isVisible()


def test_the_guide_speaks_latvian_and_follows_a_live_switch(
    qtbot: QtBot, window: MainWindow
) -> None:
    combo = window.settings_page.language_combo
    combo.setCurrentIndex(combo.findData("lv"))
    assert window.help_menu.title() == "&Palīdzība"
    assert window.user_guide_action.text() == "&Lietotāja rokasgrāmata"
    guide = open_from_help_menu(qtbot, window)
    assert guide.windowTitle() == "Lietotāja rokasgrāmata"
    text = guide.text()
    for sentence in (
        "Kam paredzēta katra lapa",
        "Saglabājiet atkopšanas lapu, izdrukājiet to un glabājiet slēdzamā vietā",
        "Sadaļā “Iestatījumi › Termiņi” pievienojiet katru vienreizējo svētku dienu",
        "Saņemšanas dienu neskaita",
        "Par pārkāpumu jāziņo Datu valsts inspekcijai 72 stundu laikā",
    ):
        assert sentence in text
    assert "What each page is for" not in text
    assert guide.buttons.button(QDialogButtonBox.StandardButton.Close).text() == "Aizvērt"
    # The open guide follows the language back to English.
    combo.setCurrentIndex(combo.findData("en"))
    assert "What each page is for" in guide.text()
    assert "Kam paredzēta" not in guide.text()
