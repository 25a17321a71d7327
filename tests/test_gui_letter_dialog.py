"""The letter dialog: a live preview, saving and printing that archive each letter once,
the letter on the request's timeline, and reopening it from there."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from conftest import SeedShop
from printing import print_to_file
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from minime_admin.domain.actor import Actor
from minime_admin.domain.requests import (
    Channel,
    HoldReason,
    RequestType,
    Status,
    TransitionRequest,
)
from minime_admin.gui import language, letter_dialog, tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox import InboxPage
from minime_admin.gui.letter_dialog import (
    KIND_NAMES,
    LetterDialog,
    kind_name,
    offered_kinds,
    suggested_kind,
)
from minime_admin.gui.pdf_view import PdfViewerDialog, PrintJob, rasterize
from minime_admin.letters.catalogue import LETTERS
from minime_admin.letters.model import LetterKind
from minime_admin.services import audit, customer_page, letters, requests
from minime_admin.services.database import Database

AS_OF = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
NAME = "Ģirts Ķēniņš-Žūriņš"


def text_of(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")


@pytest.fixture
def seeded(seed_shop: SeedShop) -> Iterator[Database]:
    yield seed_shop(customers=20, seed=3)
    assert tasks.cancel_all_and_wait(10_000)  # before the database fixture closes it


def open_for(database: Database, clerk: Actor, customer_id: int, name: str = NAME) -> int:
    with database.unit_of_work() as session:
        opened = requests.open_request(
            session, clerk,
            requests.NewRequest(RequestType.ACCESS, Channel.EMAIL,
                                datetime(2026, 11, 20, 9, 30, tzinfo=UTC), name,
                                "Lūdzu, atsūtiet kopiju par maniem datiem.",
                                customer_id=customer_id),
        )  # fmt: skip
    return opened.request_id


@pytest.fixture
def page(qtbot: QtBot, seeded: Database, clerk: Actor) -> InboxPage:
    request_id = open_for(seeded, clerk, 1)
    page = InboxPage(AppContext(seeded, clerk))
    qtbot.add_widget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=10_000)
    page.show_request(request_id)
    return page


def open_dialog(qtbot: QtBot, page: InboxPage) -> LetterDialog:
    page.detail_pane.letter_button.click()
    dialog = page.detail_pane.letters.dialog
    assert dialog is not None
    settle(qtbot, dialog)
    return dialog


def settle(qtbot: QtBot, dialog: LetterDialog) -> None:
    qtbot.wait_until(lambda: not dialog.busy, timeout=10_000)


def choose(dialog: LetterDialog, kind: LetterKind) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_opens_in_the_customers_language_with_the_letter_for_this_step(
    qtbot: QtBot, page: InboxPage, seeded: Database, clerk: Actor
) -> None:
    dialog = open_dialog(qtbot, page)
    assert dialog.language.currentData() == "lv"  # customer 1 writes in Latvian
    assert dialog.language.currentText() == "Latvian (the customer's)"
    assert dialog.kind.currentData() == LetterKind.ACKNOWLEDGMENT  # a new request
    assert dialog.kind.currentText() == "Acknowledgment of receipt"
    assert len(dialog.preview.pages) >= 1
    assert not dialog.preview.pages[0].pixmap().isNull()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    dialog.reject()

    with seeded.unit_of_work() as session:
        english_id = next(
            n for n in range(2, 21) if customer_page.read_customer_page(session, n).language == "en"
        )
    page.show_request(open_for(seeded, clerk, english_id, "Jane Doe"))
    dialog = open_dialog(qtbot, page)
    assert dialog.language.currentData() == "en"
    assert dialog.letter is not None and dialog.letter.language == "en"


def test_the_preview_follows_the_kind_and_the_paragraph(
    qtbot: QtBot, page: InboxPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, page)
    rendered: list[LetterKind] = []
    real = letter_dialog.render_letter

    def counting(letter: letters.LetterData) -> bytes:
        rendered.append(letter.kind)
        return real(letter)

    monkeypatch.setattr(letter_dialog, "render_letter", counting)
    first = dialog.preview.pdf
    choose(dialog, LetterKind.IDENTITY_REQUEST)
    settle(qtbot, dialog)
    assert dialog.letter is not None and dialog.letter.kind is LetterKind.IDENTITY_REQUEST
    assert dialog.preview.pdf != first and len(dialog.preview.pages) >= 1
    assert LETTERS[LetterKind.IDENTITY_REQUEST]["lv"].subject in text_of(dialog.preview.pdf or b"")

    choose(dialog, LetterKind.ACKNOWLEDGMENT)
    dialog.paragraph.setFocus()
    qtbot.keyClicks(dialog.paragraph, "Zvaniet mums darba laika.")  # QTest types ASCII only
    settle(qtbot, dialog)
    assert rendered == [
        LetterKind.IDENTITY_REQUEST,
        LetterKind.ACKNOWLEDGMENT,
    ]  # one render per pause
    assert "Zvaniet mums darba laika." in text_of(dialog.preview.pdf or b"")
    # The preview is exactly what would go out.
    assert dialog.letter is not None
    assert dialog.preview.pdf == real(dialog.letter)


def test_save_archives_once_and_files_the_letter_on_the_timeline(
    qtbot: QtBot, page: InboxPage, seeded: Database, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, page)
    dialog.paragraph.setPlainText("Ar cieņu gaidām Jūsu ziņu.")
    settle(qtbot, dialog)
    dialog.choose_save_path = lambda name: str(tmp_path / name)
    dialog.save_button.click()
    settle(qtbot, dialog)

    request_id = page.detail_pane.detail.id if page.detail_pane.detail else 0
    saved = tmp_path / f"{dialog.detail.reference}-acknowledgment-lv.pdf"
    text = text_of(saved.read_bytes())
    assert "Ģirts" in text and dialog.detail.reference in text
    assert "Ar cieņu gaidām Jūsu ziņu." in text
    with seeded.unit_of_work() as session:
        archived = letters.letters_of(session, request_id)
    assert [(r.kind, r.language) for r in archived] == [("acknowledgment", "lv")]
    assert "Filed on the request's timeline as no." in dialog.status.text()
    timeline = [page.detail_pane.timeline.item(n) for n in range(page.detail_pane.timeline.count())]
    letter_items = [
        item for item in timeline if item.data(Qt.ItemDataRole.UserRole) == archived[0].id
    ]
    assert letter_items and "Letter “Acknowledgment of receipt” (lv)" in letter_items[0].text()
    assert page.detail_pane.reopen_button.isVisible()

    # Printing the same letter files nothing new.
    print_to_file(qtbot, dialog.print_button, tmp_path / "printed.pdf")
    qtbot.wait_until(lambda: "Sent to the printer" in dialog.status.text(), timeout=10_000)
    with seeded.unit_of_work() as session:
        assert len(letters.letters_of(session, request_id)) == 1
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 1

    # A changed letter is a new letter.
    dialog.paragraph.setPlainText("Citi vārdi.")
    settle(qtbot, dialog)
    dialog.save_button.click()
    settle(qtbot, dialog)
    with seeded.unit_of_work() as session:
        assert len(letters.letters_of(session, request_id)) == 2

    # Back to the first words: that letter is filed already.
    dialog.paragraph.setPlainText("Ar cieņu gaidām Jūsu ziņu.")
    settle(qtbot, dialog)
    dialog.save_button.click()
    settle(qtbot, dialog)
    with seeded.unit_of_work() as session:
        assert len(letters.letters_of(session, request_id)) == 2
    assert f"no. {archived[0].id}." in dialog.status.text()


def test_a_letter_without_its_facts_says_so_instead_of_a_preview(
    qtbot: QtBot, page: InboxPage, seeded: Database, clerk: Actor
) -> None:
    # An erasure completed by hand, not by the erasure wizard: no list of what was erased.
    with seeded.unit_of_work() as session:
        request_id = requests.open_request(
            session, clerk,
            requests.NewRequest(RequestType.ERASURE, Channel.EMAIL, NOW, NAME, "Dzēsiet.",
                                customer_id=1),
        ).request_id  # fmt: skip
        for status in (Status.IDENTITY_CHECK, Status.IN_PROGRESS, Status.COMPLETED):
            requests.transition(session, clerk, request_id, TransitionRequest(status))
    page.show_request(request_id)
    dialog = open_dialog(qtbot, page)
    choose(dialog, LetterKind.ERASURE_DONE)
    settle(qtbot, dialog)
    assert dialog.preview.message.isVisible() and not dialog.preview.pages
    assert "Erasure done (Art. 17)" in dialog.preview.message.text()
    assert "what was erased" in dialog.preview.message.text()
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    choose(dialog, LetterKind.ACKNOWLEDGMENT)
    settle(qtbot, dialog)
    assert not dialog.preview.message.isVisible() and dialog.preview.pages


def test_a_letter_reopens_from_the_timeline(
    qtbot: QtBot, page: InboxPage, seeded: Database, clerk: Actor, tmp_path: Path
) -> None:
    request_id = page.detail.id if page.detail else 0
    with seeded.unit_of_work() as session:
        letter = letters.compose(session, clerk, request_id, LetterKind.ACCESS_COVER)
        letter_id, pdf = letters.produce(session, clerk, letter, request_id)
    page.request_changed(request_id)
    pane = page.detail_pane
    row = next(
        n
        for n in range(pane.timeline.count())
        if f"no. {letter_id}" in pane.timeline.item(n).text()
    )
    assert not pane.reopen_button.isEnabled()
    pane.timeline.setCurrentRow(row)
    assert pane.reopen_button.isEnabled()
    pane.reopen_button.click()
    qtbot.wait_until(lambda: pane.letters.viewer is not None, timeout=10_000)
    viewer = pane.letters.viewer
    assert viewer is not None and viewer.pdf == pdf
    qtbot.wait_until(lambda: not viewer.view.busy, timeout=10_000)
    # The access answer runs onto further pages (every disclosure is listed); all are shown.
    assert len(viewer.view.pages) == len(PdfReader(io.BytesIO(pdf)).pages) >= 2
    with seeded.unit_of_work() as session:
        assert audit.newest_first(session, limit=1)[0].action == "letter.reopened"

    viewer.choose_save_path = lambda name: str(tmp_path / name)
    viewer.save_button.click()
    copy = tmp_path / f"{page.detail.reference if page.detail else ''}-letter-{letter_id}.pdf"
    qtbot.wait_until(copy.exists, timeout=10_000)
    assert copy.read_bytes() == pdf
    viewer.close()


def test_the_print_job_paints_every_page_onto_the_printer(
    qtbot: QtBot, seeded: Database, clerk: Actor, tmp_path: Path
) -> None:
    request_id = open_for(seeded, clerk, 1)
    with seeded.unit_of_work() as session:
        letter = letters.compose(session, clerk, request_id, LetterKind.ACCESS_COVER)
    pdf = letter_dialog.render_letter(letter)
    printer = pdf_printer(tmp_path / "out.pdf")
    job = PrintJob(printer, pdf)
    assert job.dpi == 300  # capped: a 1200 dpi page would be half a gigabyte
    with qtbot.wait_signal(job.finished, timeout=20_000):
        job.start()
    printed = PdfReader(tmp_path / "out.pdf")
    assert len(printed.pages) == len(PdfReader(io.BytesIO(pdf)).pages) >= 2
    width, height = (float(v) for v in printed.pages[0].mediabox.upper_right)
    assert abs(width - 595) < 2 and abs(height - 842) < 2  # A4, the letter's own size
    # Painted, not blank: the page's image is mostly white but has ink.
    image = rasterize((tmp_path / "out.pdf").read_bytes(), width_px=200)[0]
    inked = sum(
        1 for x in range(0, 200, 4) for y in range(0, image.height(), 4)
        if image.pixelColor(x, y).lightness() < 128
    )  # fmt: skip
    assert inked > 20


def test_kind_names_are_the_catalogues_titles_in_both_languages() -> None:
    assert {kind: KIND_NAMES[kind] for kind in LetterKind} == {
        kind: LETTERS[kind]["en"].title for kind in LetterKind
    }
    language.apply_language("lv")
    assert {kind: kind_name(kind) for kind in LetterKind} == {
        kind: LETTERS[kind]["lv"].title for kind in LetterKind
    }


def test_the_suggested_letter_follows_the_request(page: InboxPage) -> None:
    detail = page.detail
    assert detail is not None
    cases = [
        ({}, LetterKind.ACKNOWLEDGMENT),
        ({"status": Status.IDENTITY_CHECK}, LetterKind.IDENTITY_REQUEST),
        ({"status": Status.ON_HOLD, "hold_reason": HoldReason.AWAITING_IDENTITY},
         LetterKind.IDENTITY_REQUEST),
        ({"status": Status.IN_PROGRESS, "extended": True}, LetterKind.EXTENSION_NOTICE),
        ({"status": Status.COMPLETED}, LetterKind.ACCESS_COVER),
        ({"status": Status.COMPLETED, "type": RequestType.ERASURE}, LetterKind.ERASURE_DONE),
        ({"status": Status.REFUSED}, LetterKind.REFUSAL),
        ({"status": Status.COMPLETED, "type": RequestType.UNSUBSCRIBE},
         LetterKind.NEWSLETTER_UNSUBSCRIBED),
        ({"status": Status.COMPLETED, "type": RequestType.CONSENT_WITHDRAWAL},
         LetterKind.CONSENT_WITHDRAWN),
    ]  # fmt: skip
    for changes, expected in cases:
        assert suggested_kind(dataclasses.replace(detail, **changes)) is expected, changes


def test_an_archived_pdf_prints_through_the_system_print_dialog(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    drawing = canvas.Canvas(buffer)
    for page in ("Pirmā lapa", "Otrā lapa"):
        drawing.drawString(72, 720, page)
        drawing.showPage()
    drawing.save()
    viewer = PdfViewerDialog(buffer.getvalue(), "Vēstule", "vestule.pdf")
    qtbot.addWidget(viewer)
    viewer.show()
    print_to_file(qtbot, viewer.print_button, tmp_path / "printed.pdf")
    qtbot.wait_until(lambda: "Sent to the printer" in viewer.status.text(), timeout=10_000)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 2


def offered(dialog: LetterDialog) -> list[LetterKind]:
    return [LetterKind(dialog.kind.itemData(n)) for n in range(dialog.kind.count())]


def test_only_the_letters_that_fit_the_type_and_state_are_offered(
    qtbot: QtBot, page: InboxPage, seeded: Database, clerk: Actor
) -> None:
    request_id = page.detail.id if page.detail else 0
    dialog = open_dialog(qtbot, page)  # an open access request, just received
    assert offered(dialog) == [LetterKind.ACKNOWLEDGMENT, LetterKind.IDENTITY_REQUEST]
    dialog.reject()

    with seeded.unit_of_work() as session:
        requests.extend(session, clerk, request_id, "Trīs partneru sistēmas.")
        requests.transition(session, clerk, request_id, TransitionRequest(Status.IDENTITY_CHECK))
    page.show_request(request_id)
    dialog = open_dialog(qtbot, page)
    assert LetterKind.EXTENSION_NOTICE in offered(dialog)
    assert dialog.kind.currentData() == LetterKind.IDENTITY_REQUEST
    choose(dialog, LetterKind.EXTENSION_NOTICE)
    settle(qtbot, dialog)
    dialog.reject()
    with seeded.unit_of_work() as session:
        notice = letters.compose(session, clerk, request_id, LetterKind.EXTENSION_NOTICE)
        letters.produce(session, clerk, notice, request_id)
        for status in (Status.IN_PROGRESS, Status.COMPLETED):
            requests.transition(session, clerk, request_id, TransitionRequest(status))
    page.show_request(request_id)
    dialog = open_dialog(qtbot, page)
    # Completed: its own answer, never another type's; the notice is archived already.
    assert offered(dialog) == [LetterKind.ACKNOWLEDGMENT, LetterKind.ACCESS_COVER]
    assert dialog.kind.currentData() == LetterKind.ACCESS_COVER
    assert page.detail is not None
    for request_type, done in (
        (RequestType.ERASURE, LetterKind.ERASURE_DONE),
        (RequestType.UNSUBSCRIBE, LetterKind.NEWSLETTER_UNSUBSCRIBED),
    ):
        other = dataclasses.replace(page.detail, type=request_type)
        assert offered_kinds(other) == [LetterKind.ACKNOWLEDGMENT, done]
    refused = dataclasses.replace(page.detail, status=Status.REFUSED)
    assert offered_kinds(refused) == [LetterKind.ACKNOWLEDGMENT, LetterKind.REFUSAL]
    assert LetterKind.BREACH_NOTICE not in offered_kinds(refused)
