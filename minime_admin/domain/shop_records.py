"""A shop's data in the one normalised shape every importer produces (importers/), and the
store writes (store/import_repo.py): plain values, no I/O.

Ids are the shop's own (``external_id``); money is in euro cents; instants are UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class AddressRecord:
    kind: str  # billing | shipping
    street: str
    city: str
    postal_code: str
    country: str


@dataclass(frozen=True)
class PersonRecord:
    """A customer with an account (``external_id`` set) or a guest (matched by e-mail)."""

    external_id: str | None
    first_name: str
    last_name: str
    email: str
    phone: str | None
    created_at: datetime
    username: str | None = None
    addresses: tuple[AddressRecord, ...] = ()
    # What the source does not carry ("names", "phone", "created_at", "addresses"): a
    # customer already stored keeps those values (a CSV without phones erases no phone).
    kept: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ItemRecord:
    sku: str
    product_name: str
    quantity: int
    unit_price_cents: int


@dataclass(frozen=True)
class PaymentRecord:
    """Money that moved for an order: its payment (captured) or a refund (refunded).

    ``reference`` is unique per order (the provider's transaction id, else one made from the
    shop's own id), so a second import finds the same row."""

    provider: str
    reference: str
    amount_cents: int  # always positive; ``status`` says which way it went
    status: str  # captured | refunded
    at: datetime


@dataclass(frozen=True)
class VisitRecordIn:
    """What the shop saw of the buyer's browser when the order was placed."""

    ip_address: str
    browser: str
    browser_version: str
    operating_system: str


@dataclass(frozen=True)
class OrderRecord:
    external_id: str
    number: str
    customer_external_id: str | None  # None: a guest order, the buyer is ``guest``
    buyer: PersonRecord  # from the billing data; a guest's only profile
    placed_at: datetime
    status: str  # pending | completed | cancelled | failed | refunded
    completed_at: datetime | None
    total_cents: int
    currency: str
    shipping_address: str | None
    items: tuple[ItemRecord, ...] = ()
    visit: VisitRecordIn | None = None
    payments: tuple[PaymentRecord, ...] = ()
    kept: frozenset[str] = frozenset()  # "completed_at": an order already stored keeps it
