"""Backups in the GUI (issue #17): Settings › Backups, File › Back up now…, the status note,
and the Restore dialog at start-up and from File."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from conftest import TEST_NOW
from keyring_backend import MemoryKeyring
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.gui import tasks
from minime_admin.gui.main_window import MainWindow
from minime_admin.gui.restore_dialog import RestoreDialog
from minime_admin.gui.startup import Startup
from minime_admin.services import backup
from minime_admin.services import database as db_service
from minime_admin.services.backup import BackupSettings
from minime_admin.services.database import Database
from minime_admin.store.keychain import Keychain


@pytest.fixture
def window(qtbot: QtBot, database: Database, clerk: Actor) -> Iterator[MainWindow]:
    main = MainWindow(database, clerk)
    qtbot.add_widget(main)
    main.show()
    qtbot.wait_exposed(main)
    yield main
    assert tasks.cancel_all_and_wait(10_000)  # before the database fixture closes it


def _message(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    qtbot.wait_until(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    return next(b for b in window.findChildren(QMessageBox) if b.isVisible())


def test_settings_box_shows_the_defaults_and_the_days_until_gone(window: MainWindow) -> None:
    box = window.settings_page.backup_box
    assert (box.daily_spin.value(), box.weekly_spin.value(), box.monthly_spin.value()) == (7, 4, 12)
    assert box.period_spin.value() == 1 and box.on_close_check.isChecked()
    assert "within 342 days" in box.gone_note.text()
    box.monthly_spin.setValue(6)
    assert "within 156 days" in box.gone_note.text()

    box.folder_edit.setText("/nonexistent/share")
    assert not box.save()
    assert "does not exist" in box.status.text()
    assert backup.load_settings() == BackupSettings()  # nothing saved

    box.folder_edit.setText("")
    assert box.save()
    assert backup.load_settings().monthly == 6


def test_back_up_now_writes_a_backup_and_the_status_note_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    status = window.backup_status
    assert status.warning and "No backup yet" in status.label.text()
    assert status.button.isVisibleTo(window)

    window.backup_action.trigger()
    box = _message(qtbot, window)
    assert "The backup was written to" in box.text()
    box.close()

    listed = backup.list_backups(backup.default_folder())
    assert len(listed) == 1 and str(listed[0].path) in box.text()
    assert not status.warning and status.label.text().startswith("Last backup: ")
    assert not status.button.isVisibleTo(window)


def test_a_failed_backup_is_said_and_the_note_warns(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "share").mkdir()
    backup.save_settings(BackupSettings(folder=str(tmp_path / "share")))
    (tmp_path / "share").rmdir()  # the share is gone

    window.backup_action.trigger()
    box = _message(qtbot, window)
    assert "does not exist" in box.text() and "No backup was made" in box.text()
    box.close()
    assert window.backup_status.warning
    assert "The last backup failed" in window.backup_status.label.text()


def test_an_automatic_backup_runs_when_one_is_due(qtbot: QtBot, window: MainWindow) -> None:
    assert window.backups.due()
    window.backups.run_if_due()
    qtbot.wait_until(lambda: window.backups.task is None)
    assert not window.backups.due() and len(backup.list_backups(backup.default_folder())) == 1


def test_restore_at_start_up_on_a_new_machine(
    qtbot: QtBot,
    tmp_path: Path,
    created: db_service.Created,
    clerk: Actor,
) -> None:
    database = created.database
    made = backup.make_backup(database, backup.load_settings().backup_folder(), clerk)
    database.close()
    keyring.set_keyring(MemoryKeyring())  # nothing in this machine's keychain
    keychain = Keychain()
    target = tmp_path / "new-machine" / "minime.db"
    target.parent.mkdir()
    startup = Startup(target, False, False, clerk, keychain, clock=FixedClock(TEST_NOW))
    opened: list[Database] = []
    startup.opened.connect(opened.append)
    startup.start()
    qtbot.wait_until(lambda: isinstance(startup.dialog, QMessageBox))
    assert isinstance(startup.dialog, QMessageBox)
    assert startup.dialog.button(QMessageBox.StandardButton.Open).text() == (
        "&Restore from a backup…"
    )
    startup.dialog.button(QMessageBox.StandardButton.Open).click()
    qtbot.wait_until(lambda: isinstance(startup.dialog, RestoreDialog))
    dialog = startup.dialog
    assert isinstance(dialog, RestoreDialog)
    assert dialog.chosen() == made.path and dialog.target_edit.text() == str(target)

    dialog.key_edit.setText("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    dialog.start_restore()
    qtbot.wait_until(lambda: dialog.task is None)
    assert dialog.isVisible() and not target.exists()
    assert dialog.status.text()  # one sentence: a typing mistake or a wrong key

    dialog.key_edit.setText(created.recovery_key)
    dialog.start_restore()
    qtbot.wait_until(lambda: bool(opened), timeout=20_000)
    try:
        assert opened[0].path == target
        assert "Erasures re-applied: 0." in dialog.summary()
    finally:
        assert tasks.cancel_all_and_wait(10_000)
        opened[0].close()


def test_restore_from_the_file_menu_goes_to_a_new_file(
    qtbot: QtBot, window: MainWindow, database: Database, clerk: Actor
) -> None:
    backup.make_backup(database, backup.load_settings().backup_folder(), clerk)
    window.restore_action.trigger()
    qtbot.wait_until(lambda: getattr(window, "restore_dialog", None) is not None)
    dialog = window.restore_dialog
    target = Path(dialog.target_edit.text())
    assert target != database.path and target.parent == database.path.parent
    dialog.start_restore()
    box = _message(qtbot, window)
    assert f"to {target}." in box.text() and "--db" in box.text()
    box.close()
    assert target.is_file()


def test_the_note_warns_when_the_last_backup_is_older_than_the_period(
    window: MainWindow, clock: FixedClock
) -> None:
    from datetime import timedelta

    from minime_admin.services.backup import BackupState, save_state

    save_state(BackupState(last_good=(clock.now() - timedelta(days=3)).isoformat()))
    window.backup_status.refresh()
    assert window.backup_status.warning
    assert window.backup_status.label.text().startswith("⚠ Backup overdue · last good backup: ")
    backup.save_settings(BackupSettings(period_days=7))
    window.backup_status.refresh()
    assert not window.backup_status.warning
    assert window.backup_status.label.text().startswith("Last backup: ")


def test_a_server_database_has_no_backup_note_and_no_automatic_backups(
    qtbot: QtBot, server_database: Database, clerk: Actor
) -> None:
    """A PostgreSQL database is backed up on the server: this computer neither nags about
    its backups nor tries them on a schedule; Back up now says why in one sentence."""
    main = MainWindow(server_database, clerk)
    qtbot.add_widget(main)
    main.show()
    qtbot.wait_exposed(main)
    assert not main.backups.enabled
    assert not main.backup_status.isVisibleTo(main)
    main.backups.run_if_due()
    assert main.backups.task is None
    main.backup_action.trigger()
    box = _message(qtbot, main)
    assert "backed up on the server" in box.text()
    box.close()
    assert tasks.cancel_all_and_wait(10_000)
