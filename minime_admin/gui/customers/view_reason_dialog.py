"""Why is this customer's data being opened? A request or a reason, before anything shows.

The answer goes into the audit log with the look itself (docs/architecture.md: every read of a
person's data is recorded: who, when, what, why). OK does not close the dialog: it emits
``submitted`` and the page opens the customer; only then is the dialog closed, so a
refused attempt (an unknown reference) can be corrected in place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from minime_admin.gui.customers.request_choice import ChosenRequest, RequestChoice, RequestOption
from minime_admin.gui.style import error_label, fit_height, title_font


def ok_cancel(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """OK and Cancel in the app's language (as in gui/messages.py), wired to the dialog."""
    buttons = QDialogButtonBox.StandardButton
    box = QDialogButtonBox(buttons.Ok | buttons.Cancel)
    box.button(buttons.Ok).setText(ok_text or QCoreApplication.translate("messages", "OK"))
    box.button(buttons.Cancel).setText(QCoreApplication.translate("messages", "Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ViewReasonDialog(QDialog):
    submitted = Signal()

    def __init__(self, customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open customer data"))
        self.question = QLabel(self.tr("Why are you opening this customer's data?"))
        self.question.setFont(title_font(1.15))
        self.question.setWordWrap(True)
        self.who = QLabel(self.tr("Customer: {name}").format(name=customer_name))
        self.who.setWordWrap(True)
        self.note = QLabel(
            self.tr(
                "The audit log records who looked at whom, and why. Choose the request you "
                "are answering, or write the reason."
            )
        )
        self.note.setWordWrap(True)
        self.request = RequestChoice()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the customer phoned about an order"))
        self.reason.setMaxLength(200)  # the audit entry keeps 200 characters
        form = QFormLayout()
        form.addRow(self.tr("&Request:"), self.request)
        form.addRow(self.tr("Or a &reason:"), self.reason)
        self.error = error_label()
        self.buttons = ok_cancel(self, self.tr("&Open"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.who)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.setFocus()
        fit_height(self, 520)

    def set_options(self, options: list[RequestOption], chosen: ChosenRequest | None) -> None:
        self.request.set_options(options, chosen)

    def chosen_request(self) -> ChosenRequest:
        return self.request.chosen() if self.request.isEnabled() else ChosenRequest()

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def accept(self) -> None:
        if not self.chosen_request() and not self.reason_text():
            self.show_error(self.tr("Choose the request you are answering or write a reason."))
            self.reason.setFocus()
            return
        self.error.hide()
        self.submitted.emit()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        fit_height(self, 520)

    def done_ok(self) -> None:
        super().accept()
