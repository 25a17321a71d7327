"""Background database work for the pages: each job in its own session, off the GUI thread.

With 100,000 requests a count or a sort on an unindexed column takes 100–300 ms, opening a
heavy customer ~200 ms, and even a write (the audit chain) can pass the 50 ms the GUI thread
may be busy; so every service call from the pages runs here, and the widgets hear back on
the GUI thread (gui/tasks.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from minime_admin.errors import KnownError
from minime_admin.gui.messages import show_error
from minime_admin.gui.tasks import Task

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from minime_admin.services.database import Database


class Jobs(QObject):
    """Starts jobs and knows whether any is still running (``busy``, ``idle``)."""

    idle = Signal()

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._pending: set[Task] = set()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        work: Callable[[Session], Any],
        on_success: Callable[[Any], None],
        on_known_error: Callable[[KnownError], None] | None = None,
        error_parent: QWidget | None = None,
    ) -> Task:
        """Run ``work(session)`` in the pool; ``on_success(result)`` on the GUI thread.

        A KnownError goes to ``on_known_error``, or is shown in a message box over
        ``error_parent``; any other exception is a bug and goes to the excepthook.
        """
        database = self.database

        def job(_progress: Any) -> Any:
            with database.unit_of_work() as session:  # never the GUI thread's session
                return work(session)

        def succeeded(result: Any) -> None:
            self._pending.discard(task)
            try:
                on_success(result)
            finally:
                self._maybe_idle()

        def failed(error: BaseException) -> None:
            self._pending.discard(task)
            try:
                if not isinstance(error, KnownError):
                    raise error
                if on_known_error is not None:
                    on_known_error(error)
                else:
                    show_error(error_parent, error)
            finally:
                self._maybe_idle()

        task = Task(job, on_success=succeeded, on_failure=failed, parent=self)
        self._pending.add(task)
        return task.start()

    def _maybe_idle(self) -> None:
        if not self._pending:
            self.idle.emit()
