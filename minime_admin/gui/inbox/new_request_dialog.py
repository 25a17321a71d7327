"""File › New request: a request taken by phone, letter, in person, or typed from a web form.

The type may be suggested from the requester's words; the customer is looked up while the
worker types (by e-mail, phone or an order number in the text) so that an unsure match is
chosen before the request is stored.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minime_admin.domain.request_wording import suggest_types
from minime_admin.domain.requests import IDENTITY_RECORDED_CHANNELS, Channel, RequestType
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.errors import KnownError
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox.customer_choice import CustomerChoice
from minime_admin.gui.inbox.identity_fields import IdentityFields
from minime_admin.gui.inbox.labels import channel_label, type_label
from minime_admin.gui.inbox.transition_dialog import ok_cancel
from minime_admin.gui.jobs import Jobs
from minime_admin.gui.messages import show_error
from minime_admin.gui.style import fit_height
from minime_admin.services import requests
from minime_admin.services.customer_match import Match, match_customer

LOOKUP_PAUSE_MS = 400


class NewRequestDialog(QDialog):
    opened = Signal(object)  # services.requests.Opened

    def __init__(
        self,
        context: AppContext,
        jobs: Jobs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.jobs = context, jobs
        self.suggested: RequestType | None = None
        self._lookup_number = 0

        self.type = QComboBox()
        for request_type in RequestType:
            self.type.addItem(type_label(request_type), request_type.value)
        self.suggestion = QLabel()
        self.use_suggestion = QPushButton()
        self.use_suggestion.clicked.connect(self.accept_suggestion)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.channel.setCurrentIndex(self.channel.findData(Channel.PHONE.value))
        self.received = QDateTimeEdit()
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        now = context.clock.now().astimezone(SHOP_ZONE).replace(second=0, microsecond=0)
        self.received.setDateTime(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.name, self.email, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.assignee = QLineEdit()
        self.identity = IdentityFields()
        self.identity_caption = QLabel()
        self.is_test = QCheckBox()
        self.customer = CustomerChoice()

        suggestion_row = QHBoxLayout()
        suggestion_row.setContentsMargins(0, 0, 0, 0)
        suggestion_row.addWidget(self.suggestion, 1)
        suggestion_row.addWidget(self.use_suggestion)
        self.form = QFormLayout()
        self.captions: dict[str, QLabel] = {}
        for key, field in (
            ("text", self.text),
            ("type", self.type),
            ("suggestion", suggestion_row),
            ("channel", self.channel),
            ("received", self.received),
            ("name", self.name),
            ("email", self.email),
            ("phone", self.phone),
            ("customer", self.customer),
            ("assignee", self.assignee),
        ):
            caption = QLabel()
            self.captions[key] = caption
            self.form.addRow(caption, field)
            if isinstance(field, QWidget):
                caption.setBuddy(field)
        self.form.addRow(self.identity_caption, self.identity)
        self.identity_caption.setBuddy(self.identity.method)
        self.form.addRow("", self.is_test)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(ok_cancel(self))

        self._lookup = QTimer(self)
        self._lookup.setSingleShot(True)
        self._lookup.setInterval(LOOKUP_PAUSE_MS)
        self._lookup.timeout.connect(self.look_up_customer)
        for line in (self.email, self.phone):
            line.textChanged.connect(self._lookup.start)
        self.text.textChanged.connect(self._text_changed)
        self.type.currentIndexChanged.connect(self._show_suggestion)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.retranslate()
        self._channel_changed()
        self._show_suggestion()
        fit_height(self, 620)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New request"))
        self.intro.setText(
            self.tr(
                "A request taken by phone, by letter, in person or from the web form. The "
                "legal due date is counted from the day of receipt (Riga time)."
            )
        )
        captions = {
            "text": self.tr("The requester's &words:"),
            "type": self.tr("&Type:"),
            "suggestion": "",
            "channel": self.tr("&Channel:"),
            "received": self.tr("&Received (Riga time):"),
            "name": self.tr("&Name:"),
            "email": self.tr("&E-mail:"),
            "phone": self.tr("&Phone:"),
            "customer": self.tr("Customer:"),
            "assignee": self.tr("&Assignee:"),
        }
        for key, caption in self.captions.items():
            caption.setText(captions[key])
        self.identity_caption.setText(self.tr("&Identity checked by:"))
        self.identity.method.setToolTip(self.tr("Needed before work starts."))
        self.assignee.setPlaceholderText(self.tr("nobody yet"))
        self.text.setPlaceholderText(self.tr("What the person asked for, in their own words"))
        self.is_test.setText(self.tr("Test request (left out of every count and report)"))
        self.use_suggestion.setText(self.tr("&Use it"))
        self._show_suggestion()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- suggestions -----------------------------------------------------------------------

    @Slot()
    def _text_changed(self) -> None:
        found = suggest_types(self.text.toPlainText())
        self.suggested = found[0] if found and found[0] is not RequestType.OTHER else None
        self._show_suggestion()
        self._lookup.start()  # an order number in the text can name the customer

    @Slot()
    def _show_suggestion(self) -> None:
        visible = self.suggested is not None and self.chosen_type() is not self.suggested
        self.suggestion.setVisible(visible)
        self.use_suggestion.setVisible(visible)
        if visible:
            self.suggestion.setText(
                self.tr("Suggested from the words: {type}").format(type=type_label(self.suggested))
            )

    @Slot()
    def accept_suggestion(self) -> None:
        if self.suggested is not None:
            self.type.setCurrentIndex(self.type.findData(self.suggested.value))

    @Slot()
    def _channel_changed(self) -> None:
        needed = self.chosen_channel() in IDENTITY_RECORDED_CHANNELS
        self.identity_caption.setVisible(needed)
        self.identity.setVisible(needed)

    def chosen_type(self) -> RequestType:
        return RequestType(self.type.currentData())

    def chosen_channel(self) -> Channel:
        return Channel(self.channel.currentData())

    # -- the customer ----------------------------------------------------------------------

    @Slot()
    def look_up_customer(self) -> None:
        email = self.email.text().strip() or None
        phone = self.phone.text().strip() or None
        text = self.text.toPlainText()
        self._lookup_number += 1
        number = self._lookup_number
        self.customer.set_match(None, searching=True)

        def found(match: Match) -> None:
            if number == self._lookup_number:  # an older lookup answering late is ignored
                self.customer.set_match(match)

        self.jobs.run(lambda session: match_customer(session, email, phone, text), found)

    # -- storing ---------------------------------------------------------------------------

    def new_request(self) -> requests.NewRequest:
        stamp = self.received.dateTime()
        day, clock = stamp.date(), stamp.time()
        received = datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=SHOP_ZONE
        ).astimezone(UTC)
        by_office = self.chosen_channel() in IDENTITY_RECORDED_CHANNELS
        return requests.NewRequest(
            type=self.chosen_type(),
            channel=self.chosen_channel(),
            received_at=received,
            requester_name=self.name.text().strip(),
            requester_email=self.email.text().strip() or None,
            requester_phone=self.phone.text().strip() or None,
            text=self.text.toPlainText(),
            customer_id=self.customer.chosen_id(),
            assignee=self.assignee.text().strip() or None,
            identity_method=self.identity.note_text() if by_office else None,
            identity_check=self.identity.check() if by_office else None,
            is_test=self.is_test.isChecked(),
        )

    def accept(self) -> None:
        """Store the request in the background; close only once it is stored."""
        problem = self.identity.problem()  # optional here, but a note needs its method
        if self.chosen_channel() in IDENTITY_RECORDED_CHANNELS and problem is not None:
            show_error(self, problem)
            return
        new, actor = self.new_request(), self.context.actor
        self.setEnabled(False)

        def stored(opened: requests.Opened) -> None:
            self.setEnabled(True)
            super(NewRequestDialog, self).accept()
            self.opened.emit(opened)

        def refused(error: KnownError) -> None:
            self.setEnabled(True)
            show_error(self, error)

        self.jobs.run(lambda session: requests.open_request(session, actor, new), stored, refused)
