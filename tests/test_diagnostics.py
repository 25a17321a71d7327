"""Unexpected errors: one sentence, exit 70, a crash report without personal data; the log.

The unexpected error is a real one: the ``requests`` table is renamed behind the app's back,
so opening a request fails inside SQLAlchemy with an error whose message quotes the SQL
parameters (the requester's e-mail) and whose frames hold the requester's name in locals.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from minime_admin import logs, paths
from minime_admin.cli import EXIT_CRASH, main
from minime_admin.domain.clock import FixedClock
from minime_admin.gui.messages import ErrorHook
from minime_admin.services import customer_search
from minime_admin.services import database as db_service
from minime_admin.store import migrate, sqlcipher
from minime_admin.store.keychain import Keychain
from minime_admin.store.models import Customer

FIRST, LAST, EMAIL = "Ģirts", "Ķēniņš-Žūriņa", "girts@example.lv"
NAME = f"{FIRST} {LAST}"
# Every spelling of the person that must never reach a file under logs/.
PERSONAL = ("ģirts", "girts", "ķēniņš", "kenins", "žūriņa", "zurina", "example.lv")
ADD_REQUEST = ("requests", "add", "--type", "access", "--email", EMAIL, "--name", NAME)


@pytest.fixture
def db(database: db_service.Database, clock: FixedClock) -> str:
    """A database holding one customer, closed so that the command opens it itself."""
    with database.unit_of_work() as session:
        person = Customer(
            first_name=FIRST, last_name=LAST, email=EMAIL, language="lv", created_at=clock.now()
        )
        session.add(person)
        session.flush()
        customer_search.refresh_customers(session, [person.id])
    database.close()
    return str(database.path)


def break_requests_table(path: str, keychain: Keychain, clock: FixedClock) -> None:
    """What a stray SQLite tool could do: the app's table is no longer where it belongs."""
    database = db_service.open_database(Path(path), keychain, clock=clock)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE requests RENAME TO requests_elsewhere")
    database.close()


def logs_text() -> str:
    folder = paths.logs_dir()
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "An unexpected error stopped the command; a report for the developers"),
        ("lv", "Negaidīta kļūda apturēja komandu; ziņojums izstrādātājiem bez personas datiem"),
    ],
)
def test_an_unexpected_error_exits_70_with_one_sentence_and_a_crash_report(
    db: str,
    keychain: Keychain,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    sentence: str,
) -> None:
    break_requests_table(db, keychain, clock)
    monkeypatch.setenv("MINIME_ADMIN_LANG", language)

    code = main(["--db", db, *ADD_REQUEST], clock)

    err = capsys.readouterr().err
    assert code == EXIT_CRASH == 70
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert err.startswith(f"minime-admin: {sentence}")
    (report,) = paths.logs_dir().glob("crash-*.txt")
    assert report.name == f"crash-20261125-100000-{os.getpid()}.txt"  # the clock's time
    assert str(report) in err
    if os.name == "posix":
        assert report.stat().st_mode & 0o777 == 0o600

    text = report.read_text(encoding="utf-8")
    assert "command: requests add" in text and "version: 0.1.0" in text
    assert "sqlalchemy.exc.OperationalError" in text
    assert re.search(r"minime_admin/services/requests\.py, line \d+, in open_request", text)
    assert "minime_admin/cli/__init__.py" in text and "caused by: " in text
    assert "no such table" not in text  # the exception's message is left out
    assert os.path.expanduser("~") not in text and str(Path(db).parent) not in text
    assert not [word for word in PERSONAL if word in text.lower()]


def test_the_crash_report_leaves_out_messages_and_values_that_quote_a_person(
    tmp_path: Path, clock: FixedClock
) -> None:
    from minime_admin import crash

    def lookup(person: dict[str, str]) -> str:
        return person["phone"]  # a KeyError is not it: the message is the e-mail's text

    try:
        try:
            lookup({"name": NAME, "email": EMAIL})
        except KeyError as error:
            raise ValueError(f"no phone for {NAME} <{EMAIL}>") from error
    except ValueError as error:
        report = crash.write_report(error, "customers show", clock, folder=tmp_path)
    assert report is not None and report.parent == tmp_path
    text = report.read_text(encoding="utf-8")
    assert text.splitlines()[:2] == ["minime-admin crash report", "time: 2026-11-25T10:00:00Z"]
    assert "\nValueError\n" in text and "caused by: KeyError" in text
    assert "in lookup" in text and 'return person["phone"]' in text  # the code line is kept
    assert not [word for word in PERSONAL if word in text.lower()]


def test_the_error_hook_writes_a_report_and_names_it_in_the_dialog(
    qtbot: QtBot, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    hook = ErrorHook(clock)
    hook.install()
    try:
        try:
            {"email": EMAIL}[NAME]  # a real KeyError whose message is the person's name
        except KeyError as error:
            sys.excepthook(type(error), error, error.__traceback__)
            sys.excepthook(type(error), error, error.__traceback__)  # the same failure again
        box = hook._box
        assert box is not None
        qtbot.wait_exposed(box)
        (report,) = paths.logs_dir().glob("crash-*.txt")  # one report for one failure
        assert "Something went wrong" in box.text() and str(report) in box.text()
        assert FIRST not in box.text()
        text = report.read_text(encoding="utf-8")
        assert "command: gui" in text and "\nKeyError\n" in text
        assert "in test_the_error_hook_writes_a_report_and_names_it_in_the_dialog" in text
        assert not [word for word in PERSONAL if word in text.lower()]
        box.button(QMessageBox.StandardButton.Ok).click()
        assert hook._box is None
    finally:
        hook.uninstall()
    assert "KeyError" in capsys.readouterr().err  # the developer's traceback, on stderr only


EML = f"""From: {NAME} <{EMAIL}>
To: privacy@minime.lv
Subject: {NAME}: lūdzu dzēsiet manus datus
Date: Tue, 24 Nov 2026 09:15:00 +0200
Message-ID: <girts-1@example.lv>
Content-Type: text/plain; charset=utf-8

Labdien! Lūdzu, dzēsiet visus manus datus. {NAME}, {EMAIL}
"""


def test_the_log_records_what_the_app_did_and_nothing_about_the_person(
    db: str,
    keychain: Keychain,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    eml = tmp_path / "message.eml"
    eml.write_text(EML, encoding="utf-8")
    commands = [
        [*ADD_REQUEST],
        ["requests", "import-eml", str(eml)],
        ["customers", "search", LAST],
        ["customers", "show", "1", "--reason", f"{NAME} asked"],
        ["retention", "sweep"],
        ["requests", "show", "DSR-2099-0001"],  # a known error
    ]
    codes = [main(["--db", db, *argv], clock) for argv in commands]
    out = capsys.readouterr().out
    assert codes == [0, 0, 0, 0, 0, 1] and FIRST in out  # the commands did see the person
    break_requests_table(db, keychain, clock)
    assert main(["--db", db, *ADD_REQUEST], clock) == EXIT_CRASH

    log = paths.logs_dir() / logs.LOG_FILE
    if os.name == "posix":
        assert log.stat().st_mode & 0o777 == 0o600
    text = log.read_text(encoding="utf-8")
    assert "minime-admin 0.1.0: command requests add" in text
    assert re.search(r"database [0-9a-f]{32} \(shop\.db\) opened with the keychain", text)
    assert re.search(r"e-mail imported as request \d+ \(erasure\): 0 attachments", text)
    assert re.search(r"retention sweep as of [-\d]{10}: deleted per rule \{'payment", text)
    assert "command requests show refused: NoSuchRequest" in text
    assert "command requests add crashed (OperationalError); report: crash-2026" in text
    everything = logs_text().lower()
    assert not [word for word in PERSONAL if word in everything]


def test_a_migration_is_logged(tmp_path: Path, keychain: Keychain, clock: FixedClock) -> None:
    path = tmp_path / "old.db"
    raw = os.urandom(32)
    engine = sqlcipher.make_engine(path, sqlcipher.Secret(raw_key=raw))
    migrate.upgrade(engine, None, target="0001")
    engine.dispose()
    keychain.put(sqlcipher.database_id(path), raw)
    raw_db_id = sqlcipher.database_id

    assert main(["--db", str(path), "audit", "verify"], clock) == 0

    text = (paths.logs_dir() / logs.LOG_FILE).read_text(encoding="utf-8")
    head = migrate.head_revision()
    assert (
        f"schema of old.db: revision 0001 -> {head}; safety copy: minime-{raw_db_id(path)}-" in text
    )


def test_logging_is_switched_off_when_the_command_ends(db: str, clock: FixedClock) -> None:
    import logging

    assert main(["--db", db, "requests", "list"], clock) == 0
    assert not logging.getLogger("minime_admin").handlers
    switch_off = logs.configure()
    logs.configure()()  # a second entry point inside the first shares its log, and leaves it
    assert len(logging.getLogger("minime_admin").handlers) == 1
    switch_off()
    assert not logging.getLogger("minime_admin").handlers


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_rotated_logs_stay_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    monkeypatch.setattr(logs, "MAX_BYTES", 300)
    switch_off = logs.configure(tmp_path / "logs")
    try:
        for number in range(60):
            logging.getLogger("minime_admin.test").info("line %d of the rotation test", number)
    finally:
        switch_off()
    files = sorted((tmp_path / "logs").iterdir())
    assert [f.name for f in files][:2] == ["minime-admin.log", "minime-admin.log.1"]
    assert len(files) == 1 + logs.BACKUPS
    assert {f.stat().st_mode & 0o777 for f in files} == {0o600}
