"""SQL for the Art. 30 register: the office's versioned fields and who received what."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minime_admin.store.models import Disclosure, Partner
from minime_admin.store.system_models import RopaField


def changes(session: Session) -> list[RopaField]:
    """Every version of every field, oldest first."""
    return list(session.execute(select(RopaField).order_by(RopaField.id)).scalars())


def add_version(
    session: Session, activity: str, field: str, value: str, at: datetime, by: str
) -> int:
    """Append the field's next version; returns its number. The unit of work's write lock
    keeps two writers from taking the same number."""
    last = session.execute(
        select(func.max(RopaField.version)).where(
            RopaField.activity == activity, RopaField.field == field
        )
    ).scalar_one()
    version = (last or 0) + 1
    session.add(
        RopaField(
            activity=activity, field=field, version=version, value=value, changed_at=at,
            changed_by=by,
        )
    )  # fmt: skip
    return version


def partners_by_category(session: Session) -> dict[str, list[Partner]]:
    """For each data category, the partners the register of disclosures shows it went to
    (distinct pairs only: no customer is read)."""
    pairs = session.execute(
        select(Disclosure.partner_id, Disclosure.data_categories).distinct()
    ).all()
    partners = {p.id: p for p in session.execute(select(Partner)).scalars()}
    found: dict[str, dict[int, Partner]] = {}
    for partner_id, categories in pairs:
        for category in (c.strip() for c in (categories or "").split(",")):
            if category and partner_id in partners:
                found.setdefault(category, {})[partner_id] = partners[partner_id]
    return {category: list(chosen.values()) for category, chosen in found.items()}
