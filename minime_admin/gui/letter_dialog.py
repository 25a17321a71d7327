"""The letter dialog: choose the kind and language, add a paragraph, look, then save or print.

The preview follows every change (debounced, composed and rendered in the pool, so typing
never waits for ReportLab). Saving or printing archives the letter (services.letters.produce)
exactly once per distinct letter: printing what was just saved files nothing new.
A letter archived earlier is reopened from the request's timeline into PdfViewerDialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from minime_admin.domain.requests import (
    EFFECTIVE_AT_INTAKE,
    OPEN_STATUSES,
    HoldReason,
    RequestType,
    Status,
)
from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.letter_send import LetterMailer
from minime_admin.gui.messages import show_error
from minime_admin.gui.pdf_view import PdfView, PdfViewerDialog, PrintJob, ask_printer, ask_save_path
from minime_admin.gui.style import ERROR_COLOUR, title_font
from minime_admin.letters.model import LANGUAGES, LetterData, LetterKind
from minime_admin.letters.render import render_letter
from minime_admin.services import files, letters
from minime_admin.services.requests import RequestDetail, TimelineLetter

translate = QCoreApplication.translate
PREVIEW_DELAY_MS = 400  # a pause in typing, not every keystroke, renders the preview

# The kinds as staff see them: the catalogue's English titles (a test keeps them equal),
# translated in the "LetterKinds" context with the catalogue's Latvian titles.
KIND_NAMES: dict[LetterKind, str] = {
    LetterKind.ACKNOWLEDGMENT: QT_TRANSLATE_NOOP("LetterKinds", "Acknowledgment of receipt"),
    LetterKind.IDENTITY_REQUEST: QT_TRANSLATE_NOOP("LetterKinds", "Request for proof of identity"),
    LetterKind.EXTENSION_NOTICE: QT_TRANSLATE_NOOP("LetterKinds", "Notice of extension"),
    LetterKind.ACCESS_COVER: QT_TRANSLATE_NOOP(
        "LetterKinds", "Answer to an access request (Art. 15)"
    ),
    LetterKind.PORTABILITY_COVER: QT_TRANSLATE_NOOP(
        "LetterKinds", "Portability cover letter (Art. 20)"
    ),
    LetterKind.RECTIFICATION_DONE: QT_TRANSLATE_NOOP("LetterKinds", "Rectification done (Art. 16)"),
    LetterKind.ERASURE_DONE: QT_TRANSLATE_NOOP("LetterKinds", "Erasure done (Art. 17)"),
    LetterKind.RESTRICTION_APPLIED: QT_TRANSLATE_NOOP(
        "LetterKinds", "Restriction applied (Art. 18)"
    ),
    LetterKind.RESTRICTION_LIFT_NOTICE: QT_TRANSLATE_NOOP(
        "LetterKinds", "Advance notice of lifting a restriction"
    ),
    LetterKind.OBJECTION_OUTCOME: QT_TRANSLATE_NOOP(
        "LetterKinds", "Answer to an objection (Art. 21)"
    ),
    LetterKind.MARKETING_OPT_OUT: QT_TRANSLATE_NOOP(
        "LetterKinds", "Confirmation: direct marketing stopped"
    ),
    LetterKind.NEWSLETTER_UNSUBSCRIBED: QT_TRANSLATE_NOOP(
        "LetterKinds", "Confirmation: newsletter unsubscribed"
    ),
    LetterKind.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP(
        "LetterKinds", "Confirmation: consent withdrawn"
    ),
    LetterKind.REFUSAL: QT_TRANSLATE_NOOP("LetterKinds", "Refusal (Art. 12(4))"),
    LetterKind.LEGAL_BASIS_ANSWER: QT_TRANSLATE_NOOP(
        "LetterKinds", "Answer on the legal basis and transfers"
    ),
    LetterKind.BREACH_NOTICE: QT_TRANSLATE_NOOP(
        "LetterKinds", "Personal data breach notice (Art. 34)"
    ),
}
LANGUAGE_NAMES = {
    "lv": QT_TRANSLATE_NOOP("LetterDialog", "Latvian"),
    "en": QT_TRANSLATE_NOOP("LetterDialog", "English"),
}
# What a NeedsFacts error names as missing, in words.
MISSING_FACTS = {
    "erased": QT_TRANSLATE_NOOP("LetterDialog", "the list of what was erased and what is kept"),
    "breach": QT_TRANSLATE_NOOP("LetterDialog", "the description of the breach"),
    "refusal_reason": QT_TRANSLATE_NOOP("LetterDialog", "the reason of the refusal"),
    "erasure_exception": QT_TRANSLATE_NOOP("LetterDialog", "the Art. 17(3) exception"),
    "refusal_ground": QT_TRANSLATE_NOOP("LetterDialog", "the ground of the refusal written out"),
    "compelling_grounds": QT_TRANSLATE_NOOP(
        "LetterDialog", "the compelling legitimate grounds written out"
    ),
    "customer": QT_TRANSLATE_NOOP(
        "LetterDialog", "the customer the request is about (link the request to a customer)"
    ),
}
# The kind a completed request of each type is answered with.
_DONE_LETTERS = {
    RequestType.ACCESS: LetterKind.ACCESS_COVER,
    RequestType.PORTABILITY: LetterKind.PORTABILITY_COVER,
    RequestType.RECTIFICATION: LetterKind.RECTIFICATION_DONE,
    RequestType.ERASURE: LetterKind.ERASURE_DONE,
    RequestType.RESTRICTION: LetterKind.RESTRICTION_APPLIED,
    RequestType.OBJECTION: LetterKind.OBJECTION_OUTCOME,
    RequestType.MARKETING_OBJECTION: LetterKind.MARKETING_OPT_OUT,
    RequestType.UNSUBSCRIBE: LetterKind.NEWSLETTER_UNSUBSCRIBED,
    RequestType.CONSENT_WITHDRAWAL: LetterKind.CONSENT_WITHDRAWN,
    RequestType.LEGAL_BASIS_QUESTION: LetterKind.LEGAL_BASIS_ANSWER,
}


def kind_name(kind: LetterKind) -> str:
    return translate("LetterKinds", KIND_NAMES[kind])


def _usual_kind(detail: RequestDetail) -> LetterKind:
    if detail.status is Status.REFUSED:
        return LetterKind.REFUSAL
    if detail.status is Status.COMPLETED:
        return _DONE_LETTERS.get(detail.type, LetterKind.ACKNOWLEDGMENT)
    if detail.status is Status.IDENTITY_CHECK or (
        detail.status is Status.ON_HOLD and detail.hold_reason == HoldReason.AWAITING_IDENTITY
    ):
        return LetterKind.IDENTITY_REQUEST
    if detail.extended and detail.status is not Status.WITHDRAWN:
        return LetterKind.EXTENSION_NOTICE
    return LetterKind.ACKNOWLEDGMENT


def suggested_kind(detail: RequestDetail) -> LetterKind:
    """The letter this step of the request usually calls for (the user may pick another)."""
    usual = _usual_kind(detail)
    return usual if usual in offered_kinds(detail) else LetterKind.ACKNOWLEDGMENT


def offered_kinds(detail: RequestDetail) -> list[LetterKind]:
    """Only the letters that fit the request's type and state (a letter says only what
    happened): the answer for its own type once it is completed, a refusal once refused,
    a request for proof while identity is checked, the extension notice once extended and
    until one is archived (it is then reopened from the timeline). An acknowledgment of
    receipt always fits; a breach notice is never written from a request."""
    is_open = detail.status in OPEN_STATUSES
    kinds = {LetterKind.ACKNOWLEDGMENT}
    awaiting_identity = detail.status is Status.IDENTITY_CHECK or (
        detail.status is Status.ON_HOLD and detail.hold_reason == HoldReason.AWAITING_IDENTITY
    )
    if (
        is_open
        and detail.type not in EFFECTIVE_AT_INTAKE
        and (awaiting_identity or detail.status is Status.RECEIVED)
    ):
        kinds.add(LetterKind.IDENTITY_REQUEST)
    notice_archived = any(
        entry.letter is not None and entry.letter.kind == LetterKind.EXTENSION_NOTICE
        for entry in detail.timeline
    )
    if is_open and detail.extended and not notice_archived:
        kinds.add(LetterKind.EXTENSION_NOTICE)
    if detail.status is Status.COMPLETED and detail.type in _DONE_LETTERS:
        kinds.add(_DONE_LETTERS[detail.type])
        if detail.type is RequestType.RESTRICTION:
            kinds.add(LetterKind.RESTRICTION_LIFT_NOTICE)
    if detail.status is Status.REFUSED:
        kinds.add(LetterKind.REFUSAL)
    return [kind for kind in LetterKind if kind in kinds]  # in the catalogue's order


def letter_note(letter: TimelineLetter) -> str:
    """An archived letter on the timeline, in words: its kind's name, language and number."""
    return translate("LetterDialog", "Letter “{kind}” ({language}), no. {id}").format(
        kind=kind_name(LetterKind(letter.kind)), language=letter.language, id=letter.id
    )


def file_name(reference: str, kind: LetterKind, language: str) -> str:
    return f"{reference}-{kind.value}-{language}.pdf"


@dataclass(frozen=True)
class Preview:
    """A preview job's answer: the letter and its PDF, or why there is none."""

    language: str  # the letter's language (the customer's when none was chosen)
    letter: LetterData | None
    pdf: bytes | None
    needs_facts: letters.NeedsFacts | None = None


@dataclass(frozen=True)
class Produced:
    letter: LetterData
    letter_id: int
    pdf: bytes
    new: bool  # archived by this job (False: the same letter was archived before)
    problem: str | None = None  # why the saved copy could not be written


class LetterDialog(QDialog):
    produced = Signal(int)  # a letter id, newly archived and on the request's timeline
    mailed = Signal(int)  # a letter id the mail server accepted (recorded on the timeline)

    def __init__(
        self, context: AppContext, detail: RequestDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.detail = context, detail
        self.jobs = _jobs(context, self)
        self.letter: LetterData | None = None  # what the preview shows
        self.archived: list[Produced] = []  # saved or printed from this dialog
        self.print_job: PrintJob | None = None
        self._printing = 0  # the archive id of the letter being printed
        self._preview_running = False
        self._stale = False  # inputs changed while a preview was being made
        self._producing = False
        self._customer_language: str | None = None
        # The save dialog is a hook tests replace; printing always goes through the real
        # system print dialog (tests drive it), because a replaced printer hid a crash.
        self.choose_save_path: Callable[[str], str] = lambda name: ask_save_path(self, name)

        self.heading = QLabel()
        self.heading.setFont(title_font(1.2))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.kind = QComboBox()
        for kind in offered_kinds(detail):
            self.kind.addItem("", kind)
        # Latvian titles are long: the closed box may cut them, the open list shows them whole.
        self.kind.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind.setMinimumContentsLength(24)
        self.kind.setCurrentIndex(self.kind.findData(suggested_kind(detail)))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem("", code)
        self.language.setCurrentIndex(-1)  # the customer's, once the first preview says so
        self.language.setEnabled(False)
        self.kind_caption, self.language_caption = QLabel(), QLabel()
        self.kind_caption.setBuddy(self.kind)
        self.language_caption.setBuddy(self.language)
        self.paragraph_caption = QLabel()
        self.paragraph = QPlainTextEdit()
        self.paragraph.setTabChangesFocus(True)
        self.paragraph_caption.setBuddy(self.paragraph)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # A letter is signed by a person, never by a login name (issue #15.5).
        self.profile_note = QLabel()
        self.profile_note.setWordWrap(True)
        self.profile_note.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.profile_button = QPushButton()
        self.profile_button.clicked.connect(self.ask_profile)
        self.profile_dialog: QDialog | None = None
        self.preview = PdfView()
        self.save_button, self.print_button, self.close_button = (
            QPushButton(), QPushButton(), QPushButton(),
        )  # fmt: skip
        self.send_button = QPushButton()  # "Send by e-mail…" (gui/letter_send.py)
        self.mailer = LetterMailer(self)
        self.send_button.clicked.connect(self.mailer.start)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_letter)
        self.close_button.clicked.connect(self.reject)
        self._lay_out()

        self.timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        self.paragraph.textChanged.connect(self._changed)
        self.retranslate()
        self.resize(1000, 720)
        self._update_buttons()
        self.refresh()  # the first preview at once

    def _lay_out(self) -> None:
        form = QFormLayout()
        # Captions above the boxes: the Latvian kind names need the column's full width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.kind_caption, self.kind)
        form.addRow(self.language_caption, self.language)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.heading)
        left.addSpacing(6)
        left.addLayout(form)
        left.addSpacing(6)
        left.addWidget(self.paragraph_caption)
        left.addWidget(self.paragraph, 1)
        left.addWidget(self.hint)
        left.addSpacing(6)
        left.addWidget(self.profile_note)
        left.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.status)
        side = QWidget()
        side.setLayout(left)
        side.setFixedWidth(360)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(side)
        columns.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.send_button, self.save_button, self.print_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.save_button.setDefault(True)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Letter for {reference}").format(reference=self.detail.reference)
        )
        self.heading.setText(
            self.tr("{reference} · to {name}").format(
                reference=self.detail.reference, name=self.detail.requester_name
            )
        )
        for index in range(self.kind.count()):
            self.kind.setItemText(index, kind_name(LetterKind(self.kind.itemData(index))))
        self.kind.setToolTip(self.kind.currentText())
        for index in range(self.language.count()):
            code = self.language.itemData(index)
            name = translate("LetterDialog", LANGUAGE_NAMES[code])
            if code == self._customer_language:
                name = self.tr("{language} (the customer's)").format(language=name)
            self.language.setItemText(index, name)
        self.kind_caption.setText(self.tr("&Letter:"))
        self.language_caption.setText(self.tr("L&anguage:"))
        self.paragraph_caption.setText(self.tr("Your own &paragraph (optional):"))
        self.paragraph.setPlaceholderText(
            self.tr("Words for this person only, e.g. what happens next.")
        )
        self.hint.setText(
            self.tr(
                "Write it in the letter's language; it goes before the closing. The rest of "
                "the letter comes from the reviewed catalogue. A letter saved or printed is "
                "filed on the request's timeline."
            )
        )
        self.profile_note.setText(
            self.tr(
                "Letters are signed by a person: say who you are (your name and title) before "
                "a letter is saved or printed."
            )
        )
        self.profile_button.setText(self.tr("Your &name and title…"))
        self.save_button.setText(self.tr("&Save PDF…"))
        self.print_button.setText(self.tr("P&rint…"))
        self.send_button.setText(self.tr("Send by e-&mail…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the preview -----------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A preview or an archiving is under way (tests wait for this to end)."""
        return self.jobs.busy or self.timer.isActive() or self.preview.busy or self.mailer.sending

    def _inputs(self) -> tuple[LetterKind, str | None, str]:
        # Item data comes back from Qt as a plain str: the service compares kinds by identity.
        kind = LetterKind(self.kind.currentData())
        return kind, self.language.currentData(), self.paragraph.toPlainText()

    def _changed(self) -> None:
        self.kind.setToolTip(self.kind.currentText())
        self.status.setText(self.tr("Updating the preview…"))
        self.timer.start()

    def refresh(self) -> None:
        """Compose and render the letter as it stands, in the pool."""
        if self._preview_running:
            self._stale = True  # one job at a time; the newest inputs follow it
            return
        kind, language, paragraph = self._inputs()
        actor, request_id = self.context.actor, self.detail.id

        def work(session: Session) -> Preview:
            try:
                letter = letters.compose(session, actor, request_id, kind, language, paragraph)
            except letters.NeedsFacts as error:
                # The customer's language is still wanted for the language box.
                found = language or _customer_language(session, actor, request_id)
                return Preview(found, None, None, error)
            return Preview(letter.language, letter, render_letter(letter))

        self._preview_running = True
        self.jobs.run(work, self._previewed, self._preview_failed)

    def _previewed(self, preview: Preview) -> None:
        self._preview_running = False
        if self._customer_language is None:
            self._customer_language = preview.language
            self.language.blockSignals(True)  # not a change: what was composed already
            self.language.setCurrentIndex(self.language.findData(preview.language))
            self.language.blockSignals(False)
            self.language.setEnabled(True)
            self.retranslate()
        self.letter = preview.letter
        if preview.pdf is not None:
            self.preview.show_pdf(preview.pdf)
            self.status.setText("")
        elif preview.needs_facts is not None:
            self.preview.show_message(self._needs_facts_text(preview.needs_facts))
            self.status.setText("")
        self._update_buttons()
        if self._stale:
            self._stale = False
            self.refresh()

    def _preview_failed(self, error: KnownError) -> None:
        self._preview_running = False
        self.letter = None
        self.preview.show_message(error.message(translate))
        self.status.setText("")
        self._update_buttons()
        if self._stale:
            self._stale = False
            self.refresh()

    def _needs_facts_text(self, error: letters.NeedsFacts) -> str:
        # Not the service's own sentence: that one says to fill the facts in here, and this
        # dialog has no fields for them (the erasure and the breach register know them).
        missing = error.params.get("missing", "")
        return self.tr(
            "The letter “{kind}” cannot be written from this request yet: it needs {missing}, "
            "which the request does not hold."
        ).format(
            kind=kind_name(LetterKind(error.params["kind"])),
            missing=translate("LetterDialog", MISSING_FACTS.get(missing, missing)),
        )

    def _update_buttons(self) -> None:
        signed = self.context.profile_set
        ready = self.letter is not None and not self._producing and signed
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        self.profile_note.setVisible(not signed)
        self.profile_button.setVisible(not signed)
        self.update_send_button()

    def update_send_button(self) -> None:
        # Sending is making the letter too: signed by a person or not at all (#15.5).
        ready = self.letter is not None and not self._producing and self.context.profile_set
        self.send_button.setEnabled(ready and not self.mailer.sending)

    def ask_profile(self) -> QDialog:
        """The profile dialog; once saved, the preview is signed by that person."""
        from minime_admin.gui.profile_dialog import ProfileDialog  # it imports the inbox

        dialog = ProfileDialog(self.context, self)
        dialog.saved.connect(lambda _actor: (self._update_buttons(), self.refresh()))
        self.profile_dialog = dialog
        dialog.open()
        return dialog

    def archive_then(self, then: Callable[[Produced], None]) -> None:
        """Archive the letter as it stands (as Save and Print do), then ``then``."""
        self._produce(then)

    def show_status(self, text: str, problem: bool = False) -> None:
        self._show_status(text, problem)

    # -- saving and printing ---------------------------------------------------------------

    def _file_name(self) -> str:
        kind, language, _paragraph = self._inputs()
        return file_name(self.detail.reference, kind, language or "lv")

    def save(self) -> None:
        if not self.context.profile_set:
            return
        target = self.choose_save_path(self._file_name())
        if not target:
            return
        path = Path(target)

        def write(pdf: bytes) -> str | None:
            try:
                files.write_atomic(path, pdf)
            except OSError as error:  # a full disk or a read-only folder: say so
                return error.strerror or str(error)
            return None

        def saved(result: Produced) -> None:
            if result.problem is None:
                text = self.tr("Saved to {path}. Filed on the request's timeline as no. {id}.")
            else:
                text = self.tr(
                    "{path} could not be written ({problem}). The letter is filed as no. {id}."
                )
            self._show_status(
                text.format(path=path, problem=result.problem, id=result.letter_id),
                result.problem is not None,
            )

        self._produce(saved, write)

    def print_letter(self) -> None:
        if not self.context.profile_set:
            return
        ask_printer(self, self._file_name(), self._print_to)

    def _print_to(self, printer: QPrinter) -> None:
        def archived(result: Produced) -> None:
            # Bound methods, not lambdas: a dialog closed mid-print is disconnected, while
            # the job itself prints on to the last page.
            self._printing = result.letter_id
            self.print_job = PrintJob(printer, result.pdf)
            self.print_job.finished.connect(self._printed)
            self.print_job.failed.connect(self._print_failed)
            self.print_job.start()

        self._produce(archived)

    def _printed(self) -> None:
        self._show_status(
            self.tr("Sent to the printer. Filed on the request's timeline as no. {id}.").format(
                id=self._printing
            )
        )

    def _print_failed(self, reason: str) -> None:
        self._show_status(reason, problem=True)

    def _produce(
        self, then: Callable[[Produced], None], write: Callable[[bytes], str | None] | None = None
    ) -> None:
        """Archive the letter as it stands (unless this dialog already did), then ``then``."""
        kind, language, paragraph = self._inputs()
        actor, request_id, before = self.context.actor, self.detail.id, tuple(self.archived)

        def work(session: Session) -> Produced:
            letter = letters.compose(session, actor, request_id, kind, language, paragraph)
            same = next((done for done in before if done.letter == letter), None)
            if same is not None:
                done = Produced(letter, same.letter_id, same.pdf, new=False)
            else:
                letter_id, pdf = letters.produce(session, actor, letter, request_id)
                done = Produced(letter, letter_id, pdf, new=True)
            if write is None:
                return done
            return Produced(done.letter, done.letter_id, done.pdf, done.new, write(done.pdf))

        def stored(result: Produced) -> None:
            self._producing = False
            self._update_buttons()
            if result.new:
                self.archived.append(result)
                self.produced.emit(result.letter_id)
            then(result)

        def failed(error: KnownError) -> None:
            self._producing = False
            if self.mailer.sending:  # the archiving before a sending failed: it ends here
                self.mailer.sending = False
            self._update_buttons()
            show_error(self, error)

        self._producing = True
        self._update_buttons()
        self.jobs.run(work, stored, failed)

    def _show_status(self, text: str, problem: bool = False) -> None:
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};" if problem else "")
        self.status.setText(text)

    def done(self, result: int) -> None:
        super().done(result)
        # Results still on their way need the dialog: it goes once the pool is done with it.
        if self.jobs.busy:
            self.jobs.idle.connect(self.deleteLater)
        else:
            self.deleteLater()


def _jobs(context: AppContext, parent: QObject) -> Jobs:
    return Jobs(context.database, parent)


def _customer_language(session: Session, actor: Any, request_id: int) -> str:
    """The language compose() picks by itself: the customer's (Latvian without one)."""
    return letters.compose(session, actor, request_id, LetterKind.ACKNOWLEDGMENT).language


class LetterHost(Protocol):
    """The page that shows a request: it knows the database and reloads what changed."""

    context: AppContext

    def request_changed(self, request_id: int) -> None: ...


def host_of(widget: QWidget) -> LetterHost | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(getattr(parent, "context", None), AppContext) and hasattr(
            parent, "request_changed"
        ):
            return parent  # type: ignore[return-value]
        parent = parent.parentWidget()
    return None


class LetterWindows(QObject):
    """Opens, for a widget inside a request page, the letter dialog and archived letters."""

    def __init__(self, anchor: QWidget) -> None:
        super().__init__(anchor)
        self.anchor = anchor
        self.dialog: LetterDialog | None = None  # the last one opened (tests drive them)
        self.viewer: PdfViewerDialog | None = None

    def compose(self, detail: RequestDetail) -> LetterDialog | None:
        host = host_of(self.anchor)
        if host is None:
            return None
        dialog = LetterDialog(host.context, detail, self.anchor.window())
        dialog.produced.connect(lambda _letter_id: host.request_changed(detail.id))
        dialog.mailed.connect(lambda _letter_id: host.request_changed(detail.id))
        # Not modal: the request's own words stay readable beside the letter.
        dialog.show()
        self.dialog = dialog
        return dialog

    def reopen(self, letter_id: int, reference: str) -> None:
        """The archived PDF, exactly as it was produced (the reopening is audited)."""
        host = host_of(self.anchor)
        if host is None:
            return
        context, anchor = host.context, self.anchor

        def work(session: Session) -> bytes:
            return letters.reopen(session, context.actor, letter_id)

        def opened(pdf: bytes) -> None:
            context.audit_changed.emit()
            title = translate("LetterDialog", "Letter no. {id} for {reference}").format(
                id=letter_id, reference=reference
            )
            viewer = PdfViewerDialog(
                pdf, title, f"{reference}-letter-{letter_id}.pdf", anchor.window()
            )
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            viewer.show()
            self.viewer = viewer

        jobs = _jobs(context, self)
        jobs.idle.connect(jobs.deleteLater)
        jobs.run(work, opened, error_parent=anchor)
