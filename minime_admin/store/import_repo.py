"""SQL for shop imports: find by the shop's id, insert or update in place, say what changed.

Each ``upsert_*`` compares the normalised record with what is stored and writes only a
difference, so a second identical import changes nothing. Flushes, never commits.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from minime_admin.domain.shop_records import (
    AddressRecord,
    ItemRecord,
    OrderRecord,
    PaymentRecord,
    PersonRecord,
    VisitRecordIn,
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

CHECKOUT_PAGE = "/checkout/"


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass
class Known:
    """What one batch needs from the database, read in a few queries at its start.

    A batch is flushed only at its end, so looking each record up on its own saw no more than
    this does, at one query per record (a 100,000-row file made 300,000 queries)."""

    by_external_id: dict[str, Customer] = field(default_factory=dict)
    by_email: dict[str, Customer] = field(default_factory=dict)  # lower-case e-mail → oldest
    orders: dict[str, Order] = field(default_factory=dict)
    number_owners: dict[str, str | None] = field(default_factory=dict)  # number → external id
    payments: dict[int, dict[str, PaymentTransaction]] = field(default_factory=dict)
    visits: dict[str, VisitRecord] = field(default_factory=dict)

    def customer_by_email(self, email: str) -> Customer | None:
        return self.by_email.get(email.lower())

    def number_taken(self, number: str, external_id: str) -> bool:
        """Is ``number`` already another order's (one not imported under this id)?"""
        return number in self.number_owners and self.number_owners[number] != external_id


def prefetch(
    session: Session,
    customer_ids: Iterable[str] = (),
    emails: Iterable[str] = (),
    order_ids: Iterable[str] = (),
    numbers: Iterable[str] = (),
) -> Known:
    known = Known()
    with_addresses = selectinload(Customer.addresses)
    for chunk in _chunks(set(customer_ids)):
        for customer in session.execute(
            select(Customer).where(Customer.external_id.in_(chunk)).options(with_addresses)
        ).scalars():
            known.by_external_id[str(customer.external_id)] = customer
    for chunk in _chunks({e.lower() for e in emails if e}):
        for customer in session.execute(
            select(Customer)
            .where(func.lower(Customer.email).in_(chunk), Customer.erased_at.is_(None))
            .order_by(Customer.id)
            .options(with_addresses)
        ).scalars():
            known.by_email.setdefault(str(customer.email).lower(), customer)
    for chunk in _chunks(set(order_ids)):
        for order in session.execute(
            select(Order).where(Order.external_id.in_(chunk)).options(selectinload(Order.items))
        ).scalars():
            known.orders[str(order.external_id)] = order
    for chunk in _chunks(set(numbers)):
        for number, owner in session.execute(
            select(Order.number, Order.external_id).where(Order.number.in_(chunk))
        ):
            known.number_owners[number] = owner
    ids = [o.id for o in known.orders.values()]
    for chunk in _chunks(set(ids)):
        for payment in session.execute(
            select(PaymentTransaction).where(PaymentTransaction.order_id.in_(chunk))
        ).scalars():
            known.payments.setdefault(payment.order_id, {})[payment.provider_reference] = payment
    visitor_ids = [_visitor_id_of(external) for external in known.orders]
    for chunk in _chunks(set(visitor_ids)):
        for visit in session.execute(
            select(VisitRecord).where(VisitRecord.visitor_id.in_(chunk))
        ).scalars():
            known.visits[visit.visitor_id] = visit
    return known


def _chunks(values: set[Any], size: int = 500) -> Iterator[list[Any]]:
    """SQLite allows a limited number of parameters per statement."""
    ordered = sorted(values, key=str)
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def customer_by_external_id(session: Session, external_id: str) -> Customer | None:
    return session.execute(
        select(Customer).where(Customer.external_id == external_id)
    ).scalar_one_or_none()


def customer_by_email(session: Session, email: str) -> Customer | None:
    """The oldest live customer with this e-mail (case-insensitive), an account or a guest."""
    return (
        session.execute(
            select(Customer)
            .where(func.lower(Customer.email) == email.lower(), Customer.erased_at.is_(None))
            .order_by(Customer.id)
            .limit(1)
        )
        .scalars()
        .first()
    )


def erased_on(session: Session, hashes: Sequence[str]) -> dict[str, datetime]:
    """Identity hash → when that person was erased, for the hashes of erased stubs."""
    rows = session.execute(
        select(Customer.identity_hash, func.min(Customer.erased_at))
        .where(Customer.identity_hash.in_(list(hashes)), Customer.erased_at.is_not(None))
        .group_by(Customer.identity_hash)
    )
    return {identity: at for identity, at in rows if identity is not None and at is not None}


def order_by_external_id(session: Session, external_id: str) -> Order | None:
    return session.execute(
        select(Order).where(Order.external_id == external_id)
    ).scalar_one_or_none()


def newest_order_at(session: Session, customer_id: int) -> datetime | None:
    return session.execute(
        select(func.max(Order.placed_at)).where(Order.customer_id == customer_id)
    ).scalar_one_or_none()


def order_number_taken(session: Session, number: str, external_id: str) -> bool:
    """Is ``number`` already another order's (one not imported under this id)?"""
    owner = session.execute(select(Order.external_id).where(Order.number == number)).first()
    return owner is not None and owner[0] != external_id


ADDRESSES = "addresses"  # in ``keep``: the stored addresses stay as they are


def differing_fields(existing: Customer, record: PersonRecord) -> set[str]:
    """The profile fields (and ``addresses``) where the shop's record differs from ours;
    fields the source does not carry (``record.kept``) never differ."""
    absent = set(record.kept) | ({"first_name", "last_name"} if "names" in record.kept else set())
    fields = {
        name
        for name in ("first_name", "last_name", "email", "phone")
        if name not in absent and getattr(existing, name) != getattr(record, name)
    }
    stored = sorted(_address_key(a) for a in existing.addresses)
    if ADDRESSES not in absent and stored != sorted(_address_key(a) for a in record.addresses):
        fields.add(ADDRESSES)
    return fields


def upsert_customer(
    session: Session,
    existing: Customer | None,
    record: PersonRecord,
    language: str,
    keep: frozenset[str] = frozenset(),
) -> tuple[Customer, Outcome]:
    """Without flushing, so a batch is written at once; accounts follow in ``sync_accounts``.

    Fields named in ``keep`` (corrected here, Art. 16) are not overwritten by the shop's."""
    if existing is None:
        customer = Customer(
            external_id=record.external_id,
            first_name=record.first_name,
            last_name=record.last_name,
            email=record.email,
            phone=record.phone,
            language=language,
            created_at=record.created_at,
            addresses=[_address(a) for a in record.addresses],
        )
        session.add(customer)
        return customer, Outcome.NEW
    # Not overwritten: what the source does not carry (``record.kept``; "names" stands for
    # both) and what was corrected here (``keep``).
    skipped = set(keep) | set(record.kept)
    if "names" in record.kept:
        skipped |= {"first_name", "last_name"}
    values = {
        "external_id": record.external_id,
        "first_name": record.first_name,
        "last_name": record.last_name,
        "email": record.email,
        "phone": record.phone,
        "created_at": record.created_at,
    }
    changed = _assign(existing, **{k: v for k, v in values.items() if k not in skipped})
    stored = sorted(_address_key(a) for a in existing.addresses)
    if ADDRESSES not in skipped and stored != sorted(_address_key(a) for a in record.addresses):
        for old in list(existing.addresses):
            session.delete(old)
        existing.addresses = [_address(a) for a in record.addresses]
        changed = True
    return existing, Outcome.UPDATED if changed else Outcome.UNCHANGED


def sync_accounts(session: Session, people: Sequence[tuple[Customer, PersonRecord]]) -> set[int]:
    """The shop logins of flushed customers; returns the ids of customers whose changed."""
    wanted = [(c, r) for c, r in people if r.external_id is not None and r.username is not None]
    if not wanted:
        return set()
    stored = {
        a.customer_id: a
        for a in session.execute(
            select(Account).where(Account.customer_id.in_([c.id for c, _ in wanted]))
        ).scalars()
    }
    changed = set()
    for customer, record in wanted:
        values = {
            "external_id": record.external_id,
            "username": record.username,
            "created_at": record.created_at,
        }
        account = stored.get(customer.id)
        if account is None:
            session.add(Account(customer_id=customer.id, **values))
            changed.add(customer.id)
        elif _assign(account, **values):
            changed.add(customer.id)
    return changed


def upsert_order(
    session: Session,
    existing: Order | None,
    record: OrderRecord,
    customer_id: int,
    keep_visit: bool,
    known: Known | None = None,
) -> Outcome:
    """The order, its items, payments and (when ``keep_visit``) the visit at checkout.

    No flush. Payments are matched by reference; one the shop no longer lists stays (a
    payment that happened is not undone by the shop forgetting it)."""
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
    if existing is not None and "completed_at" in record.kept:
        del values["completed_at"]  # a source without it keeps what another one gave
    if existing is None:
        order = Order(
            external_id=record.external_id, items=[_item(i) for i in record.items], **values
        )
        session.add(order)
        for payment in record.payments:
            session.add(_payment(payment, order))
        if keep_visit and record.visit is not None:
            _visit(session, record, customer_id, known)
        return Outcome.NEW
    changed = _assign(existing, **values)
    stored = sorted(_item_key(i) for i in existing.items)
    if stored != sorted(_item_key(i) for i in record.items):
        for old in list(existing.items):
            session.delete(old)
        existing.items = [_item(i) for i in record.items]
        changed = True
    changed = _sync_payments(session, existing, record.payments, known) or changed
    if keep_visit and record.visit is not None:
        changed = _visit(session, record, customer_id, known) or changed
    return Outcome.UPDATED if changed else Outcome.UNCHANGED


def _payment(p: PaymentRecord, order: Order) -> PaymentTransaction:
    return PaymentTransaction(
        order=order,
        provider=p.provider,
        provider_reference=p.reference,
        amount_cents=p.amount_cents,
        status=p.status,
        created_at=p.at,
    )


def _sync_payments(
    session: Session, order: Order, payments: Sequence[PaymentRecord], known: Known | None
) -> bool:
    if known is not None:
        stored = known.payments.get(order.id, {})
    else:
        stored = {
            t.provider_reference: t
            for t in session.execute(
                select(PaymentTransaction).where(PaymentTransaction.order_id == order.id)
            ).scalars()
        }
    changed = False
    for payment in payments:
        existing = stored.get(payment.reference)
        if existing is None:
            session.add(_payment(payment, order))
            changed = True
        else:
            changed = (
                _assign(
                    existing,
                    provider=payment.provider,
                    amount_cents=payment.amount_cents,
                    status=payment.status,
                    created_at=payment.at,
                )
                or changed
            )
    return changed


def _assign(row: object, **values: object) -> bool:
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _address(a: AddressRecord) -> Address:
    return Address(
        kind=a.kind, street=a.street, city=a.city, postal_code=a.postal_code, country=a.country
    )


def _address_key(a: Address | AddressRecord) -> tuple[str, str, str, str, str]:
    return (a.kind, a.street, a.city, a.postal_code, a.country)


def _item(i: ItemRecord) -> OrderItem:
    return OrderItem(
        sku=i.sku,
        product_name=i.product_name,
        quantity=i.quantity,
        unit_price_cents=i.unit_price_cents,
    )


def _item_key(i: OrderItem | ItemRecord) -> tuple[str, str, int, int]:
    return (i.sku, i.product_name, i.quantity, i.unit_price_cents)


def visitor_id(record: OrderRecord) -> str:
    return _visitor_id_of(record.external_id)


def _visitor_id_of(order_external_id: str) -> str:
    return f"woocommerce-order-{order_external_id}"


def _visit(session: Session, record: OrderRecord, customer_id: int, known: Known | None) -> bool:
    seen: VisitRecordIn | None = record.visit
    assert seen is not None
    values = {
        "customer_id": customer_id,
        "ip_address": seen.ip_address,
        "browser": seen.browser,
        "browser_version": seen.browser_version,
        "operating_system": seen.operating_system,
        "visited_at": record.placed_at,
    }
    if known is not None:
        existing = known.visits.get(visitor_id(record))
    else:
        existing = session.execute(
            select(VisitRecord).where(VisitRecord.visitor_id == visitor_id(record))
        ).scalar_one_or_none()
    if existing is None:
        session.add(
            VisitRecord(
                visitor_id=visitor_id(record),
                language="",
                page=CHECKOUT_PAGE,
                time_on_page_s=0,
                **values,
            )
        )
        return True
    return _assign(existing, **values)
