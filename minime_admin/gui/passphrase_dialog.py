"""Choosing the passphrase of a new database where there is no keychain to keep its key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.passphrase import Hint, check_new
from minime_admin.gui.style import fit_height, title_font
from minime_admin.services.database import MIN_PASSPHRASE


class PassphraseDialog(QDialog):
    """Typed twice, at least MIN_PASSPHRASE characters; Create stays disabled until then."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.heading = QLabel()
        self.heading.setFont(title_font())
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMinimumWidth(320)
            field.textChanged.connect(self._check)
        self.first_label = QLabel()
        self.first_label.setBuddy(self.first)
        self.second_label = QLabel()
        self.second_label.setBuddy(self.second)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()

    def passphrase(self) -> str:
        return self.first.text()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New encrypted database"))
        self.heading.setText(self.tr("Choose a passphrase"))
        self.explanation.setText(
            self.tr(
                "This computer has no keychain to keep the key of {path}, so the database "
                "will be locked with a passphrase that you type each time you open it. "
                "Use at least {minimum} characters; four or five unrelated words are easy to "
                "remember and hard to guess. A recovery key follows, for when the "
                "passphrase is forgotten."
            ).format(path=self.path, minimum=MIN_PASSPHRASE)
        )
        self.first_label.setText(self.tr("&Passphrase:"))
        self.second_label.setText(self.tr("&Repeat it:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create database"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._check()
        fit_height(self, 580)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def _check(self) -> None:
        first = self.first.text()
        hint = check_new(first, self.second.text())
        if hint in (Hint.EMPTY, Hint.TOO_SHORT):
            text = self.tr("{count} of at least {minimum} characters.").format(
                count=len(first), minimum=MIN_PASSPHRASE
            )
        elif hint is Hint.KEY_SHAPED:
            text = self.tr("This looks like a recovery key; choose words instead.")
        elif hint is Hint.GUESSABLE:
            text = self.tr(
                "Too easy to guess (a common word, a pattern or a repeat): use four or five "
                "unrelated words."
            )
        elif hint is Hint.MISMATCH:
            text = self.tr("Type the same passphrase again in the second field.")
        else:
            text = self.tr("The passphrases match.")
        self.hint.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(hint is Hint.MATCH)
