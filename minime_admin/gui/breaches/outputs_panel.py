"""What a breach produces: the DVI notice, the website notice, the internal report and
the letters to each affected customer. Final when a manager has signed off, drafts
(watermarked) until then; every file is made and written in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from minime_admin.domain.breach import NoticePhase, OutputKind
from minime_admin.errors import FileNotWritten, KnownError
from minime_admin.gui.breaches import labels
from minime_admin.gui.breaches.dvi_dialog import LANGUAGE_NAMES, DviNoticeDialog, Fields
from minime_admin.gui.breaches.letters_mail import BreachLettersMail
from minime_admin.gui.context import AppContext
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.messages import show_error, show_message
from minime_admin.gui.style import GOOD_COLOUR
from minime_admin.gui.tasks import ProgressDialog, Task
from minime_admin.progress import Progress
from minime_admin.services import breach_outputs
from minime_admin.services.breach_outputs import LettersResult
from minime_admin.services.breaches import BreachDetail
from minime_admin.services.files import write_atomic


class OutputsPanel(QWidget):
    produced = Signal(str)  # the output kind: a final DVI notice changes the register
    notified_requested = Signal()  # record that the DVI was notified (not the PDF saved)

    def __init__(self, context: AppContext, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.jobs = context, jobs
        self.detail: BreachDetail | None = None
        self.dvi_dialog: DviNoticeDialog | None = None
        self.message: QMessageBox | None = None  # the last box shown (tests read it)
        self.letters_task: Task | None = None
        self.progress: ProgressDialog | None = None
        # Ask where to save; tests replace them.
        self.choose_save_path: Callable[[str], str] = self._ask_save_path
        self.choose_folder: Callable[[], str] = self._ask_folder
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.captions = {kind: QLabel() for kind in OutputKind}
        for caption in self.captions.values():
            caption.setWordWrap(True)
        self.dvi_button, self.website_button = QPushButton(), QPushButton()
        self.report_button, self.letters_button = QPushButton(), QPushButton()
        self.website_language, self.report_language = QComboBox(), QComboBox()
        for combo in (self.website_language, self.report_language):
            for code, name in LANGUAGE_NAMES.items():
                combo.addItem(name, code)
        self.dvi_button.clicked.connect(self.open_dvi_notice)
        self.website_button.clicked.connect(
            lambda: self.save_pdf(OutputKind.WEBSITE, str(self.website_language.currentData()))
        )
        self.report_button.clicked.connect(
            lambda: self.save_pdf(OutputKind.REPORT, str(self.report_language.currentData()))
        )
        self.letters_button.clicked.connect(self.make_letters)
        self.notified_caption, self.notified_button = QLabel(), QPushButton()
        self.notified_caption.setWordWrap(True)
        self.notified_button.clicked.connect(self.notified_requested)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(12)
        rows = (
            (OutputKind.DVI, None, self.dvi_button),
            (OutputKind.WEBSITE, self.website_language, self.website_button),
            (OutputKind.REPORT, self.report_language, self.report_button),
            (OutputKind.CUSTOMER, None, self.letters_button),
        )
        for number, (key, combo, button) in enumerate(rows):
            grid.addWidget(self.captions[key], number, 0)
            if combo is not None:
                grid.addWidget(combo, number, 1)
            grid.addWidget(button, number, 2)
        self.mail = BreachLettersMail(self)  # the letters by e-mail (gui/breaches/letters_mail)
        grid.addWidget(self.mail.caption, len(rows), 0)
        grid.addWidget(self.mail.button, len(rows), 2)
        grid.addWidget(self.notified_caption, len(rows) + 1, 0)
        grid.addWidget(self.notified_button, len(rows) + 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.state)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.captions[OutputKind.DVI].setText(
            self.tr("Notice to the Data State Inspectorate (Art. 33): field by field or PDF")
        )
        self.captions[OutputKind.WEBSITE].setText(
            self.tr("Website notice, as the privacy policy promises (Latvian and English)")
        )
        self.captions[OutputKind.REPORT].setText(
            self.tr("Internal report: every fact, decision and event (Art. 33(5))")
        )
        self.dvi_button.setText(self.tr("&DVI notice…"))
        self.website_button.setText(self.tr("&Website notice…"))
        self.report_button.setText(self.tr("Internal &report…"))
        self.letters_button.setText(self.tr("Customer &letters…"))
        self.notified_button.setText(self.tr("DVI &notified…"))
        self.mail.retranslate()
        self.show_detail(self.detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_detail(self, detail: BreachDetail | None) -> None:
        self.detail = detail
        self.mail.show_detail(detail)
        if detail is None:
            return
        notified = detail.notified
        self.notified_caption.setText(
            self.tr("Sent to the DVI: record when, how and the DVI's number (stops the clock)")
            if notified is None
            else self.tr("The DVI was notified {at} ({channel}){reference}.").format(
                at=labels.long_time(notified.submitted_at),
                channel=labels.channel_label(notified.channel),
                reference=f", {notified.dvi_reference}" if notified.dvi_reference else "",
            )
        )
        self.notified_button.setEnabled(not detail.voided)
        self.captions[OutputKind.CUSTOMER].setText(
            self.tr(
                "A letter to each of the {count} affected customers, in their language "
                "(Art. 34), and a mail-merge list"
            ).format(count=len(detail.affected))
        )
        if self.final:
            self.state.setText(
                self.tr("Final outputs: signed off by {name}. Each PDF carries the signature.")
                .format(name=detail.signoff.signer)
            )  # fmt: skip
            self.state.setStyleSheet(f"color: {GOOD_COLOUR}; font-weight: bold;")
        else:
            self.state.setText(
                self.tr(
                    "Drafts only: not signed off. Every PDF is watermarked {mark} until a "
                    "manager signs the breach off."
                ).format(mark=labels.DRAFT_MARK)
            )
            self.state.setStyleSheet(f"color: {labels.AMBER}; font-weight: bold;")

    @property
    def final(self) -> bool:
        return self.detail is not None and self.detail.signoff.valid

    # -- the DVI notice --------------------------------------------------------------------

    @Slot()
    def open_dvi_notice(self) -> DviNoticeDialog | None:
        detail = self.detail
        if detail is None:
            return None
        database = self.context.database

        def load(language: str, phase: NoticePhase) -> Fields:
            # A few milliseconds (one breach, the letterhead): read on the GUI thread.
            with database.unit_of_work() as session:
                return breach_outputs.dvi_fields(session, detail.id, language, phase)

        signer = detail.signoff.signer if self.final else None
        dialog = DviNoticeDialog(detail.reference, load, signer, self)
        dialog.save_requested.connect(
            lambda language, phase: self.save_pdf(OutputKind.DVI, language, NoticePhase(phase))
        )
        self.dvi_dialog = dialog
        dialog.open()
        return dialog

    # -- PDFs ------------------------------------------------------------------------------

    def save_pdf(
        self,
        kind: OutputKind,
        language: str,
        phase: NoticePhase = NoticePhase.INITIAL,
        final: bool | None = None,
    ) -> None:
        detail = self.detail
        if detail is None:
            return
        final = self.final if final is None else final
        suffix = "" if final else "-draft"
        target = self.choose_save_path(f"{detail.reference}-{kind.value}-{language}{suffix}.pdf")
        if not target:
            return
        path, actor = Path(target), self.context.actor

        def work(session: Session) -> Path:
            pdf = breach_outputs.render_output(
                session, actor, detail.id, kind, language, final, phase
            )
            _write(path, pdf)
            return path

        def saved(path: Path) -> None:
            text = (
                self.tr("Saved the final, signed {path}.")
                if final
                else self.tr("Saved {path} as a draft (watermarked {mark}).")
            )
            self.message = show_message(
                self,
                QMessageBox.Icon.Information,
                self.tr("PDF saved"),
                text.format(path=path, mark=labels.DRAFT_MARK),
            )
            self.produced.emit(kind.value)

        self.jobs.run(work, saved, on_known_error=self._show_error)

    def _show_error(self, error: KnownError) -> None:
        self.message = show_error(self, error)

    # -- customer letters ------------------------------------------------------------------

    @Slot()
    def make_letters(self) -> None:
        detail = self.detail
        if detail is None:
            return
        if not detail.affected:
            self.message = show_message(
                self,
                QMessageBox.Icon.Information,
                self.tr("Customer letters"),
                self.tr(
                    "No affected customers are saved yet: choose them on the Affected customers "
                    "tab first."
                ),
            )
            return
        folder = self.choose_folder()
        if not folder:
            return
        out, final = Path(folder), self.final
        database, actor = self.context.database, self.context.actor

        def work(progress: Progress) -> LettersResult:
            # Its own session; the service spreads the rendering over worker processes.
            with database.unit_of_work() as session:
                return breach_outputs.customer_letters(
                    session, actor, detail.id, out, final, progress
                )

        task = Task(
            work,
            on_success=self._letters_made,
            on_failure=self._letters_failed,
            on_cancelled=lambda: self._letters_cancelled(out),
            parent=self,
        )
        self.letters_task = task
        label = (
            self.tr("Making the final letters to {count} customers…")
            if final
            else self.tr("Making draft letters to {count} customers…")
        )
        self.progress = ProgressDialog(task, label.format(count=len(detail.affected)), self)
        task.start()
        self.progress.show()

    def _letters_made(self, result: LettersResult) -> None:
        text = (
            self.tr("Made {count} final, signed letters in {folder}.")
            if result.final
            else self.tr("Made {count} draft letters (watermarked) in {folder}.")
        )
        text += "\n\n" + self.tr("The mail-merge list (name, e-mail, language, file) is {csv}.")
        self.message = show_message(
            self,
            QMessageBox.Icon.Information,
            self.tr("Customer letters"),
            text.format(count=result.letters, folder=result.folder, csv=result.mail_merge),
        )
        self.context.audit_changed.emit()

    def _letters_failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            raise error  # a bug: the excepthook shows it
        self._show_error(error)

    def _letters_cancelled(self, folder: Path) -> None:
        self.message = show_message(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Customer letters"),
            self.tr(
                "Cancelled. Letters already written to {folder} are an incomplete set: delete "
                "them, or make the letters again."
            ).format(folder=folder),
        )

    # -- file choosers ---------------------------------------------------------------------

    def _ask_save_path(self, name: str) -> str:
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), name, self.tr("PDF documents (*.pdf)")
        )
        return target

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"))


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomic(path, data)
    except OSError as error:  # a read-only folder, a full disk: a clear refusal
        raise FileNotWritten(path=str(path), detail=error.strerror or str(error)) from error
