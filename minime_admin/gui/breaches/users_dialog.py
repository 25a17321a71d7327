"""Settings › Users…: the staff profiles and the managers who may sign a breach off.

A manager needs a password (it seals their signing key; scrypt makes adding one take a
moment, so it runs in the background). Only a manager adds users, confirming with their own
password; the very first user is the first manager (issue #15.4). The public key is shown
so that anyone can check a signature against it. Adding users is audited by the service.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from minime_admin.domain.actor import Role
from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.roles import role_label
from minime_admin.gui.style import error_label
from minime_admin.services import users
from minime_admin.services.users import UserInfo


class UsersDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.jobs = Jobs(context.database, self)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_box = QGroupBox()
        self.name, self.password, self.repeat = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.title = QLineEdit()
        self.title.setMaxLength(100)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem("", role.value)
        # The manager who adds the user, proven by their password (hidden for the first one).
        self.approver, self.approver_password = QLineEdit(context.actor.name), QLineEdit()
        self.approver_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.has_manager = False
        self.captions = {
            key: QLabel()
            for key in ("name", "title", "role", "password", "repeat", "approver", "approval")
        }
        form = QFormLayout(self.add_box)
        for key, field in (
            ("name", self.name),
            ("title", self.title),
            ("role", self.role),
            ("password", self.password),
            ("repeat", self.repeat),
            ("approver", self.approver),
            ("approval", self.approver_password),
        ):
            form.addRow(self.captions[key], field)
            self.captions[key].setBuddy(field)
        self.form = form
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        form.addRow(self.add_button, self.status)
        form.addRow(self.error)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.add_box)
        layout.addWidget(close)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.resize(720, 520)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Users"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Public signing key")]
        )
        self.add_box.setTitle(self.tr("Add a user"))
        self.captions["name"].setText(self.tr("&Name:"))
        self.captions["role"].setText(self.tr("&Role:"))
        self.captions["password"].setText(self.tr("&Password:"))
        self.captions["repeat"].setText(self.tr("R&epeat:"))
        self.captions["title"].setText(self.tr("&Title in letters:"))
        self.title.setPlaceholderText(self.tr("e.g. Vadītāja; empty: the role"))
        self.captions["approver"].setText(self.tr("Added &by (manager):"))
        self.captions["approval"].setText(self.tr("Manager's pass&word:"))
        for index, role in enumerate(Role):
            self.role.setItemText(index, role_label(role.value))
        self.password.setPlaceholderText(
            self.tr("a manager's, at least {minimum} characters").format(minimum=users.MIN_PASSWORD)
        )
        self.add_button.setText(self.tr("&Add"))
        self.close_button.setText(QCoreApplication.translate("messages", "Close"))
        self._role_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def _role_changed(self) -> None:
        manager = self.role.currentData() == Role.MANAGER.value
        for edit in (self.password, self.repeat):
            edit.setEnabled(manager)

    def reload(self) -> None:
        self.jobs.run(users.list_users, self._show, error_parent=self)

    def _show(self, found: list[UserInfo]) -> None:
        self.has_manager = any(user.role is Role.MANAGER for user in found)
        for field in (self.approver, self.approver_password):
            self.form.setRowVisible(field, self.has_manager)
        if not self.has_manager:  # the first user is the first manager
            self.role.setCurrentIndex(self.role.findData(Role.MANAGER.value))
        self.role.setEnabled(self.has_manager)
        self.table.setRowCount(len(found))
        for row, user in enumerate(found):
            key = user.public_key or "—"
            for column, text in enumerate((user.name, role_label(user.role.value), key)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    @Slot()
    def add(self) -> None:
        name, role = self.name.text().strip(), Role(str(self.role.currentData()))
        password = self.password.text() if role is Role.MANAGER else None
        if password is not None and password != self.repeat.text():
            self._refuse(self.tr("The two passwords differ."))
            return
        actor, title = self.context.actor, self.title.text()
        by = (
            (self.approver.text().strip(), self.approver_password.text())
            if self.has_manager
            else None
        )
        self.error.hide()
        self.add_button.setEnabled(False)

        def work(session: Session) -> UserInfo:
            return users.add_user(session, actor, name, role, password, title, by)

        self.jobs.run(work, self._added, on_known_error=self._refused)

    def _added(self, user: UserInfo) -> None:
        self.add_button.setEnabled(True)
        for edit in (self.name, self.title, self.password, self.repeat, self.approver_password):
            edit.clear()
        self.status.setText(self.tr("Added {name}.").format(name=user.name))
        self.context.audit_changed.emit()
        self.reload()

    def _refused(self, error: KnownError) -> None:
        self.add_button.setEnabled(True)
        self._refuse(error.message(QCoreApplication.translate))

    def _refuse(self, text: str) -> None:
        self.password.clear()
        self.repeat.clear()
        self.approver_password.clear()
        self.status.clear()
        self.error.setText(text)
        self.error.show()
