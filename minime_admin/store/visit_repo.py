"""SQL for visits read from access logs: which lines are known, whose account, by IP."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from minime_admin.store.base import table_of
from minime_admin.store.models import Account, VisitRecord


def known_keys(session: Session, keys: Sequence[str]) -> set[str]:
    rows = session.execute(select(VisitRecord.line_key).where(VisitRecord.line_key.in_(keys)))
    return {row[0] for row in rows if row[0] is not None}


def account_owners(session: Session, usernames: Iterable[str]) -> dict[str, int]:
    """username → customer id, for usernames exactly one account has."""
    names = sorted(set(usernames))
    if not names:
        return {}
    rows = session.execute(
        select(Account.username, func.min(Account.customer_id), func.count())
        .where(Account.username.in_(names))
        .group_by(Account.username)
    )
    return {name: owner for name, owner, accounts in rows if accounts == 1}


def insert_visits(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(table_of(VisitRecord)), rows)


def count_by_ip(session: Session, ip: str) -> int:
    return session.execute(
        select(func.count()).select_from(VisitRecord).where(VisitRecord.ip_address == ip)
    ).scalar_one()


def by_ip(session: Session, ip: str, offset: int, limit: int) -> list[VisitRecord]:
    """Newest first: linked to a customer or to nobody."""
    return list(
        session.execute(
            select(VisitRecord)
            .where(VisitRecord.ip_address == ip)
            .order_by(VisitRecord.visited_at.desc(), VisitRecord.id.desc())
            .offset(offset)
            .limit(limit)
        ).scalars()
    )
