"""SQL for the retention sweep: which records have outlived their rule, as id queries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time

from sqlalchemy import Select, and_, delete, func, select, update
from sqlalchemy.orm import Session

from minime_admin.domain.newsletter import ENDED
from minime_admin.domain.retention import RULES_BY_KEY
from minime_admin.store.base import Base, rows_changed, table_of
from minime_admin.store.breach_models import Breach, BreachAffected
from minime_admin.store.models import (
    Account,
    ConsentEvent,
    CookieConsent,
    Disclosure,
    LegalHold,
    NewsletterSubscription,
    Order,
    PaymentTransaction,
    Restriction,
    VisitRecord,
)
from minime_admin.store.request_models import DataRequest


def _instant(day: date) -> datetime:
    """The first instant after ``day`` (UTC): records from before it are past the cutoff."""
    return datetime.combine(day, time.min, UTC)


def due_queries(cutoffs: dict[str, date]) -> dict[str, tuple[type[Base], Select]]:  # type: ignore[type-arg]
    """rule key → (table, SELECT of the ids due now). ``cutoffs``: rule key → the last
    trigger day whose records may go (trigger + period < today)."""
    held_orders = select(LegalHold.order_id).where(
        LegalHold.released_on.is_(None), LegalHold.order_id.is_not(None)
    )
    held_customers = select(LegalHold.customer_id).where(LegalHold.released_on.is_(None))
    withdrawn = (
        select(
            ConsentEvent.customer_id,
            ConsentEvent.purpose,
            func.min(ConsentEvent.occurred_at).label("at"),
        )
        .where(ConsentEvent.action == "withdrawn")
        .group_by(ConsentEvent.customer_id, ConsentEvent.purpose)
        .subquery()
    )
    return {
        "payment_transaction": (
            PaymentTransaction,
            select(PaymentTransaction.id)
            .join(Order, Order.id == PaymentTransaction.order_id)
            .where(
                Order.completed_at.is_not(None),
                Order.completed_at < _instant(cutoffs["payment_transaction"]),
                PaymentTransaction.order_id.not_in(held_orders),
            ),
        ),
        "visit_record": (
            VisitRecord,
            select(VisitRecord.id).where(
                VisitRecord.visited_at < _instant(cutoffs["visit_record"])
            ),
        ),
        "cookie_consent": (
            CookieConsent,
            select(CookieConsent.id).where(
                CookieConsent.given_at < _instant(cutoffs["cookie_consent"])
            ),
        ),
        "newsletter_subscription": (
            NewsletterSubscription,
            select(NewsletterSubscription.id).where(
                NewsletterSubscription.status.in_(sorted(ENDED)),  # unsubscribed or cleaned
                NewsletterSubscription.unsubscribed_at
                < _instant(cutoffs["newsletter_subscription"]),
            ),
        ),
        "consent_evidence": (
            ConsentEvent,
            select(ConsentEvent.id)
            .join(
                withdrawn,
                and_(
                    withdrawn.c.customer_id == ConsentEvent.customer_id,
                    withdrawn.c.purpose == ConsentEvent.purpose,
                ),
            )
            .where(withdrawn.c.at < _instant(cutoffs["consent_evidence"])),
        ),
        "inactive_account": (
            Account,
            select(Account.id).where(
                func.coalesce(Account.last_login_at, Account.created_at)
                < _instant(cutoffs["inactive_account"]),
                Account.customer_id.not_in(held_customers),
            ),
        ),
        "disclosure_record": (
            Disclosure,
            select(Disclosure.id).where(
                Disclosure.disclosed_at < _instant(cutoffs["disclosure_record"])
            ),
        ),
        "restriction_record": (
            Restriction,
            select(Restriction.id).where(
                Restriction.lifted_at.is_not(None),
                Restriction.lifted_at < _instant(cutoffs["restriction_record"]),
            ),
        ),
        "legal_hold": (
            LegalHold,
            select(LegalHold.id).where(
                LegalHold.released_on.is_not(None), LegalHold.released_on < cutoffs["legal_hold"]
            ),
        ),
        "request_record": (
            DataRequest,
            select(DataRequest.id).where(
                DataRequest.closed_at.is_not(None),
                DataRequest.closed_at < _instant(cutoffs["request_record"]),
                DataRequest.requester_hash.is_(None),
                DataRequest.requester_name != "",
            ),
        ),
        "breach_affected_list": (
            Breach,
            select(Breach.id).where(
                Breach.aware_at < _instant(cutoffs["breach_affected_list"]),
                Breach.id.in_(select(BreachAffected.breach_id)),
            ),
        ),
    }


def swept_tables() -> dict[str, type[Base]]:
    """Rule key → the table the sweep acts on under that rule."""
    any_day = {key: date.min for key in RULES_BY_KEY}
    return {rule: model for rule, (model, _query) in due_queries(any_day).items()}


def count(session: Session, query: Select) -> int:  # type: ignore[type-arg]
    return session.execute(select(func.count()).select_from(query.subquery())).scalar_one()


def next_batch(session: Session, query: Select, size: int) -> list[int]:  # type: ignore[type-arg]
    return list(session.execute(query.limit(size)).scalars())


def customers_of(session: Session, model: type[Base], ids: Sequence[int]) -> set[int]:
    table = table_of(model)
    if "customer_id" in table.c:
        rows = session.execute(select(table.c.customer_id).where(table.c.id.in_(ids)))
        return {row[0] for row in rows if row[0] is not None}
    return set()


def delete_batch(session: Session, model: type[Base], ids: Sequence[int]) -> int:
    table = table_of(model)
    return rows_changed(session.execute(delete(table).where(table.c.id.in_(ids))))


def request_emails(session: Session, ids: Sequence[int]) -> list[tuple[int, str | None]]:
    rows = session.execute(
        select(DataRequest.id, DataRequest.requester_email).where(DataRequest.id.in_(ids))
    )
    return [(row[0], row[1]) for row in rows]


def hash_request_identifiers(session: Session, hashes: dict[int, str | None]) -> int:
    """Replace a request's identifiers with a salted hash; the record of the answer stays."""
    for request_id, digest in hashes.items():
        session.execute(
            update(DataRequest)
            .where(DataRequest.id == request_id)
            .values(
                requester_name="",
                requester_email=None,
                requester_phone=None,
                requester_folded="",
                subject=None,
                text="",
                requester_hash=digest,
            )
        )
    return len(hashes)


def drop_affected_lists(session: Session, breach_ids: Sequence[int]) -> int:
    """The breach stays on the register with its counts; the names of who it touched go."""
    statement = delete(BreachAffected).where(BreachAffected.breach_id.in_(breach_ids))
    return session.execute(statement).rowcount or 0  # type: ignore[attr-defined]
