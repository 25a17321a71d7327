"""SQL for the reports (issue #20): the requests of a period in one narrow read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from minime_admin.store.request_models import DataRequest


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
    for row in session.execute(statement):
        yield RequestRow(*tuple(row))
