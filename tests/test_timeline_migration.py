"""Migration 0008: a database whose timeline kept letters and rectifications only in words
(as the app wrote them up to 0007) is read once into typed columns, and then reads right:
the inbox lists its archived letters, the rectification letter names the fields."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import RequestEventKind
from minime_admin.gui import language, tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox import InboxPage
from minime_admin.letters.engine import render_letter
from minime_admin.letters.model import LetterKind
from minime_admin.services import database as db_service
from minime_admin.services import letters, requests
from minime_admin.store import migrate
from minime_admin.store.sqlcipher import Secret, make_engine

RECEIVED = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
OLD_PDF = b"%PDF-1.4 an acknowledgment archived before 0008"
UNARCHIVED = "Letter: erasure_done (lv) sha256:" + "ab" * 32
# The timeline as the app wrote it up to 0007: (kind, text), oldest first.
OLD_TIMELINE = (
    ("created", "email; due 2026-12-02"),
    ("action", "Letter: acknowledgment (lv) #1"),
    ("action", "Rectified email (Art. 16); partners to inform: 2"),
    ("action", "Processing restricted (Art. 18)"),
    ("action", "Rectified last_name (Art. 16); partners to inform: 0"),
    ("action", "Rectified email (Art. 16); partners to inform: 2"),
    ("action", UNARCHIVED),
    ("action", "Letter: refusal (lv) #77"),  # its letter is gone: no link to a missing row
    ("note", "Letter: refusal (lv) #1"),  # a worker's note that merely looks like one
)


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    language.apply_language("en")
    yield
    language.apply_language("en")


@pytest.fixture
def migrated(tmp_path: Path, clock: FixedClock) -> Iterator[db_service.Database]:
    path, secret = tmp_path / "old.db", Secret(raw_key=os.urandom(32))
    engine = make_engine(path, secret)
    migrate.upgrade(engine, None, target="0007")
    with engine.begin() as connection:
        _write_as_0007_did(connection)
    engine.dispose()
    database = db_service.open_with_secret(path, secret, db_service.Unlock.KEYCHAIN, clock=clock)
    yield database
    assert tasks.cancel_all_and_wait(10_000)
    database.close()


def _write_as_0007_did(connection: sa.Connection) -> None:
    tables = sa.MetaData()
    tables.reflect(connection, only=("requests", "request_events", "letters"))
    connection.execute(
        tables.tables["requests"].insert(),
        {
            "id": 1,
            "reference": "DSR-2026-0001",
            "type": "rectification",
            "channel": "email",
            "status": "in_progress",
            "received_at": RECEIVED.replace(tzinfo=None),
            "received_on": date(2026, 11, 2),
            "due_on": date(2026, 12, 2),
            "extended": False,
            "requester_name": "Ilze Kalniņa",
            "requester_email": "ilze@example.lv",
            "requester_folded": "ilze kalnina ilze@example.lv",
            "text": "Lūdzu, izlabojiet manu e-pastu un uzvārdu.",
            "is_test": False,
        },
    )
    connection.execute(
        tables.tables["letters"].insert(),
        {
            "id": 1,
            "request_id": 1,
            "kind": "acknowledgment",
            "language": "lv",
            "created_at": RECEIVED.replace(tzinfo=None),
            "actor": "Test Clerk",
            "sha256": "0" * 64,
            "pdf": OLD_PDF,
        },
    )
    connection.execute(
        tables.tables["request_events"].insert(),
        [
            {
                "request_id": 1,
                "at": RECEIVED.replace(tzinfo=None, minute=step),
                "actor": "Test Clerk",
                "kind": kind,
                "to_status": "received" if kind == "created" else None,
                "text": text,
            }
            for step, (kind, text) in enumerate(OLD_TIMELINE)
        ],
    )


def test_the_old_words_become_typed_entries(migrated: db_service.Database) -> None:
    assert migrate.current_revision(migrated.engine) == migrate.head_revision()
    with migrated.unit_of_work() as session:
        timeline = requests.get_request(session, 1).timeline
    assert [entry.text for entry in timeline] == [text for _, text in OLD_TIMELINE]  # kept
    assert [entry.kind for entry in timeline] == [
        RequestEventKind.CREATED,
        RequestEventKind.LETTER,
        RequestEventKind.ACTION,
        RequestEventKind.ACTION,
        RequestEventKind.ACTION,
        RequestEventKind.ACTION,
        RequestEventKind.LETTER,
        RequestEventKind.LETTER,
        RequestEventKind.NOTE,
    ]
    letter = timeline[1].letter
    assert letter is not None and (letter.id, letter.kind, letter.language) == (
        1,
        LetterKind.ACKNOWLEDGMENT,
        "lv",
    )
    assert [entry.letter for entry in timeline[2:]] == [None] * 7
    assert [entry.rectified_field for entry in timeline] == [
        None, None, "email", None, "last_name", "email", None, None, None,
    ]  # fmt: skip


def test_the_rectification_letter_names_the_corrected_fields(
    migrated: db_service.Database, clerk: Actor
) -> None:
    with migrated.unit_of_work() as session:
        letter = letters.compose(session, clerk, 1, LetterKind.RECTIFICATION_DONE)
    # The person reads the fields' names in their language, never the column names.
    assert letter.facts.fields_corrected == ("E-pasta adrese", "Uzvārds")
    pdf = render_letter(letter)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "esam izlabojuši šādus datus" in text.replace("\n", " ")
    assert "E-pasta adrese" in text and "Uzvārds" in text and "last_name" not in text
    with migrated.unit_of_work() as session:
        english = letters.compose(session, clerk, 1, LetterKind.RECTIFICATION_DONE, "en")
    assert english.facts.fields_corrected == ("E-mail address", "Last name")


def test_the_inbox_lists_and_reopens_the_archived_letter(
    qtbot: QtBot, migrated: db_service.Database, clerk: Actor, clock: FixedClock
) -> None:
    clock.set(RECEIVED)
    page = InboxPage(AppContext(migrated, clerk))
    qtbot.add_widget(page)
    page.show()
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=10_000)
    page.show_request(1)
    pane = page.detail_pane
    items = [pane.timeline.item(row) for row in range(pane.timeline.count())]
    reopenable = [item for item in items if item.data(Qt.ItemDataRole.UserRole) is not None]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in reopenable] == [1]
    assert "Letter “Acknowledgment of receipt” (lv), no. 1" in reopenable[0].text()
    assert any(UNARCHIVED in item.text() for item in items)  # noted, not reopenable
    assert pane.reopen_button.isVisible()
    with migrated.unit_of_work() as session:
        assert letters.reopen(session, clerk, 1) == OLD_PDF
