"""Counts about the whole database, for status lines and sanity checks."""

from __future__ import annotations

from sqlalchemy.orm import Session

from minime_admin.store import counts


def customer_count(session: Session) -> int:
    return counts.customer_count(session)
