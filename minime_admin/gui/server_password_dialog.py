"""Asks for the password of a database on the office's server (team mode, issue #18).

Like the unlock dialog it does not connect itself: it emits ``submitted(password)`` and
stays open; the start-up flow tries the password in the background and either accepts the
dialog or shows the server's answer with :meth:`show_error`. A password that worked is kept
in the keychain when the box is ticked, never in the settings or a file.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from minime_admin.gui.style import error_label, fit_height, title_font


class ServerPasswordDialog(QDialog):
    submitted = Signal(str)

    def __init__(self, url: str, can_remember: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.heading = QLabel()
        self.heading.setFont(title_font())
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.prompt = QLabel()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(420)
        self.prompt.setBuddy(self.password)
        self.remember = QCheckBox()
        self.remember.setChecked(can_remember)
        self.remember.setEnabled(can_remember)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        layout.addWidget(self.prompt)
        layout.addWidget(self.password)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        fit_height(self, 580)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Database server"))
        self.heading.setText(self.tr("Sign in to the database server"))
        self.explanation.setText(
            self.tr(
                "The office's database is on the server {url}. Type your password for it; "
                "whoever runs the server gave it to you."
            ).format(url=self.url)
        )
        self.prompt.setText(self.tr("&Password:"))
        self.remember.setText(self.tr("Remember the password in this computer's keychain"))
        fit_height(self, 580)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        fit_height(self, 580)  # the sentence wraps: make room for it
        self.password.selectAll()
        self.password.setFocus()

    @Slot()
    def _submit(self) -> None:
        self.error.hide()
        self.submitted.emit(self.password.text())
