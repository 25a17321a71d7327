"""One app per database file (#19, faults): a second start brings the first window forward;
a bundle without its translations starts in English with a warning."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from minime_admin import translation
from minime_admin.gui import app as gui_app
from minime_admin.gui import language, preferences
from minime_admin.gui.single_instance import InstanceServer, ask_running_instance, server_name
from minime_admin.services.database import Keychain

ROOT = Path(__file__).resolve().parent.parent


def test_a_second_start_on_the_same_file_asks_the_first_to_come_forward(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "office.db"
    asked: list[str] = []
    server = InstanceServer(path, lambda: asked.append("raise"))
    assert server.listening
    try:
        assert ask_running_instance(path)
        qtbot.waitUntil(lambda: asked == ["raise"], timeout=3000)
        # Another database, or the same one written another way, is its own instance.
        assert not ask_running_instance(tmp_path / "other.db")
        assert server_name(tmp_path / "." / "office.db") == server_name(path)
    finally:
        server.close()
    assert not ask_running_instance(path)  # closed: the next start opens the file itself


def test_run_hands_over_to_the_running_instance_without_opening_the_file(
    qapp: QApplication,
    qtbot: QtBot,
    tmp_path: Path,
    keychain: Keychain,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "office.db"  # not even there: a second start must not offer to create it
    first_window = QWidget()
    qtbot.addWidget(first_window)
    server = InstanceServer(path, first_window.show)
    try:
        assert gui_app.run(path, False, False, keychain) == 0
        qtbot.waitUntil(first_window.isVisible, timeout=3000)
    finally:
        server.close()
    assert "already open on this database" in capsys.readouterr().out
    assert not path.exists()
    assert not [
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not first_window
    ]
    qapp.setQuitOnLastWindowClosed(True)


def test_a_socket_left_by_a_killed_instance_does_not_block_the_next(tmp_path: Path) -> None:
    """The first instance is killed (no clean close): its socket file stays behind."""
    path = tmp_path / "office.db"
    script = (
        "import os, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from minime_admin.gui.single_instance import InstanceServer\n"
        "app = QCoreApplication([])\n"
        f"server = InstanceServer(__import__('pathlib').Path({str(path)!r}), lambda: None)\n"
        "assert server.listening\n"
        "sys.stdout.flush()\n"
        "os._exit(0)  # as a crash would: no close, the socket file stays\n"
    )
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", script], check=True, env=environment, timeout=60)
    assert not ask_running_instance(path)  # nobody answers on the leftover
    again = InstanceServer(path, lambda: None)
    try:
        assert again.listening
    finally:
        again.close()


def test_missing_translation_files_start_the_app_in_english_with_a_warning(
    qapp: QApplication,
    tmp_path: Path,
    keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    preferences.save_language("lv")
    monkeypatch.setattr(translation, "I18N_DIR", tmp_path / "no-i18n")  # a damaged install
    path = tmp_path / "office.db"
    server = InstanceServer(path, lambda: None)  # ends run() right after the language step
    try:
        assert gui_app.run(path, False, False, keychain) == 0
        started_in = language.current_language()
    finally:
        server.close()
        monkeypatch.undo()
        language.apply_language("en")
    assert started_in == "en"
    assert "translation files are missing" in capsys.readouterr().err
    qapp.setQuitOnLastWindowClosed(True)


def test_a_damaged_install_says_so_and_exits_1(
    qapp: QApplication,
    tmp_path: Path,
    keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A part of the app that does not import (a file missing from the bundle): one clear
    message instead of an "Opening…" window that never ends."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from minime_admin.gui import opening

    monkeypatch.setattr(opening, "PRELOADED", ("minime_admin.no_such_module",))
    seen: list[str] = []

    def dismiss() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        if boxes and boxes[0].isVisible():
            seen.append(boxes[0].text())
            boxes[0].button(QMessageBox.StandardButton.Ok).click()
        else:
            QTimer.singleShot(20, dismiss)

    QTimer.singleShot(20, dismiss)
    assert gui_app.run(tmp_path / "office.db", False, False, keychain) == 1
    assert seen and "could not be loaded" in seen[0]
    assert not (tmp_path / "office.db").exists()
    assert "no_such_module" in capsys.readouterr().err  # the details, for whoever reinstalls
    qapp.setQuitOnLastWindowClosed(True)
