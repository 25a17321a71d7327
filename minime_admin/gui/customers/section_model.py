"""Table models for the customer page: one section's rows, and the visits, paged on demand.

A heavy customer has 200,000 visit records; the page brings the first hundred and the
visits model asks for the next hundred (``visit_page``) in the background as the view
scrolls near the end, up to the section's total.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from minime_admin.errors import KnownError
from minime_admin.gui.customers.labels import (
    KEPT_UNTIL,
    column_label,
    format_value,
    kept_until_text,
)
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.messages import show_error
from minime_admin.services import customer_page
from minime_admin.services.customer_page import Row, Section

Index = QModelIndex | QPersistentModelIndex
_NUMERIC = (int, float)


class SectionModel(QAbstractTableModel):
    """The rows of one category. The first column says until when each row is kept: it is
    what the office looks for, and a wide table would push a last column out of sight."""

    RowRole = Qt.ItemDataRole.UserRole + 1  # the Row itself

    def __init__(self, section: Section, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.columns: tuple[str, ...] = (KEPT_UNTIL, *section.columns)
        self.rows: list[Row] = list(section.rows)

    def set_section(self, section: Section) -> None:
        self.beginResetModel()
        self.section = section
        self.columns = (KEPT_UNTIL, *section.columns)
        self.rows = list(section.rows)
        self.endResetModel()

    @property
    def total(self) -> int:
        return self.section.total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, key)
            # Long texts (consent wording, reviews) are cut in the cell; the tooltip has all.
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = row.values.get(key)
            if isinstance(value, _NUMERIC) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.RowRole:
            return row
        return None

    @staticmethod
    def _text(row: Row, key: str) -> str:
        if key == KEPT_UNTIL:
            return kept_until_text(row.kept_until)
        return format_value(key, row.values.get(key))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_label(self.columns[section]) if 0 <= section < len(self.columns) else None

    def retranslate(self) -> None:
        """Headers and cells (dates, codes, yes/no) follow a language switch."""
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class VisitsModel(SectionModel):
    """Visits, a hundred at a time: ``fetchMore`` loads the next page in the background."""

    page_loaded = Signal()

    def __init__(
        self, section: Section, customer_id: int, jobs: Jobs, parent: QObject | None = None
    ) -> None:
        super().__init__(section, parent)
        self.customer_id = customer_id
        self.jobs = jobs
        self.loading = False
        self._generation = 0  # a page that arrives after the section was replaced is dropped

    def set_section(self, section: Section, customer_id: int | None = None) -> None:
        self._generation += 1
        self.loading = False
        if customer_id is not None:
            self.customer_id = customer_id
        super().set_section(section)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self.loading and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        self.loading = True
        generation, customer_id, offset = self._generation, self.customer_id, len(self.rows)
        self.jobs.run(
            lambda session: customer_page.visit_page(session, customer_id, offset),
            lambda rows: self._arrived(generation, offset, rows),
            on_known_error=self._failed,
        )

    def _failed(self, error: KnownError) -> None:
        self.loading = False  # scrolling again retries
        show_error(None, error)

    def _arrived(self, generation: int, offset: int, rows: list[Row]) -> None:
        if generation != self._generation or offset != len(self.rows):
            return
        self.loading = False
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        else:
            # The customer has fewer visits than when the page was read: stop asking.
            self.section = Section(self.section.info, self.section.columns, (), len(self.rows))
        self.page_loaded.emit()
