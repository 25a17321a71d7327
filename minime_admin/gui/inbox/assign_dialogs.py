"""Giving a request to someone, and linking it to a customer found by search (#15.7).

Who can be assigned: the app's users (Settings › Users, `minime-admin users add`) and the
one at the keyboard (their staff profile). The customer search is the Customers page's own,
so a caller is told apart from namesakes by phone, address and last order.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minime_admin.gui.customers.search_panel import SearchPanel
from minime_admin.gui.customers.view_reason_dialog import ok_cancel
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.style import fit_height
from minime_admin.services.customer_search import CustomerHit
from minime_admin.services.requests import RequestDetail


class AssignDialog(QDialog):
    """OK emits ``submitted``; the dialog closes once the change is stored (done_ok)."""

    submitted = Signal()

    def __init__(self, detail: RequestDetail, names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign {reference}").format(reference=detail.reference))
        self.who = QComboBox()
        self.who.addItem(self.tr("Nobody"), None)
        for name in names:
            self.who.addItem(name, name)
        current = self.who.findData(detail.assignee) if detail.assignee else 0
        self.who.setCurrentIndex(max(current, 0))
        note = QLabel(
            self.tr(
                "Requests can be given to the app's users and to you. The change goes on the "
                "request's timeline and into the audit log."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Assign to:"), self.who)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        fit_height(self, 420)

    def chosen(self) -> str | None:
        data = self.who.currentData()
        return str(data) if data else None

    def accept(self) -> None:
        self.submitted.emit()

    def done_ok(self) -> None:
        super().accept()


class LinkCustomerDialog(QDialog):
    """Search for the customer; ``chosen(hit or None)`` when one is picked or unlinked."""

    chosen = Signal(object)  # CustomerHit | None

    def __init__(self, detail: RequestDetail, jobs: Jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Customer of {reference}").format(reference=detail.reference))
        self.intro = QLabel(
            self.tr(
                "Find the person who wrote: {name}. Phone, address and the last order tell "
                "namesakes apart. Enter or double-click links the customer."
            ).format(name=detail.requester_name)
        )
        self.intro.setWordWrap(True)
        self.search = SearchPanel(jobs)
        self.search.layout().setContentsMargins(0, 0, 0, 0)
        self.search.heading.hide()
        self.search.open_requested.connect(self._picked)
        buttons = QDialogButtonBox()
        self.link_button = QPushButton(self.tr("&Link this customer"))
        self.link_button.setDefault(False)
        self.link_button.setAutoDefault(False)
        self.link_button.clicked.connect(self.search.open_current)
        self.unlink_button = QPushButton(self.tr("&No customer"))
        self.unlink_button.setAutoDefault(False)
        self.unlink_button.setVisible(detail.customer_id is not None)
        self.unlink_button.clicked.connect(lambda: self.chosen.emit(None))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("messages", "Cancel"))
        cancel.setAutoDefault(False)
        buttons.addButton(self.link_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.unlink_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.search, 1)
        layout.addWidget(buttons)
        self.resize(1000, 520)
        # Start from what the requester gave: their e-mail finds them best, else the name.
        self.search.search.setText(detail.requester_email or detail.requester_name)
        self.search.focus_search()

    def _picked(self, hit: CustomerHit) -> None:
        self.chosen.emit(hit)

    def done_ok(self) -> None:
        self.accept()
