"""Issue #15.2 and #15.13: a package handed over is recorded apart from a package made, and
completes the request at the handover's own time; identity is confirmed by a method from a
list and a note, typed on the request and shown in words."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import TEST_NOW, SeedShop
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.export_scope import Scope
from minime_admin.domain.proofs import HandoverMethod, IdentityCheck
from minime_admin.domain.requests import (
    Channel,
    RequestEventKind,
    RequestType,
    Status,
    TransitionRequest,
)
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox import InboxPage
from minime_admin.gui.inbox.detail_pane import DetailPane, awaiting_handover
from minime_admin.gui.inbox.handover_dialog import HandoverDialog
from minime_admin.gui.inbox.transition_dialog import TransitionDialog
from minime_admin.services import audit, handover, requests
from minime_admin.services.database import Database
from minime_admin.services.export import export_customer
from minime_admin.services.handover import (
    HandoverBeforePackage,
    HandoverInFuture,
    HandoverNoteNeeded,
    NoPackageMade,
)
from minime_admin.services.requests import IdentityNoteNeeded

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)


@pytest.fixture
def shop(seed_shop: SeedShop) -> Database:
    return seed_shop(customers=5, seed=3)


def open_request(database: Database, clerk: Actor, channel: Channel = Channel.EMAIL) -> int:
    with database.unit_of_work() as session:
        return requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ACCESS,
                channel,
                datetime(2026, 11, 10, 9, tzinfo=UTC),
                "Ģirts",
                "Kopiju",
                customer_id=1,
            ),
        ).request_id


def test_a_package_made_leaves_the_request_open_until_it_is_handed_over(
    shop: Database, clerk: Actor, tmp_path: Path
) -> None:
    request_id = open_request(shop, clerk)
    with shop.unit_of_work() as session, pytest.raises(NoPackageMade):  # nothing made
        handover.record_handover(session, clerk, request_id, HandoverMethod.IN_PERSON, TEST_NOW)
    with shop.unit_of_work() as session:
        export_customer(session, clerk, 1, tmp_path, Scope.ACCESS, request_id=request_id)
    with shop.unit_of_work() as session:
        detail = requests.get_request(session, request_id)
        assert detail.status is Status.IN_PROGRESS and detail.closed_at is None
        assert awaiting_handover(detail)
        for at, error in (
            (TEST_NOW - timedelta(hours=1), HandoverBeforePackage),
            (TEST_NOW + timedelta(days=1), HandoverInFuture),
        ):
            with pytest.raises(error):
                handover.record_handover(session, clerk, request_id, HandoverMethod.USB_STICK, at)
        with pytest.raises(HandoverNoteNeeded):  # "other" needs words
            handover.record_handover(session, clerk, request_id, HandoverMethod.OTHER, TEST_NOW)
    assert not [e for e in _timeline(shop, request_id) if e.kind is RequestEventKind.HANDED_OVER]

    with shop.unit_of_work() as session:
        given = handover.record_handover(
            session, clerk, request_id, HandoverMethod.REGISTERED_POST, TEST_NOW, "RR123LV"
        )
        assert given.completed
        detail = requests.get_request(session, request_id)
        entry = audit.newest_first(session, limit=5)
    # The request is answered when the person got the package: closed at the handover.
    assert detail.status is Status.COMPLETED and detail.closed_at == TEST_NOW
    assert not awaiting_handover(detail)
    (given_entry,) = [e for e in detail.timeline if e.kind is RequestEventKind.HANDED_OVER]
    assert (given_entry.reason_code, given_entry.text) == ("registered_post", "RR123LV")
    assert DetailPane.timeline_text(given_entry).endswith(
        "Package handed over: By registered post: RR123LV"
    )
    handed = [e for e in entry if e.action == "export.handed_over"]
    assert handed and handed[0].note == "RR123LV"  # the words are an erasable note


def test_identity_is_a_method_from_the_list_with_a_note(shop: Database, clerk: Actor) -> None:
    request_id = open_request(shop, clerk, Channel.PHONE)
    start = TransitionRequest(Status.IN_PROGRESS)
    with shop.unit_of_work() as session, pytest.raises(IdentityNoteNeeded):
        requests.transition(session, clerk, request_id, start, identity_check=IdentityCheck.OTHER)
    with shop.unit_of_work() as session:
        requests.transition(
            session,
            clerk,
            request_id,
            start,
            "last order 1042",
            identity_check=IdentityCheck.PHONE_CALLBACK,
        )
        detail = requests.get_request(session, request_id)
    assert detail.identity_check is IdentityCheck.PHONE_CALLBACK
    assert detail.identity_method == "last order 1042"
    (entry,) = [e for e in detail.timeline if e.kind is RequestEventKind.IDENTITY]
    assert DetailPane.timeline_text(entry).endswith(
        "Identity confirmed: Called back on the phone number on the account: last order 1042"
    )


def test_an_older_free_text_identity_is_still_shown(shop: Database, clerk: Actor) -> None:
    with shop.unit_of_work() as session:
        opened = requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ACCESS,
                Channel.LETTER,
                datetime(2026, 11, 10, 9, tzinfo=UTC),
                "Ģirts",
                "Kopiju",
                identity_method="Pārbaudīts pēc pasūtījuma numura",
            ),
        )
        requests.transition(
            session, clerk, opened.request_id, TransitionRequest(Status.IN_PROGRESS)
        )
        detail = requests.get_request(session, opened.request_id)
    assert detail.identity_check is None
    (entry,) = [e for e in detail.timeline if e.kind is RequestEventKind.IDENTITY]
    assert DetailPane.timeline_text(entry).endswith(
        "Identity confirmed: Pārbaudīts pēc pasūtījuma numura"
    )


def test_command_line_records_identity_and_handover(
    shop: Database, known_clerk: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    request_id = open_request(shop, known_clerk, Channel.IN_PERSON)
    with shop.unit_of_work() as session:
        reference = requests.get_request(session, request_id).reference
    db = shop.location
    shop.close()

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--db", db, *argv], FixedClock(TEST_NOW))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, _, err = run("requests", "transition", reference, "in_progress")
    assert code != 0 and "identity" in err  # in person: how was it checked?
    code, _, err = run(
        "requests", "transition", reference, "in_progress", "--identity-method", "other"
    )
    assert code != 0 and "note" in err
    code, _, err = run(
        "requests", "transition", reference, "in_progress", "--identity-note", "ID card"
    )  # fmt: skip
    assert code != 0 and "Choose from the list" in err  # a note alone says nothing checkable
    code, _, _ = run(
        "requests", "transition", reference, "in_progress",
        "--identity-method", "id_document", "--identity-note", "ID card",
    )  # fmt: skip
    assert code == 0
    code, out, _ = run("requests", "show", reference, "--json")
    shown = json.loads(out)
    assert (shown["identity_method"], shown["identity_note"]) == ("id_document", "ID card")

    with pytest.raises(SystemExit):  # an export package is never e-mailed: not a method
        run("requests", "handed-over", reference, "--how", "email")
    code, _, err = run("requests", "handed-over", reference, "--how", "in_person")
    assert code != 0 and "No export package" in err
    code, _, _ = run("export", "--customer", "1", "--out", str(tmp_path), "--request", reference)
    code, out, err = run(
        "requests", "handed-over", reference, "--how", "secure_link", "--at", "2026-11-25T12:00"
    )
    assert code == 0, err
    assert "request completed" in out
    code, out, _ = run("requests", "show", reference, "--json")
    shown = json.loads(out)
    assert shown["status"] == "completed"
    (given,) = [e for e in shown["timeline"] if e["kind"] == "handed_over"]
    assert given["reason"] == "secure_link" and given["at"].startswith("2026-11-25T10:00")


def _timeline(database: Database, request_id: int) -> tuple[requests.TimelineEntry, ...]:
    with database.unit_of_work() as session:
        return requests.get_request(session, request_id).timeline


def test_the_request_offers_the_handover_days_later(
    qtbot: QtBot, shop: Database, clerk: Actor, tmp_path: Path
) -> None:
    request_id = open_request(shop, clerk)
    with shop.unit_of_work() as session:
        export_customer(session, clerk, 1, tmp_path, Scope.ACCESS, request_id=request_id)
    page = InboxPage(AppContext(shop, clerk))
    qtbot.add_widget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=10_000)
    page.show_request(request_id)
    qtbot.wait_until(lambda: page.detail is not None and not page.jobs.busy, timeout=10_000)
    button = page.detail_pane.handover_button
    assert button.isVisible()
    button.click()
    dialog = page.actions.dialog
    assert isinstance(dialog, HandoverDialog)
    dialog.method.setCurrentIndex(dialog.method.findData(HandoverMethod.OTHER.value))
    assert not dialog.ok.isEnabled()  # "other" needs a note
    dialog.note.setText("Nodots kurjeram")
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.wait_until(
        lambda: page.detail is not None and page.detail.status is Status.COMPLETED,
        timeout=10_000,
    )
    assert not button.isVisible()


def test_starting_work_asks_for_the_method_not_only_a_note(
    qtbot: QtBot, shop: Database, clerk: Actor
) -> None:
    request_id = open_request(shop, clerk, Channel.LETTER)
    with shop.unit_of_work() as session:
        detail = requests.get_request(session, request_id)
    dialog = TransitionDialog(detail, Status.IN_PROGRESS)
    qtbot.add_widget(dialog)
    submitted: list[bool] = []
    dialog.submitted.connect(lambda: submitted.append(True))
    methods = [dialog.identity.method.itemData(i) for i in range(dialog.identity.method.count())]
    assert methods == [None, *(c.value for c in IdentityCheck)]
    dialog.identity.note.setText("Pase")
    dialog.accept()
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    shown = [b for b in boxes if b.isVisible()]
    assert shown and "Choose from the list" in shown[0].text() and not submitted
    shown[0].close()
    dialog.identity.set_values(IdentityCheck.ID_DOCUMENT_IN_PERSON, "Pase")
    dialog.accept()
    assert submitted and dialog.identity_check() is IdentityCheck.ID_DOCUMENT_IN_PERSON


def test_an_export_for_a_request_in_progress_still_records_the_identity(
    shop: Database, clerk: Actor, tmp_path: Path
) -> None:
    request_id = open_request(shop, clerk)
    with shop.unit_of_work() as session:
        requests.transition(session, clerk, request_id, TransitionRequest(Status.IN_PROGRESS))
        export_customer(
            session, clerk, 1, tmp_path, Scope.ACCESS, request_id=request_id,
            identity_method="Smart-ID (Test Clerk)", identity_check=IdentityCheck.SMART_ID,
        )  # fmt: skip
        detail = requests.get_request(session, request_id)
    assert detail.status is Status.IN_PROGRESS and detail.identity_check is IdentityCheck.SMART_ID
    assert [e.reason_code for e in detail.timeline if e.kind is RequestEventKind.IDENTITY] == [
        "smart_id"
    ]
