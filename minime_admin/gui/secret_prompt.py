"""The dialog that asks for one secret (a passphrase, a recovery key, a server password).

It never uses the secret itself: it emits ``submitted(text)`` and stays open; whoever opened
it tries the secret in the background and either accepts the dialog or calls
:meth:`show_error`, so the user can try again or cancel. Subclasses add their own lines
(``extra`` above the field, ``below`` under it) and write every text in ``retranslate``, so
each keeps its own translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from minime_admin.gui.style import ERROR_COLOUR, error_label, fit_height, title_font

WIDTH = 580  # wide enough for a path and the recovery key's eleven groups


class SecretPromptDialog(QDialog):
    submitted = Signal(str)

    def __init__(
        self,
        extra: tuple[QWidget, ...] = (),
        below: tuple[QWidget, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setFont(title_font())
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.prompt = QLabel()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumWidth(420)
        self.prompt.setBuddy(self.secret)
        self.error = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        for widget in extra:
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.prompt)
        layout.addWidget(self.secret)
        for widget in below:
            layout.addWidget(widget)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def retranslate(self) -> None:
        """Every text of the dialog; called at start and when the language changes."""
        fit_height(self, WIDTH)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_error(self, message: str) -> None:
        """The last attempt failed: say why, keep the dialog open for another try."""
        self.say(message, error=True)
        self.secret.selectAll()
        self.secret.setFocus()

    def say(self, text: str, *, error: bool) -> None:
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.error.setText(text)
        self.error.show()
        fit_height(self, WIDTH)  # the sentence wraps: make room for it

    def typed(self) -> str:
        """What is submitted: the field's text as it stands."""
        return self.secret.text()

    @Slot()
    def _submit(self) -> None:
        self.error.hide()
        self.submitted.emit(self.typed())
