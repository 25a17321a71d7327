"""The export wizard's last pages: where the package goes (and its password), writing it
in the background, and what was made: the file, its fingerprint, the cover letter."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)
from sqlalchemy.orm import Session

from minime_admin.domain.export_scope import Scope
from minime_admin.errors import KnownError
from minime_admin.gui.customers.labels import ui_locale
from minime_admin.gui.inbox.handover_dialog import HandoverDialog
from minime_admin.gui.style import (
    ERROR_COLOUR,
    GOOD_COLOUR,
    error_label,
    monospace_font,
    title_font,
)
from minime_admin.gui.wizards.common import Work, known_message, selectable
from minime_admin.gui.wizards.pages import RunPage
from minime_admin.letters.model import LetterKind
from minime_admin.progress import Progress
from minime_admin.services import export, requests
from minime_admin.services.export import ExportResult
from minime_admin.services.handover import Handover
from minime_admin.services.requests import RequestDetail

if TYPE_CHECKING:
    from minime_admin.gui.wizards.export_wizard import ExportWizard

MIN_PASSWORD = 8


class DestinationPage(QWizardPage):
    """The folder the ZIP goes to, and an optional password for it."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Destination"))
        self.setSubTitle(
            self.tr("The package is written only there: no copy stays in the app's folders.")
        )
        self.folder = QLineEdit()
        self.folder.setText(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        self.folder.textChanged.connect(self.completeChanged)
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.chooser: QFileDialog | None = None
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._check_password)
        self.note = selectable(
            QLabel(
                self.tr(
                    "Optional. With a password the ZIP is encrypted (AES-256). The customer "
                    "can open it with free tools: 7-Zip on Windows, Keka or The Unarchiver "
                    "on macOS (the built-in ZIP tools cannot). Tell them the password by "
                    "another way than the package, e.g. by phone or text message."
                )
            )
        )
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)  # a row of two widgets gets no buddy by itself
        form.addRow(folder_label, row)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Create package"))

    @Slot()
    def choose_folder(self) -> QFileDialog:
        if self.chooser is None:  # one chooser, reused (see saving.py)
            self.chooser = QFileDialog(self, self.tr("Where should the package go?"))
            self.chooser.setFileMode(QFileDialog.FileMode.Directory)
            self.chooser.setOption(QFileDialog.Option.ShowDirsOnly)
            self.chooser.fileSelected.connect(self.folder.setText)
        self.chooser.setDirectory(self.folder.text())
        self.chooser.open()
        return self.chooser

    def password_problem(self) -> str:
        first, second = self.password.text(), self.repeat.text()
        if not first and not second:
            return ""
        if len(first) < MIN_PASSWORD:
            return self.tr("The password needs at least {count} characters.").format(
                count=MIN_PASSWORD
            )
        if first != second:
            return self.tr("The two passwords differ.")
        return ""

    @Slot()
    def _check_password(self) -> None:
        problem = self.password_problem()
        self.error.setText(problem)
        self.error.setVisible(bool(problem) and bool(self.repeat.text()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.folder.text().strip()) and not self.password_problem()

    def validatePage(self) -> bool:
        if not Path(self.folder.text().strip()).is_dir():
            self.error.setText(
                self.tr("There is no folder {path}.").format(path=self.folder.text())
            )
            self.error.show()
            return False
        return True

    def destination(self) -> tuple[Path, str | None]:
        return Path(self.folder.text().strip()), self.password.text() or None


class GeneratePage(RunPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self.export_wizard = wizard
        self.setTitle(self.tr("Creating the package"))
        self.setSubTitle(self.tr("Cancel leaves nothing behind: no partial file is kept."))

    def job(self) -> Work:
        wizard = self.export_wizard
        folder, password = wizard.destination_page.destination()
        customer_id, actor = wizard.subject.customer_id, wizard.context.actor
        assert customer_id is not None
        scope, chosen, request_id = wizard.scope, wizard.chosen, wizard.request_id
        identity, check, seen = wizard.identity_method, wizard.identity_check, wizard.seen

        def work(session: Session, progress: Progress) -> ExportResult:
            return export.export_customer(
                session, actor, customer_id, folder, scope, chosen, request_id, identity,
                password, None, progress, identity_check=check, seen=seen,
            )  # fmt: skip

        return work

    def running_text(self) -> str:
        return self.tr("Writing data.json, a CSV file per table, README.txt and answer.pdf…")

    def cancelled_text(self) -> str:
        return self.tr("Cancelled. Nothing was saved and the request is unchanged.")

    def succeeded(self, result: ExportResult) -> None:
        self.export_wizard.result = result
        self.export_wizard.context.audit_changed.emit()


class ExportDonePage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Done"))
        self.setSubTitle(self.tr("The package is ready to hand over."))
        self.heading = QLabel(self.tr("The package has been saved."))
        self.heading.setFont(title_font(1.1))
        self.path = selectable(QLabel())
        self.sha256 = selectable(QLabel())
        self.sha256.setFont(monospace_font(0.95))
        self.size = selectable(QLabel())
        self.protection = selectable(QLabel())
        self.request = selectable(QLabel())
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.letter_button = QPushButton(self.tr("Cover &letter…"))
        self.letter_button.clicked.connect(self.cover_letter)
        self.handover_button = QPushButton(self.tr("&Handed over…"))
        self.handover_button.clicked.connect(self.record_handover)
        self.handover_dialog: HandoverDialog | None = None
        self.status = selectable(QLabel())
        self.letter_dialog: QDialog | None = None
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("File:"), self.path)
        form.addRow(self.tr("SHA-256:"), self.sha256)
        form.addRow(self.tr("Size:"), self.size)
        form.addRow(self.tr("Password:"), self.protection)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.letter_button)
        buttons.addWidget(self.handover_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.request)
        # Issue #16: letters may go by e-mail, a package of a person's data never does.
        self.handover = QLabel(
            self.tr(
                "The app never sends a package by e-mail: hand it over in person, on a "
                "storage device or through a secure download; tell its password, if any, "
                "another way."
            )
        )
        self.handover.setWordWrap(True)
        layout.addWidget(self.handover)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def initializePage(self) -> None:
        result = self.owner.result
        assert result is not None
        self.path.setText(str(result.path))
        self.sha256.setText(result.sha256)
        locale = ui_locale()
        self.size.setText(
            self.tr("{kb} kB · {rows} records").format(
                kb=locale.toString(max(1, round(result.bytes / 1024))),
                rows=locale.toString(sum(result.counts.values())),
            )
        )
        self.protection.setText(
            self.tr("encrypted (AES-256)") if result.encrypted else self.tr("none")
        )
        if self.owner.request_id is not None:
            self.request.setText(
                self.tr("The package's SHA-256 is on the request's timeline and in the audit "
                        "log. The request is answered when the person has the package: record "
                        "the handover now or later on the request (Handed over…).")
            )  # fmt: skip
        else:
            self.request.setText(
                self.tr("No request was linked; the export and its SHA-256 are in the audit log.")
            )
        self.letter_button.setEnabled(self.owner.request_id is not None)
        self.handover_button.setVisible(self.owner.request_id is not None)
        self.handover_button.setEnabled(True)
        self.letter_button.setToolTip(
            ""
            if self.owner.request_id is not None
            else self.tr("A separate cover letter needs a request; answer.pdf in the package "
                         "already holds the answer.")
        )  # fmt: skip
        self.status.hide()

    @Slot()
    def open_folder(self) -> None:
        result = self.owner.result
        if result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))

    @Slot()
    def cover_letter(self) -> None:
        """The app's letter dialog on the cover letter: preview, then save or print."""
        request_id = self.owner.request_id
        assert request_id is not None
        portable = self.owner.scope is Scope.PORTABILITY
        kind = LetterKind.PORTABILITY_COVER if portable else LetterKind.ACCESS_COVER

        def opened(detail: RequestDetail) -> None:
            from minime_admin.gui.letter_dialog import LetterDialog  # it imports the inbox

            self.letter_button.setEnabled(True)
            dialog = LetterDialog(self.owner.context, detail, self.owner)
            dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
            dialog.produced.connect(lambda _letter_id: self.owner.context.audit_changed.emit())
            self.letter_dialog = dialog
            dialog.open()  # over the wizard, which waits for it

        def refused(error: KnownError) -> None:
            self.letter_button.setEnabled(True)
            self._say(known_message(error), error=True)

        self.letter_button.setEnabled(False)
        self.owner.run(
            lambda session, _p: requests.get_request(session, request_id), opened, refused
        )

    @Slot()
    def record_handover(self) -> HandoverDialog:
        """How and when the person received the package; it completes the request."""
        request_id, reference = self.owner.request_id, self.owner.chosen_request.reference
        assert request_id is not None
        dialog = HandoverDialog(self.owner.context, request_id, reference or "", self.owner)

        def recorded(given: Handover) -> None:
            self.handover_button.setEnabled(False)
            self._say(
                self.tr("Handover recorded; the request is completed.")
                if given.completed
                else self.tr("Handover recorded.")
            )

        dialog.recorded.connect(recorded)
        self.handover_dialog = dialog
        dialog.open()
        return dialog

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {ERROR_COLOUR if error else GOOD_COLOUR};")
        self.status.setText(text)
        self.status.show()
