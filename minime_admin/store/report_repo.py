"""SQL for the reports and the inspection pack (issue #20): the requests of a period in one
narrow read, the period's breaches and what they produced, the sweeps the log records."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import String, and_, case, extract, func, select, type_coerce
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


def request_line_batches(
    session: Session, start: date, end: date, batch: int = 5000
) -> Iterator[Sequence[Any]]:
    """The period's real requests for the pack's CSV, oldest first, a batch of plain rows
    at a time; no name, address or text. Each row: reference, type, received_on, due_on,
    answered_on (the Riga day an answered request was closed, else None), on_time (1, 0,
    or None when not answered), status, outcome, refusal_exception, customer_id,
    requester_hash. Lateness is worked out in SQL, and days come as the database gives
    them (text on SQLite, dates on PostgreSQL: str() of either is the ISO day) rather
    than parsed into dates 100,000 times only to be printed again."""
    answered = and_(DataRequest.status.in_(_ANSWERED), DataRequest.closed_at.is_not(None))
    answered_on = shop_day_of(DataRequest.closed_at)
    statement = (
        select(
            DataRequest.reference,
            DataRequest.type,
            type_coerce(DataRequest.received_on, String),
            type_coerce(DataRequest.due_on, String),
            type_coerce(case((answered, answered_on)), String),
            case((answered, case((answered_on <= DataRequest.due_on, 1), else_=0))),
            DataRequest.status,
            DataRequest.outcome,
            DataRequest.refusal_exception,
            DataRequest.customer_id,
            DataRequest.requester_hash,
        )
        .where(*_in_period(start, end))
        .order_by(DataRequest.received_on, DataRequest.id)
        # On the statement, not the connection: a connection's options stay with it, and
        # the pack's audit entry would then go through a server-side cursor too.
        .execution_options(yield_per=batch)
    )
    yield from session.connection().execute(statement).partitions()


def request_cells(
    session: Session, start: date, end: date, today: date
) -> tuple[list[rf.Cell], list[int]]:
    """The period's real requests counted in the database by month of receipt, type and
    every fact the figures use (request_figures.Cell), open ones also by due date (their
    days left as of ``today``): a few thousand rows at most, not 100,000. The same read
    (one pass over the table) names the late answers: their ids, for late_answer_rows.

    A late answer is a group of its own (the id is one of the keys); two cells may then
    share every fact, which the figures' sums do not mind."""
    answered = and_(DataRequest.status.in_(_ANSWERED), DataRequest.closed_at.is_not(None))
    answered_on = shop_day_of(DataRequest.closed_at)
    year = extract("year", DataRequest.received_on)
    month = extract("month", DataRequest.received_on)
    days = case((answered, days_between(DataRequest.received_on, answered_on)))
    allowed = case((answered, days_between(DataRequest.received_on, DataRequest.due_on)))
    on_time = case((answered, case((answered_on <= DataRequest.due_on, 1), else_=0)))
    late_id = case((and_(answered, answered_on > DataRequest.due_on), DataRequest.id))
    open_due = case((DataRequest.status.in_(_OPEN), DataRequest.due_on))
    keys = (
        year, month, DataRequest.type, DataRequest.status, DataRequest.extended,
        DataRequest.outcome, DataRequest.refusal_exception, days, allowed, on_time, late_id,
        open_due,
    )  # fmt: skip
    statement = select(*keys, func.count()).where(*_in_period(start, end)).group_by(*keys)
    cells, late = [], []
    for y, m, kind, status, extended, outcome, exception, d, a, t, late_one, due, n in (
        session.connection().execute(statement).all()
    ):
        cells.append(
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
                days_left=None if due is None else (due - today).days,
            )
        )
        if late_one is not None:
            late.append(int(late_one))
    return cells, late


_IDS_AT_ONCE = 500  # bound parameters per statement: well under every backend's limit


def late_answer_rows(session: Session, ids: list[int]) -> list[RequestRow]:
    """The requests ``ids`` (request_cells' late answers), read by primary key."""
    rows: list[RequestRow] = []
    for first in range(0, len(ids), _IDS_AT_ONCE):
        statement = select(*_COLUMNS).where(DataRequest.id.in_(ids[first : first + _IDS_AT_ONCE]))
        rows.extend(RequestRow(*tuple(row)) for row in session.connection().execute(statement))
    return rows


def open_requests(session: Session, start: date, end: date) -> list[Any]:
    """The period's open requests: reference, type, received_on, due_on, nothing more
    (tens of thousands of rows at worst; each further column costs on every one)."""
    statement = select(
        DataRequest.reference, DataRequest.type, DataRequest.received_on, DataRequest.due_on
    ).where(*_in_period(start, end), DataRequest.status.in_(_OPEN))
    return list(session.connection().execute(statement).all())


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


def outputs_by_breach(session: Session, breach_ids: list[int]) -> dict[int, dict[str, int]]:
    """How many final outputs of each kind each of the breaches produced (one query for
    them all, not one per breach)."""
    found: dict[int, dict[str, int]] = {breach_id: {} for breach_id in breach_ids}
    for first in range(0, len(breach_ids), _IDS_AT_ONCE):
        statement = (
            select(BreachOutput.breach_id, BreachOutput.kind, func.count())
            .where(BreachOutput.breach_id.in_(breach_ids[first : first + _IDS_AT_ONCE]))
            .group_by(BreachOutput.breach_id, BreachOutput.kind)
            .order_by(BreachOutput.breach_id, BreachOutput.kind)
        )
        for breach_id, kind, n in session.execute(statement):
            found[breach_id][kind] = n
    return found


def letters_sent_by_breach(session: Session, breach_ids: list[int]) -> dict[int, int]:
    """How many letters each of the breaches sent to people."""
    found = dict.fromkeys(breach_ids, 0)
    for first in range(0, len(breach_ids), _IDS_AT_ONCE):
        statement = (
            select(SentMail.breach_id, func.count())
            .where(SentMail.breach_id.in_(breach_ids[first : first + _IDS_AT_ONCE]))
            .group_by(SentMail.breach_id)
        )
        for breach_id, n in session.execute(statement):
            if breach_id is not None:  # always: one of breach_ids
                found[breach_id] = n
    return found
