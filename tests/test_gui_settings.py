"""Settings: language and staff profile in QSettings, the letterhead in the database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor, Role
from minime_admin.gui import language, preferences, tasks
from minime_admin.gui.main_window import MainWindow
from minime_admin.services import audit, settings, users
from minime_admin.services.database import Database
from minime_admin.services.settings import load_letterhead


@pytest.fixture
def window(qtbot: QtBot, database: Database, clerk: Actor) -> Iterator[MainWindow]:
    main = MainWindow(database, clerk)
    qtbot.add_widget(main)
    main.show_page("settings")
    main.show()
    yield main
    assert tasks.cancel_all_and_wait(10_000)


def test_preferences_stay_in_the_test_data_folder(tmp_path: Path) -> None:
    settings = preferences.open_settings()
    assert Path(settings.fileName()).is_relative_to(tmp_path)
    assert os.environ["MINIME_ADMIN_DATA_DIR"] == str(tmp_path / "data")


def test_letterhead_is_prefilled_from_the_database(window: MainWindow) -> None:
    edits = window.settings_page.letterhead_edits
    assert edits["company_name"].text() == "SIA Mini Me"
    assert edits["registration_number"].text() == "44103127547"
    assert edits["address"].text() == "Rostokas 7, Rīga, LV-1029"
    assert edits["email"].text() == "info@minime.lv"


def test_saving_the_letterhead_writes_an_audit_entry(
    window: MainWindow, database: Database
) -> None:
    page = window.settings_page
    entries_before = window.audit_page.model.total
    page.letterhead_edits["phone"].setText("+371 67 000 000")
    page.save_button.click()
    assert page.save_status.text() == "Letterhead saved. Fields changed: 1."
    with database.unit_of_work() as session:
        assert load_letterhead(session).phone == "+371 67 000 000"
        newest = audit.newest_first(session, None, 1)[0]
    assert newest.action == "settings.letterhead_changed"
    assert newest.actor == "Test Clerk"
    assert window.audit_page.model.total == entries_before + 1  # the log view follows

    page.save_button.click()  # nothing changed: nothing audited
    assert page.save_status.text() == "Nothing to save: the letterhead is unchanged."
    assert window.audit_page.model.total == entries_before + 1


def test_staff_profile_is_stored_and_followed(
    window: MainWindow, database: Database, clerk: Actor
) -> None:
    page = window.settings_page
    assert not page.role_combo.isEnabled()  # nobody makes themselves a manager (#15.4)
    page.name_edit.setText("Ilze Kalniņa")  # not a user: staff, whatever was chosen before
    page.name_edit.editingFinished.emit()
    assert window.actor == Actor("Ilze Kalniņa", Role.STAFF)
    with database.unit_of_work() as session:  # a manager, as the users table says
        users.add_user(session, clerk, "Līga Bērziņa", Role.MANAGER, "a long password")
    page.name_edit.setText("Līga Bērziņa")
    page.name_edit.editingFinished.emit()
    assert page.role_combo.currentData() == "manager"
    expected = Actor("Līga Bērziņa", Role.MANAGER)
    assert window.actor == expected
    assert preferences.staff_profile() == expected
    assert window.profile_label.text() == "Signed in as Līga Bērziņa (manager)"

    page.letterhead_edits["website"].setText("https://minime.lv")
    page.save_button.click()
    with database.unit_of_work() as session:
        newest = audit.newest_first(session, None, 1)[0]
    assert (newest.actor, newest.role) == ("Līga Bērziņa", "manager")


def test_blank_name_falls_back_to_the_system_user(window: MainWindow) -> None:
    page = window.settings_page
    page.name_edit.setText("   ")
    page.name_edit.editingFinished.emit()
    assert page.name_edit.text() == window.actor.name
    assert window.actor.name.strip()


def test_language_choice_is_applied_and_remembered(window: MainWindow) -> None:
    combo = window.settings_page.language_combo
    assert preferences.language() == "en" or preferences.language() == language.current_language()
    combo.setCurrentIndex(combo.findData("lv"))
    assert language.current_language() == "lv"
    assert preferences.language() == "lv"
    assert window.settings_page.heading.text() == "Iestatījumi"
    assert window.settings_page.save_button.text() == "&Saglabāt veidlapu"
    # Each language is named in itself, whichever is current.
    assert [combo.itemText(i) for i in range(combo.count())] == ["Latviešu", "English"]
    combo.setCurrentIndex(combo.findData("en"))
    assert preferences.language() == "en"
    assert window.settings_page.heading.text() == "Settings"


def test_office_domains_are_edited_checked_and_audited(
    window: MainWindow, database: Database
) -> None:
    box = window.settings_page.domains_box
    assert box.domains_edit.text() == "minime.lv"
    box.domains_edit.setText("minime.lv; Mini-Me.lv")
    assert box.save()
    assert box.status.text() == "Domains saved."
    assert box.domains_edit.text() == "minime.lv, mini-me.lv"
    with database.unit_of_work() as session:
        assert settings.load_office_domains(session) == ("minime.lv", "mini-me.lv")
        assert audit.newest_first(session, None, 1)[0].action == "settings.mail_domains_changed"
    box.domains_edit.setText("minime")
    assert not box.save()
    assert "'minime' is not an e-mail domain" in box.status.text()
    with database.unit_of_work() as session:
        assert settings.load_office_domains(session) == ("minime.lv", "mini-me.lv")
    box.domains_edit.setText("mini-me.lv, minime.lv")
    box.save_button.click()  # another order is another setting: the first one is tried first
    assert box.status.text() == "Domains saved."
    box.save_button.click()
    assert box.status.text() == "Nothing to save: the domains are unchanged."
