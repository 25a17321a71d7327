"""The "Opening the database…" state of the main window, and the imports made meanwhile.

A cold start spends most of its time importing (SQLAlchemy, Alembic, the services, the
inbox) and opening the encrypted file. The main window's frame needs only Qt, so it paints
within a few tenths of a second of the launch with this panel where the inbox will be;
meanwhile ``Preloader`` imports the rest on a worker thread and the database opens on
another (gui/startup.py), and the inbox replaces the panel when it is ready (#19.5).
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

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


def opening_text(demo: bool) -> str:
    # The context is the one of the window this text had first, so its translation stays.
    if demo:
        return QCoreApplication.translate("OpeningWindow", "Opening the demo database…")
    return QCoreApplication.translate("OpeningWindow", "Opening the database…")


class OpeningPanel(QWidget):
    """Where the inbox will be: what is happening, where, and a busy bar."""

    def __init__(self, path: Path | str, demo: bool) -> None:  # str: a server, as shown
        super().__init__()
        self.demo = demo
        self.heading = QLabel()
        self.heading.setStyleSheet("QLabel { font-size: 14pt; font-weight: bold; }")
        self.where = QLabel(str(path))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no count to show: Qt's busy indicator
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 32)
        layout.addWidget(self.heading)
        layout.addWidget(self.where)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(opening_text(self.demo))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


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
