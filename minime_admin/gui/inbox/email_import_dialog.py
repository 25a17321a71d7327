"""The confirmation before an e-mail becomes a request: what was read, what to check.

Everything the parser found is shown as it will be stored: sender, time of receipt,
subject, the body verbatim, attachments, and every warning in amber. The worker confirms
the suggested type (or picks another) and, when several customers fit, which one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.requests import RequestType
from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox import deadline_text
from minime_admin.gui.inbox.customer_choice import CustomerChoice
from minime_admin.gui.inbox.labels import type_label
from minime_admin.gui.inbox.model import COLOURS
from minime_admin.gui.inbox.transition_dialog import ok_cancel
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.messages import show_error
from minime_admin.gui.style import fit_height
from minime_admin.services import intake, requests
from minime_admin.services.intake import EmailPreview


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)  # mail headers are never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class EmailImportDialog(QDialog):
    opened = Signal(object)  # services.requests.Opened

    def __init__(
        self, preview: EmailPreview, context: AppContext, jobs: Jobs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.preview, self.context, self.jobs = preview, context, jobs
        mail = preview.email
        self.setWindowTitle(self.tr("Import e-mail: {name}").format(name=preview.filename))

        sender = mail.sender_name
        if mail.sender_email and mail.sender_email != mail.sender_name:
            sender = f"{mail.sender_name} <{mail.sender_email}>"
        if mail.forwarded:
            sender += " " + self.tr("(original sender of a forwarded message)")
        self.sender = _plain(QLabel(sender))
        self.received = _plain(QLabel(deadline_text.shop_time_text(mail.received_at)))
        self.subject = _plain(QLabel(mail.subject or self.tr("(no subject)")))
        self.body = QPlainTextEdit(mail.body)
        self.body.setReadOnly(True)
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(140)
        self.attachments = QListWidget()
        for attachment in mail.attachments:
            size = max(1, round(len(attachment.content) / 1024))
            self.attachments.addItem(
                self.tr("{name} ({size} kB)").format(name=attachment.filename, size=size)
            )
        self.attachments.setMaximumHeight(64)
        self.attachments.setVisible(bool(mail.attachments))

        self.warnings = _plain(QLabel())
        self.warnings.setStyleSheet(f"color: {COLOURS['soon'][0].name()}; font-weight: bold;")
        messages = [w.message(QCoreApplication.translate) for w in mail.warnings]
        self.warnings.setText("\n".join(f"⚠ {message}" for message in messages))
        self.warnings.setVisible(bool(messages))

        self.type = QComboBox()
        for request_type in RequestType:
            self.type.addItem(type_label(request_type), request_type.value)
        suggested = preview.suggested_types[0] if preview.suggested_types else RequestType.OTHER
        self.type.setCurrentIndex(self.type.findData(suggested.value))
        self.suggestion = _plain(QLabel())
        self.suggestion.setWordWrap(False)  # one line; wrapped, a form row grows oddly tall
        self.suggestion.setText(
            self.tr("Suggested from the wording: {types}. Check it before importing.").format(
                types=", ".join(type_label(t) for t in preview.suggested_types)
            )
        )
        self.customer = CustomerChoice()
        self.customer.set_match(preview.match)

        form = QFormLayout()
        form.addRow(self.tr("From:"), self.sender)
        form.addRow(self.tr("Received (Riga time):"), self.received)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Text:"), self.body)
        if mail.attachments:
            form.addRow(self.tr("Attachments:"), self.attachments)
        type_caption = QLabel(self.tr("&Type:"))
        type_caption.setBuddy(self.type)
        form.addRow(type_caption, self.type)
        form.addRow("", self.suggestion)
        form.addRow(self.tr("Customer:"), self.customer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warnings)
        layout.addLayout(form, 1)
        layout.addWidget(ok_cancel(self))
        fit_height(self, 680)  # wrapped warnings need their height at this width

    def chosen_type(self) -> RequestType:
        return RequestType(self.type.currentData())

    def accept(self) -> None:
        """Open the request in the background; close only once it is stored."""
        preview, actor = self.preview, self.context.actor
        request_type, customer_id = self.chosen_type(), self.customer.chosen_id()
        self.setEnabled(False)

        def stored(opened: requests.Opened) -> None:
            self.setEnabled(True)
            super(EmailImportDialog, self).accept()
            self.opened.emit(opened)

        def refused(error: KnownError) -> None:
            self.setEnabled(True)
            show_error(self, error)

        self.jobs.run(
            lambda session: self.store(session, actor, preview, request_type, customer_id),
            stored,
            refused,
        )

    def store(
        self,
        session: Session,
        actor: Actor,
        preview: EmailPreview,
        request_type: RequestType,
        customer_id: int | None,
    ) -> requests.Opened:
        """Open the request (in the job's session); a fetched message's dialog also marks
        its proposal as opened (gui/inbox/mail_fetcher.py)."""
        return intake.open_from_email(session, actor, preview, request_type, customer_id)
