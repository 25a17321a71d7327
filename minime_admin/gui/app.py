"""The GUI's entry point: QApplication, language, the startup flow, then the main window."""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from minime_admin import APP_NAME, __version__, logs
from minime_admin.domain.clock import Clock
from minime_admin.gui import language, preferences, tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.first_day import FirstDay
from minime_admin.gui.main_window import MainWindow
from minime_admin.gui.messages import ErrorHook
from minime_admin.gui.startup import Startup
from minime_admin.services import files
from minime_admin.services.database import Database, Keychain

_log = logging.getLogger(__name__)


class _Session:
    """Holds what lives between startup and quit, so nothing is garbage collected."""

    def __init__(self, app: QApplication, demo: bool) -> None:
        self.app = app
        self.demo = demo
        self.window: MainWindow | None = None
        self.database: Database | None = None
        self.first_day: FirstDay | None = None

    def opened(self, database: Database) -> None:
        self.database = database
        # The first manager and this person's name and title, when not known yet (#15.4-5);
        # the role is the database's, not typed.
        self.first_day = FirstDay(database, self.demo)
        self.first_day.finished.connect(self._show_window)
        self.first_day.start()

    def _show_window(self, context: AppContext) -> None:
        assert self.database is not None
        self.window = MainWindow(self.database, context.actor)
        self.window.context.profile_set = context.profile_set
        self.window.show()
        # From now on closing the main window ends the app; during startup, closing one
        # dialog before the next opens must not.
        self.app.setQuitOnLastWindowClosed(True)

    def abandoned(self, code: int) -> None:
        self.app.exit(code)


def run(
    db_path: Path | str | None,  # a str is a server's URL (team mode)
    demo: bool,
    recover: bool,
    keychain: Keychain | None = None,
    clock: Clock | None = None,
) -> int:
    """Open the GUI on the database at ``db_path`` (default: the user's), or on the demo.

    Returns the exit status: 0 after a normal quit or a cancelled start, 1 when the
    database could not be opened (the reason has been shown in a dialog).
    """
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    try:
        language.apply_language(preferences.language())
    except FileNotFoundError:  # a bundle without its .qm: English is better than no app
        language.apply_language("en")

    stop_logging = logs.configure()
    _log.info("%s %s: the app starts", APP_NAME, __version__)
    with contextlib.suppress(OSError):  # half-written files of a killed earlier run (#14.5)
        files.clean_leftovers()
    hook = ErrorHook(clock)
    hook.install()
    session = _Session(app, demo)
    startup = Startup(db_path, demo, recover, preferences.staff_profile(), keychain, clock=clock)
    startup.opened.connect(session.opened)
    startup.abandoned.connect(session.abandoned)
    startup.start()
    try:
        return app.exec()
    finally:
        tasks.cancel_all_and_wait()
        if session.window is not None:
            session.window.close()
            session.window.deleteLater()
        if session.database is not None:
            session.database.close()
        hook.uninstall()
        stop_logging()
