"""SQL for reading one customer's data and short summaries of many."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, selectinload

from minime_admin.store.base import Base
from minime_admin.store.models import (
    Address,
    Customer,
    Disclosure,
    Invoice,
    MarketingObjection,
    NewsletterSubscription,
    Order,
    Partner,
    PaymentTransaction,
    Restriction,
    VisitRecord,
)


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    city: str | None
    restricted: bool
    street: str | None = None  # of the first address, as the city
    last_order_number: str | None = None
    last_order_at: datetime | None = None  # when the newest order was placed


def summaries(session: Session, ids: Sequence[int]) -> dict[int, CustomerSummary]:
    if not ids:
        return {}
    city = (
        select(Address.city)
        .where(Address.customer_id == Customer.id)
        .order_by(Address.id)
        .limit(1)
        .scalar_subquery()
    )
    street = (
        select(Address.street)
        .where(Address.customer_id == Customer.id)
        .order_by(Address.id)
        .limit(1)
        .scalar_subquery()
    )
    restricted = exists().where(
        Restriction.customer_id == Customer.id, Restriction.lifted_at.is_(None)
    )
    rows = session.execute(
        select(
            Customer.id,
            Customer.first_name,
            Customer.last_name,
            Customer.email,
            Customer.phone,
            city,
            restricted,
            street,
        ).where(Customer.id.in_(ids))
    )
    # The newest order tells a caller apart from a namesake ("what did you order last?").
    newest = func.row_number().over(
        partition_by=Order.customer_id, order_by=(Order.placed_at.desc(), Order.id.desc())
    )
    ranked = (
        select(Order.customer_id, Order.number, Order.placed_at, newest.label("rank"))
        .where(Order.customer_id.in_(ids))
        .subquery()
    )
    last = {
        row[0]: (row[1], row[2])
        for row in session.execute(
            select(ranked.c.customer_id, ranked.c.number, ranked.c.placed_at).where(
                ranked.c.rank == 1
            )
        )
    }
    summaries: dict[int, CustomerSummary] = {}
    for id_, first, last_name, email, phone, city, restricted_, street_ in rows:
        number, placed_at = last.get(id_, (None, None))
        summaries[id_] = CustomerSummary(
            id_, first, last_name, email, phone, city, bool(restricted_), street_, number, placed_at
        )
    return summaries


def any_customer(session: Session) -> bool:
    return session.execute(select(Customer.id).limit(1)).first() is not None


def customer(session: Session, customer_id: int) -> Customer | None:
    return session.get(Customer, customer_id)


def rows_of(session: Session, model: type[Base], customer_id: int, order_by: Any) -> list[Any]:
    """Every row of a per-customer table, in display order."""
    owner = model.__table__.c.customer_id
    statement = select(model).where(owner == customer_id).order_by(order_by)
    return list(session.execute(statement).scalars())


def orders_with_items(session: Session, customer_id: int) -> list[Order]:
    statement = (
        select(Order)
        .where(Order.customer_id == customer_id)
        .options(selectinload(Order.items))
        .order_by(Order.placed_at.desc())
    )
    return list(session.execute(statement).scalars())


def invoices_of(session: Session, customer_id: int) -> list[tuple[Invoice, str]]:
    statement = (
        select(Invoice, Order.number)
        .join(Order, Invoice.order_id == Order.id)
        .where(Order.customer_id == customer_id)
        .order_by(Invoice.issued_at.desc())
    )
    return [(row[0], row[1]) for row in session.execute(statement)]


def payments_of(session: Session, customer_id: int) -> list[tuple[PaymentTransaction, Order]]:
    statement = (
        select(PaymentTransaction, Order)
        .join(Order, PaymentTransaction.order_id == Order.id)
        .where(Order.customer_id == customer_id)
        .order_by(PaymentTransaction.created_at.desc())
    )
    return [(row[0], row[1]) for row in session.execute(statement)]


def disclosures_of(session: Session, customer_id: int) -> list[tuple[Disclosure, Partner]]:
    statement = (
        select(Disclosure, Partner)
        .join(Partner, Disclosure.partner_id == Partner.id)
        .where(Disclosure.customer_id == customer_id)
        .order_by(Disclosure.disclosed_at.desc())
    )
    return [(row[0], row[1]) for row in session.execute(statement)]


def visits_page(session: Session, customer_id: int, offset: int, limit: int) -> list[VisitRecord]:
    statement = (
        select(VisitRecord)
        .where(VisitRecord.customer_id == customer_id)
        .order_by(VisitRecord.visited_at.desc(), VisitRecord.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return list(session.execute(statement).scalars())


def count_where(session: Session, model: type[Base], customer_id: int) -> int:
    owner = model.__table__.c.customer_id
    statement = select(func.count()).select_from(model).where(owner == customer_id)
    found: int = session.execute(statement).scalar_one()
    return found


def count_orders_join(session: Session, model: type[Base], customer_id: int) -> int:
    statement = (
        select(func.count())
        .select_from(model)
        .join(Order, model.__table__.c.order_id == Order.id)
        .where(Order.customer_id == customer_id)
    )
    found: int = session.execute(statement).scalar_one()
    return found


def partners_with_categories(session: Session, customer_id: int) -> list[tuple[Partner, str]]:
    statement = (
        select(Partner, Disclosure.data_categories)
        .join(Disclosure, Disclosure.partner_id == Partner.id)
        .where(Disclosure.customer_id == customer_id)
    )
    return [(row[0], row[1]) for row in session.execute(statement)]


def active_restriction(session: Session, customer_id: int) -> Restriction | None:
    statement = select(Restriction).where(
        Restriction.customer_id == customer_id, Restriction.lifted_at.is_(None)
    )
    return session.execute(statement).scalars().first()


def newsletter_of(session: Session, customer_id: int) -> list[NewsletterSubscription]:
    statement = select(NewsletterSubscription).where(
        NewsletterSubscription.customer_id == customer_id
    )
    return list(session.execute(statement).scalars())


def marketing_audience(session: Session) -> list[int]:
    """Customers who may receive the newsletter: subscribed, no objection, not restricted."""
    objected = select(MarketingObjection.customer_id)
    restricted = select(Restriction.customer_id).where(Restriction.lifted_at.is_(None))
    statement = (
        select(NewsletterSubscription.customer_id)
        .where(
            NewsletterSubscription.status == "subscribed",
            NewsletterSubscription.customer_id.is_not(None),
            NewsletterSubscription.customer_id.not_in(objected),
            NewsletterSubscription.customer_id.not_in(restricted),
        )
        .distinct()
        .order_by(NewsletterSubscription.customer_id)
    )
    return [cid for cid in session.execute(statement).scalars() if cid is not None]
