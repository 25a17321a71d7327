"""The GUI's entry point: QApplication, language, the startup flow, then the main window.

A start shows the main window at once, in its "Opening the database…" state (gui/opening.py),
imports the rest on a worker thread, then runs the startup flow (gui/startup.py), which opens
the database on another (an unlock dialog over the window when the key is asked for); the
window then fills with the inbox (#19.5). A second start on a database that is already open
brings that window forward instead (gui/single_instance.py).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from minime_admin import APP_NAME, __version__, bundled, logs, paths, startup_trace
from minime_admin.domain.clock import Clock
from minime_admin.gui import language, preferences
from minime_admin.gui.main_window import MainWindow
from minime_admin.gui.opening import Preloader
from minime_admin.gui.single_instance import InstanceServer, ask_running_instance
from minime_admin.startup_trace import mark

if TYPE_CHECKING:
    from minime_admin.gui.first_day import FirstDay
    from minime_admin.gui.messages import ErrorHook
    from minime_admin.gui.startup import Startup
    from minime_admin.services.database import Database, Keychain
    from minime_admin.services.first_rows import FirstRows

_log = logging.getLogger(__name__)

# For smoke tests and benchmarks (not for users): quit as soon as "main" (the main window's
# first paint, in its "Opening…" state; also "1" and "opening"), "inbox" (its first rows,
# those read early if they come first) or "ready" (the inbox's own first page, the rows one
# can act on) has been painted, after printing "shown: WHAT" on stdout.
EXIT_WHEN_SHOWN = "MINIME_ADMIN_EXIT_WHEN_SHOWN"


class _Session:
    """Holds what lives between startup and quit, so nothing is garbage collected."""

    def __init__(self, app: QApplication, demo: bool, window: MainWindow) -> None:
        self.app = app
        self.demo = demo
        self.window = window
        self.quit_when_opened = False  # the window was closed while the database opened
        self.database: Database | None = None
        self.first_day: FirstDay | None = None
        self.startup: Startup | None = None
        self.hook: ErrorHook | None = None
        self.exit_when_shown = os.environ.get(EXIT_WHEN_SHOWN, "")
        self._watcher: _FirstPaint | None = None
        self._trace_paint: _FirstPaint | None = None
        self.error_box: QWidget | None = None
        self._reported: set[str] = set()

    def first_rows(self, read: FirstRows) -> None:
        """The inbox's first rows, read before the database opened for work: shown in the
        inbox's place until the inbox itself takes over with the same rows."""
        panel = self.window.opening_panel
        if panel is None or self.quit_when_opened:  # the inbox is in: it has its own rows
            return
        panel.show_rows(read.rows, read.today)
        mark("first rows shown")
        if self.exit_when_shown == "inbox" and panel.table is not None:
            panel.table.viewport().repaint()  # the rows drawn, not just given
            self._report_shown("inbox")

    def opened(self, database: Database) -> None:
        from minime_admin.gui.first_day import FirstDay

        mark("database open")
        self.database = database
        if self.quit_when_opened:  # run()'s end closes it, as after any session
            self.app.exit(0)
            return
        # The first manager and this person's name and title, when not known yet (#15.4-5);
        # the role is the database's, not typed.
        self.first_day = FirstDay(database, self.demo)
        self.first_day.finished.connect(self._show_window)
        self.first_day.start()

    def _show_window(self, context: object) -> None:
        assert self.database is not None
        if self.quit_when_opened:
            self.app.exit(0)
            return
        self.window.open(self.database, context.actor)  # type: ignore[attr-defined]
        mark("main window filled")
        self.window.context.profile_set = context.profile_set  # type: ignore[attr-defined]
        # Others' changes are watched from the inbox's first rows on (#18.4): the window
        # starts that with the rest of what waits for them (main_window._start_the_rest).
        if startup_trace.enabled():
            self.window.inbox_page.model.first_page_loaded.connect(
                lambda: mark("inbox first page loaded")
            )
        if self.exit_when_shown in ("inbox", "ready"):
            model = self.window.inbox_page.model
            model.first_page_loaded.connect(self._inbox_rows_shown)
        if not self.window.isVisible():  # put away by the first day's dialogs? never so far
            self.window.show()
        # From now on closing the main window ends the app; during startup, closing one
        # dialog before the next opens must not.
        self.app.setQuitOnLastWindowClosed(True)

    def watch_first_paint(self) -> None:
        if startup_trace.enabled():
            self._trace_paint = _FirstPaint(self.window, lambda: mark("main window painted"))
        if self.exit_when_shown in ("1", "main", "opening"):
            # "opening" is the same moment: the window's first paint is its opening state.
            what = "opening" if self.exit_when_shown == "opening" else "main"
            self._watcher = _FirstPaint(self.window, lambda: self._report_shown(what))

    def closed_while_opening(self) -> None:
        """The user closed the window before the database had opened: quit now if nothing
        is under way, else as soon as the database is open (never midway through it)."""
        self.quit_when_opened = True
        startup = self.startup
        dialog = startup.dialog if startup is not None else None
        task = startup.task if startup is not None and not startup.finished else None
        if task is not None and task.running:  # opening or making it: never stopped midway
            # Opened: opened() ends the app. Failed: the flow goes on as always (the error,
            # or the unlock dialog saying the passphrase was wrong), and ends it from there.
            return
        if isinstance(dialog, QWidget):
            dialog.close()
        self.app.exit(0)

    def _inbox_rows_shown(self) -> None:
        assert self.window is not None
        self.window.inbox_page.table.viewport().repaint()  # the rows drawn, not just loaded
        # "inbox": the first rows, the early ones if they came first; "ready": the inbox's
        # own, which can be acted on.
        self._report_shown(self.exit_when_shown)

    def _report_shown(self, what: str) -> None:
        if what in self._reported:
            return
        self._reported.add(what)
        mark(f"shown: {what}")
        print(f"shown: {what}", flush=True)
        QTimer.singleShot(0, lambda: self.app.exit(0))

    def bring_forward(self) -> None:
        """Another start on this database asked for the window."""
        shown: QWidget = self.window
        if not self.window.opened:  # still starting: the unlock dialog, if one is open
            startup_dialog = self.startup.dialog if self.startup is not None else None
            if isinstance(startup_dialog, QWidget) and startup_dialog.isVisible():
                shown = startup_dialog
        if shown.isMinimized():
            shown.showNormal()
        shown.raise_()
        shown.activateWindow()

    def abandoned(self, code: int) -> None:
        self.window.hide()
        self.app.exit(code)


class _FirstPaint(QObject):
    """Calls ``then`` once, after ``widget``'s first paint."""

    def __init__(self, widget: QWidget, then: object) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)  # type: ignore[arg-type]
        return False


def _fail_on_message_boxes(app: QApplication) -> None:
    """Unattended (EXIT_WHEN_SHOWN): a message box instead of the window fails the run at
    once, its text on stderr, rather than waiting for a click nobody makes."""
    from PySide6.QtWidgets import QMessageBox

    def look() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                print(
                    f"{APP_NAME}: message instead of the window: {widget.text()}", file=sys.stderr
                )
                app.exit(1)
                return
        timer.start()

    timer = QTimer(app)
    timer.setSingleShot(True)
    timer.setInterval(200)
    timer.timeout.connect(look)
    timer.start()


def _damaged_install(error: BaseException, session: _Session) -> None:
    import traceback

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    traceback.print_exception(error)  # stderr, for whoever installs it again
    _log.error("a part of the app failed to load: %s", type(error).__name__)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        APP_NAME,
        QCoreApplication.translate(
            "OpeningWindow",
            "A part of minime-admin could not be loaded, so it cannot start. Install it again; "
            "your database and backups are kept.",
        ),
    )
    box.finished.connect(lambda _result: session.abandoned(1))
    session.error_box = box
    box.open()


def _shown_location(url: str) -> str:
    """The server's URL as the app shows it: never a password typed into it."""
    from minime_admin.services import server_database

    location = server_database.location_of(url)
    return location.shown if isinstance(location, server_database.ServerLocation) else url


def _chosen_database(
    db_path: Path | str | None, demo: bool, ca_file: Path | None
) -> tuple[Path | str | None, Path | None, Path | None]:
    """Without --db, Settings › Database's choice (#18): the server's URL and CA file, or a
    file. Returns what to open, the CA file, and the file offered if the server fails."""
    choice = preferences.database_choice()
    file_instead = Path(choice.file).expanduser() if choice.file else None
    if demo:
        return db_path, ca_file, file_instead
    if db_path is None and choice.on_server:
        db_path = choice.server_url
    elif db_path is None:
        db_path = file_instead
    if isinstance(db_path, str) and db_path == choice.server_url and ca_file is None:
        ca_file = Path(choice.ca_file).expanduser() if choice.ca_file else None
    return db_path, ca_file, file_instead


class _KeychainHolder:
    """The one keychain of a start: made by the early read of the first rows when it needs
    one, then handed to the startup flow, so that the OS keychain is asked once."""

    def __init__(self, keychain: Keychain | None) -> None:
        self.keychain = keychain


def _first_rows_reader(
    path: Path, demo: bool, holder: _KeychainHolder, clock: Clock | None
) -> Callable[[], FirstRows | None]:
    """Reads the inbox's first rows on the preload thread, before the imports (#19.5)."""

    def read() -> FirstRows | None:
        from minime_admin.domain.clock import SystemClock
        from minime_admin.domain.shop_time import shop_day
        from minime_admin.services import first_rows
        from minime_admin.store.keychain import StartKeychain

        if not path.is_file():  # a start that creates the database: nothing to read yet
            return None
        if demo:
            secret = first_rows.demo_secret(path)
        else:
            if holder.keychain is None:
                holder.keychain = StartKeychain()
            secret = first_rows.keychain_secret(path, holder.keychain)
        read = first_rows.read(path, secret, shop_day((clock or SystemClock()).now()))
        mark("first rows read" if read is not None else "no first rows read early")
        return read

    return read


def run(
    db_path: Path | str | None,  # a str is a server's URL (team mode)
    demo: bool,
    recover: bool,
    keychain: Keychain | None = None,
    clock: Clock | None = None,
    ca_file: Path | None = None,
) -> int:
    """Open the GUI on the database at ``db_path`` (default: the user's), or on the demo.

    Returns the exit status: 0 after a normal quit, a cancelled start, or a start handed to
    the instance already open on the same database; 1 when the database could not be
    opened (the reason has been shown in a dialog).
    """
    mark("gui imported")
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    icon = bundled.icon_file()
    if icon.is_file():  # the taskbar and title bars; a damaged install just has Qt's default
        app.setWindowIcon(QIcon(str(icon)))
    translations_missing = False
    try:
        language.apply_language(preferences.language())
    except FileNotFoundError:  # a bundle without its .qm: English is better than no app
        translations_missing = True
        print(
            f"{APP_NAME}: the translation files are missing; the app is in English.",
            file=sys.stderr,
        )
        language.apply_language("en")

    db_path, ca_file, file_instead = _chosen_database(db_path, demo, ca_file)
    # A server database (team mode) is shared by design: only a file is kept to one instance.
    server = db_path if isinstance(db_path, str) and not demo else None
    path = paths.demo_database() if demo else (db_path or paths.default_database())
    if server is None and ask_running_instance(Path(path)):
        print(f"{APP_NAME}: already open on this database; its window was brought forward.")
        return 0

    stop_logging = logs.configure()
    _log.info("%s %s: the app starts", APP_NAME, __version__)
    if translations_missing:
        _log.warning("the translation files are missing (a damaged install): English")
    window = MainWindow(location=_shown_location(server) if server else Path(path), demo=demo)
    session = _Session(app, demo, window)
    window.closed_while_opening.connect(session.closed_while_opening)
    instance = InstanceServer(Path(path), session.bring_forward) if server is None else None
    session.watch_first_paint()
    if session.exit_when_shown:
        _fail_on_message_boxes(app)
    holder = _KeychainHolder(keychain)
    # The first rows early from a file whose key is known without asking (#19.5).
    early = server is None and not recover
    preloader = Preloader(_first_rows_reader(Path(path), demo, holder, clock) if early else None)
    preloader.rows_read.connect(session.first_rows)

    def begin(error: BaseException | None) -> None:
        from minime_admin.gui.messages import ErrorHook
        from minime_admin.gui.startup import Startup
        from minime_admin.services import files

        mark("preloaded")
        if session.quit_when_opened:  # closed before anything began
            return
        if error is not None:  # a damaged install: a part of the app does not import
            _damaged_install(error, session)
            return
        with contextlib.suppress(OSError):  # half-written files of a killed earlier run (#14.5)
            files.clean_leftovers()
        session.hook = ErrorHook(clock)
        session.hook.install()
        session.startup = Startup(
            db_path,
            demo,
            recover,
            preferences.staff_profile(),
            holder.keychain,
            clock=clock,
            ca_file=ca_file,
            file_instead=file_instead,
        )
        session.startup.opened.connect(session.opened)
        session.startup.abandoned.connect(session.abandoned)
        mark("startup flow imported")
        session.startup.start()

    preloader.finished.connect(begin)
    # The imports start once the window has painted, so they never delay its first paint.
    _FirstPaint(window, preloader.start)
    window.show()
    mark("main window shown")
    try:
        return app.exec()
    finally:
        from minime_admin.gui import tasks

        tasks.cancel_all_and_wait()
        if instance is not None:
            instance.close()
        opened = session.window.opened
        session.window.closed_while_opening.disconnect(session.closed_while_opening)
        session.window.close()
        session.window.deleteLater()
        if session.database is not None:
            from minime_admin.gui import close_backup

            actor = session.window.context.actor if opened else None
            close_backup.back_up_on_close(
                app, session.database, actor or preferences.staff_profile()
            )
            session.database.close()
        if session.hook is not None:
            session.hook.uninstall()
        stop_logging()
