"""SQL for staff users."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from minime_admin.store.breach_models import StaffUser


def by_name(session: Session, name: str) -> StaffUser | None:
    return session.execute(select(StaffUser).where(StaffUser.name == name)).scalar_one_or_none()


def all_users(session: Session) -> list[StaffUser]:
    return list(session.execute(select(StaffUser).order_by(StaffUser.name)).scalars())
