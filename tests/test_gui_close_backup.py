"""The backup on closing (issue #17) in a small modal window: it runs off the GUI thread with
its progress shown, the app's loop ends when it is done, and Cancel skips it and says so."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SeedShop
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.gui import close_backup
from minime_admin.gui.close_backup import CloseBackup
from minime_admin.services import backup
from minime_admin.services.backup import BackupSettings
from minime_admin.services.database import Database
from minime_admin.store import backup_file


@pytest.fixture(autouse=True)
def windows_deleted(qapp: QApplication) -> Iterator[None]:
    """The progress window and the message delete themselves later: not in the next test."""
    yield
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _everything_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_closing_backs_up_in_a_progress_window_off_the_gui_thread(
    qapp: QApplication,
    qtbot: QtBot,
    seed_shop: SeedShop,
    clerk: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = seed_shop(customers=60)
    monkeypatch.setattr(backup_file, "PAGES_PER_STEP", 16)  # several reports for the bar
    threads: list[threading.Thread] = []
    real_backup = backup.make_backup

    def watched(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return real_backup(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup, "make_backup", watched)
    job = CloseBackup(database, clerk)
    with qtbot.waitSignal(job.finished, timeout=30_000):
        job.start()
        assert job.window is not None and job.window.isVisible() and job.window.isModal()
        assert job.window.labelText() == "Backing up before closing…"
        window = job.window
        qtbot.waitUntil(lambda: window.maximum() > 0, timeout=30_000)  # progress arrived

    assert job.outcome == "made"
    assert threads and threads[0] is not threading.main_thread()
    assert len(backup.list_backups(backup.default_folder())) == 1
    assert backup.load_state().last_good_at() is not None
    qtbot.waitUntil(lambda: not window.isVisible())


def test_cancel_skips_this_backup_and_says_so(
    qtbot: QtBot, seed_shop: SeedShop, clerk: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = seed_shop(customers=200)
    monkeypatch.setattr(backup_file, "PAGES_PER_STEP", 1)  # a report after every page
    before = backup.load_state()
    job = CloseBackup(database, clerk)
    job.start()
    assert job.window is not None
    (cancel,) = job.window.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: job.notice is not None and job.notice.isVisible(), timeout=30_000)
    notice = job.notice
    assert notice is not None
    assert notice.text() == "The backup before closing was cancelled, so none was made this time."
    assert job.outcome == "skipped"
    with qtbot.waitSignal(job.finished):  # the app ends when the message is closed
        notice.button(QMessageBox.StandardButton.Ok).click()
    folder = backup.default_folder()
    assert _everything_in(folder) == []  # no backup, not even a hidden half copy
    assert backup.load_state() == before  # a skip is no failure for the status note


def test_the_app_loop_runs_until_the_backup_is_made_and_only_when_wanted(
    qapp: QApplication, database: Database, clerk: Actor
) -> None:
    assert close_backup.back_up_on_close(qapp, database, clerk) == "made"
    assert len(backup.list_backups(backup.default_folder())) == 1

    backup.save_settings(BackupSettings(on_close=False))
    assert close_backup.back_up_on_close(qapp, database, clerk) == ""
    assert len(backup.list_backups(backup.default_folder())) == 1
    qapp.setQuitOnLastWindowClosed(True)
