"""SQL for the reports and the inspection pack (issue #20): the requests of a period in one
narrow read, the period's breaches and what they produced, the sweeps the log records."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, extract, func, or_, select
from sqlalchemy.orm import Session

from minime_admin.domain import request_figures as rf
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.requests import OPEN_STATUSES
from minime_admin.store.breach_models import Breach, BreachOutput
from minime_admin.store.day_sql import days_between, shop_day_of
from minime_admin.store.request_models import DataRequest, SentMail
from minime_admin.store.system_models import AuditEntry


@dataclass(frozen=True)
class RequestRow:
    reference: str
    type: str
    status: str
    received_on: date
    due_on: date
    extended: bool
    closed_at: datetime | None
    outcome: str | None
    refusal_exception: str | None
    outcome_text: str | None
    customer_id: int | None
    requester_hash: str | None  # set once the person was erased


_COLUMNS = (
    DataRequest.reference,
    DataRequest.type,
    DataRequest.status,
    DataRequest.received_on,
    DataRequest.due_on,
    DataRequest.extended,
    DataRequest.closed_at,
    DataRequest.outcome,
    DataRequest.refusal_exception,
    DataRequest.outcome_text,
    DataRequest.customer_id,
    DataRequest.requester_hash,
)


_ANSWERED = tuple(sorted(rf.ANSWERED))
_OPEN = tuple(sorted(status.value for status in OPEN_STATUSES))


def _in_period(start: date, end: date) -> tuple[Any, ...]:
    return (
        DataRequest.received_on >= start,
        DataRequest.received_on <= end,
        DataRequest.is_test.is_(False),
    )


def request_lines(session: Session, start: date, end: date, batch: int = 5000) -> Iterator[Any]:
    """The period's real requests for the pack's CSV, oldest first, read a batch at a
    time; no name, address or text. Each row reads like a RequestRow, with ``answered_on``
    (the Riga day it was closed, worked out in SQL) for ``closed_at``; plain rows, as
    100,000 objects built only to be written out cost more than the writing."""
    statement = (
        select(
            DataRequest.reference,
            DataRequest.type,
            DataRequest.status,
            DataRequest.received_on,
            DataRequest.due_on,
            shop_day_of(DataRequest.closed_at).label("answered_on"),
            DataRequest.outcome,
            DataRequest.refusal_exception,
            DataRequest.customer_id,
            DataRequest.requester_hash,
        )
        .where(*_in_period(start, end))
        .order_by(DataRequest.received_on, DataRequest.id)
        .execution_options(yield_per=batch)
    )
    yield from session.connection().execute(statement)


def request_cells(session: Session, start: date, end: date) -> list[rf.Cell]:
    """The period's real requests counted in the database by month of receipt, type and
    every fact the figures use (request_figures.Cell): a few hundred rows, not 100,000."""
    answered = and_(DataRequest.status.in_(_ANSWERED), DataRequest.closed_at.is_not(None))
    answered_on = shop_day_of(DataRequest.closed_at)
    year = extract("year", DataRequest.received_on)
    month = extract("month", DataRequest.received_on)
    days = case((answered, days_between(DataRequest.received_on, answered_on)))
    allowed = case((answered, days_between(DataRequest.received_on, DataRequest.due_on)))
    on_time = case((answered, case((answered_on <= DataRequest.due_on, 1), else_=0)))
    keys = (
        year, month, DataRequest.type, DataRequest.status, DataRequest.extended,
        DataRequest.outcome, DataRequest.refusal_exception, days, allowed, on_time,
    )  # fmt: skip
    statement = select(*keys, func.count()).where(*_in_period(start, end)).group_by(*keys)
    return [
        rf.Cell(
            month=f"{int(y):04d}-{int(m):02d}",
            type=kind,
            status=status,
            extended=bool(extended),
            outcome=outcome,
            refusal_exception=exception,
            days=None if d is None else int(d),
            allowed=None if a is None else int(a),
            on_time=None if t is None else bool(t),
            count=int(n),
        )
        for y, m, kind, status, extended, outcome, exception, d, a, t, n in session.execute(
            statement
        )
    ]


def open_or_maybe_late(session: Session, start: date, end: date) -> list[RequestRow]:
    """The period's requests that are open, or were answered on or after their due date's
    UTC midnight: every late answer is among the latter (its Riga day is after the due
    date), so the caller decides lateness exactly on a few rows instead of all of them."""
    statement = (
        select(*_COLUMNS)
        .where(
            *_in_period(start, end),
            or_(
                DataRequest.status.in_(_OPEN),
                and_(
                    DataRequest.status.in_(_ANSWERED),
                    DataRequest.closed_at >= DataRequest.due_on,
                ),
            ),
        )
        .order_by(DataRequest.received_on, DataRequest.id)
    )
    return [RequestRow(*tuple(row)) for row in session.connection().execute(statement)]


def sweeps_between(session: Session, start: datetime, end: datetime) -> list[AuditEntry]:
    """The retention sweeps the audit log records from ``start`` (included) to ``end``."""
    statement = (
        select(AuditEntry)
        .where(
            AuditEntry.action == AuditAction.RETENTION_SWEPT.value,
            AuditEntry.at >= start,
            AuditEntry.at < end,
        )
        .order_by(AuditEntry.seq)
    )
    return list(session.execute(statement).scalars())


def breach_ids_aware_between(session: Session, start: datetime, end: datetime) -> list[int]:
    statement = (
        select(Breach.id)
        .where(Breach.aware_at >= start, Breach.aware_at < end)
        .order_by(Breach.aware_at, Breach.id)
    )
    return list(session.execute(statement).scalars())


def outputs_of(session: Session, breach_id: int) -> dict[str, int]:
    """How many final outputs of each kind a breach produced."""
    statement = (
        select(BreachOutput.kind, func.count())
        .where(BreachOutput.breach_id == breach_id)
        .group_by(BreachOutput.kind)
        .order_by(BreachOutput.kind)
    )
    return {kind: n for kind, n in session.execute(statement)}


def letters_sent(session: Session, breach_id: int) -> int:
    statement = select(func.count()).select_from(SentMail).where(SentMail.breach_id == breach_id)
    return session.execute(statement).scalar_one()
