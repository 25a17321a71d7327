"""Everything held about one customer: the header, a restriction banner, counts per
category, the action buttons, and one folding section per category."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.categories import DataCategory
from minime_admin.domain.category_info import CATEGORIES
from minime_admin.gui.customers.labels import category_title, ui_locale, value_label
from minime_admin.gui.customers.record_dialogs import active_holds, has_recipients
from minime_admin.gui.customers.section_box import SectionBox
from minime_admin.gui.inbox.flow_layout import FlowLayout
from minime_admin.gui.inbox.labels import status_label, type_label
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.style import ERROR_COLOUR, GOOD_COLOUR, title_font
from minime_admin.services.customer_page import CustomerPage

ACTIONS = (
    "rectify", "restrict", "lift", "objection", "unsubscribe", "withdrawal",
    "release_hold", "partners",
)  # fmt: skip
SECOND_ROW = frozenset({"release_hold", "partners"})  # the first row is full in Latvian
SUMMARY_COLUMNS = 5


class CustomerView(QWidget):
    back_requested = Signal()
    action_requested = Signal(str)  # one of ACTIONS
    export_requested = Signal()  # the export wizard for this customer (gui/wizards)
    erase_requested = Signal()  # the erasure wizard for this customer
    request_requested = Signal(int)  # a request of the person's, to be shown in the inbox

    def __init__(self, jobs: Jobs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page: CustomerPage | None = None
        self.why = ""

        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.name = QLabel()
        self.name.setFont(title_font(1.6))
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        # The wizards sit up here: the action row is full in Latvian.
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_requested)
        self.erase_button = QPushButton()
        self.erase_button.clicked.connect(self.erase_requested)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            f"QLabel {{ background: {ERROR_COLOUR}; color: white; font-weight: bold;"
            " padding: 8px 12px; border-radius: 4px; }"
        )
        self.banner.hide()
        # The person's own requests; each jumps to the inbox with that request shown.
        self.requests_caption = QLabel()
        self.request_buttons: list[QPushButton] = []
        self.requests_row = QWidget()
        self.requests_flow = FlowLayout(self.requests_row, spacing=6)
        self.requests_flow.setContentsMargins(0, 0, 0, 0)
        self.requests_flow.addWidget(self.requests_caption)

        self.buttons: dict[str, QPushButton] = {}
        actions, more = QHBoxLayout(), QHBoxLayout()
        for key in ACTIONS:
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, key=key: self.action_requested.emit(key))
            self.buttons[key] = button
            (more if key in SECOND_ROW else actions).addWidget(button)
        actions.addStretch(1)
        more.addStretch(1)
        self.notice = QLabel()  # what the last action did; the page shows its effect below
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {GOOD_COLOUR}; font-weight: bold;")
        self.notice.hide()

        self.summary: dict[DataCategory, QPushButton] = {}
        summary = QGridLayout()
        summary.setHorizontalSpacing(6)
        summary.setVerticalSpacing(4)
        for number, info in enumerate(CATEGORIES):
            chip = QPushButton()
            chip.setFlat(True)
            chip.setStyleSheet("QPushButton { text-align: left; padding: 2px 6px; }")
            chip.clicked.connect(
                lambda _checked=False, category=info.category: self.show_section(category)
            )
            self.summary[info.category] = chip
            summary.addWidget(chip, number // SUMMARY_COLUMNS, number % SUMMARY_COLUMNS)
        self.summary_frame = QFrame()
        self.summary_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary_frame.setLayout(summary)

        self.sections: dict[DataCategory, SectionBox] = {}
        container = QWidget()
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 4, 0)
        for info in CATEGORIES:
            box = SectionBox(info, jobs)
            self.sections[info.category] = box
            column.addWidget(box)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(container)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.banner)
        layout.addWidget(self.requests_row)
        layout.addLayout(actions)
        layout.addLayout(more)
        layout.addWidget(self.notice)
        layout.addWidget(self.summary_frame)
        layout.addWidget(self.scroll, 1)

        # Window-wide, but only while this view is shown: a hidden widget's shortcuts sleep.
        self.back_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.back_shortcut.activated.connect(self.back_requested)
        self.retranslate()

    def show_customer(self, page: CustomerPage, why: str) -> None:
        """A newly opened customer: sections fold by whether they hold anything."""
        first_time = self.page is None or self.page.customer_id != page.customer_id
        self.page, self.why = page, why
        for section in page.sections:
            self.sections[section.info.category].set_section(section, page.customer_id, first_time)
        if first_time:
            self.scroll.verticalScrollBar().setValue(0)
            self.show_notice("")
        self._show_header()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def set_busy(self, busy: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not busy)

    def show_section(self, category: DataCategory) -> None:
        box = self.sections[category]
        box.set_expanded(True)
        box.parentWidget().layout().activate()
        self.scroll.verticalScrollBar().setValue(box.y())

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back to search (Esc)"))
        texts = {
            "rectify": self.tr("Rectify…"),
            "restrict": self.tr("Restrict processing…"),
            "lift": self.tr("Lift restriction…"),
            "objection": self.tr("Marketing objection…"),
            "unsubscribe": self.tr("Unsubscribe…"),
            "withdrawal": self.tr("Consent withdrawal…"),
            "release_hold": self.tr("End legal hold…"),
            "partners": self.tr("Partner told (Art. 19)…"),
        }
        tips = {
            "rectify": self.tr("Correct a field of the profile or an address (Art. 16)"),
            "restrict": self.tr("Keep the data stored only, used for nothing else (Art. 18)"),
            "lift": self.tr("End the restriction; tell the customer first (Art. 18(3))"),
            "objection": self.tr(
                "Record an objection to direct marketing: absolute, no reason asked (Art. 21(3))"
            ),
            "unsubscribe": self.tr("End the newsletter subscription at once"),
            "withdrawal": self.tr("Record that the customer withdrew a consent (Art. 7(3))"),
            "release_hold": self.tr(
                "The dispute or chargeback is settled: what the hold kept follows its own rule"
            ),
            "partners": self.tr(
                "Record when and how a partner who got the data was told of a change (Art. 19)"
            ),
        }
        for key, button in self.buttons.items():
            button.setText(texts[key])
            button.setToolTip(tips[key])
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("A copy of the data for the customer (Art. 15, 20)"))
        self.erase_button.setText(self.tr("Erase…"))
        self.erase_button.setToolTip(self.tr("Erase what the law allows, after a plan (Art. 17)"))
        self.banner.setText(
            self.tr(
                "RESTRICTED: processing of this customer's data is restricted (Art. 18). "
                "Keep it stored; use it for nothing else and leave it out of marketing "
                "until the restriction is lifted."
            )
        )
        for box in self.sections.values():
            box.retranslate()
        self._show_header()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_header(self) -> None:
        page = self.page
        if page is None:
            return
        self.name.setText(page.name)
        self.details.setText(
            self.tr("Customer no. {id} · language: {language} · opened for: {why}").format(
                id=page.customer_id, language=value_label(page.language), why=self.why
            )
        )
        self.banner.setVisible(page.restricted)
        self._show_requests(page)
        self.buttons["restrict"].setVisible(not page.restricted)
        self.buttons["lift"].setVisible(page.restricted)
        self.buttons["release_hold"].setVisible(bool(active_holds(page)))
        self.buttons["partners"].setVisible(has_recipients(page))
        locale = ui_locale()
        counts = page.counts()
        for category, chip in self.summary.items():
            count = counts.get(category, 0)
            chip.setText(f"{category_title(category)}: {locale.toString(count)}")
            font = chip.font()
            font.setBold(count > 0)
            chip.setFont(font)

    def _show_requests(self, page: CustomerPage) -> None:
        for button in self.request_buttons:
            self.requests_flow.removeWidget(button)
            button.deleteLater()
        self.request_buttons = []
        self.requests_caption.setText(
            self.tr("Requests:") if page.requests else self.tr("No request is linked to them.")
        )
        for row in page.requests:
            button = QPushButton(
                f"{row.reference} · {type_label(row.type)} · {status_label(row.status)}"
            )
            button.setObjectName(f"request-{row.id}")
            button.setToolTip(self.tr("Show this request in the inbox"))
            button.clicked.connect(lambda _c=False, i=row.id: self.request_requested.emit(i))
            self.requests_flow.addWidget(button)
            self.request_buttons.append(button)

    @Slot()
    def focus_first_action(self) -> None:
        self.buttons["rectify"].setFocus()
