"""The shape the Settings boxes that reach a server share (Shop, Mailbox, Database): a note
above the form, a certificate-authority file row, "Save" and "Test connection" buttons and
one status line that the test's sentence ends on.

A subclass builds its own fields and form, places ``note``, ``ca_row``, ``button_row()``
and ``status`` in it, and defines ``retranslate`` (the button texts keep their own
mnemonics). Texts shared by all three are translated in the "ConnectionBox" context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError

CA_TITLE = QT_TRANSLATE_NOOP("ConnectionBox", "Certificate authority")
CA_FILTER = QT_TRANSLATE_NOOP("ConnectionBox", "Certificates (*.pem *.crt)")
NOT_CONNECTED = QT_TRANSLATE_NOOP("ConnectionBox", "Not connected. {reason}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConnectionBox", text)


class ConnectionBox(QGroupBox):
    tested = Signal(str)  # the sentence "Test connection" ended with
    saved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.ca_edit = QLineEdit()
        self.ca_button = QPushButton()
        self.ca_button.clicked.connect(self.choose_ca_file)
        self.ca_row = QHBoxLayout()
        self.ca_row.addWidget(self.ca_edit, 1)
        self.ca_row.addWidget(self.ca_button)
        self.save_button, self.test_button = QPushButton(), QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)

    def button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.test_button)
        row.addStretch(1)
        return row

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def choose_ca_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, _tr(CA_TITLE), "", _tr(CA_FILTER))
        if name:
            self.ca_edit.setText(name)

    def _failure(self, error: KnownError) -> str:
        return _tr(NOT_CONNECTED).format(reason=error.message(QCoreApplication.translate))

    def _tested(self, text: str) -> None:
        self.test_button.setEnabled(True)
        self.status.setText(text)
        self.tested.emit(text)

    def _failed(self, error: KnownError) -> None:
        self.status.setText(error.message(QCoreApplication.translate))
