"""The backup when the app closes (Settings › Backups › on close, issue #17), in sight.

The main window is gone by then. A small modal window says "Backing up before closing…" with
its bar while the copy runs on a worker thread (gui/tasks.py); the app ends when it is done.
Cancel skips this one backup (the half copy is removed by the backup itself) and a message
says that none was made this time; the status note is left as it was, since nothing failed.
A backup that fails is noted for the status bar at the next start, as any automatic one.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from minime_admin import APP_NAME
from minime_admin.domain.actor import Actor
from minime_admin.gui.messages import show_message
from minime_admin.gui.tasks import ProgressDialog, Task
from minime_admin.progress import Progress
from minime_admin.services import backup
from minime_admin.services.backup import BackupMade
from minime_admin.services.database import Database, Unlock

_log = logging.getLogger(__name__)


def wanted(database: Database) -> bool:
    """On close, as Settings › Backups says; never the demo, nor a server database (the
    server backs that up)."""
    return (
        backup.load_settings().on_close
        and database.unlocked_by is not Unlock.DEMO_KEY
        and database.path is not None
    )


class CloseBackup(QObject):
    """One backup on closing, its window, and its outcome: "made", "skipped" or "failed"."""

    finished = Signal()

    def __init__(self, database: Database, actor: Actor) -> None:
        super().__init__()
        self.database, self.actor = database, actor
        self.outcome = ""
        self.window: ProgressDialog | None = None
        self.notice: QMessageBox | None = None
        self.task: Task | None = None

    def start(self) -> None:
        settings = backup.load_settings()
        database, actor = self.database, self.actor

        def work(progress: Progress) -> BackupMade:
            return backup.make_app_backup(database, actor, settings, progress)

        self.task = Task(
            work,
            on_success=lambda _made: self._end("made"),
            on_failure=self._failed,
            on_cancelled=self._skipped,
            parent=self,
        )
        self.window = ProgressDialog(self.task, self.tr("Backing up before closing…"))
        self.window.show()
        self.task.start()

    def _failed(self, error: BaseException) -> None:
        # The app is ending: no dialog would be seen. A KnownError is in the status note at
        # the next start (make_backup noted it); the log names any failure's kind.
        _log.warning("backup on close failed: %s", type(error).__name__)
        self._end("failed")

    def _skipped(self) -> None:
        self.outcome = "skipped"
        self.notice = show_message(
            None,
            QMessageBox.Icon.Information,
            APP_NAME,
            self.tr("The backup before closing was cancelled, so none was made this time."),
            on_finished=lambda _button: self._end("skipped"),
        )

    def _end(self, outcome: str) -> None:
        self.outcome = outcome
        self.finished.emit()


def back_up_on_close(app: QApplication, database: Database, actor: Actor) -> str:
    """After the main loop has ended: run the backup, if wanted, in the app's loop again
    until it is done (or skipped). Returns the outcome ("" when none was wanted)."""
    if not wanted(database):
        return ""
    job = CloseBackup(database, actor)
    app.setQuitOnLastWindowClosed(False)  # the progress window closing must not end it early
    job.finished.connect(app.quit)
    job.start()
    app.exec()
    job.finished.disconnect(app.quit)
    # The window and the message asked to be deleted as the loop ended: delete them now,
    # while the job that drove them still exists, not in some later loop.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return job.outcome
