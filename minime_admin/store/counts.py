"""Small counting queries used across services."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minime_admin.store.models import Customer


def customer_count(session: Session) -> int:
    return session.execute(select(func.count()).select_from(Customer)).scalar_one()
