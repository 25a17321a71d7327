"""The dialogs of the customer page's actions, and the Art. 19 list shown after a change.

Each dialog only gathers what its service needs (a field and value, a reason, how the
customer's word came, which consent, the request it answers); the page runs the service.
Like the view-reason dialog, OK emits ``submitted`` and the dialog closes only when the
change is stored, so a refused value (an invalid e-mail) can be corrected in place.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minime_admin.gui.customers.labels import (
    CHANNELS,
    CONSENT_PURPOSES,
    column_label,
    format_value,
    value_label,
)
from minime_admin.gui.customers.request_choice import ChosenRequest, RequestChoice, RequestOption
from minime_admin.gui.customers.view_reason_dialog import ok_cancel
from minime_admin.gui.style import error_label, fit_height
from minime_admin.services.customer_actions import ADDRESS_FIELDS, Recipient
from minime_admin.services.customer_page import CustomerPage

WIDTH = 540
# The order fields are offered in (the service's sets have none).
PROFILE_ORDER = ("first_name", "last_name", "email", "phone", "language")
ADDRESS_ORDER = ("street", "city", "postal_code", "country")
LANGUAGES = ("lv", "en")


@dataclass(frozen=True)
class FieldChoice:
    field: str
    address_id: int | None
    current: str


class ActionDialog(QDialog):
    """Intro text, the action's own rows, an optional reason, channel, purpose, request."""

    submitted = Signal()

    def __init__(
        self,
        title: str,
        intro: str,
        options: list[RequestOption],
        linked: ChosenRequest | None,
        *,
        reason: bool = False,
        channel: bool = False,
        purpose: bool = False,
        ok_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reason = QLineEdit() if reason else None
        self.channel = QComboBox() if channel else None
        self.purpose = QComboBox() if purpose else None
        self.request = RequestChoice()
        self.request.set_options(options, linked)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        self.buttons = ok_cancel(self, ok_text)
        layout.addWidget(self.buttons)
        if self.purpose is not None:
            for code in CONSENT_PURPOSES:
                self.purpose.addItem(value_label(code), code)
            self.form.addRow(self.tr("&Consent:"), self.purpose)
        if self.channel is not None:
            for code in CHANNELS:
                self.channel.addItem(value_label(code), code)
            self.form.addRow(self.tr("Received &by:"), self.channel)
        if self.reason is not None:
            self.reason.setMaxLength(500)
            self.form.addRow(self.tr("&Reason:"), self.reason)
        self.form.addRow(self.tr("For re&quest:"), self.request)
        fit_height(self, WIDTH)

    def reason_text(self) -> str:
        return self.reason.text().strip() if self.reason is not None else ""

    def channel_code(self) -> str:
        return self.channel.currentData() if self.channel is not None else ""

    def purpose_code(self) -> str:
        return self.purpose.currentData() if self.purpose is not None else ""

    def chosen_request(self) -> ChosenRequest:
        return self.request.chosen()

    def accept(self) -> None:
        if self.reason is not None and not self.reason_text():
            self.show_error(self.tr("Write the reason: it goes on the record."))
            self.reason.setFocus()
            return
        self.error.hide()
        self.submitted.emit()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        fit_height(self, WIDTH)

    def done_ok(self) -> None:
        super().accept()


class RectifyDialog(ActionDialog):
    """Which field, its new value, why (Art. 16)."""

    def __init__(
        self,
        page: CustomerPage,
        options: list[RequestOption],
        linked: ChosenRequest | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", "", options, linked, reason=True, parent=parent)
        self.page = page
        self.setWindowTitle(self.tr("Rectify: {name}").format(name=page.name))
        self.intro.setText(
            self.tr(
                "Correct one item of the customer's data (Art. 16). The change is recorded; "
                "afterwards you see which partners received this data and must be told "
                "(Art. 19)."
            )
        )
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Rectify"))
        self.field = QComboBox()
        self.current = QLabel()
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.current.setWordWrap(True)
        self.value = QLineEdit()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(value_label(code), code)
        for choice in self.choices():
            self.field.addItem(self._field_label(choice), choice)
        # Before the reason and the request rows the base class added.
        self.form.insertRow(0, self.tr("&Field:"), self.field)
        self.form.insertRow(1, self.tr("Now:"), self.current)
        self.form.insertRow(2, self.tr("&New value:"), self.value)
        self.form.insertRow(3, self.tr("New &language:"), self.language)
        self.field.currentIndexChanged.connect(self._field_changed)
        self._field_changed()

    def choices(self) -> list[FieldChoice]:
        profile, addresses = self.page.sections[0], self.page.sections[1]
        found = []
        if profile.rows:
            values = profile.rows[0].values
            found += [FieldChoice(f, None, str(values.get(f) or "")) for f in PROFILE_ORDER]
        for row in addresses.rows:
            found += [
                FieldChoice(f, int(row.values["id"]), str(row.values.get(f) or ""))
                for f in ADDRESS_ORDER
                if f in ADDRESS_FIELDS
            ]
        return found

    def _field_label(self, choice: FieldChoice) -> str:
        if choice.address_id is None:
            return column_label(choice.field)
        kind = next(
            (
                format_value("kind", r.values.get("kind"))
                for r in self.page.sections[1].rows
                if r.values["id"] == choice.address_id
            ),
            "",
        )
        return self.tr("Address no. {id} ({kind}): {field}").format(
            id=choice.address_id, kind=kind, field=column_label(choice.field)
        )

    @Slot()
    def _field_changed(self) -> None:
        choice = self.choice()
        if choice is None:
            return
        self.current.setText(
            format_value(choice.field, choice.current) if choice.current else self.tr("(empty)")
        )
        is_language = choice.field == "language" and choice.address_id is None
        self.value.setText(choice.current)
        self.form.setRowVisible(self.value, not is_language)
        self.form.setRowVisible(self.language, is_language)
        if is_language:
            self.language.setCurrentIndex(max(0, self.language.findData(choice.current)))
        fit_height(self, WIDTH)

    def choice(self) -> FieldChoice | None:
        data = self.field.currentData()
        return data if isinstance(data, FieldChoice) else None

    def new_value(self) -> str:
        choice = self.choice()
        if choice is not None and choice.field == "language" and choice.address_id is None:
            return str(self.language.currentData())
        return self.value.text().strip()


class RecipientsDialog(QDialog):
    """After a rectification: the partners who received that data and must be told."""

    def __init__(
        self, field: str, recipients: list[Recipient], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Partners to inform (Art. 19)"))
        self.recipients = recipients
        if recipients:
            text = self.tr(
                "The correction of “{field}” is stored. These partners received this data: "
                "tell each of them of the correction (Art. 19), and tell the customer who "
                "they are if they ask."
            ).format(field=column_label(field))
        else:
            text = self.tr(
                "The correction of “{field}” is stored. No partner received this data, so "
                "nobody else needs to be told."
            ).format(field=column_label(field))
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.table = QTableWidget(len(recipients), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Partner"), self.tr("Contact e-mail"), self.tr("Country")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, recipient in enumerate(recipients):
            for column, value in enumerate(
                (recipient.name, recipient.contact_email or "", recipient.country)
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setVisible(bool(recipients))
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        rows = min(len(recipients), 6)
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        buttons = ok_cancel(self)
        buttons.button(buttons.StandardButton.Cancel).hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_height(self, 560)
