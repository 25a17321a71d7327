"""The breach page's letters step, by e-mail: the final letter to every affected customer,
throttled, with progress and Cancel, resumed by sending again (issue #16.4).

The row says how many affected customers are recorded as informed by e-mail; only a
letter the mail server accepted counts (services/breach_mail.py records each at once).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from sqlalchemy.orm import Session

from minime_admin.errors import KnownError
from minime_admin.gui.messages import Button, show_error, show_message
from minime_admin.gui.tasks import ProgressDialog, Task
from minime_admin.progress import Progress
from minime_admin.services import breach_mail, mail_settings
from minime_admin.services import database as db_service
from minime_admin.services.breach_mail import BulkResult
from minime_admin.services.breaches import BreachDetail
from minime_admin.services.database import Keychain
from minime_admin.services.mail_send import sender_opener

if TYPE_CHECKING:
    from minime_admin.gui.breaches.outputs_panel import OutputsPanel


@dataclass(frozen=True)
class _State:
    emailed: int
    rate: int


class BreachLettersMail(QObject):
    """The "Send by e-mail…" button and its caption on the outputs panel."""

    def __init__(self, panel: OutputsPanel, keychain: Keychain | None = None) -> None:
        super().__init__(panel)
        self.panel = panel
        self.keychain = keychain or db_service.system_keychain()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.button = QPushButton()
        self.button.clicked.connect(self.start)
        self.detail: BreachDetail | None = None
        self.emailed = 0
        self.task: Task | None = None
        self.progress: ProgressDialog | None = None
        self.message: QMessageBox | None = None  # the last box shown (tests read it)
        self.result: BulkResult | None = None

    def retranslate(self) -> None:
        self.button.setText(self.tr("Send by &e-mail…"))
        self._caption()

    def _caption(self) -> None:
        total = len(self.detail.affected) if self.detail else 0
        self.caption.setText(
            self.tr(
                "The final letters by e-mail to the affected customers, throttled; sending "
                "again continues where it stopped. Recorded as sent: {sent} of {total}."
            ).format(sent=self.emailed, total=total)
        )

    def show_detail(self, detail: BreachDetail | None) -> None:
        self.detail = detail
        self.button.setEnabled(detail is not None and not detail.voided)
        if detail is None:
            return
        breach_id = detail.id
        self.panel.jobs.run(
            lambda session: breach_mail.emailed(session, breach_id), self._counted, lambda _e: None
        )

    def _counted(self, emailed: int) -> None:
        self.emailed = emailed
        self._caption()

    def start(self) -> None:
        detail = self.detail
        if detail is None:
            return
        if not self.panel.final:
            self.message = show_message(
                self.panel,
                QMessageBox.Icon.Information,
                self.tr("Letters by e-mail"),
                self.tr(
                    "Only final letters are sent by e-mail: a manager signs the breach off "
                    "first. Drafts are never e-mailed."
                ),
            )
            return
        breach_id = detail.id

        def work(session: Session) -> _State:
            mail = mail_settings.require_sending(mail_settings.load(session))
            return _State(breach_mail.emailed(session, breach_id), mail.send_rate)

        self.panel.jobs.run(work, self._ask, self._show_error)

    def _ask(self, state: _State) -> None:
        assert self.detail is not None
        total = len(self.detail.affected)
        rate = (
            self.tr("at most {rate} a minute").format(rate=state.rate)
            if state.rate
            else self.tr("without a pause")
        )
        text = self.tr(
            "Send the final, signed letter by e-mail to the affected customers not yet "
            "recorded as sent ({left} of {total}), {rate}? You can cancel at any time; sending "
            "again later continues with the others, and nobody gets the letter twice."
        ).format(left=max(total - state.emailed, 0), total=total, rate=rate)
        self.message = show_message(
            self.panel,
            QMessageBox.Icon.Question,
            self.tr("Letters by e-mail"),
            text,
            Button.Yes | Button.No,
            on_finished=self._answered,
            default=Button.Yes,
        )

    def _answered(self, button: QMessageBox.StandardButton) -> None:
        if button == Button.Yes:
            self.send()

    def send(self, rate: float | None = None) -> Task | None:
        """Send in the pool (``rate`` per minute; None: the settings' rate)."""
        detail = self.detail
        if detail is None:
            return None
        database, actor = self.panel.context.database, self.panel.context.actor
        opener = sender_opener(self.keychain, database.database_id)

        def work(progress: Progress) -> BulkResult:
            # Each letter its own unit of work; none is open while the server is asked.
            return breach_mail.send_breach_letters(
                database.unit_of_work, actor, detail.id, opener, progress, rate
            )

        task = Task(
            work,
            on_success=self._done,
            on_failure=self._failed,
            on_cancelled=self._cancelled,
            parent=self,
        )
        self.task = task
        label = self.tr("Sending the letters to {count} affected customers…")
        self.progress = ProgressDialog(task, label.format(count=len(detail.affected)), self.panel)
        task.start()
        self.progress.show()
        return task

    def _done(self, result: BulkResult) -> None:
        self.result = result
        lines = [
            self.tr("Sent now: {sent}. Sent before: {already}.").format(
                sent=result.sent, already=result.already
            )
        ]
        if result.without_address:
            lines.append(
                self.tr("Without a usable e-mail address (send by post): {count}.").format(
                    count=len(result.without_address)
                )
            )
        if result.refused:
            lines.append(
                self.tr("Addresses the mail server refused: {count}.").format(
                    count=len(result.refused)
                )
            )
        if result.uncertain:
            lines.append(
                self.tr(
                    "Not sent again, because an earlier sending stopped before they were "
                    "recorded and they may have gone out: {count}. Check the office's sent "
                    "folder; the command line's 'breach letters --send --resend' sends them."
                ).format(count=len(result.uncertain))
            )
        self._finished("\n".join(lines), QMessageBox.Icon.Information)

    def _cancelled(self) -> None:
        self._finished(
            self.tr(
                "Cancelled. Every letter the mail server accepted is recorded as sent; sending "
                "again continues with the others."
            ),
            QMessageBox.Icon.Warning,
        )

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            raise error  # a bug: the excepthook shows it
        self._show_error(error)
        self._refresh()

    def _show_error(self, error: KnownError) -> None:
        self.message = show_error(self.panel, error)

    def _finished(self, text: str, icon: QMessageBox.Icon) -> None:
        self.message = show_message(self.panel, icon, self.tr("Letters by e-mail"), text)
        self._refresh()

    def _refresh(self) -> None:
        self.panel.context.audit_changed.emit()
        self.show_detail(self.detail)
