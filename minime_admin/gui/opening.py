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
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from minime_admin.domain.inbox_row import RequestRow
    from minime_admin.gui.inbox.model import InboxModel

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
    """Where the inbox will be: what is happening, where, and a busy bar; then the inbox's
    first rows too, when they are read before the database has opened (``show_rows``)."""

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
        self.table: QTableView | None = None  # the inbox's first rows, once read
        self.model: InboxModel | None = None
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(32, 28, 32, 32)
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.where)
        self.layout_.addWidget(self.busy)
        self.layout_.addStretch(1)
        self.retranslate()

    def show_rows(self, rows: list[RequestRow], today: date) -> None:
        """The inbox's first rows, read before the database has opened for work: shown as
        the inbox will list them, to read, not to act on (nothing can be chosen yet)."""
        from minime_admin.gui.inbox import columns
        from minime_admin.gui.inbox.model import InboxModel

        if self.model is not None:  # one early read per start
            return
        self.model = InboxModel(None, today, self)
        self.model.show(rows, today)
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.layout_.takeAt(self.layout_.count() - 1)  # the stretch: the table takes the room
        self.layout_.addWidget(table, 1)
        columns.fit_columns(table, self.model)
        self.table = table

    @property
    def rows(self) -> list[RequestRow]:
        return self.model.rows if self.model is not None else []

    def retranslate(self) -> None:
        self.heading.setText(opening_text(self.demo))
        if self.model is not None:  # the headers, types and countdowns in the new language
            self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Preloader(QObject):
    """Imports ``PRELOADED`` on a worker thread; ``finished(error)`` arrives on the GUI thread.

    ``error`` is None, or the exception an import raised (a damaged install), which the
    caller shows as the bug it is. ``first_rows``, when given, runs first on the same
    thread: the inbox's first rows, read without the imports (services/first_rows.py);
    what it returns arrives in ``rows_read`` unless it is None.
    """

    rows_read = Signal(object)
    finished = Signal(object)

    def __init__(self, first_rows: Callable[[], object | None] | None = None) -> None:
        super().__init__()
        self.first_rows = first_rows

    def start(self) -> None:
        threading.Thread(target=self._work, name="preload", daemon=True).start()

    def _work(self) -> None:
        if self.first_rows is not None:
            try:
                read = self.first_rows()
            except Exception:  # only ever a head start: the start goes on without it
                read = None
            if read is not None:
                self.rows_read.emit(read)  # queued, as finished
        error: BaseException | None = None
        try:
            for name in PRELOADED:
                importlib.import_module(name)
        except Exception as problem:
            error = problem
        self.finished.emit(error)  # queued: the receiver lives on the GUI thread
