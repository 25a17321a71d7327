"""SQL for staff users."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from minime_admin.store.breach_models import StaffUser


def by_name(session: Session, name: str) -> StaffUser | None:
    return session.execute(select(StaffUser).where(StaffUser.name == name)).scalar_one_or_none()


def all_users(session: Session) -> list[StaffUser]:
    return list(session.execute(select(StaffUser).order_by(StaffUser.name)).scalars())


def by_db_role(session: Session, role: str) -> StaffUser | None:
    """The user whose server sign-in is the database role ``role`` (#18.3)."""
    return session.execute(select(StaffUser).where(StaffUser.db_role == role)).scalar_one_or_none()


def current_db_role(session: Session) -> str | None:
    """The role this session is signed in to a server with; None on a file (SQLite has no
    roles: there the person is chosen at sign-in, services/sign_in.py)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    role: str = session.execute(text("SELECT current_user")).scalar_one()
    return role
