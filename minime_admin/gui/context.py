"""What every view needs to know: the open database and who is at the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import Clock
from minime_admin.gui.refresh import POLL_MS, ChangeWatch
from minime_admin.services.database import Database


class AppContext(QObject):
    """Shared by the main window and its pages; ``actor_changed`` follows the profile."""

    actor_changed = Signal(object)  # Actor
    audit_changed = Signal()  # a view wrote audit entries; the audit page reloads
    # A request changed (its id, the view that changed it): the other views showing it read
    # it again, so no pane or counter is left behind (#15.10).
    request_changed = Signal(int, object)
    # Someone committed to the database (another desktop, the command line, or this app):
    # the pages read what they show again, keeping selections and unsaved edits (#18.4).
    others_changed = Signal()

    def __init__(self, database: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._actor = actor
        # Whether the person at the keyboard has said who they are (issue #15.5). A letter is
        # never signed with a login name: until then letters are refused (gui/profile_dialog).
        self.profile_set = True
        self.change_watch: ChangeWatch | None = None

    def watch_changes(self, interval_ms: int = POLL_MS) -> ChangeWatch:
        """Start polling the database for others' changes (gui/refresh.py); once."""
        if self.change_watch is None:
            self.change_watch = ChangeWatch(self.database, interval_ms, self)
            self.change_watch.changed.connect(self.others_changed)
        return self.change_watch

    def stop_watching(self) -> None:
        if self.change_watch is not None:
            self.change_watch.stop()
            self.change_watch = None

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        if actor != self._actor:
            self._actor = actor
            self.actor_changed.emit(actor)

    @property
    def clock(self) -> Clock:
        """The one clock (domain/clock.py) the database's sessions also carry."""
        return self.database.clock
