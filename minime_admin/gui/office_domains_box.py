"""Settings › Incoming e-mail: the shop's own e-mail domains (default minime.lv).

Mail from these domains is a staff member's, so only such a message is unwrapped as a
forward (its requester is the original sender); anyone else who writes is the requester.
Kept in the database (services/settings.py), shared by everyone using it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.services import settings


class OfficeDomainsBox(QGroupBox):
    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.domains_label = QLabel()
        self.domains_edit = QLineEdit()
        self.domains_edit.setPlaceholderText("minime.lv, mini-me.lv")
        self.domains_edit.setMinimumWidth(360)
        self.domains_label.setBuddy(self.domains_edit)
        self.save_button = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        form = QFormLayout(self)
        form.addRow(self.note)
        form.addRow(self.domains_label, self.domains_edit)
        form.addRow(row)
        self.save_button.clicked.connect(self.save)
        self.domains_edit.returnPressed.connect(self.save)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Incoming e-mail"))
        self.note.setText(
            self.tr(
                "Mail sent from these domains is taken as a colleague forwarding a customer's "
                "message, so the customer becomes the requester. Anyone else who writes is the "
                "requester, even when the message quotes or attaches another one."
            )
        )
        self.domains_label.setText(self.tr("The shop's e-mail domains:"))
        self.save_button.setText(self.tr("Sa&ve domains"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self) -> None:
        with self.context.database.unit_of_work() as session:
            domains = settings.load_office_domains(session)
        self.domains_edit.setText(", ".join(domains))

    @Slot()
    def save(self) -> bool:
        """True when the domains were stored; a wrong entry is said and nothing changes."""
        try:
            domains = settings.parse_office_domains(self.domains_edit.text())
            with self.context.database.unit_of_work() as session:
                changed = settings.save_office_domains(session, self.context.actor, domains)
        except KnownError as error:
            self.status.setText(error.message(QCoreApplication.translate))
            return False
        self.domains_edit.setText(", ".join(domains))
        if changed:
            self.status.setText(self.tr("Domains saved."))
            self.context.audit_changed.emit()
            self.saved.emit()
        else:
            self.status.setText(self.tr("Nothing to save: the domains are unchanged."))
        return changed
