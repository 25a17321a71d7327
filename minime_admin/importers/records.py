"""The one shape every shop importer produces: plain, normalised records.

A source (WooCommerce today; CSV later) is turned into these, and only these reach the
store. Ids are the shop's own (``external_id``); money is in euro cents; instants are UTC.
A record that cannot be read becomes a ``Rejection`` with its position and a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from minime_admin.domain.shop_records import (
    AddressRecord,
    ItemRecord,
    OrderRecord,
    PaymentRecord,
    PersonRecord,
    VisitRecordIn,
)
from minime_admin.errors import QT_TRANSLATE_NOOP

__all__ = [
    "AddressRecord",
    "ItemRecord",
    "OrderRecord",
    "PaymentRecord",
    "PersonRecord",
    "Rejected",
    "Rejection",
    "VisitRecordIn",
]

# Why a record was not imported. Source texts in the "errors" context, like KnownError's, so
# that the command line and the GUI show them in the user's language; never personal data.
MISSING_FIELD = QT_TRANSLATE_NOOP("errors", "the field {field} is missing or not valid")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "the field {field} is longer than {limit} characters")
NO_EMAIL = QT_TRANSLATE_NOOP("errors", "no valid e-mail address")
ERASED_ON = QT_TRANSLATE_NOOP("errors", "erased on {day}")
IN_TRASH = QT_TRANSLATE_NOOP("errors", "the order is in the shop's trash")
UNKNOWN_CUSTOMER = QT_TRANSLATE_NOOP(
    "errors", "its customer account {ident} is not in the database"
)
NUMBER_TAKEN = QT_TRANSLATE_NOOP("errors", "the order number {number} belongs to another order")
# Warnings: the record was imported, but something in it needs a person's attention. A field
# corrected here (Art. 16) that the shop still has otherwise is kept as corrected here.
RECTIFIED_HERE = {
    "first_name": QT_TRANSLATE_NOOP(
        "errors", "the first name was corrected here; the shop still has another: correct it there"
    ),
    "last_name": QT_TRANSLATE_NOOP(
        "errors", "the last name was corrected here; the shop still has another: correct it there"
    ),
    "email": QT_TRANSLATE_NOOP(
        "errors",
        "the e-mail address was corrected here; the shop still has another: correct it there",
    ),
    "phone": QT_TRANSLATE_NOOP(
        "errors",
        "the phone number was corrected here; the shop still has another: correct it there",
    ),
    "addresses": QT_TRANSLATE_NOOP(
        "errors", "an address was corrected here; the shop still has another: correct it there"
    ),
}


@dataclass(frozen=True)
class Rejection:
    source: str  # customers | orders
    position: int  # 1-based, in the order the shop listed them
    external_id: str | None
    reason: str  # a source text above
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, translate: Any = None) -> str:
        text = translate("errors", self.reason) if translate else self.reason
        return str(text).format(**self.params)


class Rejected(Exception):
    """Raised by a mapping for a record it cannot use; becomes a Rejection."""

    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params
