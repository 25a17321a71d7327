"""Finding a customer as the worker types: debounced, off the GUI thread, never stale.

Each keystroke restarts a short timer; when it fires, the search runs in the pool with its
own session. Every search carries a generation number, and a result that comes back after
a newer query was typed is dropped, so a slow answer can never overwrite a fresh one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain import search_terms
from minime_admin.gui.formats import table_date
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.style import ERROR_COLOUR, title_font
from minime_admin.services import customer_search
from minime_admin.services.customer_search import CustomerHit

Index = QModelIndex | QPersistentModelIndex
# Phone, address and the last order tell a caller apart from a namesake.
NUMBER, NAME, EMAIL, PHONE, ADDRESS, LAST_ORDER, MARKER = range(7)
DEBOUNCE_MS = 200
LIMIT = 50


class HitsModel(QAbstractTableModel):
    HitRole = Qt.ItemDataRole.UserRole + 1  # the CustomerHit itself

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[CustomerHit] = []

    def set_hits(self, hits: list[CustomerHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(hit, column)
        if role == self.HitRole:
            return hit
        if column == MARKER and hit.restricted:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(ERROR_COLOUR))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "Processing is restricted (Art. 18): the data is stored only and used "
                    "for nothing else until the restriction is lifted."
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, hit: CustomerHit, column: int) -> str:
        if column == NUMBER:
            return str(hit.id)
        if column == NAME:
            return hit.name
        if column == EMAIL:
            return hit.email or ""
        if column == PHONE:
            return hit.phone or ""
        if column == ADDRESS:
            return hit.address
        if column == LAST_ORDER:
            if hit.last_order is None:
                return ""
            day = table_date(hit.last_order_on) if hit.last_order_on else ""
            return self.tr("{number}, {date}").format(number=hit.last_order, date=day)
        return self.tr("Restricted") if hit.restricted else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("No."),
            self.tr("Name"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Address"),
            self.tr("Last order"),
            self.tr("Processing"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.hits:
            self.dataChanged.emit(self.index(0, MARKER), self.index(len(self.hits) - 1, MARKER))


class SearchPanel(QWidget):
    """The search box and its results; ``open_requested(hit)`` when one is chosen."""

    open_requested = Signal(object)  # CustomerHit

    def __init__(self, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.generation = 0  # the newest query's number; older answers are dropped
        self.searching = False
        self._state = "empty"
        self._shown_query = ""
        self._open_when_ready = False

        self.heading = QLabel()
        self.heading.setFont(title_font(1.6))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(30)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = HitsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.search)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._typed)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._open_index)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Customers"))
        self.search.setPlaceholderText(self.tr("Name, e-mail, phone, address, order number or IP"))
        self.model.retranslate()
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- searching -------------------------------------------------------------------------

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self.timer.start()  # restarts: only a pause in typing searches

    @Slot()
    def run_search(self) -> None:
        self.timer.stop()
        query = self.search.text()
        self.generation += 1
        generation = self.generation
        if search_terms.match_expression(query) is None:
            self.searching = False
            self._open_when_ready = False
            self.model.set_hits([])
            self._set_state("empty" if not query.strip() else "short", query)
            return
        self.searching = True
        self._set_state("searching", query)
        self.jobs.run(
            lambda session: customer_search.search(session, query, LIMIT),
            lambda hits: self._found(generation, query, hits),
            error_parent=self,
        )

    def _found(self, generation: int, query: str, hits: list[CustomerHit]) -> None:
        if generation != self.generation:
            return  # a newer query was typed meanwhile
        self.searching = False
        self.model.set_hits(hits)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count() - 1):  # a little air; the last one stretches
            header.resizeSection(column, header.sectionSize(column) + 12)
        if not hits:
            state = "none"
        elif len(hits) >= LIMIT:
            state = "many"
        else:
            state = "found"
        self._set_state(state, query)
        if hits:
            self.table.selectRow(0)
        if self._open_when_ready and hits:
            self._open_when_ready = False
            self.open_current()

    @property
    def pending(self) -> bool:
        """True while a typed query has not been answered yet."""
        return self.timer.isActive() or self.searching

    def _set_state(self, state: str, query: str) -> None:
        self._state, self._shown_query = state, query
        self._show_state()

    def _show_state(self) -> None:
        count = self.model.rowCount()
        texts = {
            "empty": self.tr(
                "Type part of a name, e-mail, phone number, address, order number or IP "
                "address. Letter case and diacritics do not matter: berzins finds Bērziņš."
            ),
            "short": self.tr("Type at least two letters or digits."),
            "searching": self.tr("Searching…"),
            "none": self.tr("No customer matches “{query}”.").format(
                query=self._shown_query.strip()[:60]
            ),
            "found": self.tr("Customers found: {count}. Enter opens the selected one.").format(
                count=count
            ),
            "many": self.tr(
                "The best {count} matches are shown; type more to narrow them down."
            ).format(count=count),
        }
        self.status.setText(texts[self._state])

    # -- keyboard and opening --------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if watched is self.search and key == Qt.Key.Key_Down:
                return self._enter_results()
            if watched is self.search and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.pending:  # Enter right after typing opens the best match
                    self._open_when_ready = True
                    if self.timer.isActive():
                        self.run_search()
                else:
                    self.open_current()
                return True
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if (
                watched is self.table
                and key == Qt.Key.Key_Up
                and self.table.currentIndex().row() <= 0
            ):
                self.focus_search()
                return True
        return super().eventFilter(watched, event)

    def _enter_results(self) -> bool:
        if self.model.rowCount() == 0:
            return False
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        current = self.table.currentIndex()
        if not current.isValid():
            self.table.selectRow(0)
        return True

    def current_hit(self) -> CustomerHit | None:
        index = self.table.currentIndex()
        if not index.isValid():
            if self.model.rowCount() == 0:
                return None
            index = self.model.index(0, 0)
        return self.model.hits[index.row()]

    def open_current(self) -> None:
        hit = self.current_hit()
        if hit is not None:
            self.open_requested.emit(hit)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.hits[index.row()])
