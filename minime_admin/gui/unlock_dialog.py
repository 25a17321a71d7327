"""Asks for the passphrase or recovery key when the keychain cannot unlock a database.

The dialog does not open the database itself: it emits ``submitted(text)`` and stays open;
the startup flow tries the secret in the background and either accepts the dialog or
calls :meth:`show_error` so the user can try again or cancel.
"""

from __future__ import annotations

from pathlib import Path

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

from minime_admin.gui.style import ERROR_COLOUR, error_label, fit_height, title_font


class UnlockDialog(QDialog):
    submitted = Signal(str)

    def __init__(self, path: Path, recover: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.recover = recover
        self.heading = QLabel()
        self.heading.setFont(title_font())
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.where_is_key = QLabel()
        self.where_is_key.setWordWrap(True)
        self.prompt = QLabel()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumWidth(420)
        self.prompt.setBuddy(self.secret)
        self.reveal = QCheckBox()
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.where_is_key)
        layout.addSpacing(8)
        layout.addWidget(self.prompt)
        layout.addWidget(self.secret)
        layout.addWidget(self.reveal)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.reveal.toggled.connect(self._reveal)
        self.secret.textChanged.connect(self._text_changed)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._text_changed("")
        fit_height(self, 580)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock database"))
        self.heading.setText(self.tr("Unlock the encrypted database"))
        if self.recover:
            text = self.tr(
                "Type the recovery key of {path} to open it on this computer. The key is "
                "then kept in this computer's keychain, where there is one."
            )
        else:
            text = self.tr(
                "{path} is encrypted, and this computer's keychain does not hold its key. "
                "Type its passphrase or its recovery key."
            )
        self.explanation.setText(text.format(path=self.path))
        self.where_is_key.setText(
            self.tr(
                "The recovery key is on the recovery sheet printed when the database was "
                "created: eleven groups of five letters and digits. Dashes and spaces do "
                "not matter."
            )
        )
        self.prompt.setText(self.tr("&Passphrase or recovery key:"))
        self.reveal.setText(self.tr("&Show what I type"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        fit_height(self, 580)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_busy(self, busy: bool) -> None:
        """While a secret is being tried, nothing can be submitted twice."""
        self.secret.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not busy and bool(self.secret.text())
        )
        if busy:
            self._say(self.tr("Unlocking…"), error=False)

    def show_error(self, message: str) -> None:
        """The last attempt failed: say why, keep the dialog open for another try."""
        self.set_busy(False)
        self._say(message, error=True)
        self.secret.selectAll()
        self.secret.setFocus()

    def _say(self, text: str, *, error: bool) -> None:
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.error.setText(text)
        self.error.show()
        fit_height(self, 580)

    @Slot(bool)
    def _reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.secret.setEchoMode(mode)

    @Slot(str)
    def _text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    @Slot()
    def _submit(self) -> None:
        text = self.secret.text().strip()
        if text:
            self.set_busy(True)
            self.submitted.emit(text)
