"""The audit log page: every entry, newest first, paged lazily; and the chain check."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.actor import Role
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.audit_chain import ChainVerdict
from minime_admin.gui.context import AppContext
from minime_admin.gui.style import ERROR_COLOUR, GOOD_COLOUR, title_font
from minime_admin.gui.tasks import Task
from minime_admin.progress import Progress
from minime_admin.services import audit
from minime_admin.services.database import Database

Index = QModelIndex | QPersistentModelIndex
SEQ, WHEN, WHO, ROLE, ACTION, SUBJECT, REASON = range(7)


def role_label(role: str) -> str:
    labels: dict[str, str] = {
        Role.STAFF: QCoreApplication.translate("roles", "staff"),
        Role.MANAGER: QCoreApplication.translate("roles", "manager"),
    }
    return labels.get(role, role)


def reason_text(row: audit.AuditRow) -> str:
    """The entry's reason code or reference, then its note while it exists."""
    if row.note_erased:
        note = QCoreApplication.translate("AuditTableModel", "(erased)")
    else:
        note = row.note or ""
    return " — ".join(part for part in (row.reason, note) if part)


class AuditTableModel(QAbstractTableModel):
    """Pages of ``PAGE`` entries from ``audit.newest_first``; the view asks for more.

    ``action`` narrows them to one action (None: every entry)."""

    PAGE = 200
    RowRole = Qt.ItemDataRole.UserRole + 1  # the AuditRow itself

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.database = database
        self.rows: list[audit.AuditRow] = []
        self.total = 0
        self.action: AuditAction | None = None
        self._exhausted = True

    def reload(self) -> None:
        self.beginResetModel()
        with self.database.unit_of_work() as session:
            self.total = audit.entry_count(session, self.action)
            self.rows = audit.newest_first(session, None, self.PAGE, self.action)
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
            more = audit.newest_first(session, self.rows[-1].seq, self.PAGE, self.action)
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
            return row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")  # the desktop's time
        if column == WHO:
            return row.actor
        if column == ROLE:
            return role_label(row.role)
        if column == ACTION:
            return row.action
        if column == SUBJECT:
            return row.subject
        return reason_text(row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("#"),
            self.tr("When"),
            self.tr("Who"),
            self.tr("Role"),
            self.tr("Action"),
            self.tr("Subject"),
            self.tr("Reason"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rows:  # the role column is translated too
            self.dataChanged.emit(self.index(0, ROLE), self.index(len(self.rows) - 1, ROLE))


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
        for action in AuditAction:  # shown as the table shows them: by their codes
            self.action_filter.addItem(action.value, action.value)
        self.action_caption = QLabel()
        self.action_caption.setBuddy(self.action_filter)
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
        tools.addWidget(self.action_caption)
        tools.addWidget(self.action_filter)
        tools.addWidget(self.progress)
        tools.addWidget(self.cancel_button)
        tools.addWidget(self.refresh_button)
        tools.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addLayout(tools)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.table, 1)

        self.action_filter.currentIndexChanged.connect(self._action_chosen)
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
        self.refresh_button.setText(self.tr("&Refresh"))
        self.verify_button.setText(self.tr("&Verify chain"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_count()
        self._show_verdict()
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def refresh(self) -> None:
        self.model.reload()
        self.table.resizeColumnsToContents()
        self._show_count()

    @Slot()
    def _action_chosen(self) -> None:
        chosen = self.action_filter.currentData()  # Qt hands item data back as a plain str
        self.model.action = AuditAction(chosen) if chosen else None
        self.refresh()

    def _show_count(self) -> None:
        if self.model.action is None:
            text = self.tr("Entries in the log: {count}")
        else:
            text = self.tr("Entries of this action: {count}")
        self.count_label.setText(text.format(count=self.model.total))

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
