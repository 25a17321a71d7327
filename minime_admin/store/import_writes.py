"""SQL for shop imports, writing: a batch's changes collected as it compares, sent at its end.

``upsert_*`` compare a record with the stored values read by ``import_repo.prefetch`` and
collect only a difference in ``Writes``; ``Writes.flush`` sends each table's inserts,
updates and deletes as one executemany. Flushes, never commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from minime_admin.domain.shop_records import (
    AddressRecord,
    ItemRecord,
    OrderRecord,
    PaymentRecord,
    PersonRecord,
)
from minime_admin.store import bulk
from minime_admin.store.import_repo import (
    ACCOUNT_FIELDS,
    ADDRESSES,
    CHECKOUT_PAGE,
    ORDER_FIELDS,
    PAYMENT_FIELDS,
    PROFILE,
    VISIT_FIELDS,
    Known,
    Outcome,
    StoredCustomer,
    StoredOrder,
    StoredRow,
    address_key,
    address_keys,
    chunks,
    item_key,
    visitor_id,
)
from minime_admin.store.models import (
    Account,
    Address,
    Customer,
    Order,
    OrderItem,
    PaymentTransaction,
    VisitRecord,
)


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
    wanted = address_keys(record.addresses)
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
        key = address_key(a)
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
    for chunk in chunks({c.id for c, _ in wanted}):
        for row in session.execute(
            select(
                Account.id, Account.customer_id, *(getattr(Account, n) for n in ACCOUNT_FIELDS)
            ).where(bulk.one_of(session, Account.customer_id, chunk))
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
    if sorted(existing.items) != sorted(item_key(i) for i in record.items):
        writes.old_items.extend(existing.item_ids)
        existing.items, existing.item_ids = [], []
        _add_items(writes, existing.id, record.items)
        existing.items = [item_key(i) for i in record.items]
        changed = True
    changed = _sync_payments(writes, existing.id, record.payments, known) or changed
    if keep_visit and record.visit is not None:
        changed = _visit(writes, record, customer_id, known) or changed
    return Outcome.UPDATED if changed else Outcome.UNCHANGED


def _add_items(writes: Writes, order_id: int, items: Sequence[ItemRecord]) -> None:
    writes.new_items.extend((order_id, *item_key(i)) for i in items)


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
