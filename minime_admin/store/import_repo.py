"""SQL for shop imports: find by the shop's id, insert or update in place, say what changed.

Each ``upsert_*`` compares the normalised record with what is stored and writes only a
difference, so a second identical import changes nothing. Flushes, never commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum

from sqlalchemy import delete, func, select
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


def order_number_taken(session: Session, number: str, external_id: str) -> bool:
    """Is ``number`` already another order's (one not imported under this id)?"""
    owner = session.execute(select(Order.external_id).where(Order.number == number)).first()
    return owner is not None and owner[0] != external_id


def upsert_customer(
    session: Session, existing: Customer | None, record: PersonRecord, language: str
) -> tuple[Customer, Outcome]:
    if existing is None:
        customer = Customer(
            external_id=record.external_id,
            first_name=record.first_name,
            last_name=record.last_name,
            email=record.email,
            phone=record.phone,
            language=language,
            created_at=record.created_at,
        )
        session.add(customer)
        session.flush()
        _replace_addresses(session, customer.id, record.addresses)
        _account(session, customer, record)
        return customer, Outcome.NEW
    changed = _assign(
        existing,
        first_name=record.first_name,
        last_name=record.last_name,
        email=record.email,
        phone=record.phone,
        created_at=record.created_at,
    )
    if _addresses_of(session, existing.id) != _address_keys(record.addresses):
        _replace_addresses(session, existing.id, record.addresses)
        changed = True
    changed = _account(session, existing, record) or changed
    if changed:
        session.flush()
    return existing, Outcome.UPDATED if changed else Outcome.UNCHANGED


def upsert_order(
    session: Session,
    existing: Order | None,
    record: OrderRecord,
    customer_id: int,
    keep_visit: bool,
) -> Outcome:
    """The order, its items and (when ``keep_visit``) the visit at checkout."""
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
        order = Order(external_id=record.external_id, **values)
        session.add(order)
        session.flush()
        _replace_items(session, order.id, record.items)
        if keep_visit and record.visit is not None:
            _visit(session, record, customer_id)
        return Outcome.NEW
    changed = _assign(existing, **values)
    if _items_of(session, existing.id) != _item_keys(record.items):
        _replace_items(session, existing.id, record.items)
        changed = True
    if keep_visit and record.visit is not None:
        changed = _visit(session, record, customer_id) or changed
    if changed:
        session.flush()
    return Outcome.UPDATED if changed else Outcome.UNCHANGED


def _assign(row: object, **values: object) -> bool:
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _account(session: Session, customer: Customer, record: PersonRecord) -> bool:
    """The shop login; only customers from the shop's account list have one."""
    if record.external_id is None or record.username is None:
        return False
    account = session.execute(
        select(Account).where(Account.customer_id == customer.id)
    ).scalar_one_or_none()
    if account is None:
        session.add(
            Account(
                customer_id=customer.id,
                external_id=record.external_id,
                username=record.username,
                created_at=record.created_at,
            )
        )
        return True
    return _assign(
        account,
        external_id=record.external_id,
        username=record.username,
        created_at=record.created_at,
    )


def _address_keys(addresses: Sequence[AddressRecord]) -> list[tuple[str, str, str, str, str]]:
    return sorted((a.kind, a.street, a.city, a.postal_code, a.country) for a in addresses)


def _addresses_of(session: Session, customer_id: int) -> list[tuple[str, str, str, str, str]]:
    rows = session.execute(
        select(
            Address.kind, Address.street, Address.city, Address.postal_code, Address.country
        ).where(Address.customer_id == customer_id)
    )
    return sorted((k, s, c, p, n) for k, s, c, p, n in rows)


def _replace_addresses(
    session: Session, customer_id: int, addresses: Sequence[AddressRecord]
) -> None:
    session.execute(delete(Address).where(Address.customer_id == customer_id))
    for a in addresses:
        session.add(
            Address(
                customer_id=customer_id,
                kind=a.kind,
                street=a.street,
                city=a.city,
                postal_code=a.postal_code,
                country=a.country,
            )
        )


def _item_keys(items: Sequence[ItemRecord]) -> list[tuple[str, str, int, int]]:
    return sorted((i.sku, i.product_name, i.quantity, i.unit_price_cents) for i in items)


def _items_of(session: Session, order_id: int) -> list[tuple[str, str, int, int]]:
    rows = session.execute(
        select(
            OrderItem.sku, OrderItem.product_name, OrderItem.quantity, OrderItem.unit_price_cents
        ).where(OrderItem.order_id == order_id)
    )
    return sorted((s, n, q, p) for s, n, q, p in rows)


def _replace_items(session: Session, order_id: int, items: Sequence[ItemRecord]) -> None:
    session.execute(delete(OrderItem).where(OrderItem.order_id == order_id))
    for i in items:
        session.add(
            OrderItem(
                order_id=order_id,
                sku=i.sku,
                product_name=i.product_name,
                quantity=i.quantity,
                unit_price_cents=i.unit_price_cents,
            )
        )


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
