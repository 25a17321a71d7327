"""One-off public holidays the government declares (as on 29 May 2023), kept in the
database so every deadline computed afterwards moves past them. Changes are audited."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.errors import HolidayNameNeeded
from minime_admin.services import audit
from minime_admin.store import request_repo
from minime_admin.store.request_models import ExtraHoliday


def list_extra(session: Session) -> dict[date, str]:
    return dict(sorted(request_repo.extra_holidays(session).items()))


def add_extra(session: Session, actor: Actor, day: date, name: str) -> None:
    if not name.strip():
        raise HolidayNameNeeded()
    session.merge(ExtraHoliday(day=day, name=name.strip()))
    audit.record(
        session, actor, AuditAction.HOLIDAY_ADDED, "holiday", day.isoformat(), note=name.strip()
    )
    session.flush()


def remove_extra(session: Session, actor: Actor, day: date) -> bool:
    holiday = session.get(ExtraHoliday, day)
    if holiday is None:
        return False
    session.delete(holiday)
    audit.record(session, actor, AuditAction.HOLIDAY_REMOVED, "holiday", day.isoformat())
    session.flush()
    return True
