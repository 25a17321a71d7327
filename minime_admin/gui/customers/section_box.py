"""One category on the customer page: a header that folds, where the data came from, why
the shop may hold it, and a table of what is held with each row's "kept until" date."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.categories import DataCategory
from minime_admin.domain.category_info import CategoryInfo
from minime_admin.gui.customers.labels import basis_of, category_text, ui_locale
from minime_admin.gui.customers.section_model import SectionModel, VisitsModel
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.style import title_font
from minime_admin.services.customer_page import Section

VISIBLE_ROWS = 8  # a long section scrolls inside its table; the page stays an overview
MAX_COLUMN = 320  # consent wordings and reviews are long: the tooltip shows all of it
MUTED = "color: #5f6368;"  # secondary text, readable on light and grey backgrounds


class SectionBox(QFrame):
    def __init__(self, info: CategoryInfo, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info
        self.jobs = jobs
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model: SectionModel | None = None

        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        # A heading that folds, not a pressed button: no frame, no checked background.
        self.toggle.setStyleSheet("QToolButton { border: none; background: transparent; }")
        self.toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setFont(title_font(1.1))
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.count_label = QLabel()
        self.count_label.setStyleSheet(MUTED)
        header = QHBoxLayout()
        header.addWidget(self.toggle)
        header.addWidget(self.count_label, 1)

        self.details = QWidget()
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        self.captions = [QLabel() for _ in range(3)]
        self.texts = [QLabel() for _ in range(3)]
        for row, (caption, text) in enumerate(zip(self.captions, self.texts, strict=True)):
            caption.setStyleSheet(MUTED)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, row, 0)
            grid.addWidget(text, row, 1)
        grid.setColumnStretch(1, 1)
        self.empty_label = QLabel()
        self.empty_label.setStyleSheet("font-style: italic;")
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(50)  # 5,000 orders: sample
        self.table.installEventFilter(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(28, 0, 0, 0)
        details.addLayout(grid)
        details.addWidget(self.empty_label)
        details.addWidget(self.table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.details)
        self.toggle.toggled.connect(self._toggled)
        self.retranslate()

    @property
    def category(self) -> DataCategory:
        return self.info.category

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)

    @Slot(bool)
    def _toggled(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.details.setVisible(expanded)

    def set_section(self, section: Section, customer_id: int, first_time: bool) -> None:
        if self.model is None:
            if section.info.category is DataCategory.VISIT:
                self.model = VisitsModel(section, customer_id, self.jobs, self)
                self.model.page_loaded.connect(self._show_count)
            else:
                self.model = SectionModel(section, self)
            self.table.setModel(self.model)
        elif isinstance(self.model, VisitsModel):
            self.model.set_section(section, customer_id)
        else:
            self.model.set_section(section)
        if first_time:  # later refreshes keep what the user folded or unfolded
            self.set_expanded(bool(section.total))
        has_rows = bool(section.rows)
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if has_rows:
            self._fit_columns()
            self._fit_height()
        self._show_count()

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column) + 12, MAX_COLUMN))

    def _fit_height(self) -> None:
        """Tall enough for the rows shown (at most VISIBLE_ROWS), and for a horizontal
        scroll bar only when the columns are wider than the table."""
        if self.model is None:
            return
        header = self.table.horizontalHeader()
        visible = min(len(self.model.rows), VISIBLE_ROWS)
        frame = 2 * self.table.frameWidth()
        scrolls = header.length() > self.table.width() - frame - (
            self.table.verticalScrollBar().sizeHint().width()
            if len(self.model.rows) > VISIBLE_ROWS
            else 0
        )
        # As wide as the columns need (the rest of the row stays empty), at most the room.
        self.table.setMaximumWidth(
            header.length()
            + frame
            + (
                self.table.verticalScrollBar().sizeHint().width()
                if len(self.model.rows) > VISIBLE_ROWS
                else 0
            )
        )
        height = (
            header.sizeHint().height()
            + visible * self.table.verticalHeader().defaultSectionSize()
            + frame
            + (self.table.horizontalScrollBar().sizeHint().height() if scrolls else 0)
        )
        self.table.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Whether a horizontal scroll bar is needed depends on the width the table got.
        if watched is self.table and event.type() == QEvent.Type.Resize:
            assert isinstance(event, QResizeEvent)
            if event.size().width() != event.oldSize().width():
                self._fit_height()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        info = self.info
        self.toggle.setText(category_text(info.title))
        captions = (self.tr("Source:"), self.tr("Purpose:"), self.tr("Legal basis:"))
        texts = (category_text(info.source), category_text(info.purpose), basis_of(info))
        for label, caption in zip(self.captions, captions, strict=True):
            label.setText(caption)
        for label, text in zip(self.texts, texts, strict=True):
            label.setText(text)
        self.empty_label.setText(self.tr("Nothing held."))
        if self.model is not None:
            self.model.retranslate()
        self._show_count()

    @Slot()
    def _show_count(self) -> None:
        if self.model is None:
            self.count_label.setText("")
            return
        locale = ui_locale()
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            text = self.tr("nothing held")
        elif shown < total:
            text = self.tr("{shown} of {total} shown; scroll the table for more").format(
                shown=locale.toString(shown), total=locale.toString(total)
            )
        else:
            text = self.tr("{count} held").format(count=locale.toString(total))
        self.count_label.setText(text)
