"""Linking a look or an action to the inbox request it answers.

The open requests are listed with the customer's own (linked to them) first, then those from
someone of the customer's name (a request not linked yet), then the rest; a reference can
also be typed. A typed reference is looked up when the work runs, in the
background, and an unknown one is refused with a clear message.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QWidget
from sqlalchemy.orm import Session

from minime_admin.domain.inbox_row import RequestRow
from minime_admin.domain.requests import CLOSED_STATUSES, Status
from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError
from minime_admin.gui.customers.labels import request_type_label
from minime_admin.services import requests
from minime_admin.store import session as store_session

LISTED = 300  # open requests offered in the list; any other is typed by its reference
OPEN_STATUSES = tuple(status.value for status in Status if status not in CLOSED_STATUSES)


class UnknownRequest(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "There is no request with the reference {reference}; nothing was done."
    )


@dataclass(frozen=True)
class RequestOption:
    id: int
    reference: str
    type: str
    requester: str
    same_name: bool  # linked to the customer, or the requester has the customer's name
    own: bool = False  # linked to the customer


@dataclass(frozen=True)
class ChosenRequest:
    """What the user picked: a listed request, a typed reference, or nothing."""

    id: int | None = None
    reference: str | None = None

    def __bool__(self) -> bool:
        return self.reference is not None


def open_requests(
    session: Session, customer_name: str, customer_id: int | None = None
) -> list[RequestOption]:
    """Runs in the background: the open requests, the customer's own and namesakes' first."""
    today = store_session.today(session)

    def listed(text: str = "", customer: int | None = None) -> list[RequestRow]:
        query = requests.inbox_query(
            today, statuses=OPEN_STATUSES, text=text, customer_id=customer, show_unverified=True
        )
        return requests.list_requests(session, query, 0, LISTED)

    own = listed(customer=customer_id) if customer_id is not None else []
    mine = {row.id for row in own}
    namesakes = [
        row
        for row in (listed(customer_name) if customer_name.strip() else [])
        if row.id not in mine
    ]
    first = mine | {row.id for row in namesakes}
    others = [row for row in listed() if row.id not in first]
    return [
        RequestOption(
            row.id, row.reference, row.type.value, row.requester, row.id in first, row.id in mine
        )
        for row in (*own, *namesakes, *others)
    ]


def resolve(session: Session, chosen: ChosenRequest) -> int | None:
    """The request's id (a typed reference looked up); raises UnknownRequest."""
    if chosen.id is not None or chosen.reference is None:
        return chosen.id
    found = requests.find_by_reference(session, chosen.reference)
    if found is None:
        raise UnknownRequest(reference=chosen.reference)
    return found


class RequestChoice(QComboBox):
    """An editable list of open requests; the first entry is "no request"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(34)
        self.options: list[RequestOption] = []
        self.lineEdit().setPlaceholderText(self.tr("No request, or type a reference"))
        self.set_loading()

    def set_loading(self) -> None:
        self.clear()
        self.addItem(self.tr("Loading the open requests…"), None)
        self.setEnabled(False)

    def set_options(self, options: list[RequestOption], chosen: ChosenRequest | None) -> None:
        self.options = options
        self.clear()
        self.addItem("", None)  # no request: the line shows the placeholder
        for option in options:
            if not option.same_name and self.count() > 1 and self._previous_same_name():
                self.insertSeparator(self.count())
            self.addItem(self.describe(option), option.id)
        self.setEnabled(True)
        self.choose(chosen)

    def _previous_same_name(self) -> bool:
        last = self.itemData(self.count() - 1)
        return any(o.id == last and o.same_name for o in self.options)

    def describe(self, option: RequestOption) -> str:
        text = f"{option.reference} · {request_type_label(option.type)} · {option.requester}"
        return text + self.tr(" · this customer's") if option.own else text

    def choose(self, chosen: ChosenRequest | None) -> None:
        if chosen and chosen.id is not None and (index := self.findData(chosen.id)) >= 0:
            self.setCurrentIndex(index)
        elif chosen:
            self.setEditText(chosen.reference or "")
        else:
            self.setCurrentIndex(0)

    def chosen(self) -> ChosenRequest:
        text = self.currentText().strip()
        if not text:
            return ChosenRequest()
        index = self.currentIndex()
        if index > 0 and self.itemText(index) == self.currentText():
            option = next(o for o in self.options if o.id == self.itemData(index))
            return ChosenRequest(option.id, option.reference)
        matching = self.findText(text)
        if matching > 0:
            option = next(o for o in self.options if o.id == self.itemData(matching))
            return ChosenRequest(option.id, option.reference)
        # Typed: the reference is the first word ("DSR-2026-0007 · ..." pasted works too).
        return ChosenRequest(None, text.split()[0].upper())
