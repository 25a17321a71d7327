"""The inbox's filters (status, type, due window, assignee, text) and its counts per status."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.inbox_row import UNVERIFIED_HIDDEN_AFTER_DAYS
from minime_admin.domain.requests import OPEN_STATUSES, RequestType, Status
from minime_admin.gui.inbox.deadline_text import ui_locale
from minime_admin.gui.inbox.flow_layout import FlowLayout
from minime_admin.gui.inbox.labels import status_label, type_label
from minime_admin.services import requests
from minime_admin.store.request_repo import RequestQuery

TYPING_PAUSE_MS = 250  # re-query once the user stops typing, not on every key
OPEN = "open"
ALL = "all"
# Due window: days from today; -1 means due before today (overdue).
DUE_WINDOWS: tuple[int | None, ...] = (None, -1, 7, 30)


class FilterBar(QWidget):
    """Emits ``changed`` when the query should be re-run."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.type = QComboBox()
        self.due = QComboBox()
        self.assignee = QComboBox()
        self.assignee.setEditable(True)
        self.assignee.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.assignee.setMinimumContentsLength(12)
        self.mine = QCheckBox()  # "My requests": those assigned to the staff profile
        self.me = ""
        self.show_unverified = QCheckBox()
        self.show_tests = QCheckBox()
        self.status_caption, self.type_caption = QLabel(), QLabel()
        self.due_caption, self.assignee_caption = QLabel(), QLabel()
        for caption, field in (
            (self.status_caption, self.status),
            (self.type_caption, self.type),
            (self.due_caption, self.due),
            (self.assignee_caption, self.assignee),
        ):
            caption.setBuddy(field)
        for combo in (self.status, self.type, self.due):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        flow = FlowLayout(spacing=8)
        for caption, field in (
            (self.status_caption, self.status),
            (self.type_caption, self.type),
            (self.due_caption, self.due),
            (self.assignee_caption, self.assignee),
        ):
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 6, 0)
            row.addWidget(caption)
            row.addWidget(field)
            flow.addWidget(pair)
        flow.addWidget(self.mine)
        flow.addWidget(self.show_unverified)
        flow.addWidget(self.show_tests)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.search)
        rows.addLayout(flow)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        self.search.textChanged.connect(self._typed)
        self.assignee.editTextChanged.connect(self._typed)
        for combo in (self.status, self.type, self.due):
            combo.currentIndexChanged.connect(self._picked)
        self.show_unverified.toggled.connect(self._picked)
        self.show_tests.toggled.connect(self._picked)
        self.mine.toggled.connect(self._mine_toggled)
        self._fill()
        self.retranslate()

    def _fill(self) -> None:
        # Items carry their codes; their texts are set (and re-set) by retranslate.
        self.status.addItem("", OPEN)
        for status in Status:
            self.status.addItem("", status.value)
        self.status.addItem("", ALL)
        self.type.addItem("", "")
        for request_type in RequestType:
            self.type.addItem("", request_type.value)
        for days in DUE_WINDOWS:
            self.due.addItem("", days)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name, e-mail or reference (Ctrl+F)"))
        self.status_caption.setText(self.tr("&Status:"))
        self.type_caption.setText(self.tr("T&ype:"))
        self.due_caption.setText(self.tr("&Due:"))
        self.assignee_caption.setText(self.tr("&Assignee:"))
        self.assignee.lineEdit().setPlaceholderText(self.tr("anyone"))
        self.status.setItemText(0, self.tr("All open"))
        for number, status in enumerate(Status, start=1):
            self.status.setItemText(number, status_label(status))
        self.status.setItemText(self.status.count() - 1, self.tr("All"))
        self.type.setItemText(0, self.tr("All types"))
        for number, request_type in enumerate(RequestType, start=1):
            self.type.setItemText(number, type_label(request_type))
        due_texts = (
            self.tr("Any time"),
            self.tr("Overdue"),
            self.tr("Within 7 days"),
            self.tr("Within 30 days"),
        )
        for number, text in enumerate(due_texts):
            self.due.setItemText(number, text)
        self.show_unverified.setText(self.tr("Show long-&unverified requests"))
        self.show_unverified.setToolTip(
            self.tr(
                "Requests still waiting for proof of identity {days} days after receipt are "
                "hidden unless this is ticked."
            ).format(days=UNVERIFIED_HIDDEN_AFTER_DAYS)
        )
        self.show_tests.setText(self.tr("Show &test requests"))
        self.mine.setText(self.tr("&My requests"))
        self.mine.setToolTip(
            self.tr("Only the requests assigned to you ({name})").format(name=self.me)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def _typed(self) -> None:
        self._typing.start()

    @Slot()
    def _picked(self) -> None:
        self._typing.stop()  # one query for everything changed so far
        self.changed.emit()

    def flush(self) -> None:
        """Run a pending text change now (Return in the search box, tests)."""
        if self._typing.isActive():
            self._typing.stop()
            self.changed.emit()

    def set_me(self, name: str) -> None:
        self.me = name
        self.retranslate()
        if self.mine.isChecked():
            self.changed.emit()

    @Slot(bool)
    def _mine_toggled(self, mine: bool) -> None:
        self.assignee.setEnabled(not mine)  # the two would contradict each other
        self._picked()

    def set_assignees(self, names: list[str]) -> None:
        """Offer the names seen so far; what the user typed stays."""
        text = self.assignee.currentText()
        self.assignee.blockSignals(True)
        self.assignee.clear()
        self.assignee.addItems(sorted(set(names)))
        self.assignee.setEditText(text)
        self.assignee.blockSignals(False)

    def choose_status(self, status: str) -> None:
        self.status.setCurrentIndex(self.status.findData(status))

    def query(self, today: date, sort: str, descending: bool) -> RequestQuery:
        chosen = self.status.currentData()
        if chosen == OPEN:
            statuses: tuple[str, ...] = tuple(s.value for s in Status if s in OPEN_STATUSES)
        elif chosen == ALL:
            statuses = ()
        else:
            statuses = (chosen,)
        days = self.due.currentData()
        if days is not None and not statuses:
            # A due window is about work still to do: closed requests are not "overdue".
            statuses = tuple(s.value for s in Status if s in OPEN_STATUSES)
        request_type = self.type.currentData()
        assignee = self.me if self.mine.isChecked() else self.assignee.currentText().strip()
        return requests.inbox_query(
            today,
            statuses=statuses,
            types=(request_type,) if request_type else (),
            assignee=assignee or None,
            due_within_days=days,
            text=self.search.text(),
            show_unverified=self.show_unverified.isChecked(),
            include_tests=self.show_tests.isChecked(),
            sort=sort,
            descending=descending,
        )


class StatusChips(QWidget):
    """One chip per status with its count (tests left out); a click filters by it."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: dict[Status, int] = {}
        self.chips: dict[Status, QPushButton] = {}
        row = FlowLayout(self, spacing=6)
        for status in Status:
            chip = QPushButton()
            chip.setFlat(True)
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the status combo does this by keyboard
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setStyleSheet(
                "QPushButton { border: 1px solid palette(mid); border-radius: 10px;"
                " padding: 2px 10px; }"
            )
            chip.clicked.connect(lambda _checked=False, s=status: self.chosen.emit(s.value))
            self.chips[status] = chip
            row.addWidget(chip)
        self.retranslate()

    def set_counts(self, counts: dict[Status, int]) -> None:
        self.counts = dict(counts)
        self.retranslate()

    def retranslate(self) -> None:
        for status, chip in self.chips.items():
            count = self.counts.get(status)
            shown = "…" if count is None else ui_locale().toString(count)
            chip.setText(f"{status_label(status)}  {shown}")
            chip.setToolTip(self.tr("Show only requests with this status"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
