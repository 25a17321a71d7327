"""SQL for reading one customer's data and short summaries of many."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from minime_admin.store.models import Address, Customer, Restriction


@dataclass(frozen=True)
class CustomerSummary:
    id: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    city: str | None
    restricted: bool


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
        ).where(Customer.id.in_(ids))
    )
    return {row[0]: CustomerSummary(*row) for row in rows}


def any_customer(session: Session) -> bool:
    return session.execute(select(Customer.id).limit(1)).first() is not None
