"""One request in full: who asked what, its deadline explained, its timeline, what comes next.

The pane only shows a RequestDetail and says what the user asked for (signals); the page
calls the services.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain import deadlines
from minime_admin.domain.calendar import LATVIA, HolidayCalendar
from minime_admin.domain.requests import (
    IDENTITY_RECORDED_CHANNELS,
    OPEN_STATUSES,
    HoldReason,
    RequestEventKind,
    RequestType,
    Status,
)
from minime_admin.gui.formats import table_date
from minime_admin.gui.inbox import deadline_text
from minime_admin.gui.inbox.labels import (
    action_label,
    channel_label,
    erasure_exception_label,
    handover_method_label,
    hold_reason_label,
    identity_text,
    reason_label,
    refusal_reason_label,
    status_label,
    timeline_kind_label,
    type_label,
)
from minime_admin.gui.inbox.model import COLOURS
from minime_admin.gui.style import title_font
from minime_admin.services import settings
from minime_admin.services.requests import RequestDetail, TimelineEntry

if TYPE_CHECKING:
    from minime_admin.gui.letter_dialog import LetterWindows

translate = QCoreApplication.translate
AMBER = COLOURS["soon"][0].name()
RED = COLOURS["overdue"][0].name()


def _selectable(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)  # requesters' words are never markup
    return label


class DetailPane(QWidget):
    transition_requested = Signal(str)  # the target status
    extend_requested = Signal()
    note_requested = Signal()
    save_attachment_requested = Signal(int, str)  # attachment id, file name
    export_requested = Signal()  # the export wizard, for an access or portability request
    erase_requested = Signal()  # the erasure wizard, for an erasure request
    assign_to_me_requested = Signal()
    assign_requested = Signal()  # the assign dialog
    link_requested = Signal()  # the customer search, to link or change the customer
    customer_requested = Signal()  # open the linked customer's page
    handover_requested = Signal()  # record that the export package reached the person

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: RequestDetail | None = None
        self.today = today
        self.calendar: HolidayCalendar = LATVIA
        self.target_days = settings.INTERNAL_TARGET_DAYS  # the page sets the stored one
        self.transition_buttons: dict[Status, QPushButton] = {}

        self.title = QLabel()
        self.title.setFont(title_font(1.2))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_line = _selectable(QLabel())
        # A returning person: the e-mail matches the salted hash kept of an erased one.
        self.erased_before = _selectable(QLabel())
        self.erased_before.setObjectName("erasedBefore")
        self.erased_before.setStyleSheet(f"color: {AMBER}; font-weight: bold;")
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        self.extend_button = QPushButton()
        self.extend_button.clicked.connect(self.extend_requested)
        self.note_button = QPushButton()
        self.note_button.clicked.connect(self.note_requested)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_requested)
        self.erase_button = QPushButton()
        self.erase_button.clicked.connect(self.erase_requested)
        self.handover_button = QPushButton()
        self.handover_button.setObjectName("handover")
        self.handover_button.clicked.connect(self.handover_requested)
        self.letter_button = QPushButton()
        self.letter_button.setObjectName("letter")
        self.letter_button.clicked.connect(self._letter_clicked)
        self._letters: LetterWindows | None = None  # made at the first letter (#19.5)
        # Beside the customer and the assignee: jump to the customer, (re)link, assign.
        self.customer_button = QPushButton()
        self.customer_button.clicked.connect(self.customer_requested)
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self.link_requested)
        self.assign_me_button = QPushButton()
        self.assign_me_button.clicked.connect(self.assign_to_me_requested)
        self.assign_button = QPushButton()
        self.assign_button.clicked.connect(self.assign_requested)
        self.me = ""  # the staff profile's name: "Assign to me" hides once it is theirs

        # Facts and the requester's own words.
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in (
            "channel", "received", "name", "email", "phone", "customer", "assignee", "identity",
        ):  # fmt: skip
            caption, value = QLabel(), _selectable(QLabel())
            # Short facts stay on one line: wrapped labels make a form's rows uneven.
            value.setWordWrap(key == "identity")
            self.fact_labels[key] = (caption, value)
            extras = {
                "customer": (self.customer_button, self.link_button),
                "assignee": (self.assign_me_button, self.assign_button),
            }.get(key)
            if extras is None:
                self.facts.addRow(caption, value)
                continue
            cell = QWidget()
            row = QHBoxLayout(cell)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            row.addWidget(value)
            for button in extras:
                row.addWidget(button)
            row.addStretch(1)
            self.facts.addRow(caption, cell)
        self.words_caption = QLabel()
        self.subject = _selectable(QLabel())
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)  # read-only but selectable and copyable
        self.text.setTabChangesFocus(True)
        self.words_caption.setBuddy(self.text)

        # The deadline, explained.
        self.due_caption = QLabel()
        self.due_caption.setFont(title_font(1.0))
        self.due_line = _selectable(QLabel())
        self.explanation = _selectable(QLabel())
        self.extension = _selectable(QLabel())
        self.target = _selectable(QLabel())
        self.paused = _selectable(QLabel())
        self.warning = _selectable(QLabel())
        self.warning.setStyleSheet(f"color: {AMBER}; font-weight: bold;")
        self.outcome = _selectable(QLabel())

        # The timeline and attachments.
        self.timeline_caption = QLabel()
        self.timeline_caption.setFont(title_font(1.0))
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        # A letter noted on the timeline opens again from here (double-click or button).
        self.reopen_button = QPushButton()
        self.reopen_button.clicked.connect(self._reopen_clicked)
        self.timeline.itemActivated.connect(lambda _item: self._reopen_clicked())
        self.timeline.currentRowChanged.connect(lambda _row: self._timeline_chosen())
        self.attachments_caption = QLabel()
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(80)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._save_clicked)
        self.attachments.currentRowChanged.connect(self._attachment_chosen)
        self.attachments.itemActivated.connect(lambda _item: self._save_clicked())

        self._lay_out()
        self.retranslate()
        self.show_detail(None)

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addLayout(self.facts)
        left.addWidget(self.words_caption)
        left.addWidget(self.subject)
        left.addWidget(self.text, 1)
        middle = QVBoxLayout()
        middle.addWidget(self.due_caption)
        for label in (
            self.due_line, self.explanation, self.extension, self.target, self.paused,
            self.warning, self.outcome,
        ):  # fmt: skip
            middle.addWidget(label)
        middle.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.timeline_caption)
        right.addWidget(self.timeline, 1)
        right.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.attachments_caption)
        right.addWidget(self.attachments)
        saving = QHBoxLayout()
        saving.addStretch(1)
        saving.addWidget(self.save_button)
        right.addLayout(saving)
        for column in (left, middle, right):
            column.setSpacing(6)  # nested layouts would inherit the 18 between columns
        self.facts.setVerticalSpacing(4)
        self.facts.setHorizontalSpacing(10)
        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addLayout(left, 5)
        columns.addLayout(middle, 4)
        columns.addLayout(right, 4)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.handover_button)
        self.buttons.addWidget(self.export_button)
        self.buttons.addWidget(self.erase_button)
        self.buttons.addWidget(self.extend_button)
        self.buttons.addWidget(self.note_button)
        self.buttons.addWidget(self.letter_button)
        self.body = QWidget()  # everything but the title, hidden when nothing is selected
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.status_line)
        body.addWidget(self.erased_before)
        body.addLayout(self.buttons)
        body.addLayout(columns, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)

    def retranslate(self) -> None:
        captions = {
            "channel": self.tr("Channel:"),
            "received": self.tr("Received:"),
            "name": self.tr("Requester:"),
            "email": self.tr("E-mail:"),
            "phone": self.tr("Phone:"),
            "customer": self.tr("Customer:"),
            "assignee": self.tr("Assignee:"),
            "identity": self.tr("Identity checked by:"),
        }
        for key, (caption, _value) in self.fact_labels.items():
            caption.setText(captions[key])
        self.words_caption.setText(self.tr("The requester's words (verbatim):"))
        self.due_caption.setText(self.tr("Deadline"))
        self.timeline_caption.setText(self.tr("Timeline"))
        self.attachments_caption.setText(self.tr("Attachments:"))
        self.save_button.setText(self.tr("Save attachment…"))
        self.extend_button.setText(self.tr("Extend…"))
        self.note_button.setText(self.tr("Add note…"))
        self.export_button.setText(self.tr("Export…"))
        self.handover_button.setText(self.tr("Handed over…"))
        self.handover_button.setToolTip(
            self.tr("Record how and when the person received the export package")
        )
        self.erase_button.setText(self.tr("Erase…"))
        self.letter_button.setText(self.tr("Letter…"))
        self.reopen_button.setText(self.tr("Reopen letter"))
        self.customer_button.setText(self.tr("Open customer"))
        self.customer_button.setToolTip(self.tr("The customer's page, opened for this request"))
        self.assign_me_button.setText(self.tr("Assign to me"))
        self.assign_button.setText(self.tr("Assign…"))
        self.show_detail(self.detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing a request -----------------------------------------------------------------

    def show_detail(self, detail: RequestDetail | None) -> None:
        self.detail = detail
        self.body.setVisible(detail is not None)
        if detail is None:
            self.title.setText(self.tr("Select a request to see it here."))
            self._set_buttons(())
            return
        is_open = detail.status in OPEN_STATUSES
        title = f"{detail.reference} · {type_label(detail.type)}"
        self.title.setText(title + (self.tr(" · TEST") if detail.is_test else ""))
        status = status_label(detail.status)
        if detail.hold_reason:
            status += f" — {hold_reason_label(detail.hold_reason)}"
        self.status_line.setText(self.tr("Status: {status}").format(status=status))
        self._show_erased_before(detail)
        self._show_facts(detail)
        self._show_deadline(detail, is_open)
        self._show_timeline(detail)
        self._set_buttons(detail.allowed)
        exporting = detail.type in (RequestType.ACCESS, RequestType.PORTABILITY)
        self.export_button.setVisible(is_open and exporting)
        self.handover_button.setVisible(awaiting_handover(detail))
        self.erase_button.setVisible(is_open and detail.type is RequestType.ERASURE)
        self.extend_button.setVisible(
            is_open
            and not detail.extended
            and deadlines.may_still_extend(detail.deadline.received, self.today, self.calendar)
        )

    def _show_erased_before(self, detail: RequestDetail) -> None:
        erased = detail.erased_before
        self.erased_before.setVisible(erased is not None)
        if erased is None:
            return
        day = table_date(erased.erased_on)  # numeric in Latvian: no grammatical case needed
        if erased.reference:
            text = self.tr("This person's data was erased on {date} under request {reference}.")
        else:
            text = self.tr("This person's data was erased on {date}, not under a request.")
        self.erased_before.setText(text.format(date=day, reference=erased.reference))

    def _show_facts(self, detail: RequestDetail) -> None:
        none = self.tr("—")
        values = {
            "channel": channel_label(detail.channel),
            "received": deadline_text.shop_time_text(detail.received_at),
            "name": detail.requester_name,
            "email": detail.requester_email or none,
            "phone": detail.requester_phone or none,
            "customer": self.tr("no. {id}").format(id=detail.customer_id)
            if detail.customer_id is not None
            else self.tr("not linked"),
            "assignee": detail.assignee or self.tr("nobody yet"),
            "identity": identity_text(
                detail.identity_check and detail.identity_check.value, detail.identity_method
            )
            or self.tr("not recorded"),
        }
        for key, (_caption, value) in self.fact_labels.items():
            value.setText(values[key])
        linked = detail.customer_id is not None
        self.customer_button.setVisible(linked)
        self.link_button.setText(self.tr("Change…") if linked else self.tr("Link customer…"))
        self.assign_me_button.setVisible(detail.assignee != self.me)
        # How identity was checked matters where the office saw or heard the person.
        self.facts.setRowVisible(
            self.fact_labels["identity"][1],
            detail.channel in IDENTITY_RECORDED_CHANNELS
            or bool(detail.identity_method or detail.identity_check),
        )
        self.subject.setText(detail.subject or "")
        self.subject.setVisible(bool(detail.subject))
        self.text.setPlainText(detail.text)

    def _show_deadline(self, detail: RequestDetail, is_open: bool) -> None:
        days_left = (detail.due_on - self.today).days
        due = deadline_text.long_date(detail.due_on)
        if is_open:
            due += " · " + deadline_text.days_left_text(days_left)
        self.due_line.setText(self.tr("Due: {date}").format(date=due))
        urgency = deadline_text.urgency(detail.status, days_left)
        colour = {"overdue": RED, "soon": AMBER}.get(urgency, "")
        self.due_line.setStyleSheet(f"font-weight: bold; color: {colour};" if colour else "")
        self.explanation.setText(deadline_text.explanation(detail.deadline))
        self.extension.setVisible(detail.extended)
        if detail.extended:
            self.extension.setText(
                self.tr("Extended by two further months to {date}. Reason: {reason}").format(
                    date=deadline_text.long_date(detail.due_on),
                    reason=detail.extension_reason or "",
                )
            )
        received = detail.deadline.received
        self.target.setText(
            self.tr("Office target ({days} days, not a legal date): {date}").format(
                days=self.target_days,
                date=deadline_text.long_date(deadlines.internal_target(received, self.target_days)),
            )
        )
        self.target.setVisible(is_open)
        awaiting = (
            detail.status is Status.ON_HOLD and detail.hold_reason == HoldReason.AWAITING_IDENTITY
        )
        self.paused.setVisible(awaiting)
        if awaiting:
            paused = detail.days_awaiting_identity(self.today)
            in_force = dataclasses.replace(detail.deadline, due=detail.due_on)
            self.paused.setText(
                self.tr(
                    "If the clock were paused while proof of identity is awaited ({days} days "
                    "so far): {date}. Shown for comparison only: the legal due date above "
                    "applies."
                ).format(
                    days=paused,
                    date=deadline_text.long_date(
                        deadlines.paused_due_date(in_force, paused, self.calendar)
                    ),
                )
            )
        closing = (
            is_open
            and not detail.extended
            and deadlines.extension_window_closing(received, self.today, self.calendar)
        )
        self.warning.setVisible(closing)
        if closing:
            self.warning.setText(
                self.tr(
                    "An extension must be decided and told to the person by {date}: decide "
                    "now whether more time is needed."
                ).format(date=deadline_text.long_date(detail.deadline.due))
            )
        self.outcome.setVisible(detail.outcome is not None)
        if detail.outcome is not None:
            reason = (
                refusal_reason_label(detail.outcome)
                if detail.status is Status.REFUSED
                else status_label(detail.status)
            )
            if detail.refusal_exception is not None:
                reason = f"{reason} {erasure_exception_label(detail.refusal_exception)}"
            text = f"{reason}: {detail.outcome_text}" if detail.outcome_text else reason
            self.outcome.setText(self.tr("Outcome: {outcome}").format(outcome=text))

    def _show_timeline(self, detail: RequestDetail) -> None:
        self.timeline.clear()
        for entry in detail.timeline:
            item = QListWidgetItem(self.timeline_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.letter.id if entry.letter else None)
            if entry.letter is not None:
                item.setToolTip(self.tr("Double-click to reopen this letter."))
            self.timeline.addItem(item)
        has_letters = any(entry.letter is not None for entry in detail.timeline)
        self.reopen_button.setVisible(has_letters)
        self._timeline_chosen()
        self.attachments.clear()
        for attachment_id, name, size in detail.attachments:
            item = QListWidgetItem(
                self.tr("{name} ({size} kB)").format(name=name, size=max(1, round(size / 1024)))
            )
            item.setData(Qt.ItemDataRole.UserRole, (attachment_id, name))
            self.attachments.addItem(item)
        has_attachments = bool(detail.attachments)
        self.attachments_caption.setVisible(has_attachments)
        self.attachments.setVisible(has_attachments)
        self.save_button.setVisible(has_attachments)
        if has_attachments:
            self.attachments.setCurrentRow(0)
        self.save_button.setEnabled(has_attachments)

    @staticmethod
    def timeline_text(entry: TimelineEntry) -> str:
        when = deadline_text.shop_time_text(entry.at)
        what = timeline_kind_label(entry.kind)
        if entry.kind is RequestEventKind.TRANSITION:
            what = f"{status_label(entry.from_status)} → {status_label(entry.to_status)}"
            if entry.reason_code:
                what += f" ({reason_label(entry.reason_code)})"
        if entry.letter is not None:  # its kind and number in words, not the English note
            from minime_admin.gui.letter_dialog import letter_note

            what = letter_note(entry.letter)
        # The service's note on "created" ("email; due …") repeats what the pane shows.
        elif entry.kind is RequestEventKind.IDENTITY:
            what += ": " + identity_text(entry.reason_code, entry.text)
        elif entry.kind is RequestEventKind.HANDED_OVER:
            method = handover_method_label(entry.reason_code or "")
            what += ": " + ": ".join(part for part in (method, entry.text) if part)
        elif entry.kind is RequestEventKind.ASSIGNED and not entry.text:
            what = translate("DetailPane", "Assigned to nobody")
        elif entry.text and entry.kind is not RequestEventKind.CREATED:
            what += f": {entry.text}"
        return f"{when} · {entry.actor}\n{what}"

    def _set_buttons(self, allowed: tuple[Status, ...]) -> None:
        for button in self.transition_buttons.values():
            self.buttons.removeWidget(button)
            button.deleteLater()
        self.transition_buttons = {}
        for number, target in enumerate(allowed):
            button = QPushButton(action_label(target))
            button.setObjectName(f"transition-{target.value}")
            button.clicked.connect(lambda _c=False, t=target: self.transition_requested.emit(t))
            self.buttons.insertWidget(number, button)
            button.show()  # at once, not at the next event loop pass: Enter may focus it
            self.transition_buttons[target] = button

    @property
    def letters(self) -> LetterWindows:
        """The letter dialog and the letters reopened; the letter code loads at first use."""
        if self._letters is None:
            from minime_admin.gui.letter_dialog import LetterWindows

            self._letters = LetterWindows(self)
        return self._letters

    def _letter_clicked(self) -> None:
        if self.detail is not None:
            self.letters.compose(self.detail)

    def _chosen_letter(self) -> int | None:
        item = self.timeline.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _timeline_chosen(self) -> None:
        self.reopen_button.setEnabled(self._chosen_letter() is not None)

    def _reopen_clicked(self) -> None:
        letter_id = self._chosen_letter()
        if letter_id is not None and self.detail is not None:
            self.letters.reopen(letter_id, self.detail.reference)

    def _attachment_chosen(self, row: int) -> None:
        self.save_button.setEnabled(row >= 0)

    def _save_clicked(self) -> None:
        item = self.attachments.currentItem()
        if item is not None:
            attachment_id, name = item.data(Qt.ItemDataRole.UserRole)
            self.save_attachment_requested.emit(attachment_id, name)

    def focus_chain(self) -> list[QWidget]:
        """The pane's keyboard stops in order: the next steps first, then the rest."""
        return [
            *self.transition_buttons.values(),
            self.customer_button,
            self.link_button,
            self.assign_me_button,
            self.assign_button,
            self.handover_button,
            self.export_button,
            self.erase_button,
            self.extend_button,
            self.note_button,
            self.letter_button,
            self.text,
            self.timeline,
            self.reopen_button,
            self.attachments,
            self.save_button,
        ]

    def focus_first(self) -> None:
        """Enter on the table lands here: on the first action, else on the text."""
        for button in self.transition_buttons.values():
            button.setFocus(Qt.FocusReason.TabFocusReason)
            return
        self.text.setFocus(Qt.FocusReason.TabFocusReason)


def awaiting_handover(detail: RequestDetail) -> bool:
    """A package was made for the request and not yet recorded as handed over."""
    made = [e.at for e in detail.timeline if e.kind is RequestEventKind.PACKAGE_MADE]
    given = [e.at for e in detail.timeline if e.kind is RequestEventKind.HANDED_OVER]
    latest = max(made).replace(second=0, microsecond=0) if made else None
    return latest is not None and not any(at >= latest for at in given)
