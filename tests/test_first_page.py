"""The inbox's first rows read at start without SQLAlchemy (#19.5, store/first_page.py).

They are shown while the rest of the app loads, so they must be exactly the rows the inbox
then lists itself, and a file that cannot be read this way must simply yield nothing: the
normal open follows and says what is wrong.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import TEST_NOW
from keyring_backend import MemoryKeyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from minime_admin.demo import database as demo_database
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.shop_time import shop_day
from minime_admin.gui import language, preferences, tasks
from minime_admin.gui.inbox.filters import FilterBar
from minime_admin.gui.main_window import MainWindow
from minime_admin.services import first_rows, requests
from minime_admin.services.database import Keychain
from minime_admin.store import first_page
from minime_admin.store.cipher_key import Secret, database_id

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database with requests in every state (made once: it takes seconds)."""
    path = tmp_path_factory.mktemp("first-page") / "demo.db"
    clerk = Actor("Test Clerk", Role.STAFF)
    demo_database.create_demo(path, clerk, FixedClock(TEST_NOW), customers=400).close()
    return path


def test_the_early_rows_are_the_inbox_default_page_row_for_row(qtbot: QtBot, demo: Path) -> None:
    """For days on which different requests are overdue, or long unverified and hidden:
    the same rows, in the same order, as the inbox's own query with its default filters."""
    filters = FilterBar()  # the inbox's filters as a start shows them
    qtbot.add_widget(filters)
    database = demo_database.open_demo(demo, FixedClock(TEST_NOW))
    secret = first_rows.demo_secret(demo)
    assert secret is not None
    hidden_on_some_day = False
    try:
        for days in (0, 20, 61, 75, 400):
            today = shop_day(TEST_NOW) + timedelta(days=days)
            early = first_page.read_first_page(demo, secret, today, 200)
            with database.unit_of_work() as session:
                query = filters.query(today, "due", False)
                listed = requests.list_requests(session, query, 0, 200)
                unverified_too = replace(query, hide_unverified_received_before=None)
                everything = requests.list_requests(session, unverified_too, 0, 200)
            assert early is not None and early == listed, days
            assert early  # the demo has work open on each of these days
            hidden_on_some_day |= len(everything) > len(listed)
        assert hidden_on_some_day  # the long-unverified rule was put to the test
    finally:
        database.close()


def test_a_file_that_cannot_be_read_early_yields_nothing(tmp_path: Path, demo: Path) -> None:
    today = shop_day(TEST_NOW)
    secret = first_rows.demo_secret(demo)
    assert secret is not None
    wrong = Secret(raw_key=bytes(32))
    assert first_page.read_first_page(demo, wrong, today, 200) is None
    assert first_page.read_first_page(tmp_path / "missing.db", secret, today, 200) is None
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(os.urandom(8192))
    assert first_page.read_first_page(damaged, secret, today, 200) is None
    # A schema the app has still to migrate: its columns may not be the ones read here.
    behind = tmp_path / "behind.db"
    behind.write_bytes(demo.read_bytes())
    (tmp_path / "behind.db.DEMO-KEY.txt").write_bytes(demo_database.key_file(demo).read_bytes())
    database = demo_database.open_demo(behind, FixedClock(TEST_NOW))
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0027'"))
    database.close()
    assert first_page.read_first_page(behind, secret, today, 200) is None
    assert first_rows.read(behind, None, today) is None  # no key known without asking


def test_the_key_comes_from_the_keychain_or_the_demo_key_file_only(
    tmp_path: Path, demo: Path, keychain: Keychain, no_keychain: Keychain
) -> None:
    secret = first_rows.demo_secret(demo)
    assert secret is not None and secret.raw_key is not None
    assert first_rows.keychain_secret(demo, keychain) is None  # not filed there
    keychain.put(database_id(demo), secret.raw_key)
    assert first_rows.keychain_secret(demo, keychain) == secret
    assert first_rows.keychain_secret(demo, no_keychain) is None
    lost = tmp_path / "lost.db"
    lost.write_bytes(demo.read_bytes())
    assert first_rows.demo_secret(lost) is None  # its key file is not beside it


def test_the_inbox_takes_over_the_early_rows_without_an_empty_moment(
    qtbot: QtBot, demo: Path, clerk: Actor
) -> None:
    today = shop_day(TEST_NOW)
    read = first_rows.read(demo, first_rows.demo_secret(demo), today)
    assert read is not None and read.rows
    main = MainWindow(location=demo, demo=True)
    qtbot.add_widget(main)
    main.show()
    assert main.opening_panel is not None
    main.opening_panel.show_rows(read.rows, read.today)
    panel_table = main.opening_panel.table
    assert panel_table is not None and panel_table.model().rowCount() == len(read.rows)
    assert main.opening_panel.heading.text() == "Opening the demo database…"  # still opening
    header = panel_table.horizontalHeader()
    language.apply_language("lv")
    try:
        assert header.model().headerData(0, Qt.Orientation.Horizontal) == "Pieprasījums"
        assert main.opening_panel.heading.text() == "Atver demonstrācijas datubāzi…"
    finally:
        language.apply_language("en")
    panel_widths = [panel_table.columnWidth(c) for c in range(panel_table.model().columnCount())]
    database = demo_database.open_demo(demo, FixedClock(TEST_NOW))
    try:
        main.open(database, clerk)
        model = main.inbox_page.model
        assert model.rows == read.rows and model.loading  # shown before its own page came
        widths = [main.inbox_page.table.columnWidth(c) for c in range(model.columnCount())]
        assert widths == panel_widths  # the columns do not jump either
        with qtbot.wait_signal(model.first_page_loaded, timeout=20_000):
            pass
        assert model.rows == read.rows and not model.loading
    finally:
        assert tasks.cancel_all_and_wait(10_000)
        database.close()


def test_a_folder_name_with_spaces_latvian_letters_and_signs_is_read(
    tmp_path: Path, demo: Path
) -> None:
    """The file is opened by a URI (read-only): its name must survive being one."""
    folder = tmp_path / "Ģirts Ķēniņš #1 ?50%"
    folder.mkdir()
    copy = folder / "office.db"
    copy.write_bytes(demo.read_bytes())
    secret = first_rows.demo_secret(demo)
    assert secret is not None
    today = shop_day(TEST_NOW)
    rows = first_page.read_first_page(copy, secret, today, 200)
    assert rows and rows == first_page.read_first_page(demo, secret, today, 200)


@pytest.mark.slow
def test_a_start_on_a_keychain_database_shows_its_first_rows_early(
    tmp_path: Path, isolated_environment: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The office's own case: a file whose key is in the keychain. The whole app in a child
    process, its keychain a file here (tests/keyring_backend.py): the first rows are read
    early with the keychain's key, and the database then opens without reading it again."""
    from minime_admin.cli import main

    path = tmp_path / "office.db"
    clock = FixedClock(TEST_NOW)
    # The first manager made with the file, and this desk's profile set: nothing to ask.
    monkeypatch.setenv("MINIME_ADMIN_USER_PASSWORD", "dzeltenā laiva pie Ķemeru priedēm 48")
    assert main(["--db", str(path), "init"], clock) == 0
    preferences.save_staff_profile(Actor("Test Clerk", Role.MANAGER))
    assert main(["--db", str(path), "seed-demo", "--customers", "200"], clock) == 0
    key = isolated_environment.get_password("minime-admin", database_id(path))
    assert key
    keyring_file = tmp_path / "keyring.json"
    keyring_file.write_text(json.dumps({f"minime-admin/{database_id(path)}": key}))
    reads = tmp_path / "keyring-reads.txt"

    def start(until: str) -> list[str]:
        """The app started on the file until ``until``; its phases, as it traced them."""
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from minime_admin.cli import main; sys.exit(main())",
                "--db",
                str(path),
            ],
            capture_output=True,
            text=True,
            env={
                **os.environ,
                "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'tests'}",
                "QT_QPA_PLATFORM": "offscreen",
                "PYTHON_KEYRING_BACKEND": "keyring_backend.FileKeyring",
                "MINIME_TEST_KEYRING": str(keyring_file),
                "MINIME_TEST_KEYRING_READS": str(reads),
                "MINIME_ADMIN_EXIT_WHEN_SHOWN": until,
                "MINIME_ADMIN_STARTUP_TRACE": "1",
            },
            timeout=180,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert f"shown: {until}" in result.stdout.splitlines()
        return [line.split(") ", 1)[1] for line in result.stderr.splitlines() if "startup:" in line]

    phases = start("inbox")
    assert phases.index("first rows read") < phases.index("first rows shown")
    reads.unlink()
    phases = start("ready")  # the inbox itself, opened with the keychain's key
    assert "first rows read" in phases and "database open" in phases
    assert reads.read_text().splitlines() == [database_id(path)]  # the keychain asked once
