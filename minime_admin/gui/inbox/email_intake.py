"""E-mail files in (.eml, Outlook .msg): dropped on the inbox or chosen in File › Import e-mail.

Files are taken one at a time: read and parsed in the background, then confirmed in a
dialog. A file that cannot be read, is not an e-mail, or is an automatic message (a
bounce, auto-reply, read receipt: skipped) gets a message naming it, and the next file
follows; nothing is stored without the worker's OK. The parsing and the dialog load with the
first file (#19.5).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from minime_admin.errors import (
    MESSAGE_SKIPPED,
    KnownError,
    MessageTooLarge,
    MessageUnreadable,
    NotAnEmail,
    OutlookItemNotEmail,
)
from minime_admin.gui.context import AppContext
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.messages import show_message

if TYPE_CHECKING:
    from minime_admin.gui.inbox.email_import_dialog import EmailImportDialog
    from minime_admin.importers.mail_intake import Skipped
    from minime_admin.services.intake import EmailPreview

MAIL_SUFFIXES = (".eml", ".msg")
_NAMING_THE_FILE = (NotAnEmail, MessageUnreadable, MessageTooLarge, OutlookItemNotEmail)


def eml_paths(mime: QMimeData) -> list[Path]:
    """The local message files among dragged URLs (Outlook, Apple Mail and Thunderbird all
    offer a dragged message as a file URL; Outlook on Windows as a .msg)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in MAIL_SUFFIXES]


class EmailIntake(QObject):
    """The queue of files being imported; ``opened`` for each request stored."""

    opened = Signal(object)  # services.requests.Opened
    finished = Signal()  # the queue is empty again

    def __init__(self, context: AppContext, jobs: Jobs, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.context, self.jobs, self.widget = context, jobs, parent_widget
        self.queue: deque[Path] = deque()
        self.dialog: EmailImportDialog | None = None
        self.message: QMessageBox | None = None
        self.active = False
        self.skipped: list[str] = []  # names of the files skipped as automatic messages

    def add(self, paths: Iterable[Path]) -> None:
        self.queue.extend(paths)
        if not self.active:
            self._next()

    def _next(self) -> None:
        self.dialog = None
        if not self.queue:
            self.active = False
            self.finished.emit()
            return
        self.active = True
        path = self.queue.popleft()

        def work(session: Session) -> EmailPreview | Skipped | str:
            from minime_admin.services import intake

            try:
                data = path.read_bytes()
            except OSError as error:  # gone, or no permission: say so, go on with the next
                return error.strerror or str(error)
            return intake.preview_eml(session, data, path.name)

        self.jobs.run(
            work,
            lambda result: self._confirm(path, result),
            on_known_error=lambda error: self._refused(path, error),
        )

    def _confirm(self, path: Path, result: EmailPreview | Skipped | str) -> None:
        from minime_admin.gui.inbox.email_import_dialog import EmailImportDialog
        from minime_admin.importers.mail_intake import Skipped

        if isinstance(result, Skipped):
            self.skipped.append(path.name)
            self._tell(
                QCoreApplication.translate("errors", MESSAGE_SKIPPED).format(
                    name=path.name,
                    reason=QCoreApplication.translate("errors", result.reason.value),
                )
            )
            return
        if isinstance(result, str):
            self._tell(
                QCoreApplication.translate(
                    "EmailIntake", "{name} could not be read ({problem}); not imported."
                ).format(name=path.name, problem=result)
            )
            return
        dialog = EmailImportDialog(result, self.context, self.jobs, self.widget)
        dialog.opened.connect(self.opened)
        dialog.finished.connect(lambda _result: self._next())
        self.dialog = dialog
        dialog.open()

    def _refused(self, path: Path, error: KnownError) -> None:
        text = error.message(QCoreApplication.translate)
        if not isinstance(error, _NAMING_THE_FILE):  # their messages name the file already
            text = f"{path.name}: {text}"
        self._tell(text)

    def _tell(self, text: str) -> None:
        self.message = show_message(
            self.widget,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("EmailIntake", "Import e-mail"),
            text,
            on_finished=lambda _button: self._next(),
        )
