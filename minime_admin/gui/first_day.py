"""After the database opens and before the main window: the first day's two questions.

A database with no manager asks for its first manager (name, title, password); a desktop
whose person has not said who they are asks for their name and title, which letters are
signed with (issue #15.4, #15.5). Either may be put off ("Later"): the app opens all the
same, asks again at the next start, and refuses to make a letter until a profile is set.
The demo database is fictional and opens with no question (its letters, too, wait for a
name and title, set from the letter dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from minime_admin.domain.actor import Actor
from minime_admin.gui import preferences
from minime_admin.gui.context import AppContext
from minime_admin.gui.first_manager_dialog import FirstManagerDialog
from minime_admin.gui.profile_dialog import ProfileDialog
from minime_admin.gui.sign_in_dialog import SignInDialog
from minime_admin.services import sign_in, users
from minime_admin.services.database import Database
from minime_admin.services.users import UserInfo


class FirstDay(QObject):
    finished = Signal(object)  # AppContext: the actor and whether a profile is set

    def __init__(self, database: Database, demo: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.demo = demo
        with database.unit_of_work() as session:
            actor = preferences.profile_actor(session, preferences.staff_profile().name)
            self.needs_manager = not demo and not users.has_manager(session)
            self.choices = sign_in.sign_in_choices(session)
        self.context = AppContext(database, actor, self)
        # The demo asks nothing at its start, but its letters too wait for a name and title.
        self.context.profile_set = preferences.has_staff_profile()
        self.dialog: QDialog | None = None  # the open question; tests answer it
        self._manager: UserInfo | None = None
        self._signing_in_done = False

    def start(self) -> None:
        if self.needs_manager:
            dialog = FirstManagerDialog(self.context)
            dialog.created.connect(self._manager_created)
            dialog.rejected.connect(self._ask_profile)
            self.dialog = dialog
            dialog.open()
        else:
            self._ask_profile()

    def _manager_created(self, info: UserInfo) -> None:
        self._manager = info
        self._ask_profile()

    def _ask_profile(self) -> None:
        if not self.demo and len(self.choices) > 1 and not self._signing_in_done:
            self._signing_in_done = True
            self._sign_in()
            return
        if self.context.profile_set or self.demo:
            self._finish()
            return
        # Whoever just created the manager is most likely that manager: offered, not imposed.
        name = self._manager.name if self._manager else ""
        title = self._manager.title if self._manager else ""
        dialog = ProfileDialog(self.context, name=name, title=title)
        dialog.finished.connect(lambda _result: self._finish())
        self.dialog = dialog
        dialog.open()

    def _sign_in(self) -> None:
        """Several users: the person chooses which one they are (#18.3); the choice is the
        actor, remembered at this computer for next time. "Later" leaves the profile."""
        dialog = SignInDialog(self.choices, preferences.staff_profile().name)

        def chosen(actor: Actor) -> None:
            preferences.save_staff_profile(actor)
            self.context.set_actor(actor)
            self.context.profile_set = True

        dialog.signed_in.connect(chosen)
        dialog.finished.connect(lambda _result: self._ask_profile())
        self.dialog = dialog
        dialog.open()

    def _finish(self) -> None:
        self.dialog = None
        self.finished.emit(self.context)
