"""The letter dialog's "Send by e-mail…": say to whom, archive the letter, send it, say how
it went — every step off the GUI thread (issue #16.4).

First the address and the settings are read and shown in a question ("Send … to
janis@example.lv?"); only on Yes is the letter archived (as Save and Print do) and handed to
services.mail_send, which records it once the server accepted it. A failure is one sentence
in the dialog's status line and in a message box; nothing is recorded as sent then.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.orm import Session

from minime_admin.errors import KnownError, MailMaybeSent
from minime_admin.gui.messages import Button, show_error, show_message
from minime_admin.gui.tasks import Task
from minime_admin.letters.model import LetterKind
from minime_admin.progress import Progress
from minime_admin.services import database as db_service
from minime_admin.services import mail_send, mail_settings
from minime_admin.services.database import Keychain

if TYPE_CHECKING:
    from minime_admin.gui.letter_dialog import LetterDialog, Produced

translate = QCoreApplication.translate


@dataclass(frozen=True)
class _Target:
    to: str
    sender: str  # the office's From address
    # Such a letter may have gone out before the app stopped (services/mail_send): when it
    # was handed to the server, and its Message-ID, to look for in the sent folder.
    maybe_sent: tuple[str, str] | None = None


class LetterMailer(QObject):
    """Sends the dialog's letter; ``sent`` holds the last success (tests read it)."""

    def __init__(self, dialog: LetterDialog, keychain: Keychain | None = None) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.keychain = keychain or db_service.system_keychain()
        self.question: QMessageBox | None = None
        self.message: QMessageBox | None = None
        self.sent: mail_send.Sent | None = None
        self.task: Task | None = None
        self.sending = False
        self.resend = False  # the user confirmed sending again (see _Target.maybe_sent)

    def start(self) -> None:
        """Step 1: read the address and settings, then ask."""
        request_id = self.dialog.detail.id
        kind = LetterKind(self.dialog.kind.currentData())

        def work(session: Session) -> _Target:
            mail = mail_settings.require_sending(mail_settings.load(session))
            to = mail_send.recipient_of(session, request_id)
            try:
                mail_send.check_not_uncertain(session, request_id, kind)
            except MailMaybeSent as maybe:
                found = (str(maybe.params["time"]), str(maybe.params["message_id"]))
                return _Target(to, mail.from_address, found)
            return _Target(to, mail.from_address)

        self.sending = True
        self.dialog.update_send_button()
        self.dialog.jobs.run(work, self._ask, self._failed)

    def _ask(self, target: _Target) -> None:
        self.resend = target.maybe_sent is not None
        if target.maybe_sent is not None:
            at, message_id = target.maybe_sent
            text = translate(
                "LetterDialog",
                "This kind of letter may already have been sent to {address} at {time}: the "
                "app stopped before the mail server's answer was recorded. Look in the "
                "office's sent folder for Message-ID {message_id}. Send it again anyway?",
            ).format(address=target.to, time=at, message_id=message_id)
        else:
            text = translate(
                "LetterDialog",
                "Send this letter to {address} by e-mail, as a PDF from {sender}? It is filed "
                "on the request's timeline with its Message-ID once the mail server has "
                "accepted it.",
            ).format(address=target.to, sender=target.sender)
        self.question = show_message(
            self.dialog,
            QMessageBox.Icon.Question,
            translate("LetterDialog", "Send by e-mail"),
            text,
            Button.Yes | Button.No,
            on_finished=lambda button: self._answered(button, target),
            default=Button.No if self.resend else Button.Yes,
        )

    def _answered(self, button: QMessageBox.StandardButton, target: _Target) -> None:
        if button != Button.Yes:
            self._finish()
            return
        self.dialog.show_status(
            translate("LetterDialog", "Sending to {address}…").format(address=target.to)
        )
        self.dialog.archive_then(self._send)

    def _send(self, produced: Produced) -> None:
        """Step 2, in the pool: no transaction is open while the server is asked."""
        database, actor = self.dialog.context.database, self.dialog.context.actor
        opener = mail_send.sender_opener(self.keychain, database.database_id)
        letter_id, resend = produced.letter_id, self.resend

        def work(_progress: Progress) -> mail_send.Sent:
            return mail_send.send_letter(
                database.unit_of_work, actor, letter_id, opener, resend=resend
            )

        self.task = Task(work, on_success=self._sent, on_failure=self._send_failed, parent=self)
        self.task.start()

    def _sent(self, sent: mail_send.Sent) -> None:
        self.sent = sent
        self._finish()
        self.dialog.show_status(
            translate(
                "LetterDialog",
                "Sent by e-mail to {address} (Message-ID {message_id}). Filed on the "
                "request's timeline with the PDF's SHA-256.",
            ).format(address=sent.to, message_id=sent.message_id)
        )
        self.dialog.mailed.emit(sent.letter_id or 0)

    def _send_failed(self, error: BaseException) -> None:
        if not isinstance(error, KnownError):
            self._finish()
            raise error  # a bug: the excepthook shows it
        self._failed(error)

    def _failed(self, error: KnownError) -> None:
        self._finish()
        self.dialog.show_status(error.message(translate), problem=True)
        self.message = show_error(self.dialog, error)

    def _finish(self) -> None:
        self.sending = False
        self.dialog.update_send_button()
