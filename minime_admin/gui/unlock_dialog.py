"""Asks for the passphrase or recovery key when the keychain cannot unlock a database.

The dialog does not open the database itself (gui/secret_prompt.py): it emits
``submitted(text)`` and stays open; the startup flow tries the secret in the background and
either accepts the dialog or calls :meth:`show_error` so the user can try again or cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from minime_admin.gui.secret_prompt import SecretPromptDialog


class UnlockDialog(SecretPromptDialog):
    def __init__(self, path: Path, recover: bool = False, parent: QWidget | None = None) -> None:
        self.where_is_key = QLabel()
        self.where_is_key.setWordWrap(True)
        self.reveal = QCheckBox()
        super().__init__(extra=(self.where_is_key,), below=(self.reveal,), parent=parent)
        self.path = path
        self.recover = recover
        self.reveal.toggled.connect(self._reveal)
        self.secret.textChanged.connect(self._text_changed)
        self.retranslate()
        self._text_changed("")

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
        super().retranslate()

    def set_busy(self, busy: bool) -> None:
        """While a secret is being tried, nothing can be submitted twice."""
        self.secret.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not busy and bool(self.secret.text())
        )
        if busy:
            self.say(self.tr("Unlocking…"), error=False)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        super().show_error(message)

    def typed(self) -> str:
        return self.secret.text().strip()

    @Slot(bool)
    def _reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.secret.setEchoMode(mode)

    @Slot(str)
    def _text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def _submit(self) -> None:
        if self.typed():
            self.set_busy(True)
            self.submitted.emit(self.typed())
