"""SQL for shop imports, reading: a batch's stored rows at once, as plain values.

A batch (services/shop_batch.py) first reads everything its records could match in a few
queries (``prefetch``: customers by the shop's id and by e-mail with their addresses,
orders with their items, payments and checkout visits), compares in Python, and collects its
writes in store/import_writes.py, which sends them as one executemany per table and kind of
statement. Only a difference is written, so a second identical import changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from minime_admin.domain.shop_records import (
    AddressRecord,
    ItemRecord,
    OrderRecord,
    PersonRecord,
)
from minime_admin.store import bulk
from minime_admin.store.models import (
    VISITOR_ID_INDEXED,
    Address,
    Customer,
    Order,
    OrderItem,
    PaymentTransaction,
    VisitRecord,
)
from minime_admin.store.system_models import AuditEntry

CHECKOUT_PAGE = "/checkout/"
ADDRESSES = "addresses"  # in ``keep``: the stored addresses stay as they are
PROFILE = ("external_id", "first_name", "last_name", "email", "phone", "created_at")
ORDER_FIELDS = (
    "customer_id",
    "number",
    "placed_at",
    "status",
    "completed_at",
    "total_cents",
    "currency",
    "shipping_address",
)
PAYMENT_FIELDS = ("provider", "amount_cents", "status", "created_at")
VISIT_FIELDS = (
    "customer_id",
    "ip_address",
    "browser",
    "browser_version",
    "operating_system",
    "visited_at",
)
ACCOUNT_FIELDS = ("external_id", "username", "created_at")

AddressKey = tuple[str, str, str, str, str]  # kind, street, city, postal code, country
ItemKey = tuple[str, str, int, int]  # sku, product name, quantity, unit price


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(eq=False)
class StoredCustomer:
    """A customer as stored (or as this batch is about to store it)."""

    id: int
    external_id: str | None
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    created_at: datetime
    erased_at: datetime | None = None
    addresses: list[AddressKey] = field(default_factory=list)
    address_ids: list[int] = field(default_factory=list)


@dataclass(eq=False)
class StoredOrder:
    id: int
    external_id: str | None
    customer_id: int | None
    number: str
    placed_at: datetime
    status: str
    completed_at: datetime | None
    total_cents: int
    currency: str
    shipping_address: str | None
    items: list[ItemKey] = field(default_factory=list)
    item_ids: list[int] = field(default_factory=list)


@dataclass(eq=False)
class StoredRow:
    """A payment, checkout visit or account: its id and the compared fields."""

    id: int
    values: dict[str, Any]


@dataclass
class Known:
    """What one batch needs from the database, read in a few queries at its start.

    A batch writes only at its end, so looking each record up on its own saw no more than
    this does, at one query per record (a 100,000-row file made 300,000 queries)."""

    by_external_id: dict[str, StoredCustomer] = field(default_factory=dict)
    by_email: dict[str, StoredCustomer] = field(default_factory=dict)  # lower-case → oldest
    orders: dict[str, StoredOrder] = field(default_factory=dict)
    number_owners: dict[str, str | None] = field(default_factory=dict)  # number → external id
    payments: dict[int, dict[str, StoredRow]] = field(default_factory=dict)
    visits: dict[str, StoredRow] = field(default_factory=dict)

    def customer_by_email(self, email: str) -> StoredCustomer | None:
        return self.by_email.get(email.lower())

    def number_taken(self, number: str, external_id: str) -> bool:
        """Is ``number`` already another order's (one not imported under this id)?"""
        return number in self.number_owners and self.number_owners[number] != external_id


_CUSTOMER_COLUMNS = (
    Customer.id,
    Customer.external_id,
    Customer.first_name,
    Customer.last_name,
    Customer.email,
    Customer.phone,
    Customer.created_at,
    Customer.erased_at,
)


def prefetch(
    session: Session,
    customer_ids: Iterable[str] = (),
    emails: Iterable[str] = (),
    order_ids: Iterable[str] = (),
    numbers: Iterable[str] = (),
    addresses: bool = True,
) -> Known:
    """``addresses``: False where no customer's addresses are compared (a batch of orders)."""
    known = Known()
    customers: dict[int, StoredCustomer] = {}
    # Core, not the ORM session: plain columns, no objects, a fraction of the overhead.
    connection = session.connection()

    def stored(row: Any) -> StoredCustomer:
        return customers.setdefault(row[0], StoredCustomer(*row))

    for chunk in chunks(set(customer_ids)):
        for row in connection.execute(
            select(*_CUSTOMER_COLUMNS).where(bulk.one_of(session, Customer.external_id, chunk))
        ):
            known.by_external_id[str(row.external_id)] = stored(row)
    # SQLite: NOCASE folds ASCII letters as lower() does, and has an index (0020); on
    # PostgreSQL that index is on lower(email).
    folded = (
        Customer.email.collate("NOCASE")
        if session.get_bind().dialect.name == "sqlite"
        else func.lower(Customer.email)
    )
    for chunk in chunks({e.lower() for e in emails if e}):
        # Ids and addresses first: most are the customers just read by their shop id (a
        # second run of the same file), whose whole rows need not be read and converted
        # again (their instants cost more than the look-up).
        matches = connection.execute(
            select(Customer.id, Customer.email)
            .where(bulk.one_of(session, folded, chunk), Customer.erased_at.is_(None))
            .order_by(Customer.id)
        ).all()
        missing = {cid for cid, _ in matches if cid not in customers}
        for part in chunks(missing):
            for row in connection.execute(
                select(*_CUSTOMER_COLUMNS).where(bulk.one_of(session, Customer.id, part))
            ):
                stored(row)
        for cid, email in matches:
            known.by_email.setdefault(str(email).lower(), customers[cid])
    for chunk in chunks(set(customers) if addresses else set()):
        for cid, aid, *key in connection.execute(
            select(
                Address.customer_id,
                Address.id,
                Address.kind,
                Address.street,
                Address.city,
                Address.postal_code,
                Address.country,
            )
            .where(bulk.one_of(session, Address.customer_id, chunk))
            .order_by(Address.id)
        ):
            customers[cid].addresses.append(tuple(key))  # type: ignore[arg-type]
            customers[cid].address_ids.append(aid)
    _prefetch_orders(session, known, order_ids, numbers)
    return known


def _prefetch_orders(
    session: Session, known: Known, order_ids: Iterable[str], numbers: Iterable[str]
) -> None:
    connection = session.connection()
    by_id: dict[int, StoredOrder] = {}
    for chunk in chunks(set(order_ids)):
        for row in connection.execute(
            select(
                Order.id,
                Order.external_id,
                *(getattr(Order, name) for name in ORDER_FIELDS),
            ).where(bulk.one_of(session, Order.external_id, chunk))
        ):
            order = StoredOrder(*row)
            by_id[order.id] = known.orders[str(order.external_id)] = order
    for chunk in chunks(set(by_id)):
        for oid, iid, *key in connection.execute(
            select(
                OrderItem.order_id,
                OrderItem.id,
                OrderItem.sku,
                OrderItem.product_name,
                OrderItem.quantity,
                OrderItem.unit_price_cents,
            )
            .where(bulk.one_of(session, OrderItem.order_id, chunk))
            .order_by(OrderItem.id)
        ):
            by_id[oid].items.append(tuple(key))  # type: ignore[arg-type]
            by_id[oid].item_ids.append(iid)
        for row in connection.execute(
            select(
                PaymentTransaction.id,
                PaymentTransaction.order_id,
                PaymentTransaction.provider_reference,
                *(getattr(PaymentTransaction, name) for name in PAYMENT_FIELDS),
            )
            .where(bulk.one_of(session, PaymentTransaction.order_id, chunk))
            .order_by(PaymentTransaction.id)
        ):
            payment = StoredRow(row[0], dict(zip(PAYMENT_FIELDS, row[3:], strict=True)))
            known.payments.setdefault(row[1], {})[row[2]] = payment
    for chunk in chunks(set(numbers)):
        for number, owner in connection.execute(
            select(Order.number, Order.external_id).where(bulk.one_of(session, Order.number, chunk))
        ):
            known.number_owners[number] = owner
    visitor_ids = [_visitor_id_of(external) for external in known.orders]
    for chunk in chunks(set(visitor_ids)):
        for row in connection.execute(
            select(
                VisitRecord.id,
                VisitRecord.visitor_id,
                *(getattr(VisitRecord, name) for name in VISIT_FIELDS),
            )
            .where(bulk.one_of(session, VisitRecord.visitor_id, chunk))
            .where(text(VISITOR_ID_INDEXED))  # what lets both databases use the partial index
            .order_by(VisitRecord.id)
        ):
            known.visits[row[1]] = StoredRow(row[0], dict(zip(VISIT_FIELDS, row[2:], strict=True)))


def chunks(values: set[Any], size: int = 5000) -> Iterator[list[Any]]:
    """SQLite allows a limited number of parameters per statement (32,766; PostgreSQL
    65,535): a batch's keys in one or a few queries."""
    ordered = sorted(values, key=str)
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def erased_on(session: Session, hashes: Sequence[str]) -> dict[str, datetime]:
    """Identity hash → when that person was erased, for the hashes of erased stubs."""
    rows = session.execute(
        select(Customer.identity_hash, func.min(Customer.erased_at))
        .where(Customer.identity_hash.in_(list(hashes)), Customer.erased_at.is_not(None))
        .group_by(Customer.identity_hash)
    )
    return {identity: at for identity, at in rows if identity is not None and at is not None}


def newest_orders_at(session: Session, customer_ids: Iterable[int]) -> dict[int, datetime]:
    """Customer id → when their newest order was placed (customers with orders only)."""
    found: dict[int, datetime] = {}
    for chunk in chunks(set(customer_ids)):
        for cid, newest in session.execute(
            select(Order.customer_id, func.max(Order.placed_at))
            .where(bulk.one_of(session, Order.customer_id, chunk))
            .group_by(Order.customer_id)
        ):
            if cid is not None and newest is not None:
                found[cid] = newest
    return found


def owners_erased_at(session: Session, customer_ids: Iterable[int]) -> dict[int, datetime | None]:
    """Customer id → when they were erased (None: not erased)."""
    found: dict[int, datetime | None] = {}
    for chunk in chunks(set(customer_ids)):
        for cid, erased in session.execute(
            select(Customer.id, Customer.erased_at).where(bulk.one_of(session, Customer.id, chunk))
        ):
            found[cid] = erased
    return found


def details_by_subject(
    session: Session, action: str, subject_type: str, subject_ids: Iterable[str]
) -> dict[str, list[dict[str, object]]]:
    """Subject id → the details of every entry of ``action`` about it, oldest first."""
    found: dict[str, list[dict[str, object]]] = defaultdict(list)
    for chunk in chunks(set(subject_ids)):
        for subject, details in session.execute(
            select(AuditEntry.subject_id, AuditEntry.details)
            .where(
                AuditEntry.action == action,
                AuditEntry.subject_type == subject_type,
                bulk.one_of(session, AuditEntry.subject_id, chunk),
            )
            .order_by(AuditEntry.seq)
        ):
            found[subject].append(dict(details))
    return found


def differing_fields(existing: StoredCustomer, record: PersonRecord) -> set[str]:
    """The profile fields (and ``addresses``) where the shop's record differs from ours;
    fields the source does not carry (``record.kept``) never differ."""
    absent = set(record.kept) | ({"first_name", "last_name"} if "names" in record.kept else set())
    fields = {
        name
        for name in ("first_name", "last_name", "email", "phone")
        if name not in absent and getattr(existing, name) != getattr(record, name)
    }
    if ADDRESSES not in absent and sorted(existing.addresses) != address_keys(record.addresses):
        fields.add(ADDRESSES)
    return fields


def address_key(a: AddressRecord) -> AddressKey:
    return (a.kind, a.street, a.city, a.postal_code, a.country)


def address_keys(addresses: Sequence[AddressRecord]) -> list[AddressKey]:
    return sorted(address_key(a) for a in addresses)


def item_key(i: ItemRecord) -> ItemKey:
    return (i.sku, i.product_name, i.quantity, i.unit_price_cents)


def visitor_id(record: OrderRecord) -> str:
    return _visitor_id_of(record.external_id)


def _visitor_id_of(order_external_id: str) -> str:
    return f"woocommerce-order-{order_external_id}"
