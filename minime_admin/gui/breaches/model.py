"""The breach register as a table: every breach, notified or not (Art. 33(5)).

A shop has a handful of breaches a year, so the whole register is read at once (in the
background, gui/jobs.py). The hours left are computed at display time from ``now``,
which the page moves on once a minute.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from minime_admin.gui.breaches import labels
from minime_admin.gui.inbox.model import COLOURS
from minime_admin.services.breaches import BreachDetail

Index = QModelIndex | QPersistentModelIndex
REFERENCE, TITLE, AWARE, DUE, HOURS, SEVERITY, DECISIONS, SIGNOFF = range(8)


@dataclass(frozen=True)
class RegisterRow:
    detail: BreachDetail
    final_notice: bool  # the submission to the DVI is recorded: the clock has stopped


class BreachTableModel(QAbstractTableModel):
    RowRole = Qt.ItemDataRole.UserRole + 1  # the RegisterRow
    UrgencyRole = Qt.ItemDataRole.UserRole + 2  # "overdue", "soon" or ""
    HoursRole = Qt.ItemDataRole.UserRole + 3  # hours left (negative: overdue)
    SignOffRole = Qt.ItemDataRole.UserRole + 4  # "valid", "void" or "none"

    def __init__(self, now: datetime, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RegisterRow] = []
        self.now = now

    def set_rows(self, rows: list[RegisterRow], now: datetime) -> None:
        self.beginResetModel()
        self.rows, self.now = rows, now
        self.endResetModel()

    def tick(self, now: datetime) -> None:
        """The clock moved on: the hours and colours change, nothing else."""
        self.now = now
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, SIGNOFF))

    def row_of(self, breach_id: int) -> int | None:
        return next((n for n, row in enumerate(self.rows) if row.detail.id == breach_id), None)

    def urgency_of(self, row: RegisterRow) -> str:
        return labels.urgency(row.detail, self.now, row.final_notice)

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else SIGNOFF + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == self.RowRole:
            return row
        if role == self.UrgencyRole:
            return self.urgency_of(row)
        if role == self.HoursRole:
            return row.detail.clock.hours_left(self.now)
        if role == self.SignOffRole:
            return labels.signoff_state(row.detail.signoff)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            colours = COLOURS.get(self.urgency_of(row))
            if colours is None:
                return None
            return QBrush(colours[0 if role == Qt.ItemDataRole.ForegroundRole else 1])
        if role == Qt.ItemDataRole.FontRole and column == HOURS and self.urgency_of(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (HOURS, DUE):
            return labels.clock_sentence(row.detail, self.now, row.final_notice)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return str(row.detail.facts["title"])
        return None

    def display(self, row: RegisterRow, column: int) -> str:
        detail = row.detail
        if column == REFERENCE:
            return detail.reference
        if column == TITLE:
            return str(detail.facts["title"])
        if column == AWARE:
            return labels.short_time(detail.clock.aware_at)
        if column == DUE:
            return labels.short_time(detail.clock.due_at)
        if column == HOURS:
            return labels.hours_cell(detail, self.now, row.final_notice)
        if column == SEVERITY:
            return labels.severity_short(detail)
        if column == DECISIONS:
            return labels.decisions_short(detail.facts)
        return labels.signoff_short(detail.signoff)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Reference"),
            self.tr("Title"),
            self.tr("Aware (Riga)"),
            self.tr("DVI due"),
            self.tr("Hours left"),
            self.tr("Severity"),
            self.tr("Decisions"),
            self.tr("Sign-off"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, SIGNOFF)
        self.tick(self.now)
