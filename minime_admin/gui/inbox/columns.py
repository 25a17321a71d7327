"""The inbox table's column widths, fitted to the texts of its first rows.

Shared by the inbox and by the first rows shown while the database still opens
(gui/opening.py), so that both lists look alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

from minime_admin.gui.inbox.model import DUE, InboxModel

MAX_COLUMN_WIDTH = 260  # a long name must not push the due date out of sight
FIT_SAMPLE_ROWS = 60


def fit_columns(table: QTableView, model: InboxModel) -> None:
    """Each column as wide as its header and the first rows' texts need.

    Measured here from the texts: Qt's resizeColumnsToContents asks every cell for every
    role and took 70–90 ms for 200 rows, too long for the GUI thread.
    """
    plain = table.fontMetrics()
    bold = _bold_metrics(table)
    header = table.horizontalHeader()
    sample = range(min(model.rowCount(), FIT_SAMPLE_ROWS))
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widest = bold.horizontalAdvance(title) + 24  # room for the sort arrow
        metrics = bold if column == DUE else plain  # urgent due dates are bold
        for row in sample:
            widest = max(widest, metrics.horizontalAdvance(model.display_text(row, column)) + 16)
        header.resizeSection(column, widest if column == DUE else min(widest, MAX_COLUMN_WIDTH))
    fit_due_column(table, model)


def fit_due_column(table: QTableView, model: InboxModel) -> None:
    """The due date and its countdown are never cut (#15.14): the column grows to the
    widest of every loaded row, whichever filter or page brought it."""
    header = table.horizontalHeader()
    header.resizeSection(DUE, max(header.sectionSize(DUE), due_column_needs(table, model)))


def due_column_needs(table: QTableView, model: InboxModel) -> int:
    """The width the Due column's header and texts need (urgent dates are bold)."""
    bold = _bold_metrics(table)
    title = str(model.headerData(DUE, Qt.Orientation.Horizontal) or "")
    widest = bold.horizontalAdvance(title) + 24  # room for the sort arrow
    for row in range(model.rowCount()):
        widest = max(widest, bold.horizontalAdvance(model.display_text(row, DUE)) + 16)
    return widest


def _bold_metrics(table: QTableView) -> QFontMetrics:
    font = table.font()
    font.setBold(True)
    return QFontMetrics(font)
