"""SQL for the reports and the inspection pack (issue #20): the requests of a period in one
narrow read, the period's breaches and what they produced, the sweeps the log records."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minime_admin.domain.audit_actions import AuditAction
from minime_admin.store.breach_models import Breach, BreachOutput
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


def requests_received(
    session: Session, start: date, end: date, batch: int = 5000
) -> Iterator[RequestRow]:
    """Every real (not test) request received from ``start`` to ``end`` (both included),
    oldest first; names, addresses and the requester's words are never read."""
    statement = (
        select(*_COLUMNS)
        .where(
            DataRequest.received_on >= start,
            DataRequest.received_on <= end,
            DataRequest.is_test.is_(False),
        )
        .order_by(DataRequest.received_on, DataRequest.id)
        .execution_options(yield_per=batch)
    )
    # Core, not the ORM: plain column rows need none of its per-row bookkeeping.
    for row in session.connection().execute(statement):
        yield RequestRow(*tuple(row))


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
