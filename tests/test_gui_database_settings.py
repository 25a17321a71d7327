"""Settings › Database and the start-up choice (issue #18), against the real PostgreSQL that
tests/pg_server.py starts; the keychain is the tests' memory backend (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.gui import app, preferences, tasks
from minime_admin.gui.database_settings import DatabaseSettingsBox
from minime_admin.gui.startup import Startup
from minime_admin.services import server_database, server_settings
from minime_admin.services.database import Created, Database
from minime_admin.services.server_settings import ServerFields
from minime_admin.store.keychain import Keychain

Button = QMessageBox.StandardButton


@pytest.fixture
def box(qtbot: QtBot, created: Created, keychain: Keychain) -> Iterator[DatabaseSettingsBox]:
    shown = DatabaseSettingsBox(created.database, keychain)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    assert tasks.cancel_all_and_wait(10_000)


def _fill(box: DatabaseSettingsBox, server: object, url: str, password: str) -> None:
    box.server_radio.setChecked(True)
    box.host_edit.setText(url)  # pasted: split into the fields
    box.ca_edit.setText(str(server.ca_file))  # type: ignore[attr-defined]
    box.password_edit.setText(password)


def _test(qtbot: QtBot, box: DatabaseSettingsBox) -> str:
    with qtbot.waitSignal(box.tested, timeout=30_000) as signal:
        box.test_button.click()
    return str(signal.args[0])


def test_the_box_shows_the_open_file_and_starts_on_it(
    box: DatabaseSettingsBox, created: Created
) -> None:
    assert box.file_radio.isChecked()
    assert str(created.database.path) in box.current.text()
    assert box.file_edit.text() == str(created.database.path)
    assert not box.host_edit.isEnabled() and not box.test_button.isEnabled()


def test_choose_the_server_test_it_and_remember_it_without_the_password(
    qtbot: QtBot,
    box: DatabaseSettingsBox,
    pg_server: object,
    pg_url: str,
    keychain: Keychain,
    clerk: Actor,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pg_server import OFFICE_PASSWORD

    monkeypatch.delenv(server_database.PASSWORD_VARIABLE, raising=False)
    monkeypatch.delenv(server_database.CA_FILE_VARIABLE, raising=False)
    server = pg_server
    tcp = server.url(server.name_of(pg_url), tcp=True)  # type: ignore[attr-defined]
    _fill(box, server, tcp, OFFICE_PASSWORD)
    assert box.host_edit.text() == "127.0.0.1"
    assert box.port_spin.value() == server.port  # type: ignore[attr-defined]
    assert box.user_edit.text() == "office"
    assert box.name_edit.text() == server.name_of(pg_url)  # type: ignore[attr-defined]
    assert box.password_edit.isEnabled()

    assert _test(qtbot, box).startswith("Connected to postgresql+psycopg://office@127.0.0.1:")

    box.password_edit.setText("not the password")
    answer = _test(qtbot, box)
    assert answer.startswith("Not connected.") and "did not accept the password" in answer
    assert "not the password" not in answer

    box.password_edit.setText(OFFICE_PASSWORD)
    box.ca_edit.setText(str(server.other_ca_file))  # type: ignore[attr-defined]
    assert "could not prove who it is" in _test(qtbot, box)

    box.ca_edit.setText(str(server.ca_file))  # type: ignore[attr-defined]
    with qtbot.waitSignal(box.saved, timeout=30_000):
        box.save_button.click()
    assert "The password is kept in the keychain." in box.status.text()
    assert "Start the app again" in box.status.text()
    assert box.password_edit.text() == ""
    assert box.password_edit.placeholderText() == "kept in the keychain; type to replace it"

    settings_file = Path(preferences.open_settings().fileName())
    written = settings_file.read_text(encoding="utf-8")
    assert OFFICE_PASSWORD not in written
    assert "127.0.0.1" in written and str(server.ca_file) in written  # type: ignore[attr-defined]
    choice = preferences.database_choice()
    assert choice.on_server and choice.ca_file == str(server.ca_file)  # type: ignore[attr-defined]
    location = server_database.location_of(choice.server_url)
    assert isinstance(location, server_database.ServerLocation)
    assert server_database.stored_password(keychain, location) == OFFICE_PASSWORD

    # The next start without --db opens the remembered server, its password from the keychain.
    db_path, ca_file, _file = app._chosen_database(None, False, None)
    assert db_path == choice.server_url and ca_file == server.ca_file  # type: ignore[attr-defined]
    startup = Startup(db_path, False, False, clerk, keychain, clock=clock, ca_file=ca_file)
    opened: list[Database] = []
    startup.opened.connect(opened.append)
    startup.start()
    qtbot.waitUntil(lambda: bool(opened) or startup.finished, timeout=30_000)
    assert opened, startup.dialog
    assert opened[0].on_server and opened[0].location == choice.server_url
    opened[0].close()


def test_an_empty_database_and_a_role_without_rights_each_get_their_sentence(
    qtbot: QtBot, box: DatabaseSettingsBox, pg_server: object, pg_url: str
) -> None:
    server = pg_server
    empty = server.new_database(template=None)  # type: ignore[attr-defined]
    try:
        _fill(box, server, server.url(empty), "")  # type: ignore[attr-defined]
        assert box.options_label.isVisibleTo(box)  # the socket and sslmode=disable, kept
        assert "sslmode=disable" in box.options_label.text()
        assert "is empty. Set it up with" in _test(qtbot, box)
    finally:
        server.drop_database(empty)  # type: ignore[attr-defined]
    name = server.name_of(pg_url)  # type: ignore[attr-defined]
    server.sql("CREATE ROLE reader LOGIN")  # type: ignore[attr-defined]
    try:
        server.sql("GRANT SELECT ON alembic_version TO reader", dbname=name)  # type: ignore[attr-defined]
        _fill(box, server, server.url(name, user="reader"), "")  # type: ignore[attr-defined]
        assert "may not work in the database" in _test(qtbot, box)
    finally:
        server.sql(
            f'DROP OWNED BY reader CASCADE; REVOKE ALL ON DATABASE "{name}" FROM reader',
            dbname=name,
        )  # type: ignore[attr-defined]
        server.sql("DROP ROLE reader")  # type: ignore[attr-defined]
    _fill(box, server, server.url(name), "")  # type: ignore[attr-defined]
    assert "this user may work in it" in _test(qtbot, box)


def test_an_unreachable_remembered_server_offers_retry_or_the_file(
    qtbot: QtBot, created: Created, keychain: Keychain, clerk: Actor, clock: FixedClock
) -> None:
    path = created.database.path
    assert path is not None
    created.database.close()
    down = "postgresql+psycopg://office@127.0.0.1:1/minime?sslmode=disable"
    preferences.save_database_choice(preferences.DatabaseChoice(True, str(path), down, ""))
    db_path, ca_file, file_instead = app._chosen_database(None, False, None)
    assert db_path == down and file_instead == path
    startup = Startup(
        db_path, False, False, clerk, keychain, clock=clock, ca_file=ca_file,
        file_instead=file_instead,
    )  # fmt: skip
    opened: list[Database] = []
    startup.opened.connect(opened.append)
    startup.start()
    qtbot.waitUntil(lambda: isinstance(startup.dialog, QMessageBox), timeout=30_000)
    box = startup.dialog
    assert isinstance(box, QMessageBox)
    assert "cannot be reached" in box.text() and str(path) in box.text()
    assert "Traceback" not in box.text()
    box.button(Button.Retry).click()  # still down: asked again, nothing else opened
    qtbot.waitUntil(
        lambda: isinstance(startup.dialog, QMessageBox) and startup.dialog is not box,
        timeout=30_000,
    )
    assert not opened
    again = startup.dialog
    assert isinstance(again, QMessageBox)
    assert again.button(Button.Open).text() == "&Open this computer's file"
    again.button(Button.Open).click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert opened[0].path == path and not opened[0].on_server
    opened[0].close()
    assert preferences.database_choice().on_server  # this start only: the choice stays


def test_fields_and_url_round_trip_and_a_password_is_never_kept() -> None:
    pasted = "postgresql://anna:secret@/minime?host=/run/postgresql&sslmode=disable"
    fields = server_settings.fields_from_url(pasted)
    assert fields == ServerFields(
        "", 5432, "minime", "anna", (("host", "/run/postgresql"), ("sslmode", "disable"))
    )
    assert fields.complete
    url = server_settings.url_from_fields(fields)
    assert "secret" not in url and "sslmode=disable" in url
    assert server_settings.fields_from_url(url) == fields
    assert server_settings.url_from_fields(
        ServerFields("db.office.lan", 6543, "minime", "anna")
    ) == ("postgresql+psycopg://anna@db.office.lan:6543/minime")
    assert not ServerFields("db.office.lan", 5432, "", "anna").complete
    with pytest.raises(ValueError):
        preferences.save_database_choice(
            preferences.DatabaseChoice(True, "", "postgresql://anna:secret@db/minime", "")
        )
    assert not preferences.database_choice().on_server


def test_the_app_started_without_db_opens_the_remembered_server(
    server_database: Database, pg_url: str, clerk: Actor, tmp_path: Path
) -> None:
    """The real restart: `minime-admin` with no --db reaches its main window on the server
    Settings › Database remembered. Had it opened a file instead, the data folder's empty
    file would have asked "Create a new database?", which fails an unattended run."""
    import os
    import subprocess
    import sys

    from minime_admin.domain.actor import Role
    from minime_admin.services import users

    with server_database.unit_of_work() as session:
        users.add_first_manager(
            session, clerk, "Anna Kalniņa", "Vadītāja", "juniper canoe lantern orbit"
        )
    preferences.save_staff_profile(Actor("Anna Kalniņa", Role.MANAGER, "Vadītāja"))
    remembered = server_settings.url_from_fields(server_settings.fields_from_url(pg_url))
    preferences.save_database_choice(preferences.DatabaseChoice(True, "", remembered, ""))
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "minime_admin"],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "PYTHONPATH": str(root),
            "QT_QPA_PLATFORM": "offscreen",
            "MINIME_ADMIN_EXIT_WHEN_SHOWN": "main",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # never the real one
        },
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "shown: main" in result.stdout.splitlines()
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "data" / "minime.db").exists()
