"""The app started on a server URL (team mode): it asks for the password, then opens."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.gui.server_password_dialog import ServerPasswordDialog
from minime_admin.gui.startup import Startup
from minime_admin.services import server_database
from minime_admin.store.keychain import Keychain


def test_a_server_url_asks_for_the_password_and_remembers_it(
    qtbot: QtBot,
    pg_server: object,
    pg_url: str,
    clerk: Actor,
    clock: FixedClock,
    keychain: Keychain,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pg_server import OFFICE_PASSWORD

    monkeypatch.setenv(server_database.CA_FILE_VARIABLE, str(pg_server.ca_file))  # type: ignore[attr-defined]
    url = pg_server.url(pg_server.name_of(pg_url), tcp=True)  # type: ignore[attr-defined]
    startup = Startup(url, False, False, clerk, keychain, clock=clock)
    opened: list[object] = []
    startup.opened.connect(opened.append)
    startup.start()
    qtbot.waitUntil(lambda: isinstance(startup.dialog, ServerPasswordDialog), timeout=30_000)
    dialog = startup.dialog
    assert isinstance(dialog, ServerPasswordDialog)
    dialog.password.setText("not the password")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=30_000)
    assert "did not accept the password" in dialog.error.text()
    dialog.password.setText(OFFICE_PASSWORD)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    database = opened[0]
    assert database.on_server  # type: ignore[attr-defined]
    database.close()  # type: ignore[attr-defined]
    location = server_database.location_of(url)
    assert isinstance(location, server_database.ServerLocation)
    assert server_database.stored_password(keychain, location) == OFFICE_PASSWORD


def test_the_app_starts_on_a_server_url(pg_url: str) -> None:
    """`minime-admin --db postgresql+psycopg://…` paints its main window in the opening
    state: a server is shared by design, so the one-instance-per-file guard and the opening
    state's text take the URL as the app shows it (never a password), not as a file path."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "minime_admin", "--db", pg_url],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "PYTHONPATH": str(root),
            "QT_QPA_PLATFORM": "offscreen",
            "MINIME_ADMIN_EXIT_WHEN_SHOWN": "opening",
        },
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "shown: opening" in result.stdout.splitlines()
    assert "Traceback" not in result.stderr
