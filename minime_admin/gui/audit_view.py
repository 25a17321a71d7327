"""The audit log page: the entries, newest first, paged lazily and narrowed by filters
(who, action, subject, period, search); the CSV export of what is shown; the chain check."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.audit_action_texts import action_words, subject_code, subject_words
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.audit_chain import ChainVerdict
from minime_admin.domain.clock import today
from minime_admin.errors import KnownError
from minime_admin.gui.audit_words import reason_words
from minime_admin.gui.context import AppContext
from minime_admin.gui.roles import role_label
from minime_admin.gui.style import ERROR_COLOUR, GOOD_COLOUR, title_font
from minime_admin.gui.tasks import Task
from minime_admin.gui.wizards.common import start_job
from minime_admin.progress import Progress
from minime_admin.services import audit, audit_csv
from minime_admin.services.database import Database

Index = QModelIndex | QPersistentModelIndex
SEQ, WHEN, WHO, ROLE, ACTION, SUBJECT, REASON = range(7)


def reason_text(row: audit.AuditRow) -> str:
    """The entry's reason code or reference, then its note while it exists."""
    if row.note_erased:
        note = QCoreApplication.translate("AuditTableModel", "(erased)")
    else:
        note = row.note or ""
    reason = reason_words(row.reason)
    return " — ".join(part for part in (reason, note) if part)


class AuditTableModel(QAbstractTableModel):
    """Pages of ``PAGE`` entries from ``audit.newest_first``; the view asks for more.

    ``action`` narrows them to one action (None: every entry), ``wanted`` by the filters."""

    PAGE = 200
    RowRole = Qt.ItemDataRole.UserRole + 1  # the AuditRow itself

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.database = database
        self.rows: list[audit.AuditRow] = []
        self.total = 0
        self.action: AuditAction | None = None
        self.wanted = audit.AuditFilter()
        self._exhausted = True

    def reload(self) -> None:
        with self.database.unit_of_work() as session:  # a KnownError leaves the model as it was
            total = audit.entry_count(session, self.action, self.wanted)
            rows = audit.newest_first(session, None, self.PAGE, self.action, self.wanted)
        self.beginResetModel()
        self.total, self.rows = total, rows
        self._exhausted = len(self.rows) < self.PAGE
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted or not self.rows:
            return
        with self.database.unit_of_work() as session:
            more = audit.newest_first(
                session, self.rows[-1].seq, self.PAGE, self.action, self.wanted
            )
        self._exhausted = len(more) < self.PAGE
        if more:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (ACTION, SUBJECT, REASON):
            return self._display(row, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.RowRole:
            return row
        return None

    @staticmethod
    def _display(row: audit.AuditRow, column: int) -> str:
        if column == SEQ:
            return str(row.seq)
        if column == WHEN:
            return audit_csv.riga_time(row)  # the shop's time, whatever the desktop's zone
        if column == WHO:
            return row.actor
        if column == ROLE:
            return role_label(row.role)
        if column == ACTION:
            return action_words(row.action, QCoreApplication.translate)
        if column == SUBJECT:
            return subject_words(row.subject, QCoreApplication.translate)
        return reason_text(row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("#"),
            self.tr("When (Riga)"),
            self.tr("Who"),
            self.tr("Role"),
            self.tr("Action"),
            self.tr("Subject"),
            self.tr("Reason"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:  # the role and action columns are translated too
            self.dataChanged.emit(self.index(0, ROLE), self.index(len(self.rows) - 1, REASON))


class AuditPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.task: Task | None = None
        self.verdict: ChainVerdict | None = None

        self.heading = QLabel()
        self.heading.setFont(title_font(1.6))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.model = AuditTableModel(context.database, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.count_label = QLabel()
        self.action_filter = QComboBox()
        self.action_filter.addItem("", None)
        for action in AuditAction:  # in words; the item data is the code
            self.action_filter.addItem("", action.value)
        self.action_caption = QLabel()
        self.action_caption.setBuddy(self.action_filter)
        self.who_filter = QComboBox()
        self.who_filter.addItem("", None)
        self.who_caption = QLabel()
        self.who_caption.setBuddy(self.who_filter)
        self.subject_filter = QLineEdit()
        self.subject_filter.setClearButtonEnabled(True)
        self.subject_caption = QLabel()
        self.subject_caption.setBuddy(self.subject_filter)
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_caption = QLabel()
        self.search_caption.setBuddy(self.search_field)
        # A day is a filter only while its box is ticked: a date edit cannot be empty.
        self.since_box, self.until_box = QCheckBox(), QCheckBox()
        self.since_edit, self.until_edit = QDateEdit(), QDateEdit()
        shown_day = today(context.clock)
        for edit in (self.since_edit, self.until_edit):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setDate(QDate(shown_day.year, shown_day.month, shown_day.day))
            edit.setEnabled(False)
        self.export_button = QPushButton()
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.hide()
        self.export_task: Task | None = None
        # Asks where to save the CSV; tests replace it.
        self.choose_csv_file = self._ask_csv_file
        self.typing_pause = QTimer(self)  # filter by typed text once the typing pauses
        self.typing_pause.setSingleShot(True)
        self.typing_pause.setInterval(400)
        self.refresh_button = QPushButton()
        self.verify_button = QPushButton()
        self.cancel_button = QPushButton()
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setFont(title_font(1.05))

        tools = QHBoxLayout()
        tools.addWidget(self.count_label)
        tools.addStretch(1)
        tools.addWidget(self.progress)
        tools.addWidget(self.cancel_button)
        tools.addWidget(self.export_button)
        tools.addWidget(self.refresh_button)
        tools.addWidget(self.verify_button)
        # Two rows, and combos sized by a few characters rather than their longest item, so
        # the page (and the window) still fits a narrow screen.
        for combo in (self.who_filter, self.action_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        people = QHBoxLayout()
        people.addWidget(self.who_caption)
        people.addWidget(self.who_filter, 1)
        people.addWidget(self.action_caption)
        people.addWidget(self.action_filter, 2)
        people.addWidget(self.subject_caption)
        people.addWidget(self.subject_filter, 1)
        period = QHBoxLayout()
        period.addWidget(self.since_box)
        period.addWidget(self.since_edit)
        period.addWidget(self.until_box)
        period.addWidget(self.until_edit)
        period.addWidget(self.search_caption)
        period.addWidget(self.search_field, 1)
        filters = QVBoxLayout()
        filters.addLayout(people)
        filters.addLayout(period)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(filters)
        layout.addLayout(tools)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.export_status)
        layout.addWidget(self.table, 1)

        self.action_filter.currentIndexChanged.connect(self.apply_filters)
        self.who_filter.currentIndexChanged.connect(self.apply_filters)
        for box, edit in ((self.since_box, self.since_edit), (self.until_box, self.until_edit)):
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self.apply_filters)
            edit.dateChanged.connect(self.apply_filters)
        for field in (self.subject_filter, self.search_field):
            field.textChanged.connect(self.typing_pause.start)
            field.returnPressed.connect(self.apply_filters)
        self.typing_pause.timeout.connect(self.apply_filters)
        self.export_button.clicked.connect(self.export_csv)
        self.refresh_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        self.cancel_button.clicked.connect(self.cancel_verify)
        context.audit_changed.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Audit log"))
        self.explanation.setText(
            self.tr(
                "Every change and every look at a person's data, newest first. The entries "
                "are chained by hashes, so an altered or removed entry is found on "
                "verification."
            )
        )
        self.action_caption.setText(self.tr("&Action:"))
        self.action_filter.setItemText(0, self.tr("All actions"))
        for index in range(1, self.action_filter.count()):
            code = self.action_filter.itemData(index)
            self.action_filter.setItemText(index, action_words(code, QCoreApplication.translate))
        self.who_caption.setText(self.tr("&Who:"))
        self.who_filter.setItemText(0, self.tr("Everyone"))
        self.subject_caption.setText(self.tr("S&ubject:"))
        self.subject_filter.setPlaceholderText(self.tr("customer 42"))
        self.subject_filter.setToolTip(
            self.tr(
                'A record as the log names it: "customer 42", "request DSR-2026-0001", '
                'or a kind alone such as "breach".'
            )
        )
        self.since_box.setText(self.tr("&From"))
        self.until_box.setText(self.tr("&To"))
        self.since_box.setToolTip(self.tr("Riga days; both days are included."))
        self.until_box.setToolTip(self.tr("Riga days; both days are included."))
        self.search_caption.setText(self.tr("&Search:"))
        self.search_field.setPlaceholderText(self.tr("who, subject or reason"))
        self.search_field.setToolTip(
            self.tr(
                "Looks in who, the subject and the reason code or reference. Typed notes are "
                "not searched: they are personal data that an erasure removes."
            )
        )
        self.export_button.setText(self.tr("&Export CSV…"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.verify_button.setText(self.tr("&Verify chain"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_count()
        self._show_verdict()
        self.model.retranslate()
        self.table.resizeColumnsToContents()  # the actions' words change length

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def refresh(self) -> None:
        self._fill_who()
        try:
            self.model.reload()
        except KnownError as error:  # e.g. a period that ends before it starts
            self.count_label.setText(error.message(QCoreApplication.translate))
            return
        self.table.resizeColumnsToContents()
        self._show_count()

    def _fill_who(self) -> None:
        """Everyone who has written to the log, keeping the current choice."""
        with self.context.database.unit_of_work() as session:
            names = audit.actors(session)
        chosen = self.who_filter.currentData()
        self.who_filter.blockSignals(True)
        while self.who_filter.count() > 1:
            self.who_filter.removeItem(1)
        for name in names:
            self.who_filter.addItem(name, name)
        self.who_filter.setCurrentIndex(max(0, self.who_filter.findData(chosen)))
        self.who_filter.blockSignals(False)

    def current_filter(self) -> audit.AuditFilter:
        return audit.AuditFilter(
            who=self.who_filter.currentData() or None,  # Qt hands item data back as str
            action=self.action_filter.currentData() or None,
            subject=subject_code(self.subject_filter.text(), QCoreApplication.translate),
            since=_day(self.since_edit) if self.since_box.isChecked() else None,
            until=_day(self.until_edit) if self.until_box.isChecked() else None,
            search=self.search_field.text().strip(),
        )

    @Slot()
    def apply_filters(self) -> None:
        self.typing_pause.stop()
        self.model.wanted = self.current_filter()
        self.refresh()

    def _show_count(self) -> None:
        wanted = self.model.wanted
        if wanted.is_empty() and self.model.action is None:
            text = self.tr("Entries in the log: {count}")
        elif wanted == audit.AuditFilter(action=wanted.action):
            text = self.tr("Entries of this action: {count}")
        else:
            text = self.tr("Entries matching the filters: {count}")
        self.count_label.setText(text.format(count=self.model.total))

    # -- CSV export ------------------------------------------------------------------------

    def _ask_csv_file(self) -> str:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit-log.csv", self.tr("CSV files (*.csv)")
        )
        return name

    @Slot()
    def export_csv(self) -> None:
        """Write the entries the filters show (all of them, not just the loaded pages)."""
        if self.export_task is not None:
            return
        name = self.choose_csv_file()
        if not name:
            return
        path, wanted = Path(name), self.model.wanted

        def work(session: Any, progress: Progress) -> int:
            return audit_csv.write(session, wanted, path, QCoreApplication.translate, progress)

        self.export_button.setEnabled(False)
        self._tell(self.tr("Writing the CSV file…"))
        self.export_task = start_job(
            self.context.database,
            work,
            on_success=lambda count: self._exported(count, path),
            on_error=self._export_failed,
            parent=self,
        )

    def _exported(self, count: int, path: Path) -> None:
        self.export_task = None
        self.export_button.setEnabled(True)
        self._tell(self.tr("Entries written to {path}: {count}.").format(count=count, path=path))

    def _export_failed(self, error: KnownError) -> None:
        self.export_task = None
        self.export_button.setEnabled(True)
        self._tell(error.message(QCoreApplication.translate), ERROR_COLOUR)

    def _tell(self, text: str, colour: str = "") -> None:
        self.export_status.setText(text)
        self.export_status.setStyleSheet(f"color: {colour};" if colour else "")
        self.export_status.setVisible(bool(text))

    # -- verification ----------------------------------------------------------------------

    @Slot()
    def verify(self) -> None:
        if self.task is not None:
            return
        database = self.context.database

        def work(progress: Progress) -> ChainVerdict:
            with database.unit_of_work() as session:  # the worker's own session
                return audit.verify(session, progress)

        self.verify_button.setEnabled(False)
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.verdict = None
        self._say(self.tr("Verifying the chain…"))
        self.task = Task(
            work,
            on_success=self._verified,
            on_failure=self._verify_failed,
            on_cancelled=self._verify_cancelled,
            on_progress=self._progressed,
            parent=self,
        ).start()

    @Slot()
    def cancel_verify(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _verified(self, verdict: ChainVerdict) -> None:
        self._verification_over()
        self.verdict = verdict
        self._show_verdict()

    def _verify_cancelled(self) -> None:
        self._verification_over()
        self._say(self.tr("Verification cancelled."))

    def _verify_failed(self, error: BaseException) -> None:
        self._verification_over()
        raise error  # not a verdict but a bug: the excepthook shows it

    def _verification_over(self) -> None:
        self.task = None
        self.verify_button.setEnabled(True)
        self.cancel_button.hide()
        self.progress.hide()

    def _show_verdict(self) -> None:
        verdict = self.verdict
        if verdict is None:
            if self.task is None:
                self._say("")
            return
        if verdict.intact:
            text = self.tr("Chain intact. Entries checked: {count}.").format(count=verdict.checked)
            colour = GOOD_COLOUR
        else:
            assert verdict.problem is not None
            problems = {
                "altered": self.tr("the entry was changed after it was written"),
                "missing_before": self.tr("an entry before it is missing"),
                "missing_at_end": self.tr("entries at the end of the log are missing"),
                "note_altered": self.tr("the note written with the entry was changed"),
            }
            text = self.tr("Chain broken at entry {seq}: {problem}.").format(
                seq=verdict.problem.seq,
                problem=problems.get(verdict.problem.kind, verdict.problem.kind),
            )
            colour = ERROR_COLOUR
        self._say(text, colour)

    def _say(self, text: str, colour: str = "") -> None:
        self.verdict_label.setText(text)
        self.verdict_label.setStyleSheet(f"color: {colour};" if colour else "")
        self.verdict_label.setVisible(bool(text))


def _day(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())
