"""SQL for shop imports: read a batch's stored rows at once, then write what changed at once.

A batch (services/shop_import.py) first reads everything its records could match in a few
queries (``prefetch``: customers by the shop's id and by e-mail with their addresses,
orders with their items, payments and checkout visits) into plain values, compares in
Python, and collects its writes in a ``Writes``, which ``flush`` sends as one executemany
per table and kind of statement. Only a difference is written, so a second identical import
changes nothing. Flushes, never commits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minime_admin.domain.shop_records import (
    AddressRecord,
    ItemRecord,
    OrderRecord,
    PaymentRecord,
    PersonRecord,
)
from minime_admin.store import bulk
from minime_admin.store.models import (
    Account,
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
) -> Known:
    known = Known()
    customers: dict[int, StoredCustomer] = {}

    def stored(row: Any) -> StoredCustomer:
        return customers.setdefault(row[0], StoredCustomer(*row))

    for chunk in _chunks(set(customer_ids)):
        for row in session.execute(
            select(*_CUSTOMER_COLUMNS).where(Customer.external_id.in_(chunk))
        ):
            known.by_external_id[str(row.external_id)] = stored(row)
    for chunk in _chunks({e.lower() for e in emails if e}):
        for row in session.execute(
            select(*_CUSTOMER_COLUMNS)
            # NOCASE folds ASCII letters as lower() does, and has an index (0019).
            .where(Customer.email.collate("NOCASE").in_(chunk), Customer.erased_at.is_(None))
            .order_by(Customer.id)
        ):
            known.by_email.setdefault(str(row.email).lower(), stored(row))
    for chunk in _chunks(set(customers)):
        for cid, aid, *key in session.execute(
            select(
                Address.customer_id,
                Address.id,
                Address.kind,
                Address.street,
                Address.city,
                Address.postal_code,
                Address.country,
            )
            .where(Address.customer_id.in_(chunk))
            .order_by(Address.id)
        ):
            customers[cid].addresses.append(tuple(key))  # type: ignore[arg-type]
            customers[cid].address_ids.append(aid)
    _prefetch_orders(session, known, order_ids, numbers)
    return known


def _prefetch_orders(
    session: Session, known: Known, order_ids: Iterable[str], numbers: Iterable[str]
) -> None:
    by_id: dict[int, StoredOrder] = {}
    for chunk in _chunks(set(order_ids)):
        for row in session.execute(
            select(
                Order.id,
                Order.external_id,
                *(getattr(Order, name) for name in ORDER_FIELDS),
            ).where(Order.external_id.in_(chunk))
        ):
            order = StoredOrder(*row)
            by_id[order.id] = known.orders[str(order.external_id)] = order
    for chunk in _chunks(set(by_id)):
        for oid, iid, *key in session.execute(
            select(
                OrderItem.order_id,
                OrderItem.id,
                OrderItem.sku,
                OrderItem.product_name,
                OrderItem.quantity,
                OrderItem.unit_price_cents,
            )
            .where(OrderItem.order_id.in_(chunk))
            .order_by(OrderItem.id)
        ):
            by_id[oid].items.append(tuple(key))  # type: ignore[arg-type]
            by_id[oid].item_ids.append(iid)
        for row in session.execute(
            select(
                PaymentTransaction.id,
                PaymentTransaction.order_id,
                PaymentTransaction.provider_reference,
                *(getattr(PaymentTransaction, name) for name in PAYMENT_FIELDS),
            )
            .where(PaymentTransaction.order_id.in_(chunk))
            .order_by(PaymentTransaction.id)
        ):
            payment = StoredRow(row[0], dict(zip(PAYMENT_FIELDS, row[3:], strict=True)))
            known.payments.setdefault(row[1], {})[row[2]] = payment
    for chunk in _chunks(set(numbers)):
        for number, owner in session.execute(
            select(Order.number, Order.external_id).where(Order.number.in_(chunk))
        ):
            known.number_owners[number] = owner
    visitor_ids = [_visitor_id_of(external) for external in known.orders]
    for chunk in _chunks(set(visitor_ids)):
        for row in session.execute(
            select(
                VisitRecord.id,
                VisitRecord.visitor_id,
                *(getattr(VisitRecord, name) for name in VISIT_FIELDS),
            )
            .where(VisitRecord.visitor_id.in_(chunk))
            .order_by(VisitRecord.id)
        ):
            known.visits[row[1]] = StoredRow(row[0], dict(zip(VISIT_FIELDS, row[2:], strict=True)))


def _chunks(values: set[Any], size: int = 500) -> Iterator[list[Any]]:
    """SQLite allows a limited number of parameters per statement."""
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
    for chunk in _chunks(set(customer_ids)):
        for cid, newest in session.execute(
            select(Order.customer_id, func.max(Order.placed_at))
            .where(Order.customer_id.in_(chunk))
            .group_by(Order.customer_id)
        ):
            if cid is not None and newest is not None:
                found[cid] = newest
    return found


def owners_erased_at(session: Session, customer_ids: Iterable[int]) -> dict[int, datetime | None]:
    """Customer id → when they were erased (None: not erased)."""
    found: dict[int, datetime | None] = {}
    for chunk in _chunks(set(customer_ids)):
        for cid, erased in session.execute(
            select(Customer.id, Customer.erased_at).where(Customer.id.in_(chunk))
        ):
            found[cid] = erased
    return found


def details_by_subject(
    session: Session, action: str, subject_type: str, subject_ids: Iterable[str]
) -> dict[str, list[dict[str, object]]]:
    """Subject id → the details of every entry of ``action`` about it, oldest first."""
    found: dict[str, list[dict[str, object]]] = defaultdict(list)
    for chunk in _chunks(set(subject_ids)):
        for subject, details in session.execute(
            select(AuditEntry.subject_id, AuditEntry.details)
            .where(
                AuditEntry.action == action,
                AuditEntry.subject_type == subject_type,
                AuditEntry.subject_id.in_(chunk),
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
    if ADDRESSES not in absent and sorted(existing.addresses) != _address_keys(record.addresses):
        fields.add(ADDRESSES)
    return fields


@dataclass
class Writes:
    """A batch's writes, collected as it compares and sent at its end by ``flush``.

    New customers and orders get their ids here (``bulk.next_id``) so that their addresses,
    items, payments and visits go in beside them. Replaced addresses and items are deleted
    after their successors are inserted, as the ORM's unit of work did, so that a new row
    never takes an id an audit entry still names."""

    next_customer: int
    next_order: int
    new_customers: list[tuple[Any, ...]] = field(default_factory=list)
    customer_updates: dict[int, StoredCustomer] = field(default_factory=dict)
    new_addresses: list[tuple[Any, ...]] = field(default_factory=list)
    old_addresses: list[int] = field(default_factory=list)
    new_accounts: list[tuple[Any, ...]] = field(default_factory=list)
    account_updates: list[tuple[Any, ...]] = field(default_factory=list)
    new_orders: list[tuple[Any, ...]] = field(default_factory=list)
    order_updates: dict[int, StoredOrder] = field(default_factory=dict)
    new_items: list[tuple[Any, ...]] = field(default_factory=list)
    old_items: list[int] = field(default_factory=list)
    new_payments: list[tuple[Any, ...]] = field(default_factory=list)
    payment_updates: dict[int, StoredRow] = field(default_factory=dict)
    new_visits: list[tuple[Any, ...]] = field(default_factory=list)
    visit_updates: dict[int, StoredRow] = field(default_factory=dict)

    @staticmethod
    def start(session: Session) -> Writes:
        return Writes(bulk.next_id(session, Customer), bulk.next_id(session, Order))

    def flush(self, session: Session) -> None:
        rows = bulk.Rows
        profile = (*PROFILE[1:], "external_id")
        rows(session, Customer, ("id", *profile, "language")).insert(self.new_customers)
        rows(session, Customer, profile).update(
            [(*(getattr(c, n) for n in profile), c.id) for c in self.customer_updates.values()]
        )
        address_columns = ("customer_id", "kind", "street", "city", "postal_code", "country")
        rows(session, Address, address_columns).insert(self.new_addresses)
        bulk.delete_ids(session, Address, self.old_addresses)
        rows(session, Account, ("customer_id", *ACCOUNT_FIELDS)).update(
            self.account_updates, key="customer_id"
        )
        rows(session, Account, ("customer_id", *ACCOUNT_FIELDS)).insert(self.new_accounts)
        rows(session, Order, ORDER_FIELDS).update(
            [(*(getattr(o, n) for n in ORDER_FIELDS), o.id) for o in self.order_updates.values()]
        )
        rows(session, Order, ("id", "external_id", *ORDER_FIELDS)).insert(self.new_orders)
        item_columns = ("order_id", "sku", "product_name", "quantity", "unit_price_cents")
        rows(session, OrderItem, item_columns).insert(self.new_items)
        bulk.delete_ids(session, OrderItem, self.old_items)
        rows(session, PaymentTransaction, PAYMENT_FIELDS).update(
            [(*p.values.values(), p.id) for p in self.payment_updates.values()]
        )
        payment_columns = ("order_id", "provider_reference", *PAYMENT_FIELDS)
        rows(session, PaymentTransaction, payment_columns).insert(self.new_payments)
        rows(session, VisitRecord, VISIT_FIELDS).update(
            [(*v.values.values(), v.id) for v in self.visit_updates.values()]
        )
        visit_columns = ("visitor_id", "language", "page", "time_on_page_s", *VISIT_FIELDS)
        rows(session, VisitRecord, visit_columns).insert(self.new_visits)


def upsert_customer(
    writes: Writes,
    existing: StoredCustomer | None,
    record: PersonRecord,
    language: str,
    keep: frozenset[str] = frozenset(),
) -> tuple[StoredCustomer, Outcome]:
    """Compare and collect; accounts follow in ``sync_accounts``.

    Fields named in ``keep`` (corrected here, Art. 16) are not overwritten by the shop's."""
    if existing is None:
        customer = StoredCustomer(
            writes.next_customer,
            record.external_id,
            record.first_name,
            record.last_name,
            record.email,
            record.phone,
            record.created_at,
        )
        writes.next_customer += 1
        writes.new_customers.append(
            (
                customer.id,
                record.first_name,
                record.last_name,
                record.email,
                record.phone,
                record.created_at,
                record.external_id,
                language,
            )
        )
        _add_addresses(writes, customer, record.addresses)
        return customer, Outcome.NEW
    # Not overwritten: what the source does not carry (``record.kept``; "names" stands for
    # both) and what was corrected here (``keep``).
    skipped = set(keep) | set(record.kept)
    if "names" in record.kept:
        skipped |= {"first_name", "last_name"}
    changed = False
    for name in PROFILE:
        value = getattr(record, name)
        if name not in skipped and getattr(existing, name) != value:
            setattr(existing, name, value)
            changed = True
    if changed:
        writes.customer_updates[existing.id] = existing
    wanted = _address_keys(record.addresses)
    if ADDRESSES not in skipped and sorted(existing.addresses) != wanted:
        writes.old_addresses.extend(existing.address_ids)
        existing.addresses, existing.address_ids = [], []
        _add_addresses(writes, existing, record.addresses)
        changed = True
    return existing, Outcome.UPDATED if changed else Outcome.UNCHANGED


def _add_addresses(
    writes: Writes, customer: StoredCustomer, addresses: Sequence[AddressRecord]
) -> None:
    for a in addresses:
        key = _address_key(a)
        customer.addresses.append(key)
        writes.new_addresses.append((customer.id, *key))


def sync_accounts(
    session: Session, writes: Writes, people: Sequence[tuple[StoredCustomer, PersonRecord]]
) -> set[int]:
    """The shop logins of the batch's customers; returns the ids of customers whose changed."""
    wanted = [(c, r) for c, r in people if r.external_id is not None and r.username is not None]
    if not wanted:
        return set()
    stored: dict[int, StoredRow] = {}
    for chunk in _chunks({c.id for c, _ in wanted}):
        for row in session.execute(
            select(
                Account.id, Account.customer_id, *(getattr(Account, n) for n in ACCOUNT_FIELDS)
            ).where(Account.customer_id.in_(chunk))
        ):
            stored[row[1]] = StoredRow(row[0], dict(zip(ACCOUNT_FIELDS, row[2:], strict=True)))
    changed: set[int] = set()
    updated: dict[int, StoredRow] = {}
    for customer, record in wanted:
        values = {
            "external_id": record.external_id,
            "username": record.username,
            "created_at": record.created_at,
        }
        account = stored.get(customer.id)
        if account is None:
            writes.new_accounts.append((customer.id, *values.values()))
            changed.add(customer.id)
        elif account.values != values:
            account.values = values
            updated[customer.id] = account
            changed.add(customer.id)
    writes.account_updates.extend(
        (cid, *account.values.values(), cid) for cid, account in updated.items()
    )
    return changed


def upsert_order(
    writes: Writes,
    existing: StoredOrder | None,
    record: OrderRecord,
    customer_id: int,
    keep_visit: bool,
    known: Known,
) -> Outcome:
    """The order, its items, payments and (when ``keep_visit``) the visit at checkout.

    Payments are matched by reference; one the shop no longer lists stays (a payment that
    happened is not undone by the shop forgetting it)."""
    values = {
        "customer_id": customer_id,
        "number": record.number,
        "placed_at": record.placed_at,
        "status": record.status,
        "completed_at": record.completed_at,
        "total_cents": record.total_cents,
        "currency": record.currency,
        "shipping_address": record.shipping_address,
    }
    if existing is None:
        order_id = writes.next_order
        writes.next_order += 1
        writes.new_orders.append((order_id, record.external_id, *values.values()))
        _add_items(writes, order_id, record.items)
        for payment in record.payments:
            _add_payment(writes, order_id, payment)
        if keep_visit and record.visit is not None:
            _visit(writes, record, customer_id, known)
        return Outcome.NEW
    if "completed_at" in record.kept:
        del values["completed_at"]  # a source without it keeps what another one gave
    changed = False
    for name, value in values.items():
        if getattr(existing, name) != value:
            setattr(existing, name, value)
            changed = True
    if changed:
        writes.order_updates[existing.id] = existing
    if sorted(existing.items) != sorted(_item_key(i) for i in record.items):
        writes.old_items.extend(existing.item_ids)
        existing.items, existing.item_ids = [], []
        _add_items(writes, existing.id, record.items)
        existing.items = [_item_key(i) for i in record.items]
        changed = True
    changed = _sync_payments(writes, existing.id, record.payments, known) or changed
    if keep_visit and record.visit is not None:
        changed = _visit(writes, record, customer_id, known) or changed
    return Outcome.UPDATED if changed else Outcome.UNCHANGED


def _add_items(writes: Writes, order_id: int, items: Sequence[ItemRecord]) -> None:
    writes.new_items.extend((order_id, *_item_key(i)) for i in items)


def _add_payment(writes: Writes, order_id: int, p: PaymentRecord) -> None:
    writes.new_payments.append((order_id, p.reference, p.provider, p.amount_cents, p.status, p.at))


def _sync_payments(
    writes: Writes, order_id: int, payments: Sequence[PaymentRecord], known: Known
) -> bool:
    stored = known.payments.get(order_id, {})
    changed = False
    for payment in payments:
        existing = stored.get(payment.reference)
        if existing is None:
            _add_payment(writes, order_id, payment)
            changed = True
            continue
        values = {
            "provider": payment.provider,
            "amount_cents": payment.amount_cents,
            "status": payment.status,
            "created_at": payment.at,
        }
        if existing.values != values:
            existing.values = values
            writes.payment_updates[existing.id] = existing
            changed = True
    return changed


def _address_key(a: AddressRecord) -> AddressKey:
    return (a.kind, a.street, a.city, a.postal_code, a.country)


def _address_keys(addresses: Sequence[AddressRecord]) -> list[AddressKey]:
    return sorted(_address_key(a) for a in addresses)


def _item_key(i: ItemRecord) -> ItemKey:
    return (i.sku, i.product_name, i.quantity, i.unit_price_cents)


def visitor_id(record: OrderRecord) -> str:
    return _visitor_id_of(record.external_id)


def _visitor_id_of(order_external_id: str) -> str:
    return f"woocommerce-order-{order_external_id}"


def _visit(writes: Writes, record: OrderRecord, customer_id: int, known: Known) -> bool:
    seen = record.visit
    assert seen is not None
    values = {
        "customer_id": customer_id,
        "ip_address": seen.ip_address,
        "browser": seen.browser,
        "browser_version": seen.browser_version,
        "operating_system": seen.operating_system,
        "visited_at": record.placed_at,
    }
    existing = known.visits.get(visitor_id(record))
    if existing is None:
        writes.new_visits.append((visitor_id(record), "", CHECKOUT_PAGE, 0, *values.values()))
        return True
    if existing.values == values:
        return False
    existing.values = values
    writes.visit_updates[existing.id] = existing
    return True
