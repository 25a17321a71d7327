"""The request inbox: what is due first, filters, counts, one request in detail.

Queries and changes run in the background (gui/jobs.py); the one synchronous read is
the selected request's detail (services.requests.get_request: ~1–3 ms with 100,000
requests, measured in benchmarks/inbox.py), so a click shows it without a flicker.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from minime_admin.domain.inbox_row import RequestRow
from minime_admin.domain.requests import Status
from minime_admin.domain.shop_time import shop_day
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox import columns, deadline_text
from minime_admin.gui.inbox.actions import RequestActions
from minime_admin.gui.inbox.detail_pane import DetailPane
from minime_admin.gui.inbox.email_intake import EmailIntake, eml_paths
from minime_admin.gui.inbox.filters import FilterBar, StatusChips
from minime_admin.gui.inbox.mail_fetcher import MailFetcher
from minime_admin.gui.inbox.model import DUE, SORT_KEYS, InboxModel
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.messages import show_message
from minime_admin.gui.style import title_font
from minime_admin.services import requests, settings
from minime_admin.services.requests import RequestDetail

if TYPE_CHECKING:
    from minime_admin.gui.inbox.new_request_dialog import NewRequestDialog

# The office's own aim, shown beside the legal date: answer within two weeks, well inside
# the legal month. Not a per-user preference: it is the office's rule, the same for all.


class InboxPage(QWidget):
    customer_requested = Signal(int, int, str)  # customer id, request id, reference

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        first_rows: list[RequestRow] | None = None,  # read at start (store/first_page.py)
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = context.clock.now  # the one clock (domain/clock.py)
        self.jobs = Jobs(context.database, self)
        self.sort_key, self.descending = "due", False
        self.total: int | None = None
        self.detail: RequestDetail | None = None
        self.message: QMessageBox | None = None  # the last box shown (tests read it)
        self.new_dialog: NewRequestDialog | None = None
        self._select_after_load: int | None = None
        self._keep_detail = False  # a refresh for others' changes keeps the request shown
        self._columns_fitted = False

        self.heading = QLabel()
        self.heading.setFont(title_font(1.6))
        # A narrow window clips the heading rather than being held wide by it.
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_request)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_and_import)
        self.mail = MailFetcher(context, self.jobs, self)
        self.filters = FilterBar()
        self.chips = StatusChips()
        self.count_label = QLabel()

        self.model = InboxModel(self.jobs, shop_day(self.clock()), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the detail
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(DUE, Qt.SortOrder.AscendingOrder)
        self.table.installEventFilter(self)

        self.detail_pane = DetailPane(shop_day(self.clock()))
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.detail_pane)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(scroller)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([360, 440])
        self.splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        top.addWidget(self.mail.status)
        top.addWidget(self.mail.review_button)
        top.addWidget(self.mail.fetch_button)
        counts = QHBoxLayout()
        counts.addWidget(self.chips, 1)
        counts.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addLayout(counts)
        layout.addWidget(self.splitter, 1)

        self.actions = RequestActions(self)
        self.intake = EmailIntake(context, self.jobs, self)
        self.intake.opened.connect(self._opened)
        self.mail.opened.connect(self._opened)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.activated.connect(self.focus_search)
        self.filters.search.returnPressed.connect(self.filters.flush)
        self.setAcceptDrops(True)

        self.filters.changed.connect(self.reload)
        self.chips.chosen.connect(self.filters.choose_status)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.model.first_page_loaded.connect(self._first_page_loaded)
        self.model.page_loaded.connect(self._show_count)
        self.model.page_loaded.connect(self.fit_due_column)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail_pane.transition_requested.connect(self.actions.transition)
        self.detail_pane.extend_requested.connect(self.actions.extend)
        self.detail_pane.note_requested.connect(self.actions.add_note)
        self.detail_pane.save_attachment_requested.connect(self.actions.save_attachment)
        self.detail_pane.assign_to_me_requested.connect(self.actions.assign_to_me)
        self.detail_pane.assign_requested.connect(self.actions.assign)
        self.detail_pane.link_requested.connect(self.actions.link_customer)
        self.detail_pane.handover_requested.connect(self.actions.handed_over)
        self.detail_pane.customer_requested.connect(self._open_customer)
        self.detail_pane.me = context.actor.name
        self.filters.set_me(context.actor.name)
        context.request_changed.connect(self._changed_elsewhere)
        context.others_changed.connect(self.others_changed)
        context.actor_changed.connect(self._actor_changed)
        self.retranslate()
        # The mail count and timer wait for the first rows, which come first (#19.5).
        self._mail_started = False
        if first_rows:  # the same page as the first query's: shown until that arrives
            self.model.show(first_rows, self.today())
            self.fit_columns()  # as wide as in the opening panel: nothing jumps
        self.reload(keep_shown=bool(first_rows))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Request inbox"))
        self.new_button.setText(self.tr("&New request…"))
        self.import_button.setText(self.tr("&Import e-mail…"))
        self.import_button.setToolTip(
            self.tr("Or drag messages (.eml, Outlook .msg) from the mail program onto the inbox.")
        )
        self.mail.retranslate()
        self.model.retranslate()
        self._show_count()
        if self._columns_fitted:
            self.fit_columns()  # the other language's words have other widths

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- querying --------------------------------------------------------------------------

    def today(self) -> date:
        return shop_day(self.clock())

    @Slot()
    def reload(self, keep_shown: bool = False) -> None:
        today = self.today()
        self.detail_pane.today = today
        query = self.filters.query(today, self.sort_key, self.descending)
        self.model.load(query, today, keep_shown=keep_shown)
        self.total = None
        self._show_count()
        # The counts (a full scan: ~250 ms with 100,000 requests) start once the first rows
        # are in: run side by side, the two jobs slowed the first rows down threefold.

    def refresh_counts(self, changed: int | None = None) -> None:
        """The total and the counts per status; with ``changed``, whether that request
        still matches the filters, answered together so the counts never disagree."""
        query = self.model.query
        if query is None:
            return

        def work(session: Session) -> tuple[int, dict[Status, int], bool]:
            listed = changed is None or requests.still_listed(session, query, changed)
            return (
                requests.count_requests(session, query),
                requests.status_counts(session, query),
                listed,
            )

        def counted(result: tuple[int, dict[Status, int], bool]) -> None:
            if query is self.model.query:  # not an answer to an older question
                self.total = result[0]
                self.chips.set_counts(result[1])
                if changed is not None:
                    self.model.set_listed(changed, result[2])
                self._show_count()

        self.jobs.run(work, counted)

    @Slot(int, Qt.SortOrder)
    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        self.sort_key = SORT_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def _show_count(self) -> None:
        if self.model.loading and not self.model.rows:
            self.count_label.setText(self.tr("Loading…"))
        elif self.total is None:
            self.count_label.setText(
                self.tr("Shown: {shown}").format(shown=self._number(self.model.shown))
            )
        else:
            text = self.tr("Shown: {shown} of {total}").format(
                shown=self._number(self.model.shown), total=self._number(self.total)
            )
            if self.model.left:  # greyed rows changed here; not counted as shown
                text += " · " + self.tr("No longer matching the filters: {count}").format(
                    count=self._number(len(self.model.left))
                )
            self.count_label.setText(text)

    @staticmethod
    def _number(value: int) -> str:
        return deadline_text.ui_locale().toString(value)  # 29,800 / 29 800

    @Slot()
    def _first_page_loaded(self) -> None:
        self.refresh_counts()
        if not self._mail_started:
            self._mail_started = True
            self.mail.start_timer()
        self._show_count()
        self.filters.set_assignees([row.assignee for row in self.model.rows if row.assignee])
        if not self._columns_fitted and self.model.rows:
            self.fit_columns()
        self.fit_due_column()
        self.detail_pane.calendar = self.model.calendar
        wanted = self._select_after_load or (self.detail.id if self.detail else None)
        self._select_after_load = None
        keep, self._keep_detail = self._keep_detail, False
        row = self.model.row_of(wanted) if wanted is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        elif keep and wanted is not None:
            self.show_request(wanted)  # further down the list: shown still, read again
        else:
            self.show_request(None)

    def fit_columns(self) -> None:
        """Columns as wide as the first rows need (once; then the user's widths stay)."""
        self._columns_fitted = True
        columns.fit_columns(self.table, self.model)

    @Slot()
    def fit_due_column(self) -> None:
        columns.fit_due_column(self.table, self.model)

    def due_column_needs(self) -> int:
        return columns.due_column_needs(self.table, self.model)

    # -- the selected request --------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            row: RequestRow = self.model.rows[current.row()]
            self.show_request(row.id)

    def show_request(self, request_id: int | None) -> None:
        if request_id is None:
            self.detail = None
        else:
            with self.context.database.unit_of_work() as session:
                self.detail = requests.get_request(session, request_id)
                self.detail_pane.target_days = settings.load_internal_target(session)
        self.detail_pane.show_detail(self.detail)
        # Buttons made for this request come right after the table when tabbing.
        previous: QWidget = self.table
        for widget in self.detail_pane.focus_chain():
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _actor_changed(self, _actor: object = None) -> None:
        self.detail_pane.me = self.context.actor.name
        self.filters.set_me(self.context.actor.name)  # "My requests" follows the profile
        self.detail_pane.show_detail(self.detail)

    def _open_customer(self) -> None:
        detail = self.detail
        if detail is not None and detail.customer_id is not None:
            self.customer_requested.emit(detail.customer_id, detail.id, detail.reference)

    def select_request(self, request_id: int) -> None:
        """Show one request (from the customer page): its row if listed, its detail anyway."""
        row = self.model.row_of(request_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()
        if self.detail is None or self.detail.id != request_id:
            # Not listed under the filters, or its row was current already: shown anyway.
            self.show_request(request_id)

    def request_changed(self, request_id: int) -> None:
        """After a change: the row and the pane from the database again, then the counts."""
        self.show_request(request_id)
        if self.detail is not None:
            self.model.replace_row(_row(self.detail))
        self.refresh_counts(request_id)
        self.context.audit_changed.emit()
        self.context.request_changed.emit(request_id, self)

    def others_changed(self) -> None:
        """Someone committed to the database (#18.4): the list, counts and the request shown
        are read again; the selection stays, and an open dialog keeps what it was opened
        with (a save from it is checked against that version)."""
        self._keep_detail = True
        self.reload()

    def _changed_elsewhere(self, request_id: int, source: object) -> None:
        """A request changed on another page (a customer's, a wizard's): its row, the pane
        if it shows it, and the counts follow."""
        if source is self:
            return
        if self.detail is not None and self.detail.id == request_id:
            self.show_request(request_id)
            detail: RequestDetail | None = self.detail
        elif self.model.row_of(request_id) is not None:
            with self.context.database.unit_of_work() as session:
                detail = requests.get_request(session, request_id)  # ~1-3 ms
        else:
            detail = None
        if detail is not None:
            self.model.replace_row(_row(detail))
        self.refresh_counts(request_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.detail is not None
        ):
            self.detail_pane.focus_first()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    # -- intake ----------------------------------------------------------------------------

    @Slot()
    def new_request(self) -> NewRequestDialog:
        from minime_admin.gui.inbox.new_request_dialog import NewRequestDialog

        dialog = NewRequestDialog(self.context, self.jobs, self)
        dialog.opened.connect(self._opened)
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _opened(self, opened: requests.Opened) -> None:
        text = self.tr("Request {reference} is open. Due: {date}.").format(
            reference=opened.reference, date=deadline_text.long_date(opened.due_on)
        )
        icon = QMessageBox.Icon.Information
        if opened.duplicates:
            icon = QMessageBox.Icon.Warning
            text += "\n\n" + self.tr(
                "Likely duplicate of {references}: an open request of the same type from the "
                "same person."
            ).format(references=", ".join(opened.duplicates))
        self.message = show_message(self, icon, self.tr("Request opened"), text)
        self._select_after_load = opened.request_id
        self.reload()
        self.context.audit_changed.emit()

    @Slot()
    def choose_and_import(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import e-mail"), "", self.tr("E-mail messages (*.eml *.msg)")
        )
        self.import_files([Path(name) for name in names])

    def import_files(self, paths: list[Path]) -> None:
        if paths:
            self.intake.add(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if eml_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = eml_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)
        else:
            event.ignore()


def _row(detail: RequestDetail) -> RequestRow:
    """The inbox's row of a request read in full."""
    return RequestRow(
        detail.id,
        detail.reference,
        detail.received_at,
        detail.requester_name,
        detail.type,
        detail.status,
        detail.due_on,
        detail.assignee,
        detail.is_test,
    )
