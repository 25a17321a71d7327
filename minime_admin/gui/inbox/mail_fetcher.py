"""Fetch mail in the inbox (issue #16.3): the office mailbox read off the GUI thread.

"Fetch mail" reads the mailbox with a progress dialog and Cancel, then shows each proposal
in the same confirmation dialog as a dropped .eml file, with one more choice: set it aside
(not a request). While the app is open the mailbox is also read every N minutes (the
``mail.imap.interval_minutes`` setting, default 10; nothing when no mailbox is set up),
quietly: its proposals wait behind the "Fetched mail" button, and a failure is shown beside
it rather than in a box every few minutes. The proposal's dialog (gui/inbox/proposal_dialog.py)
and the e-mail parsing behind it load when the first proposal is shown (#19.5).
"""

from __future__ import annotations

import time
from collections import deque
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QWidget
from sqlalchemy.orm import Session

from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox.model import COLOURS
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.messages import show_error, show_message
from minime_admin.gui.tasks import ProgressDialog, Task
from minime_admin.progress import Progress
from minime_admin.services import database as db_service

if TYPE_CHECKING:
    from minime_admin.gui.inbox.proposal_dialog import ProposalDialog
    from minime_admin.importers.imap import ImapAccount
    from minime_admin.services.intake import EmailPreview
    from minime_admin.services.mail_fetch import FetchResult

TICK_MS = 60_000  # the timer looks once a minute whether the interval has passed


class MailFetcher(QObject):
    """The inbox's "Fetch mail" and "Fetched mail" buttons, the timer, and the proposals."""

    opened = Signal(object)  # services.requests.Opened
    fetched = Signal(object)  # FetchResult, after any fetch (tests wait for it)
    reviewed = Signal()  # the review of proposals ended

    def __init__(self, context: AppContext, jobs: Jobs, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.context, self.jobs, self.widget = context, jobs, parent_widget
        self.fetch_button = QPushButton()
        self.fetch_button.clicked.connect(lambda: self.fetch())
        self.review_button = QPushButton()
        self.review_button.clicked.connect(self.review)
        self.review_button.hide()
        self.status = QLabel()
        self.status.setStyleSheet(f"color: {COLOURS['soon'][0].name()};")
        self.status.setWordWrap(False)
        self.status.hide()
        self.task: Task | None = None
        self.progress: ProgressDialog | None = None
        self.dialog: ProposalDialog | None = None
        self.message: QMessageBox | None = None
        self.queue: deque[int] = deque()
        self.pending = 0
        self._aside = False
        self.last_error: str | None = None
        self._last_fetch = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.retranslate()

    def start_timer(self) -> None:
        """Count what waits, then look once a minute whether a fetch is due."""
        self.refresh_pending()
        self.timer.start()

    def retranslate(self) -> None:
        self.fetch_button.setText(self.tr("&Fetch mail"))
        self.fetch_button.setToolTip(
            self.tr("Read new messages in the office mailbox and propose them as requests.")
        )
        self._show_pending()

    # -- fetching ------------------------------------------------------------------------

    def tick(self) -> None:
        """The timer: fetch quietly when the interval has passed and a mailbox is set up."""
        if self.task is not None:
            return

        def due(session: Session) -> bool:
            minutes = _mail_fetch().fetch_interval_minutes(session)
            configured = _mail_fetch().load_imap_account(session).configured
            elapsed = time.monotonic() - self._last_fetch
            return configured and minutes > 0 and elapsed >= minutes * 60 - 1

        self.jobs.run(due, lambda wanted: self.fetch(quiet=True) if wanted else None)

    def fetch(self, quiet: bool = False) -> Task | None:
        """Read the mailbox in the background; ``quiet`` (the timer): no dialogs."""
        if self.task is not None:
            return None
        self._last_fetch = time.monotonic()
        database, actor = self.context.database, self.context.actor

        def work(progress: Progress) -> FetchResult:
            account, password = _account(database)
            return _mail_fetch().fetch_mail(
                database.unit_of_work, actor, account, password, progress
            )

        task = Task(
            work,
            on_success=lambda result: self._fetched(result, quiet),
            on_failure=lambda error: self._failed(error, quiet),
            on_cancelled=self._cancelled,
            parent=self,
        )
        self.task = task
        self.fetch_button.setEnabled(False)
        if not quiet:
            self.progress = ProgressDialog(
                task, self.tr("Fetching mail from the office mailbox…"), self.widget
            )
            self.progress.open()
        task.start()
        return task

    def _finished(self) -> None:
        self.task, self.progress = None, None
        self.fetch_button.setEnabled(True)

    def _fetched(self, result: FetchResult, quiet: bool) -> None:
        self._finished()
        self.last_error = None
        self.refresh_pending(then_review=not quiet)
        if result.proposed:
            self.context.audit_changed.emit()
        if not quiet and not result.proposed:
            text = self.tr("No new messages to propose.")
            if result.skipped:
                text += "\n" + self.tr("Skipped: {n}").format(n=len(result.skipped))
            self.message = show_message(
                self.widget, QMessageBox.Icon.Information, self.tr("Fetch mail"), text
            )
        self.fetched.emit(result)

    def _failed(self, error: BaseException, quiet: bool) -> None:
        self._finished()
        if not isinstance(error, KnownError):
            raise error  # a bug: the excepthook shows it
        self.last_error = error.message(QCoreApplication.translate)
        self._show_pending()
        if not quiet:
            self.message = show_error(self.widget, error)
        self.fetched.emit(None)

    def _cancelled(self) -> None:
        self._finished()
        self.refresh_pending()
        self.context.audit_changed.emit()
        self.fetched.emit(None)

    # -- the proposals -------------------------------------------------------------------

    def refresh_pending(self, then_review: bool = False) -> None:
        def counted(ids: list[int]) -> None:
            self.pending = len(ids)
            self._show_pending()
            if then_review:
                self.review(ids)

        self.jobs.run(
            lambda session: [p.proposal_id for p in _mail_fetch().pending(session)], counted
        )

    def _show_pending(self) -> None:
        self.review_button.setText(self.tr("Fetched mail: {n}").format(n=self.pending))
        self.review_button.setVisible(self.pending > 0)
        if self.last_error:
            self.status.setText(self.tr("Mail not fetched"))
            self.status.setToolTip(self.last_error)
        self.status.setVisible(bool(self.last_error))

    def review(self, ids: Any = None) -> None:
        """Each proposal in turn in its confirmation dialog; Cancel leaves the rest waiting."""
        if self.dialog is not None:
            return
        if isinstance(ids, list):
            self.queue = deque(ids)
            self._next()
        else:
            self.refresh_pending(then_review=True)

    def _next(self) -> None:
        self.dialog = None
        if not self.queue:
            self.refresh_pending()
            self.reviewed.emit()
            return
        proposal_id = self.queue.popleft()
        self.jobs.run(
            lambda session: _mail_fetch().preview_proposal(session, proposal_id),
            lambda preview: self._confirm(proposal_id, preview),
            on_known_error=lambda _error: self._next(),  # opened elsewhere meanwhile
        )

    def _confirm(self, proposal_id: int, preview: EmailPreview) -> None:
        from minime_admin.gui.inbox.proposal_dialog import ProposalDialog

        dialog = ProposalDialog(proposal_id, preview, self.context, self.jobs, self.widget)
        dialog.opened.connect(self.opened)
        self._aside = False
        dialog.set_aside.connect(self._was_set_aside)
        dialog.finished.connect(self._after)
        self.dialog = dialog
        dialog.open()

    def _was_set_aside(self) -> None:
        self._aside = True

    def _after(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted and not self._aside:
            self.queue.clear()  # Cancel: the rest wait behind the "Fetched mail" button
        self._next()


def _account(database: db_service.Database) -> tuple[ImapAccount, str]:
    from minime_admin.errors import MailSettingsMissing

    with database.unit_of_work() as session:
        account = _mail_fetch().load_imap_account(session)
    if not account.configured:
        raise MailSettingsMissing()
    return account, _mail_fetch().imap_password(db_service.system_keychain(), database.database_id)


def _mail_fetch() -> Any:
    """The mail service, imported at its first use (it parses e-mail: not needed to start)."""
    from minime_admin.services import mail_fetch

    return mail_fetch


def __getattr__(name: str) -> Any:
    """``ProposalDialog`` from its own module, which loads only when it is asked for."""
    if name == "ProposalDialog":
        from minime_admin.gui.inbox import proposal_dialog

        return proposal_dialog.ProposalDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
