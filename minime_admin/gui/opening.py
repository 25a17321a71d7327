"""The app's first window: "Opening the database…", shown before anything heavy loads.

A cold start spends most of its time importing (SQLAlchemy, Alembic, the services, every
page of the main window) and opening the encrypted file. This window needs only Qt, so it
paints within a few tenths of a second of the launch; meanwhile ``Preloader`` imports the
rest on a worker thread and the database opens on another (gui/startup.py), and the main
window replaces this one when it is ready (#19.5).
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from minime_admin import APP_NAME

# Imported on the worker thread: libraries and services without Qt objects at import time.
# The widget modules are imported on the GUI thread afterwards (gui/app.py), quickly then,
# because what they import is already loaded.
PRELOADED = (
    "sqlalchemy.orm",
    "minime_admin.services.database",
    "minime_admin.services.requests",
    "minime_admin.services.users",
    "minime_admin.store.migrate",
    "minime_admin.demo.database",
)


class OpeningWindow(QWidget):
    """A small window saying what is happening, with a busy bar; emits ``painted`` once."""

    painted = Signal()

    def __init__(self, path: Path | str, demo: bool) -> None:  # str: a server, as shown
        super().__init__()
        self.path = path
        self.demo = demo
        self._painted = False
        self.setWindowTitle(APP_NAME)
        self.heading = QLabel()
        self.heading.setStyleSheet("QLabel { font-size: 14pt; font-weight: bold; }")
        self.where = QLabel(str(path))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no count to show: Qt's busy indicator
        self.busy.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.busy)
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def retranslate(self) -> None:
        if self.demo:
            text = QCoreApplication.translate("OpeningWindow", "Opening the demo database…")
        else:
            text = QCoreApplication.translate("OpeningWindow", "Opening the database…")
        self.heading.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint has reached the screen; dropped if the window is gone by then.
            QTimer.singleShot(0, self, self.painted.emit)


class Preloader(QObject):
    """Imports ``PRELOADED`` on a worker thread; ``finished(error)`` arrives on the GUI thread.

    ``error`` is None, or the exception an import raised (a damaged install), which the
    caller shows as the bug it is.
    """

    finished = Signal(object)

    def start(self) -> None:
        threading.Thread(target=self._work, name="preload", daemon=True).start()

    def _work(self) -> None:
        error: BaseException | None = None
        try:
            for name in PRELOADED:
                importlib.import_module(name)
        except Exception as problem:
            error = problem
        self.finished.emit(error)  # queued: the receiver lives on the GUI thread
