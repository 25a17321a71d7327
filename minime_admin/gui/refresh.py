"""Refresh when others change things (issue #18.4): a timer polls the store's change counter
(store/changes.py) and, when it moved, tells the pages through ``AppContext.others_changed``.

The poll is one PRAGMA (SQLite) or one primary-key read (a server) on the GUI thread, well
under the 50 ms the thread may be busy. A page that refreshes keeps its selection and never
touches what the worker has typed and not saved; a dialog the worker has open keeps the
record as they opened it, and a save from it is checked against the version then
(services/versions.py), so a refresh never turns into an overwrite.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from minime_admin.services.database import Database
from minime_admin.store.changes import ChangeCounter, change_counter

POLL_MS = 2000  # a colleague's change shows within two seconds


class ChangeWatch(QObject):
    changed = Signal()

    def __init__(
        self, database: Database, interval_ms: int = POLL_MS, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._database = database
        self._counter: ChangeCounter | None = change_counter(database.engine)
        self._last = self._counter.read()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> bool:
        """Read the counter; True (and ``changed`` emitted) when it moved since last time."""
        if self._database.closed:
            self.stop()  # closed under the window (e.g. a restore replaced it): nothing to watch
        if self._counter is None:
            return False
        value = self._counter.read()
        if value == self._last:
            return False
        self._last = value
        self.changed.emit()
        return True

    def stop(self) -> None:
        """Stop polling and give the counter's connection back (before the database closes)."""
        self.timer.stop()
        if self._counter is not None:
            self._counter.close()
            self._counter = None
