"""The inspection pack wizard (issue #20.3): period → what the pack holds, its language and
form (a folder or one ZIP) → the manager's sign-off → the pack made off the GUI thread
with progress and Cancel, then "Show in folder"."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from minime_admin.domain.actor import Role
from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.language import current_language
from minime_admin.gui.messages import show_error
from minime_admin.gui.tasks import Task
from minime_admin.services import inspection, pack_files, users


class PackPeriodPage(QWizardPage):
    def __init__(self, start: date, end: date) -> None:
        super().__init__()
        self.setTitle(self.tr("Which period?"))
        self.setSubTitle(
            self.tr(
                "Requests count by the day they were received; breaches by the day the "
                "office became aware of them."
            )
        )
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.end = QDateEdit(QDate(end.year, end.month, end.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.completeChanged)
        self.problem = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.problem)

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def isComplete(self) -> bool:
        start, end = self.period()
        self.problem.setText(
            "" if end >= start else self.tr("The period must end on or after the day it starts.")
        )
        return end >= start


class PackContentsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("What the pack holds, and where it goes"))
        self.setSubTitle(
            self.tr("Everything below goes in; the manager's signature covers every file.")
        )
        contents = QLabel(
            "\n".join(
                "• " + text
                for text in (
                    self.tr("summary.pdf: the request figures and charts, every breach with its "
                            "decisions and the 72-hour record, retention sweeps, the audit check"),
                    self.tr("requests.csv: every request of the period, people only as a "
                            "customer number or an erased person's hash"),
                    self.tr("the records of processing (Art. 30) as PDF and CSV"),
                    self.tr("the retention rules in force and the sweeps run, as CSV"),
                    self.tr("audit-check.json: the audit log's check and its head"),
                )
            )
        )  # fmt: skip
        contents.setWordWrap(True)
        self.language = QComboBox()
        self.language.addItem(self.tr("Latvian"), "lv")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(0 if current_language() == "lv" else 1)
        self.as_folder = QRadioButton(self.tr("A new folder"))
        self.as_zip = QRadioButton(self.tr("One ZIP file (easier to send)"))
        self.as_folder.setChecked(True)
        self.form = QButtonGroup(self)
        for button in (self.as_folder, self.as_zip):
            self.form.addButton(button)
        self.as_zip.toggled.connect(self._form_changed)
        self.place = QLineEdit()
        self.place.textChanged.connect(self.completeChanged)
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.choose)
        place_row = QHBoxLayout()
        place_row.addWidget(self.place, 1)
        place_row.addWidget(self.browse)
        forms = QHBoxLayout()
        forms.addWidget(self.as_folder)
        forms.addWidget(self.as_zip)
        forms.addStretch(1)
        layout = QFormLayout(self)
        layout.addRow(contents)
        layout.addRow(self.tr("Language"), self.language)
        layout.addRow(self.tr("Form"), forms)
        layout.addRow(self.tr("Save as"), place_row)

    def target(self) -> Path:
        text = self.place.text().strip()
        path = Path(text)
        if self.as_zip.isChecked() and path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        return path

    def _form_changed(self) -> None:
        text = self.place.text().strip()
        if text:
            path = Path(text)
            if self.as_zip.isChecked() and path.suffix.lower() != ".zip":
                self.place.setText(str(path.with_name(path.name + ".zip")))
            elif not self.as_zip.isChecked() and path.suffix.lower() == ".zip":
                self.place.setText(str(path.with_suffix("")))

    def choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Where to save the pack"))
        if chosen:
            name = "inspection-pack.zip" if self.as_zip.isChecked() else "inspection-pack"
            self.place.setText(str(Path(chosen) / name))

    def isComplete(self) -> bool:
        return bool(self.place.text().strip())

    def validatePage(self) -> bool:
        try:  # a quick look at the file system: refuse a used name before the password
            pack_files.check_target(self.target())
        except KnownError as error:
            show_error(self, error)
            return False
        return True


class PackSignPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The manager signs"))
        self.setSubTitle(
            self.tr(
                "The pack is signed with the manager's key; an inspector checks it with "
                "“minime-admin report verify”."
            )
        )
        self.manager = QComboBox()
        self.manager.currentIndexChanged.connect(self.completeChanged)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textChanged.connect(self.completeChanged)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Signed by (manager)"), self.manager)
        layout.addRow(self.tr("Manager's password"), self.password)

    def isComplete(self) -> bool:
        return self.manager.currentData() is not None and bool(self.password.text())

    def initializePage(self) -> None:
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Make pack"))


class PackResultPage(QWizardPage):
    """Runs the job when shown; Back (or closing the wizard) while it runs cancels it, and
    a refused password or a used name is said here, with Back to correct it."""

    def __init__(self, owner: PackWizard) -> None:
        super().__init__()
        self.owner = owner
        self.task: Task | None = None
        self.result: inspection.PackResult | None = None
        self.setTitle(self.tr("Making the inspection pack"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.show_button = QPushButton(self.tr("Show in folder"))
        self.show_button.clicked.connect(self.show_in_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def initializePage(self) -> None:
        owner = self.owner
        database, actor = owner.context.database, owner.context.actor
        start, end = owner.period_page.period()
        target = owner.contents_page.target()
        language = owner.contents_page.language.currentData()
        manager = owner.sign_page.manager.currentData()
        password = owner.sign_page.password.text()

        def work(progress: Any) -> inspection.PackResult:
            with database.unit_of_work() as session:
                return inspection.make_pack(
                    session, actor, start, end, target, manager, password, language,
                    progress=progress,
                )  # fmt: skip

        self.result = None
        self.setTitle(self.tr("Making the inspection pack"))
        self.text.setText(self.tr("Reading the figures and writing the files of the pack…"))
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.show_button.hide()
        self.task = Task(
            work,
            on_success=self._made,
            on_failure=self._failed,
            on_cancelled=self._cancelled,
            on_progress=self._progress,
            parent=self,
        )
        self.task.done.connect(self._idle)
        self.task.start()
        self.completeChanged.emit()

    def running(self) -> bool:
        return self.task is not None and self.task.running

    def isComplete(self) -> bool:
        return self.result is not None

    def cleanupPage(self) -> None:  # Back while the job runs: stop it, nothing is written
        self.cancel()

    def cancel(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def _made(self, result: inspection.PackResult) -> None:
        self.result = result
        self.setTitle(self.tr("The inspection pack is ready"))
        self.owner.context.audit_changed.emit()
        self.bar.hide()
        self.cancel_button.hide()
        self.show_button.show()
        self.text.setText(
            self.tr(
                "The pack was written to {path} and signed by {signer} (key {fingerprint}). "
                "Audit log head: {head}."
            ).format(
                path=str(result.folder),
                signer=result.signer,
                fingerprint=result.fingerprint,
                head=result.head.token,
            )
        )
        self.completeChanged.emit()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            raise error
        self.bar.hide()
        self.cancel_button.hide()
        self.text.setText(
            self.tr("{problem} Nothing was written; go Back to correct it.").format(
                problem=error.message(QCoreApplication.translate)
            )
        )

    def _cancelled(self) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self.text.setText(self.tr("Cancelled: nothing was written."))

    def _idle(self) -> None:
        self.owner.job_finished()

    def show_in_folder(self) -> None:
        if self.result is not None:
            place = self.result.folder
            folder = place if place.is_dir() else place.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class PackWizard(QWizard):
    def __init__(
        self, context: AppContext, start: date, end: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.jobs = Jobs(context.database, self)
        self._close_when_idle = False
        self.period_page = PackPeriodPage(start, end)
        self.contents_page = PackContentsPage()
        self.sign_page = PackSignPage()
        self.result_page = PackResultPage(self)
        for page in (self.period_page, self.contents_page, self.sign_page, self.result_page):
            self.addPage(page)
        self.setWindowTitle(self.tr("Inspection pack"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.resize(700, 480)
        self.jobs.run(users.list_users, self._users, error_parent=self)

    def _users(self, found: list[users.UserInfo]) -> None:
        for user in found:
            if user.role is Role.MANAGER:
                self.sign_page.manager.addItem(user.name, user.name)

    def reject(self) -> None:
        """Closing while the pack is being made asks the job to stop and closes once it
        has, so that no pack appears after the user closed the wizard."""
        if self.result_page.running():
            self._close_when_idle = True
            self.result_page.cancel()
            return
        super().reject()

    def job_finished(self) -> None:
        if self._close_when_idle:
            super().reject()
