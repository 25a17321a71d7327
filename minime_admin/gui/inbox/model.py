"""The inbox table: pages of 200 requests from the service, never every row.

Every page is read in the background (gui/jobs.py). Measured on 100,000 requests, a page
sorted by an indexed column near the top takes ~3 ms, but sorting by requester or status,
or a page 50,000 rows down, takes 100–280 ms: too long for the GUI thread, so fetchMore
starts a job too and inserts the rows when they arrive. Sorting and filtering re-query
the service; nothing is sorted here.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from minime_admin.domain import deadlines
from minime_admin.domain.calendar import LATVIA, HolidayCalendar
from minime_admin.domain.inbox_row import INBOX_PAGE, RequestRow
from minime_admin.domain.requests import OPEN_STATUSES
from minime_admin.domain.shop_time import shop_day
from minime_admin.gui.formats import table_date
from minime_admin.gui.inbox import deadline_text
from minime_admin.gui.inbox.labels import status_label, type_label

if TYPE_CHECKING:  # the model also shows the first rows read before these have loaded
    from minime_admin.gui.jobs import Jobs
    from minime_admin.store.request_repo import RequestQuery

Index = QModelIndex | QPersistentModelIndex
REFERENCE, RECEIVED, REQUESTER, TYPE, STATUS, DUE, ASSIGNEE = range(7)
# The service's sort keys, by column.
SORT_KEYS = ("reference", "received", "requester", "type", "status", "due", "assignee")
# Dark text on a light tint, so the row reads the same in light and dark desktop themes.
COLOURS = {
    "overdue": (QColor("#9b1c1c"), QColor("#fbe0e0")),
    "soon": (QColor("#7a4a00"), QColor("#fff0c8")),
}
LEFT_COLOUR = "#8a8a8a"  # a changed row that no longer matches the filters


class InboxModel(QAbstractTableModel):
    PAGE = INBOX_PAGE
    RowRole = Qt.ItemDataRole.UserRole + 1  # the RequestRow
    UrgencyRole = Qt.ItemDataRole.UserRole + 2  # "overdue", "soon" or ""

    first_page_loaded = Signal()
    page_loaded = Signal()

    def __init__(self, jobs: Jobs | None, today: date, parent: Any = None) -> None:
        """``jobs`` None: a model that only shows rows given to it (``show``)."""
        super().__init__(parent)
        self.jobs = jobs
        self.rows: list[RequestRow] = []
        self.query: RequestQuery | None = None
        self.today = today
        self.calendar: HolidayCalendar = LATVIA
        self.loading = False  # a page is on its way
        # Requests changed here that no longer match the query: kept in view (the list does
        # not jump under the user's eyes) but greyed, and neither counted as shown nor as an
        # offset into the query's result (#15.10: "Shown: 22 of 21").
        self.left: set[int] = set()
        self._changes = 0  # changes since the first page: rows may have moved by as many
        self._exhausted = True
        self._generation = 0  # results of an older query are dropped

    # -- loading ---------------------------------------------------------------------------

    def show(self, rows: list[RequestRow], today: date) -> None:
        """Show ``rows`` as the first page: those read at start before the services had
        loaded (store/first_page.py), until ``load`` reads the page itself."""
        self.beginResetModel()
        self.rows, self.today = list(rows), today
        self.endResetModel()

    def load(self, query: RequestQuery, today: date, *, keep_shown: bool = False) -> None:
        """Forget the rows and read the first page of ``query`` in the background.

        ``keep_shown``: the rows shown stay until the page arrives (the same page read at
        start), so the list does not blink empty in between."""
        from minime_admin.services import requests

        assert self.jobs is not None, "a model for given rows only"
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self.query, self.today = query, today
        if not keep_shown:
            self.rows = []
        self._exhausted, self.loading = True, True
        self.left, self._changes = set(), 0
        self.endResetModel()

        def work(session: Any) -> tuple[list[RequestRow], HolidayCalendar]:
            rows = requests.list_requests(session, query, 0, self.PAGE)
            return rows, requests.holiday_calendar(session)

        self.jobs.run(work, lambda result: self._first_page(generation, *result))

    def _first_page(
        self, generation: int, rows: list[RequestRow], calendar: HolidayCalendar
    ) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.rows, self.calendar = rows, calendar
        self._exhausted, self.loading = len(rows) < self.PAGE, False
        self.endResetModel()
        self.first_page_loaded.emit()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self.loading

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent) or self.query is None:
            return
        from minime_admin.services import requests

        assert self.jobs is not None
        self.loading = True
        # Where the query's next page starts: after the loaded rows that still match it,
        # less one row for each change since (a changed row may have moved past the page's
        # end, moving the others up); the overlap is dropped as already known.
        offset = max(0, self.shown - self._changes)
        generation, query = self._generation, self.query
        self.jobs.run(
            lambda session: requests.list_requests(session, query, offset, self.PAGE),
            lambda more: self._more(generation, more),
        )

    def _more(self, generation: int, more: list[RequestRow]) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._exhausted = len(more) < self.PAGE
        # A request changed since the first page can shift the offsets: never show it twice.
        known = {row.id for row in self.rows}
        fresh = [row for row in more if row.id not in known]
        if fresh:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self.rows.extend(fresh)
            self.endInsertRows()
        self.page_loaded.emit()

    @property
    def shown(self) -> int:
        """The rows listed that match the query (what the inbox counts as shown)."""
        return len(self.rows) - len(self.left)

    def replace_row(self, row: RequestRow) -> None:
        """Show a changed request in place (it stays until the next query, even if it no
        longer matches the filters, so the list does not jump under the user's eyes)."""
        for number, old in enumerate(self.rows):
            if old.id == row.id:
                self.rows[number] = row
                self._changes += 1
                self.dataChanged.emit(self.index(number, 0), self.index(number, ASSIGNEE))
                return

    def set_listed(self, request_id: int, matches: bool) -> None:
        """Mark a changed request as (no longer) matching the query; greyed while not."""
        number = self.row_of(request_id)
        if number is None or matches == (request_id not in self.left):
            return
        if matches:
            self.left.discard(request_id)
        else:
            self.left.add(request_id)
        self.dataChanged.emit(self.index(number, 0), self.index(number, ASSIGNEE))

    def row_of(self, request_id: int) -> int | None:
        return next((n for n, row in enumerate(self.rows) if row.id == request_id), None)

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SORT_KEYS)

    def deadline_of(self, row: RequestRow) -> deadlines.Deadline:
        return deadlines.due_date(shop_day(row.received_at), calendar=self.calendar)

    def urgency_of(self, row: RequestRow) -> str:
        return deadline_text.urgency(row.status, row.days_left(self.today))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.RowRole:
            return row
        if role == self.UrgencyRole:
            return self.urgency_of(row)
        if row.id in self.left:  # changed here, no longer matching: greyed, no colours
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(LEFT_COLOUR))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "Changed: no longer matches the filters. It leaves the list when the "
                    "list is read again."
                )
            if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole):
                return None
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            colours = COLOURS.get(self.urgency_of(row))
            if colours is None:
                return None
            return QBrush(colours[0 if role == Qt.ItemDataRole.ForegroundRole else 1])
        if role == Qt.ItemDataRole.FontRole and column == DUE and self.urgency_of(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DUE:
                return self._due_tooltip(row)
            if column == REQUESTER:
                return row.requester
        return None

    def display_text(self, row_number: int, column: int) -> str:
        return self._display(self.rows[row_number], column)

    def _display(self, row: RequestRow, column: int) -> str:
        if column == REFERENCE:
            return row.reference
        if column == RECEIVED:
            return deadline_text.shop_time_text(row.received_at)
        if column == REQUESTER:
            return row.requester
        if column == TYPE:
            return type_label(row.type)
        if column == STATUS:
            return status_label(row.status)
        if column == DUE:
            due = table_date(row.due_on)
            if row.status not in OPEN_STATUSES:
                return due  # closed: the date only, no countdown
            return f"{due} · {deadline_text.days_left_text(row.days_left(self.today))}"
        return row.assignee or ""

    def _due_tooltip(self, row: RequestRow) -> str:
        deadline = self.deadline_of(row)
        text = deadline_text.explanation(deadline)
        if row.due_on != deadline.due:
            text += "\n" + QCoreApplication.translate(
                "InboxModel", "Extended by two further months: due {date}."
            ).format(date=deadline_text.long_date(row.due_on))
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("Reference"),
            self.tr("Received"),
            self.tr("Requester"),
            self.tr("Type"),
            self.tr("Status"),
            self.tr("Due"),
            self.tr("Assignee"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, ASSIGNEE))
