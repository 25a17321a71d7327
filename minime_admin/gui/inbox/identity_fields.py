"""How the requester's identity was confirmed: a method from the list and a note.

One widget for every place that records it (a new request taken by phone, letter or in
person; starting work; the export and erasure wizards), so the list and its rule ("other"
needs a note) are the same everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from minime_admin.domain.proofs import IdentityCheck, needs_note
from minime_admin.errors import KnownError
from minime_admin.gui.inbox.labels import identity_check_label
from minime_admin.services.requests import IdentityMethodNotChosen, IdentityNoteNeeded


class IdentityFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.method = QComboBox()
        self.method.addItem(self.tr("Choose how…"), None)
        for check in IdentityCheck:
            self.method.addItem(identity_check_label(check), check.value)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(
            self.tr("Note, e.g. which document, or the order number they named")
        )
        self.method.currentIndexChanged.connect(self._method_changed)
        self.note.textChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.method)
        layout.addWidget(self.note)
        self.setFocusProxy(self.method)

    def _method_changed(self) -> None:
        check = self.check()
        other = check is not None and needs_note(check)
        self.note.setPlaceholderText(
            self.tr("Required: say how the identity was confirmed")
            if other
            else self.tr("Note, e.g. which document, or the order number they named")
        )
        self.changed.emit()

    def check(self) -> IdentityCheck | None:
        code = self.method.currentData()
        return IdentityCheck(code) if code else None

    def note_text(self) -> str | None:
        return self.note.text().strip() or None

    def set_values(self, check: IdentityCheck | None, note: str | None) -> None:
        self.method.setCurrentIndex(self.method.findData(check.value) if check else 0)
        self.note.setText(note or "")

    def problem(self) -> KnownError | None:
        """Why what is filled in cannot be stored, if it cannot: a note without a method,
        or "other" without a note."""
        check = self.check()
        if check is None:
            return IdentityMethodNotChosen() if self.note_text() else None
        return None if self.is_complete() else IdentityNoteNeeded()

    def is_complete(self) -> bool:
        """A method chosen, and for "other" a note that says how."""
        check = self.check()
        return check is not None and (not needs_note(check) or bool(self.note_text()))
