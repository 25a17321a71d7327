"""Dialogs that put on record what happened outside the app: a legal hold ended (the dispute
or chargeback settled), a partner told of a change (Art. 19). Each says only what the worker
states; nothing here sends anything."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QListWidget, QWidget

from minime_admin.domain.categories import DataCategory
from minime_admin.domain.partner_notices import Change, Method
from minime_admin.errors import QT_TRANSLATE_NOOP
from minime_admin.gui.customers.actions import WIDTH, ActionDialog
from minime_admin.gui.customers.labels import value_label
from minime_admin.gui.customers.request_choice import ChosenRequest, RequestOption
from minime_admin.gui.formats import table_date
from minime_admin.gui.style import fit_height
from minime_admin.services.customer_page import CustomerPage
from minime_admin.services.partner_notices import Partner, Told

CONTEXT = "RecordDialogs"
CHANGES = {
    Change.RECTIFICATION: QT_TRANSLATE_NOOP("RecordDialogs", "rectification (Art. 16)"),
    Change.ERASURE: QT_TRANSLATE_NOOP("RecordDialogs", "erasure (Art. 17)"),
    Change.RESTRICTION: QT_TRANSLATE_NOOP("RecordDialogs", "restriction (Art. 18)"),
}
METHODS = {
    Method.EMAIL: QT_TRANSLATE_NOOP("RecordDialogs", "by e-mail"),
    Method.LETTER: QT_TRANSLATE_NOOP("RecordDialogs", "by letter"),
    Method.PORTAL: QT_TRANSLATE_NOOP("RecordDialogs", "through the partner's portal"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _day_edit(today: date) -> QDateEdit:
    edit = QDateEdit(QDate(today.year, today.month, today.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate(today.year, today.month, today.day))  # never a day to come
    return edit


def _day_of(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def active_holds(page: CustomerPage) -> list[tuple[int, str]]:
    """(hold id, what it is) for every hold in force on the page."""
    section = next(s for s in page.sections if s.info.category is DataCategory.LEGAL_HOLD)
    return [
        (int(row.values["id"]), f"{value_label(row.values['kind'])} · {row.values['started_on']}")
        for row in section.rows
        if row.values["released_on"] is None
    ]


def has_recipients(page: CustomerPage) -> bool:
    """Whether the page shows data went to any partner."""
    section = next(s for s in page.sections if s.info.category is DataCategory.DISCLOSURE)
    return section.total > 0


class ReleaseHoldDialog(ActionDialog):
    def __init__(
        self,
        page: CustomerPage,
        options: list[RequestOption],
        linked: ChosenRequest | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", "", options, linked, parent=parent)
        self.setWindowTitle(self.tr("End a legal hold: {name}").format(name=page.name))
        self.intro.setText(
            self.tr(
                "Record that the dispute or chargeback is settled. From that day the records "
                "the hold kept follow their own retention rule, and the hold's own record is "
                "kept for its period after the release."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("End the hold"))
        self.hold = QComboBox()
        for hold_id, text in active_holds(page):
            self.hold.addItem(text, hold_id)
        self.day = _day_edit(today)
        self.form.insertRow(0, self.tr("&Hold:"), self.hold)
        self.form.insertRow(1, self.tr("&Ended on:"), self.day)
        fit_height(self, WIDTH)

    def hold_id(self) -> int:
        return int(self.hold.currentData())

    def released_on(self) -> date:
        return _day_of(self.day)


class PartnerToldDialog(ActionDialog):
    def __init__(
        self,
        page: CustomerPage,
        options: list[RequestOption],
        linked: ChosenRequest | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", "", options, linked, parent=parent)
        self.setWindowTitle(self.tr("Partner told (Art. 19): {name}").format(name=page.name))
        self.intro.setText(
            self.tr(
                "Record that you told a partner who received this customer's data of a "
                "change. The app only prepares notices: record a partner only once you have "
                "told it. The customer's letter then names it as told on that day."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self.partner = QComboBox()  # filled by set_record, read in the background
        self.change = QComboBox()
        for change, text in CHANGES.items():
            self.change.addItem(tr(text), change.value)
        self.method = QComboBox()
        for method, text in METHODS.items():
            self.method.addItem(tr(text), method.value)
        self.day = _day_edit(today)
        self.on_record = QListWidget()
        self.on_record.setMaximumHeight(90)
        self.form.insertRow(0, self.tr("&Partner:"), self.partner)
        self.form.insertRow(1, self.tr("Told of the &change:"), self.change)
        self.form.insertRow(2, self.tr("Told &on:"), self.day)
        self.form.insertRow(3, self.tr("&How:"), self.method)
        self.form.insertRow(4, self.tr("On record:"), self.on_record)
        self.set_record([], [])

    def set_record(self, partners: list[Partner], told: list[Told]) -> None:
        """The partners who got the data, and what the record already shows (newest first)."""
        chosen = self.partner.currentData()
        self.partner.clear()
        for partner in partners:
            self.partner.addItem(f"{partner.name} ({partner.country})", partner.id)
        if chosen is not None and self.partner.findData(chosen) >= 0:
            self.partner.setCurrentIndex(self.partner.findData(chosen))
        self.on_record.clear()
        for entry in told:
            self.on_record.addItem(
                self.tr("{partner}: {change}, told on {day} {how}; recorded by {who}").format(
                    partner=entry.partner.name,
                    change=tr(CHANGES[entry.change]),
                    day=table_date(entry.told_on),
                    how=tr(METHODS[entry.method]),
                    who=entry.recorded_by,
                )
            )
        if not told:
            self.on_record.addItem(self.tr("Nobody yet."))
        fit_height(self, WIDTH)

    def partner_id(self) -> int | None:
        data = self.partner.currentData()
        return int(data) if data is not None else None

    def accept(self) -> None:
        if self.partner_id() is None:  # the partners are still being read
            return
        super().accept()

    def change_code(self) -> Change:
        return Change(self.change.currentData())

    def method_code(self) -> Method:
        return Method(self.method.currentData())

    def told_on(self) -> date:
        return _day_of(self.day)
