"""The inspection pack dialog: period, folder, the manager who signs and their password;
the pack is written off the GUI thread with progress and Cancel (issue #20.3)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.actor import Role
from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.language import current_language
from minime_admin.gui.messages import show_error, show_message
from minime_admin.gui.tasks import ProgressDialog, Task
from minime_admin.services import inspection, users


class PackDialog(QDialog):
    def __init__(
        self, context: AppContext, start: date, end: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.jobs = Jobs(context.database, self)
        self.task: Task | None = None
        self.result_: inspection.PackResult | None = None
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.end = QDateEdit(QDate(end.year, end.month, end.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.folder = QLineEdit()
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.manager = QComboBox()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox()
        self.language.addItem(self.tr("Latvian"), "lv")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(0 if current_language() == "lv" else 1)
        self.note = QLabel(
            self.tr(
                "The pack holds the request figures, every breach of the period, the records "
                "of processing, the retention rules and sweeps, and the audit log's check. "
                "It names nobody; the manager's signature covers every file."
            )
        )
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("New or empty folder"), folder_row)
        form.addRow(self.tr("Signed by (manager)"), self.manager)
        form.addRow(self.tr("Manager's password"), self.password)
        form.addRow(self.tr("Language"), self.language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Make pack"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addStretch(1)  # spare height below the form, not around the wrapped note
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Inspection pack"))
        self.resize(620, 380)
        self.jobs.run(users.list_users, self._users, error_parent=self)

    def _users(self, found: list[users.UserInfo]) -> None:
        for user in found:
            if user.role is Role.MANAGER:
                self.manager.addItem(user.name, user.name)

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the pack"))
        if chosen:
            self.folder.setText(str(Path(chosen) / "inspection-pack"))

    def make(self) -> None:
        if not self.folder.text().strip() or self.manager.currentData() is None:
            show_message(
                self,
                QMessageBox.Icon.Warning,
                self.windowTitle(),
                self.tr("Choose a folder and the manager who signs."),
            )
            return
        database, actor = self.context.database, self.context.actor
        start: date = self.start.date().toPython()  # type: ignore[assignment]
        end: date = self.end.date().toPython()  # type: ignore[assignment]
        folder = Path(self.folder.text().strip())
        manager, password = self.manager.currentData(), self.password.text()
        language = self.language.currentData()

        def work(progress: Any) -> inspection.PackResult:
            with database.unit_of_work() as session:
                return inspection.make_pack(
                    session, actor, start, end, folder, manager, password, language,
                    progress=progress,
                )  # fmt: skip

        self.buttons.setEnabled(False)
        self.task = Task(
            work,
            on_success=self._made,
            on_failure=self._failed,
            on_cancelled=lambda: self.buttons.setEnabled(True),
            parent=self,
        )
        ProgressDialog(self.task, self.tr("Making the inspection pack…"), self).open()
        self.task.start()

    def _made(self, result: inspection.PackResult) -> None:
        self.result_ = result
        self.context.audit_changed.emit()
        show_message(
            self,
            QMessageBox.Icon.Information,
            self.windowTitle(),
            self.tr("The pack was written to {folder} and signed by {signer}.").format(
                folder=str(result.folder), signer=result.signer
            ),
            on_finished=lambda _button: self.accept(),
        )

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, KnownError):
            raise error
        show_error(self, error)
