"""SQL for the request inbox: filtering, paging, counting, references, matching."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import BindParameter, Integer, Row, Select, bindparam, func, or_, select
from sqlalchemy.orm import Session

from minime_admin.domain.requests import EFFECTIVE_AT_INTAKE, OPEN_STATUSES, HoldReason, Status
from minime_admin.store import write_turn
from minime_admin.store.models import Customer, Order
from minime_admin.store.request_models import (
    DataRequest,
    ExtraHoliday,
    RequestAttachment,
    RequestEvent,
)

SORTABLE = {
    "reference": DataRequest.reference,
    "received": DataRequest.received_at,
    "requester": DataRequest.requester_folded,
    "type": DataRequest.type,
    "status": DataRequest.status,
    "due": DataRequest.due_on,
    "assignee": DataRequest.assignee,
}


@dataclass(frozen=True)
class RequestQuery:
    statuses: Sequence[str] = ()
    types: Sequence[str] = ()
    assignee: str | None = None
    customer_id: int | None = None
    due_before: date | None = None  # due on or before this day
    text_folded: str = ""
    include_tests: bool = False
    hide_unverified_received_before: date | None = None
    sort: str = "due"
    descending: bool = False


def _filtered(query: RequestQuery, statement: Select) -> Select:  # type: ignore[type-arg]
    if query.statuses:
        # Literal values in Status order: the open statuses then read exactly as the partial
        # index ix_requests_open_due's condition, which a planner can only match against
        # constants (a bound parameter could be anything). They are Status values, not text
        # a user typed.
        chosen = [s.value for s in Status if s.value in query.statuses]
        chosen += sorted(set(query.statuses) - set(chosen))
        values: BindParameter[str] = bindparam(
            "statuses", chosen, expanding=True, literal_execute=True
        )
        statement = statement.where(DataRequest.status.in_(values))
    if query.types:
        statement = statement.where(DataRequest.type.in_(query.types))
    if query.assignee is not None:
        statement = statement.where(DataRequest.assignee == query.assignee)
    if query.customer_id is not None:
        statement = statement.where(DataRequest.customer_id == query.customer_id)
    if query.due_before is not None:
        statement = statement.where(DataRequest.due_on <= query.due_before)
    if query.text_folded:
        pattern = f"%{query.text_folded}%"
        statement = statement.where(
            or_(
                DataRequest.requester_folded.like(pattern),
                func.lower(DataRequest.reference).like(pattern),
            )
        )
    if not query.include_tests:
        statement = statement.where(DataRequest.is_test.is_(False))
    if query.hide_unverified_received_before is not None:
        stale = (
            (DataRequest.status == Status.IDENTITY_CHECK.value)
            | (
                (DataRequest.status == Status.ON_HOLD.value)
                & (DataRequest.hold_reason == HoldReason.AWAITING_IDENTITY.value)
            )
        ) & DataRequest.type.not_in([t.value for t in EFFECTIVE_AT_INTAKE])  # never hidden
        statement = statement.where(
            ~(stale & (DataRequest.received_on < query.hide_unverified_received_before))
        )
    return statement


def page_statement(query: RequestQuery, offset: int, limit: int) -> Select:  # type: ignore[type-arg]
    """The SELECT of one page (also for the benchmark's EXPLAIN of it)."""
    column = SORTABLE[query.sort]
    order = column.desc() if query.descending else column.asc()
    tie = DataRequest.id.desc() if query.descending else DataRequest.id.asc()
    statement = _filtered(query, select(DataRequest)).order_by(order, tie)
    return statement.offset(offset).limit(limit)


def page(session: Session, query: RequestQuery, offset: int, limit: int) -> list[DataRequest]:
    return list(session.execute(page_statement(query, offset, limit)).scalars())


def count(session: Session, query: RequestQuery) -> int:
    statement = _filtered(query, select(func.count()).select_from(DataRequest))
    found: int = session.execute(statement).scalar_one()
    return found


def matches(session: Session, query: RequestQuery, request_id: int) -> bool:
    """Whether one request is among those ``query`` lists (after it changed)."""
    statement = _filtered(query, select(DataRequest.id)).where(DataRequest.id == request_id)
    return session.execute(statement).first() is not None


def counts_by_status(session: Session, query: RequestQuery) -> dict[str, int]:
    statement = _filtered(
        query, select(DataRequest.status, func.count()).select_from(DataRequest)
    ).group_by(DataRequest.status)
    return {status: number for status, number in session.execute(statement).all()}


def next_reference(session: Session, year: int) -> str:
    """DSR-YYYY-NNNN, numbered on: compared as numbers, so 10000 follows 9999."""
    prefix = f"DSR-{year}-"
    number = func.cast(func.substr(DataRequest.reference, len(prefix) + 1), Integer)
    write_turn.take(session)  # on a server, two desktops must not read the same largest
    last = session.execute(
        select(func.max(number)).where(DataRequest.reference.startswith(prefix))
    ).scalar_one()
    return f"{prefix}{(last or 0) + 1:04d}"


def open_duplicates(
    session: Session, request_type: str, email: str | None, customer_id: int | None
) -> list[str]:
    """References of open requests of the same type from the same person."""
    who = []
    if email:
        who.append(func.lower(DataRequest.requester_email) == email.lower())
    if customer_id is not None:
        who.append(DataRequest.customer_id == customer_id)
    if not who:
        return []
    statement = select(DataRequest.reference).where(
        DataRequest.type == request_type,
        DataRequest.status.in_([status.value for status in OPEN_STATUSES]),
        DataRequest.is_test.is_(False),
        or_(*who),
    )
    return list(session.execute(statement).scalars())


def customers_by_email(session: Session, email: str) -> list[Customer]:
    statement = select(Customer).where(func.lower(Customer.email) == email.lower())
    return list(session.execute(statement).scalars())


def customers_by_phone_digits(session: Session, tail: str) -> list[Customer]:
    """Customers whose phone ends in ``tail`` (the last 8 digits), compared digit by digit."""
    digits_only = func.replace(
        func.replace(func.replace(Customer.phone, " ", ""), "-", ""), "+", ""
    )
    statement = select(Customer).where(digits_only.like(f"%{tail}")).limit(10)
    return list(session.execute(statement).scalars())


def customers_by_order_numbers(session: Session, numbers: Sequence[str]) -> list[Customer]:
    if not numbers:
        return []
    statement = (
        select(Customer)
        .join(Order, Order.customer_id == Customer.id)
        .where(Order.number.in_(numbers))
    )
    return list(session.execute(statement).scalars().unique())


def extra_holidays(session: Session) -> dict[date, str]:
    return {row.day: row.name for row in session.execute(select(ExtraHoliday)).scalars()}


def attachments_of(session: Session, request_id: int) -> list[Row[int, str, int]]:
    statement = (
        select(RequestAttachment.id, RequestAttachment.filename, RequestAttachment.size)
        .where(RequestAttachment.request_id == request_id)
        .order_by(RequestAttachment.id)
    )
    return list(session.execute(statement).all())


def id_by_reference(session: Session, reference: str) -> int | None:
    statement = select(DataRequest.id).where(DataRequest.reference == reference)
    return session.execute(statement).scalar_one_or_none()


def max_request_id(session: Session) -> int:
    return session.execute(select(func.max(DataRequest.id))).scalar_one() or 0


def first_customers(session: Session, size: int) -> list[Row[int, str, str, str | None, str]]:
    """(id, first_name, last_name, email, language) of the first ``size`` customers."""
    statement = (
        select(
            Customer.id, Customer.first_name, Customer.last_name, Customer.email, Customer.language
        )
        .order_by(Customer.id)
        .limit(size)
    )
    return list(session.execute(statement).all())


def event_times(session: Session, request_id: int, kind: str) -> list[datetime]:
    """When each timeline entry of ``kind`` of the request happened (entries of this unit of
    work included)."""
    session.flush()
    statement = select(RequestEvent.at).where(
        RequestEvent.request_id == request_id, RequestEvent.kind == kind
    )
    return list(session.scalars(statement))
