"""Asks for the password of a database on the office's server (team mode, issue #18).

Like the unlock dialog (both are gui/secret_prompt.py) it does not connect itself: it emits
``submitted(password)`` and stays open; the start-up flow tries the password in the
background and either accepts the dialog or shows the server's answer with
:meth:`show_error`. A password that worked is kept in the keychain when the box is ticked,
never in the settings or a file.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from minime_admin.gui.secret_prompt import SecretPromptDialog


class ServerPasswordDialog(SecretPromptDialog):
    def __init__(self, url: str, can_remember: bool, parent: QWidget | None = None) -> None:
        self.remember = QCheckBox()
        super().__init__(below=(self.remember,), parent=parent)
        self.url = url
        self.password = self.secret
        self.remember.setChecked(can_remember)
        self.remember.setEnabled(can_remember)
        self.retranslate()

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
        super().retranslate()
