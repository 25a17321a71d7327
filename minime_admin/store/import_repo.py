"""SQL for shop imports: find by the shop's id, insert or update in place, say what changed.

Each ``upsert_*`` compares the normalised record with what is stored and writes only a
difference, so a second identical import changes nothing. Flushes, never commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minime_admin.domain.shop_records import (
    AddressRecord,
    ItemRecord,
    OrderRecord,
    PersonRecord,
    VisitRecordIn,
)
from minime_admin.store.models import Account, Address, Customer, Order, OrderItem, VisitRecord

CHECKOUT_PAGE = "/checkout/"


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


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


def upsert_customer(
    session: Session, existing: Customer | None, record: PersonRecord, language: str
) -> tuple[Customer, Outcome]:
    """Without flushing, so a batch is written at once; accounts follow in ``sync_accounts``."""
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
    changed = _assign(
        existing,
        external_id=record.external_id,
        first_name=record.first_name,
        last_name=record.last_name,
        email=record.email,
        phone=record.phone,
        created_at=record.created_at,
    )
    stored = sorted(_address_key(a) for a in existing.addresses)
    if stored != sorted(_address_key(a) for a in record.addresses):
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
) -> Outcome:
    """The order, its items and (when ``keep_visit``) the visit at checkout; no flush."""
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
        order = Order(
            external_id=record.external_id, items=[_item(i) for i in record.items], **values
        )
        session.add(order)
        if keep_visit and record.visit is not None:
            _visit(session, record, customer_id)
        return Outcome.NEW
    changed = _assign(existing, **values)
    stored = sorted(_item_key(i) for i in existing.items)
    if stored != sorted(_item_key(i) for i in record.items):
        for old in list(existing.items):
            session.delete(old)
        existing.items = [_item(i) for i in record.items]
        changed = True
    if keep_visit and record.visit is not None:
        changed = _visit(session, record, customer_id) or changed
    return Outcome.UPDATED if changed else Outcome.UNCHANGED


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
    return f"woocommerce-order-{record.external_id}"


def _visit(session: Session, record: OrderRecord, customer_id: int) -> bool:
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
