"""SQL for the breach register and the selection of affected customers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Integer, delete, func, select
from sqlalchemy.orm import Session

from minime_admin.domain.breach import OutputKind
from minime_admin.store import write_turn
from minime_admin.store.breach_models import (
    Breach,
    BreachAffected,
    BreachEvent,
    BreachOutput,
    BreachSignOff,
    BreachSubmission,
)
from minime_admin.store.models import Customer, NewsletterSubscription, Order, VisitRecord


def next_reference(session: Session, year: int) -> str:
    prefix = f"BR-{year}-"
    number = func.cast(func.substr(Breach.reference, len(prefix) + 1), Integer)
    write_turn.take(session)  # on a server, two desktops must not read the same largest
    last = session.execute(
        select(func.max(number)).where(Breach.reference.startswith(prefix))
    ).scalar_one()
    return f"{prefix}{(last or 0) + 1:03d}"


def all_breaches(session: Session) -> list[Breach]:
    return list(session.execute(select(Breach).order_by(Breach.aware_at.desc())).scalars())


def stored_facts(session: Session, breach_id: int) -> dict[str, object]:
    """The breach row as stored (read past the session's objects): what a sign-off covers."""
    session.flush()
    table = Breach.__table__
    row = session.execute(select(table).where(table.c.id == breach_id)).mappings().one()
    return dict(row)


def registered_outputs(session: Session, sha256: str) -> list[tuple[str, int, datetime]]:
    """The kind, breach version and sign-off time each output with these bytes was
    registered with (the same bytes may be made again under a later sign-off)."""
    statement = (
        select(BreachOutput.kind, BreachSignOff.breach_version, BreachSignOff.signed_at)
        .join(BreachSignOff, BreachSignOff.id == BreachOutput.signoff_id)
        .where(BreachOutput.sha256 == sha256)
    )
    return [(kind, version, at) for kind, version, at in session.execute(statement)]


def events_of(session: Session, breach_id: int) -> list[BreachEvent]:
    statement = (
        select(BreachEvent).where(BreachEvent.breach_id == breach_id).order_by(BreachEvent.id)
    )
    return list(session.execute(statement).scalars())


def affected_ids(session: Session, breach_id: int) -> list[int]:
    statement = select(BreachAffected.customer_id).where(BreachAffected.breach_id == breach_id)
    return sorted(session.execute(statement).scalars())


def replace_affected(session: Session, breach_id: int, customer_ids: Sequence[int]) -> None:
    session.execute(delete(BreachAffected).where(BreachAffected.breach_id == breach_id))
    for start in range(0, len(customer_ids), 5000):
        session.add_all(
            BreachAffected(breach_id=breach_id, customer_id=c)
            for c in customer_ids[start : start + 5000]
        )
    session.flush()


def customers_with_orders_between(session: Session, start: datetime, end: datetime) -> list[int]:
    statement = (
        select(Order.customer_id)
        .where(Order.placed_at >= start, Order.placed_at < end, Order.customer_id.is_not(None))
        .distinct()
    )
    return sorted(c for c in session.execute(statement).scalars() if c is not None)


def newsletter_subscribers(session: Session) -> list[int]:
    statement = (
        select(NewsletterSubscription.customer_id)
        .where(
            NewsletterSubscription.status == "subscribed",
            NewsletterSubscription.customer_id.is_not(None),
        )
        .distinct()
    )
    return sorted(c for c in session.execute(statement).scalars() if c is not None)


def customers_with_visits_between(session: Session, start: datetime, end: datetime) -> list[int]:
    statement = (
        select(VisitRecord.customer_id)
        .where(
            VisitRecord.visited_at >= start,
            VisitRecord.visited_at < end,
            VisitRecord.customer_id.is_not(None),
        )
        .distinct()
    )
    return sorted(c for c in session.execute(statement).scalars() if c is not None)


def customers_by_emails_or_orders(
    session: Session, emails: Sequence[str], numbers: Sequence[str]
) -> list[int]:
    found: set[int] = set()
    lowered = [e.lower() for e in emails]
    for start in range(0, len(lowered), 5000):
        statement = select(Customer.id).where(
            func.lower(Customer.email).in_(lowered[start : start + 5000])
        )
        found.update(session.execute(statement).scalars())
    for start in range(0, len(numbers), 5000):
        owners = select(Order.customer_id).where(Order.number.in_(numbers[start : start + 5000]))
        found.update(c for c in session.execute(owners).scalars() if c is not None)
    return sorted(found)


def match_emails_and_orders(
    session: Session, emails: Sequence[str], numbers: Sequence[str]
) -> tuple[dict[str, int], dict[str, int]]:
    """Which customer each e-mail (lower-cased) and each order number belongs to; a value
    nobody has is absent, so a list's unmatched rows can be reported."""
    by_email: dict[str, int] = {}
    lowered = sorted({e.lower() for e in emails})
    for start in range(0, len(lowered), 5000):
        statement = select(func.lower(Customer.email), Customer.id).where(
            func.lower(Customer.email).in_(lowered[start : start + 5000])
        )
        by_email.update((email, cid) for email, cid in session.execute(statement))
    by_number: dict[str, int] = {}
    unique = sorted(set(numbers))
    for start in range(0, len(unique), 5000):
        owners = select(Order.number, Order.customer_id).where(
            Order.number.in_(unique[start : start + 5000]), Order.customer_id.is_not(None)
        )
        by_number.update(
            (number, cid) for number, cid in session.execute(owners) if cid is not None
        )
    return by_email, by_number


def letter_recipients(
    session: Session, customer_ids: Sequence[int]
) -> list[tuple[int, str, str, str | None]]:
    """(id, name, language, e-mail) of each affected customer still on file."""
    rows: list[tuple[int, str, str, str | None]] = []
    for start in range(0, len(customer_ids), 5000):
        statement = select(
            Customer.id, Customer.first_name, Customer.last_name, Customer.language, Customer.email
        ).where(Customer.id.in_(customer_ids[start : start + 5000]), Customer.erased_at.is_(None))
        rows += [
            (cid, f"{first} {last}", lang, email)
            for cid, first, last, lang, email in session.execute(statement)
        ]
    return rows


def current_signoff(session: Session, breach_id: int) -> BreachSignOff | None:
    statement = (
        select(BreachSignOff)
        .where(BreachSignOff.breach_id == breach_id)
        .order_by(BreachSignOff.id.desc())
        .limit(1)
    )
    return session.execute(statement).scalar_one_or_none()


def breaches_with_output(session: Session, kind: OutputKind) -> set[int]:
    statement = select(BreachOutput.breach_id).where(BreachOutput.kind == kind).distinct()
    return set(session.execute(statement).scalars())


def version_of(session: Session, reference: str) -> int | None:
    """The breach's version now (it grows with every change), or None if not registered."""
    statement = select(Breach.version).where(Breach.reference == reference)
    return session.execute(statement).scalar_one_or_none()


def submissions_of(session: Session, breach_id: int) -> list[BreachSubmission]:
    """The recorded submissions to the DVI, the earliest first."""
    return list(
        session.execute(
            select(BreachSubmission)
            .where(BreachSubmission.breach_id == breach_id)
            .order_by(BreachSubmission.submitted_at, BreachSubmission.id)
        ).scalars()
    )


def id_of(session: Session, reference: str) -> int | None:
    return session.execute(
        select(Breach.id).where(Breach.reference == reference)
    ).scalar_one_or_none()
