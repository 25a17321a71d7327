"""From launch to an open database: demo, create, unlock — without blocking the GUI.

Every step shows a non-blocking dialog (``open()``) or runs a background task, and the
next step starts from a callback, so the whole flow runs inside ``app.exec()`` and tests
drive it through signals. It ends with exactly one of ``opened(database)`` or
``abandoned(exit_code)``: 0 when the user cancelled, 1 after an error was shown.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox

from minime_admin import APP_NAME, paths
from minime_admin.demo import database as demo_database
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import Clock
from minime_admin.errors import (
    DatabaseMissing,
    KeyNeeded,
    KnownError,
    ServerPasswordNeeded,
    ServerPasswordWrong,
)
from minime_admin.gui import language, tasks
from minime_admin.gui.messages import Button, report_bug, show_error, show_message
from minime_admin.gui.passphrase_dialog import PassphraseDialog
from minime_admin.gui.recovery_key_dialog import RecoveryKeyDialog
from minime_admin.gui.server_password_dialog import ServerPasswordDialog
from minime_admin.gui.unlock_dialog import UnlockDialog
from minime_admin.progress import Progress
from minime_admin.services import database as db_service
from minime_admin.services import server_database
from minime_admin.services.database import Created, Database, Keychain
from minime_admin.services.settings import load_letterhead


class Startup(QObject):
    opened = Signal(object)  # Database
    abandoned = Signal(int)  # exit code

    def __init__(
        self,
        db_path: Path | str | None,  # a str is a server's URL (team mode)
        demo: bool,
        recover: bool,
        actor: Actor,
        keychain: Keychain | None = None,
        demo_customers: int | None = None,
        parent: QObject | None = None,
        *,
        clock: Clock,
        ca_file: Path | None = None,  # the server's CA (--ca-file, else Settings › Database)
        file_instead: Path | None = None,  # offered when the server cannot be opened
    ) -> None:
        super().__init__(parent)
        self.ca_file = ca_file
        self.file_instead = file_instead
        self.demo = demo
        self.recover = recover
        self.server_url = db_path if isinstance(db_path, str) and not demo else None
        chosen = None if isinstance(db_path, str) else db_path
        self.path = paths.demo_database() if demo else (chosen or paths.default_database())
        self.actor = actor
        self._keychain = keychain  # made when first needed: the demo never needs it
        self.demo_customers = demo_customers
        self.clock = clock
        # The dialog or task of the current step; tests reach the open dialog through it.
        self.dialog: QDialog | QMessageBox | None = None
        self.task: tasks.Task | None = None
        self.finished = False

    @property
    def keychain(self) -> Keychain:
        if self._keychain is None:
            self._keychain = db_service.system_keychain()
        return self._keychain

    def start(self) -> None:
        if self.server_url is not None:
            self._open_server(None)
        elif self.demo:
            self._start_demo()
        elif not self.path.exists() and self.recover:
            self._fail(DatabaseMissing(path=str(self.path)))  # nothing there to recover
        elif not self.path.exists():
            self._offer_to_create()
        elif self.recover:
            self._ask_for_secret()
        else:
            self._open_with_keychain()

    # -- the demo --------------------------------------------------------------------------

    def _start_demo(self) -> None:
        if demo_database.demo_exists(self.path):
            self._run(lambda _progress: demo_database.open_demo(self.path, self.clock), self._done)
            return
        options: dict[str, Any] = {}
        if self.demo_customers is not None:
            options["customers"] = self.demo_customers

        def create(progress: Progress) -> Database:
            return demo_database.create_demo(self.path, self.actor, self.clock, progress, **options)

        self._run(create, self._done, cancellable=True)
        self.dialog = tasks.ProgressDialog(
            self.task,
            QCoreApplication.translate(
                "Startup", "Creating the demo database with fictional customers…"
            ),
        )
        self.dialog.show()

    # -- a new database --------------------------------------------------------------------

    def _offer_to_create(self) -> None:
        text = QCoreApplication.translate(
            "Startup", "No database at {path}. Create a new encrypted database here?"
        ).format(path=self.path)
        self.dialog = show_message(
            None,
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Startup", "New database"),
            text,
            Button.Yes | Button.No | Button.Open,
            on_finished=self._create_answered,
            default=Button.Yes,
        )
        # A new computer, or a lost file: the database may come back from a backup (#17).
        self.dialog.button(Button.Open).setText(
            QCoreApplication.translate("Startup", "&Restore from a backup…")
        )

    def _create_answered(self, button: QMessageBox.StandardButton) -> None:
        if button == Button.Open:
            self._restore()
        elif button != Button.Yes:
            self._abandon(0)
        elif self.keychain.available:
            self._create(None)
        else:
            dialog = PassphraseDialog(self.path)
            dialog.accepted.connect(lambda: self._create(dialog.passphrase()))
            dialog.rejected.connect(lambda: self._abandon(0))
            self.dialog = dialog
            dialog.open()

    def _restore(self) -> None:
        """The Restore dialog; once restored, the database opens as any other (its key is
        in the keychain now, or the unlock dialog asks for it)."""
        from minime_admin.gui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.path, self.keychain, self.actor, self.clock)
        dialog.accepted.connect(self._open_with_keychain)
        dialog.rejected.connect(self._offer_to_create)
        self.dialog = dialog
        dialog.open()

    def _create(self, passphrase: str | None) -> None:
        def create(_progress: Progress) -> Created:
            return db_service.create_database(
                self.path, self.actor, self.keychain, passphrase, clock=self.clock
            )

        self._run(create, self._show_recovery_key)

    def _show_recovery_key(self, created: Created) -> None:
        with created.database.unit_of_work() as session:
            company = load_letterhead(session).company_name
        dialog = RecoveryKeyDialog(
            created.recovery_key,
            self.path,
            created.database.database_id,
            company,
            language.current_language(),
            created_at=self.clock.now(),
        )
        dialog.accepted.connect(lambda: self._done(created.database))
        self.dialog = dialog
        dialog.open()

    # -- an existing database --------------------------------------------------------------

    def _open_with_keychain(self) -> None:
        def open_it(_progress: Progress) -> Database:
            try:
                return db_service.open_database(self.path, self.keychain, clock=self.clock)
            except KeyNeeded:
                typed = db_service.passphrase_from_environment()
                if typed is None:
                    raise
                # For automation (as borg and restic do); a wrong one falls to the dialog.
                try:
                    return db_service.open_database(
                        self.path, self.keychain, typed, clock=self.clock
                    )
                except KnownError:
                    raise KeyNeeded(path=str(self.path)) from None

        self._run(open_it, self._done, on_known_error=self._keychain_failed)

    def _keychain_failed(self, error: KnownError) -> None:
        if isinstance(error, KeyNeeded):
            self._ask_for_secret()
        else:
            self._fail(error)

    def _ask_for_secret(self) -> None:
        dialog = UnlockDialog(self.path, recover=self.recover)
        dialog.submitted.connect(lambda text: self._try_secret(dialog, text))
        dialog.rejected.connect(lambda: self._abandon(0))
        self.dialog = dialog
        dialog.open()

    def _try_secret(self, dialog: UnlockDialog, text: str) -> None:
        def open_it(_progress: Progress) -> Database:
            return db_service.open_database(self.path, self.keychain, text, clock=self.clock)

        def unlocked(database: Database) -> None:
            dialog.accept()  # emits accepted only: nothing is abandoned
            self._done(database)

        def wrong(error: KnownError) -> None:
            dialog.show_error(error.message(QCoreApplication.translate))

        self._run(open_it, unlocked, on_known_error=wrong)

    # -- a database on the office's server -------------------------------------------------

    def _open_server(self, dialog: ServerPasswordDialog | None, typed: str | None = None) -> None:
        assert self.server_url is not None
        ca_file = self.ca_file or server_database.saved_ca_file()
        location = server_database.location_of(self.server_url, ca_file)
        assert isinstance(location, server_database.ServerLocation)

        def open_it(_progress: Progress) -> Database:
            password = server_database.password_for(self.keychain, location, typed)
            return server_database.open_server(location, password, clock=self.clock)

        def opened(database: Database) -> None:
            if dialog is not None:
                if typed and dialog.remember.isChecked():
                    # Remembering is a convenience: the database is open anyway.
                    with contextlib.suppress(KnownError):
                        server_database.save_password(self.keychain, location, typed)
                dialog.accept()
            self._done(database)

        def refused(error: KnownError) -> None:
            if not isinstance(error, ServerPasswordNeeded | ServerPasswordWrong):
                if dialog is not None:
                    dialog.show_error(error.message(QCoreApplication.translate))
                else:
                    self._server_failed(error)
                return
            if dialog is not None:
                dialog.show_error(error.message(QCoreApplication.translate))
                return
            self._ask_server_password(location.shown)

        self._run(open_it, opened, on_known_error=refused)

    def _ask_server_password(self, shown: str) -> None:
        dialog = ServerPasswordDialog(shown, self.keychain.available)
        dialog.submitted.connect(lambda text: self._open_server(dialog, text))
        dialog.rejected.connect(lambda: self._abandon(0))
        self.dialog = dialog
        dialog.open()

    def _server_failed(self, error: KnownError) -> None:
        """The server cannot be opened (down, certificate, rights, schema): the sentence, and
        the user chooses: try again, open this computer's file this time, or quit. Never a
        silent switch to another database."""
        file = self.file_instead or paths.default_database()
        text = QCoreApplication.translate(
            "Startup",
            "{reason}\n\nTry again, or open the encrypted file on this computer this time "
            "({path}).",
        ).format(reason=error.message(QCoreApplication.translate), path=file)
        box = show_message(
            None,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Startup", "Database server"),
            text,
            Button.Retry | Button.Open | Button.Cancel,
            on_finished=lambda button: self._server_answered(button, file),
            default=Button.Retry,
        )
        box.button(Button.Retry).setText(QCoreApplication.translate("Startup", "&Try again"))
        box.button(Button.Open).setText(
            QCoreApplication.translate("Startup", "&Open this computer's file")
        )
        box.button(Button.Cancel).setText(QCoreApplication.translate("Startup", "&Quit"))
        self.dialog = box

    def _server_answered(self, button: QMessageBox.StandardButton, file: Path) -> None:
        if button == Button.Retry:
            self.dialog = None
            self._open_server(None)
        elif button == Button.Open:
            self.server_url = None  # this start only: the remembered choice is unchanged
            self.path = file
            self.start()
        else:
            self._abandon(1)  # as after any error shown at start

    # -- plumbing --------------------------------------------------------------------------

    def _run(
        self,
        work: tasks.Work,
        on_success: Callable[[Any], None],
        *,
        on_known_error: Callable[[KnownError], None] | None = None,
        cancellable: bool = False,
    ) -> None:
        def failed(error: BaseException) -> None:
            if isinstance(error, KnownError):
                (on_known_error or self._fail)(error)
            else:
                self._bug(error)

        self.task = tasks.Task(
            work,
            on_success=on_success,
            on_failure=failed,
            on_cancelled=(lambda: self._abandon(0)) if cancellable else None,
            parent=self,
        ).start()

    def _done(self, database: Database) -> None:
        self.dialog = None
        self.finished = True
        self.opened.emit(database)

    def _fail(self, error: KnownError) -> None:
        self.dialog = show_error(None, error, on_finished=lambda _b: self._abandon(1))

    def _bug(self, error: BaseException) -> None:
        import traceback

        traceback.print_exception(error)  # stderr for the developer; the dialog stays generic
        self.dialog = show_message(
            None,
            QMessageBox.Icon.Critical,
            APP_NAME,
            report_bug(error, self.clock),
            on_finished=lambda _b: self._abandon(1),
        )

    def _abandon(self, code: int) -> None:
        if not self.finished:
            self.finished = True
            self.dialog = None
            self.abandoned.emit(code)
