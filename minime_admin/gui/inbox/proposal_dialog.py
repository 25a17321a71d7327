"""A fetched message's confirmation (issue #16.3): the dropped-.eml dialog, plus "Set aside".

Its own module, so that the inbox can show without the e-mail parsing it needs (#19.5).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.requests import RequestType
from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox.email_import_dialog import EmailImportDialog
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.messages import show_error
from minime_admin.services import mail_fetch, requests
from minime_admin.services.intake import EmailPreview


class ProposalDialog(EmailImportDialog):
    """The dropped-.eml confirmation for a fetched message, plus "Set aside"."""

    set_aside = Signal()

    def __init__(
        self,
        proposal_id: int,
        preview: EmailPreview,
        context: AppContext,
        jobs: Jobs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(preview, context, jobs, parent)
        self.proposal_id = proposal_id
        self.setWindowTitle(self.tr("Fetched mail: {name}").format(name=preview.filename))
        box = self.findChild(QDialogButtonBox)
        assert box is not None
        self.aside_button = box.addButton(
            self.tr("&Set aside (not a request)"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.aside_button.clicked.connect(self._set_aside)

    def store(
        self,
        session: Session,
        actor: Actor,
        preview: EmailPreview,
        request_type: RequestType,
        customer_id: int | None,
    ) -> requests.Opened:
        return mail_fetch.open_proposal(
            session, actor, self.proposal_id, preview, request_type, customer_id
        )

    def _set_aside(self) -> None:
        proposal_id, actor = self.proposal_id, self.context.actor
        self.setEnabled(False)

        def done(_result: object) -> None:
            self.setEnabled(True)
            self.set_aside.emit()
            self.done(ProposalDialog.DialogCode.Rejected)

        def refused(error: KnownError) -> None:
            self.setEnabled(True)
            show_error(self, error)

        self.jobs.run(
            lambda session: mail_fetch.set_aside(session, actor, proposal_id), done, refused
        )
