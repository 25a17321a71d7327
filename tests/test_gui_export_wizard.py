"""The export wizard walked as a worker would: from the inbox's request to the ZIP, checked
against the database; a cancel halfway leaves no file and the request unchanged."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from conftest import SeedShop
from PySide6.QtWidgets import QAbstractButton, QWizard
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.export_scope import PORTABLE, Scope
from minime_admin.domain.proofs import HandoverMethod, IdentityCheck
from minime_admin.domain.requests import Channel, RequestEventKind, RequestType, Status
from minime_admin.gui import tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.main_window import MainWindow
from minime_admin.gui.wizards import ExportWizard, Subject
from minime_admin.gui.wizards.launcher import subject_of_request
from minime_admin.letters.model import LetterKind
from minime_admin.services import customer_page, requests
from minime_admin.services.database import Database

AS_OF = date(2026, 11, 25)
NEXT = QWizard.WizardButton.NextButton


@pytest.fixture
def demo(seed_shop: SeedShop) -> Iterator[Database]:
    yield seed_shop(customers=30, seed=6)
    assert tasks.cancel_all_and_wait(10_000)  # before the database fixture closes it


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"  # the database lives in tmp_path itself
    folder.mkdir()
    return folder


def open_request(database: Database, clerk: Actor, customer_id: int, kind: RequestType) -> int:
    with database.unit_of_work() as session:
        return requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                kind,
                Channel.EMAIL,
                datetime(2026, 11, 20, 9, tzinfo=UTC),
                "Ģirts Bērziņš",
                "Lūdzu, atsūtiet manus datus.",
                requester_email="girts@example.lv",
                customer_id=customer_id,
            ),
        ).request_id


def detail_of(database: Database, request_id: int) -> requests.RequestDetail:
    with database.unit_of_work() as session:
        return requests.get_request(session, request_id)


def start(qtbot: QtBot, database: Database, clerk: Actor, subject: Subject) -> ExportWizard:
    wizard = ExportWizard(AppContext(database, clerk), subject)
    qtbot.add_widget(wizard)
    wizard.show()
    qtbot.wait_exposed(wizard)
    return wizard


def idle(qtbot: QtBot, wizard: ExportWizard) -> None:
    qtbot.wait_until(lambda: not wizard.busy, timeout=10_000)


def walk_to_destination(qtbot: QtBot, wizard: ExportWizard, folder: Path) -> None:
    """Request → identity → scope → preview → destination, as far as the Create button."""
    assert wizard.currentPage() is wizard.subject_page
    assert wizard.button(NEXT).isEnabled()  # the request names its customer
    wizard.next()
    assert not wizard.button(NEXT).isEnabled()  # no identity recorded yet
    fields = wizard.identity_page.identity
    fields.method.setCurrentIndex(fields.method.findData(IdentityCheck.OTHER.value))
    assert not wizard.button(NEXT).isEnabled()  # "other" says nothing without a note
    wizard.identity_page.method.setText("Rakstīja no konta e-pasta adreses")
    assert wizard.button(NEXT).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.scope_page
    wizard.next()
    idle(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page and wizard.preview is not None
    wizard.next()
    wizard.destination_page.folder.setText(str(folder))


def test_export_wizard_writes_the_package_the_database_holds(
    qtbot: QtBot, demo: Database, clerk: Actor, out: Path
) -> None:
    request_id = open_request(demo, clerk, 1, RequestType.ACCESS)
    wizard = start(qtbot, demo, clerk, subject_of_request(detail_of(demo, request_id)))
    walk_to_destination(qtbot, wizard, out)
    preview = wizard.preview
    assert preview is not None and preview.scope is Scope.ACCESS
    assert wizard.preview_page.table.rowCount() == len(preview.tables)

    wizard.next()  # Create package
    qtbot.wait_until(lambda: wizard.currentPage() is wizard.done_page, timeout=15_000)
    result = wizard.result
    assert result is not None and list(out.iterdir()) == [result.path]
    assert wizard.done_page.sha256.text() == result.sha256
    assert wizard.done_page.letter_button.isEnabled()

    with zipfile.ZipFile(result.path) as archive:
        data = json.loads(archive.read("data.json"))
        profile = list(
            csv.DictReader(io.StringIO(archive.read("profile-customers.csv").decode("utf-8-sig")))
        )
        names = set(archive.namelist())
    assert set(data["categories"]) == {c.value for c in DataCategory}
    for table in preview.tables:
        rows = data["categories"][table.category.value][table.table]
        assert len(rows) == table.rows == result.counts[f"{table.category.value}/{table.table}"]
        assert f"{table.category.value}-{table.table}.csv" in names
    with demo.unit_of_work() as session:
        page = customer_page.read_customer_page(session, 1)
    last_name = data["categories"]["profile"]["customers"][0]["last_name"]
    assert page.name.endswith(last_name) and profile[0]["last_name"] == last_name
    assert any(ch in last_name for ch in "āčēģīķļņšūž")  # Latvian letters came through whole

    detail = detail_of(demo, request_id)
    # Made is not answered (#15.2): in progress until the handover is recorded.
    assert detail.status is Status.IN_PROGRESS
    assert any(result.sha256 in entry.text for entry in detail.timeline)
    assert "(Test Clerk)" in (detail.identity_method or "")
    assert detail.identity_check is IdentityCheck.OTHER

    # The handover, from the wizard's last page: how and when; it completes the request.
    assert wizard.done_page.handover_button.isVisible()
    handing = wizard.done_page.record_handover()
    qtbot.wait_exposed(handing)
    assert "never sent by e-mail" in handing.no_email.text()
    assert [handing.method.itemData(i) for i in range(1, handing.method.count())] == [
        m.value for m in HandoverMethod
    ]  # e-mail is not among them
    assert not handing.ok.isEnabled()  # nothing chosen yet
    handing.method.setCurrentIndex(handing.method.findData(HandoverMethod.IN_PERSON.value))
    assert handing.ok.isEnabled()
    handing.ok.click()
    qtbot.wait_until(lambda: not handing.isVisible(), timeout=10_000)
    assert "completed" in wizard.done_page.status.text()
    detail = detail_of(demo, request_id)
    assert detail.status is Status.COMPLETED
    (given,) = [e for e in detail.timeline if e.kind is RequestEventKind.HANDED_OVER]
    assert given.reason_code == HandoverMethod.IN_PERSON.value

    wizard.done_page.letter_button.click()  # the app's letter dialog, on the cover letter
    qtbot.wait_until(lambda: wizard.done_page.letter_dialog is not None, timeout=5_000)
    dialog = wizard.done_page.letter_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.kind.currentData() == LetterKind.ACCESS_COVER
    dialog.reject()


def test_portability_request_preselects_the_portable_set(
    qtbot: QtBot, demo: Database, clerk: Actor, out: Path
) -> None:
    request_id = open_request(demo, clerk, 2, RequestType.PORTABILITY)
    wizard = start(qtbot, demo, clerk, subject_of_request(detail_of(demo, request_id)))
    walk_to_destination(qtbot, wizard, out)
    preview = wizard.preview
    assert preview is not None and preview.scope is Scope.PORTABILITY
    assert {t.category for t in preview.tables} == PORTABLE
    assert wizard.scope_page.boxes[DataCategory.VISIT].isChecked() is False


def test_cancel_halfway_leaves_nothing_and_the_request_unchanged(
    qtbot: QtBot, demo: Database, clerk: Actor, out: Path
) -> None:
    request_id = open_request(demo, clerk, 1, RequestType.ACCESS)
    wizard = start(qtbot, demo, clerk, subject_of_request(detail_of(demo, request_id)))
    walk_to_destination(qtbot, wizard, out)
    wizard.next()
    wizard.generate_page.cancel()  # before the job's first progress report
    idle(qtbot, wizard)
    assert wizard.currentPage() is wizard.generate_page
    assert "Nothing was saved" in wizard.generate_page.status.text()
    assert wizard.generate_page.retry_button.isVisible()
    assert list(out.iterdir()) == []  # not even a .part file
    assert detail_of(demo, request_id).status is Status.RECEIVED


def test_password_must_be_long_enough_and_repeated(
    qtbot: QtBot, demo: Database, clerk: Actor, out: Path
) -> None:
    wizard = start(qtbot, demo, clerk, Subject(1, "Customer"))
    page = wizard.destination_page
    page.folder.setText(str(out))
    page.password.setText("short")
    assert not page.isComplete()
    page.password.setText("Ķēniņš-2026")
    page.repeat.setText("Ķēniņš-2027")
    assert not page.isComplete() and "differ" in page.error.text()
    page.repeat.setText("Ķēniņš-2026")
    assert page.isComplete() and page.destination() == (out, "Ķēniņš-2026")


def test_a_customer_found_by_search_without_a_request(
    qtbot: QtBot, demo: Database, clerk: Actor
) -> None:
    wizard = start(qtbot, demo, clerk, Subject())
    page = wizard.subject_page
    idle(qtbot, wizard)  # the open requests for the list
    assert not wizard.button(NEXT).isEnabled()
    with demo.unit_of_work() as session:
        name = customer_page.read_customer_page(session, 3).name
    page.search.setText(name)
    page.run_search()
    idle(qtbot, wizard)
    page.results.setCurrentRow(0)
    assert wizard.subject.customer_id is not None and wizard.button(NEXT).isEnabled()


def test_the_inbox_opens_the_wizard_on_the_request(
    qtbot: QtBot, demo: Database, clerk: Actor
) -> None:
    access = open_request(demo, clerk, 1, RequestType.ACCESS)
    erasure = open_request(demo, clerk, 4, RequestType.ERASURE)
    window = MainWindow(demo, clerk)
    qtbot.add_widget(window)
    window.show()
    pane = window.inbox_page.detail_pane
    window.inbox_page.show_request(erasure)
    assert pane.erase_button.isVisibleTo(pane) and not pane.export_button.isVisibleTo(pane)
    window.inbox_page.show_request(access)
    assert pane.export_button.isVisibleTo(pane) and not pane.erase_button.isVisibleTo(pane)
    pane.export_button.click()
    wizard = window.wizards.wizard
    assert isinstance(wizard, ExportWizard)
    assert wizard.subject.request_id == access and wizard.subject.customer_id == 1
    wizard.reject()
    qtbot.wait_until(lambda: window.wizards.wizard is None, timeout=5_000)


def visible_cancel_buttons(wizard: ExportWizard) -> list[QAbstractButton]:
    return [
        button
        for button in wizard.findChildren(QAbstractButton)
        if button.isVisible() and button.text().replace("&", "") == "Cancel"
    ]


def test_the_progress_page_has_one_cancel_button(
    qtbot: QtBot, demo: Database, clerk: Actor, out: Path
) -> None:
    """#15.14: while the package is made, its own Cancel (stop, stay, try again) is the only
    one; once stopped, the wizard's Cancel (close) is back, again the only one."""
    request_id = open_request(demo, clerk, 1, RequestType.ACCESS)
    wizard = start(qtbot, demo, clerk, subject_of_request(detail_of(demo, request_id)))
    walk_to_destination(qtbot, wizard, out)
    assert visible_cancel_buttons(wizard) == [wizard.button(QWizard.WizardButton.CancelButton)]
    wizard.next()  # the job runs
    assert wizard.currentPage() is wizard.generate_page
    assert visible_cancel_buttons(wizard) == [wizard.generate_page.cancel_button]
    wizard.generate_page.cancel()
    idle(qtbot, wizard)
    assert wizard.generate_page.retry_button.isVisible()
    assert visible_cancel_buttons(wizard) == [wizard.button(QWizard.WizardButton.CancelButton)]
    wizard.generate_page.retry_button.click()
    assert visible_cancel_buttons(wizard) == [wizard.generate_page.cancel_button]
    qtbot.wait_until(lambda: wizard.currentPage() is wizard.done_page, timeout=15_000)
    assert visible_cancel_buttons(wizard) == []
