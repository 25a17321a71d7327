"""SQL for the retention sweep: which records have outlived their rule, as id queries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time

from sqlalchemy import CompoundSelect, Select, and_, delete, exists, func, or_, select, update
from sqlalchemy.orm import Session

from minime_admin.domain.erasure import OPEN_ORDER_STATUSES
from minime_admin.domain.newsletter import ENDED
from minime_admin.domain.requests import OPEN_STATUSES, RequestEventKind, Status
from minime_admin.domain.retention import RULES_BY_KEY, financial_year_cutoff
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.store.base import Base, rows_changed, table_of
from minime_admin.store.breach_models import Breach, BreachAffected
from minime_admin.store.models import (
    Account,
    ConsentEvent,
    CookieConsent,
    Customer,
    Disclosure,
    Invoice,
    LegalHold,
    NewsletterSubscription,
    Order,
    PaymentTransaction,
    Restriction,
    VisitRecord,
)
from minime_admin.store.request_models import (
    ArchivedLetter,
    DataRequest,
    RequestAttachment,
    RequestEvent,
)

# A request's identity is settled once work on it started or it was done (confirmed), or it
# was refused or withdrawn: the copy of an ID document has then served its purpose.
_IDENTITY_SETTLED = (Status.IN_PROGRESS, Status.COMPLETED, Status.REFUSED, Status.WITHDRAWN)


def _instant(day: date) -> datetime:
    """The first instant after ``day`` (UTC): records from before it are past the cutoff."""
    return datetime.combine(day, time.min, UTC)


def _year_start(day: date) -> datetime:
    """The first instant of ``day`` in the shop's time zone (a financial year is a Riga
    calendar year), in UTC."""
    if day.year < 2:  # swept_tables() asks with date.min: no zone arithmetic before year 1
        return _instant(day)
    return datetime.combine(day, time.min, SHOP_ZONE).astimezone(UTC)


def protected_customers() -> CompoundSelect:  # type: ignore[type-arg]
    """Customers nothing may be bulk-erased or cut loose from: one with an unreleased legal
    hold, a restriction in force, an open request or an open order."""
    return (
        select(LegalHold.customer_id)
        .where(LegalHold.released_on.is_(None))
        .union(
            select(Restriction.customer_id).where(Restriction.lifted_at.is_(None)),
            select(DataRequest.customer_id).where(
                DataRequest.customer_id.is_not(None),
                DataRequest.status.in_([s.value for s in OPEN_STATUSES]),
            ),
            select(Order.customer_id).where(
                Order.customer_id.is_not(None), Order.status.in_(OPEN_ORDER_STATUSES)
            ),
        )
    )


def expired_customers(cutoffs: dict[str, date]) -> Select:  # type: ignore[type-arg]
    """Customers every record of whom has outlived its rule: no activity, no order and no
    account use within their periods, no newsletter subscription standing, and none of
    ``protected_customers``. Their erasure plan then keeps what the law still requires."""
    profile_cutoff = _instant(cutoffs["customer_profile"])
    recent_account = select(Account.customer_id).where(
        func.coalesce(Account.last_login_at, Account.created_at)
        >= _instant(cutoffs["inactive_account"])
    )
    recent_order = select(Order.customer_id).where(
        Order.customer_id.is_not(None), Order.placed_at >= profile_cutoff
    )
    subscribed = select(NewsletterSubscription.customer_id).where(
        NewsletterSubscription.customer_id.is_not(None),
        NewsletterSubscription.status == "subscribed",
    )
    # A released hold's record is kept for its own period (rule 'legal_hold'), and the erasure
    # plan retains it, so the orders it names could not go: such a customer waits until the
    # sweep has dropped the hold record.
    any_hold = select(LegalHold.customer_id)
    return (
        select(Customer.id)
        .where(
            Customer.erased_at.is_(None),
            func.coalesce(Customer.last_activity_at, Customer.created_at) < profile_cutoff,
            Customer.id.not_in(recent_account),
            Customer.id.not_in(recent_order),
            Customer.id.not_in(subscribed),
            Customer.id.not_in(any_hold),
            Customer.id.not_in(protected_customers()),
        )
        .order_by(Customer.id)
    )


def expired_orders(cutoffs: dict[str, date]) -> Select:  # type: ignore[type-arg]
    """Orders whose financial year ended more than rule 'accounting_document''s period ago
    and that still point to a person (their customer, a shipping address, an invoice or a
    payment): open orders, orders under a legal hold and orders of protected customers
    stay."""
    year_start = _year_start(financial_year_cutoff(cutoffs["accounting_document"]))
    held_orders = select(LegalHold.order_id).where(
        LegalHold.released_on.is_(None), LegalHold.order_id.is_not(None)
    )
    late_invoice = exists().where(Invoice.order_id == Order.id, Invoice.issued_at >= year_start)
    return select(Order.id).where(
        Order.placed_at < year_start,
        ~late_invoice,
        Order.status.not_in(OPEN_ORDER_STATUSES),
        Order.id.not_in(held_orders),
        or_(Order.customer_id.is_(None), Order.customer_id.not_in(protected_customers())),
        or_(
            Order.customer_id.is_not(None),
            Order.shipping_address.is_not(None),
            exists().where(Invoice.order_id == Order.id),
            exists().where(PaymentTransaction.order_id == Order.id),
        ),
    )


def due_queries(cutoffs: dict[str, date]) -> dict[str, tuple[type[Base], Select]]:  # type: ignore[type-arg]
    """rule key → (table, SELECT of the ids due now). ``cutoffs``: rule key → the last
    trigger day whose records may go (trigger + period < today)."""
    held_orders = select(LegalHold.order_id).where(
        LegalHold.released_on.is_(None), LegalHold.order_id.is_not(None)
    )
    held_customers = select(LegalHold.customer_id).where(LegalHold.released_on.is_(None))
    settled = (
        select(RequestEvent.request_id)
        .where(
            RequestEvent.kind == RequestEventKind.TRANSITION.value,
            RequestEvent.to_status.in_([s.value for s in _IDENTITY_SETTLED]),
            RequestEvent.at < _instant(cutoffs["identity_document"]),
        )
        .union(
            select(DataRequest.id).where(
                DataRequest.closed_at.is_not(None),
                DataRequest.closed_at < _instant(cutoffs["identity_document"]),
            )
        )
    )
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
        "identity_document": (
            RequestAttachment,
            select(RequestAttachment.id).where(RequestAttachment.request_id.in_(settled)),
        ),
        "request_letter": (
            ArchivedLetter,
            select(ArchivedLetter.id)
            .join(DataRequest, DataRequest.id == ArchivedLetter.request_id)
            .where(
                DataRequest.closed_at.is_not(None),
                DataRequest.closed_at < _instant(cutoffs["request_letter"]),
            ),
        ),
        # Last: a customer's expired accounting documents and other records go under their
        # own rules first, so each count above is what its rule removes.
        "accounting_document": (Order, expired_orders(cutoffs)),
        "customer_profile": (Customer, expired_customers(cutoffs)),
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


def delete_letters(session: Session, ids: Sequence[int]) -> int:
    """Archived letters; the timeline entries that noted them stay, without the link."""
    session.execute(
        update(RequestEvent).where(RequestEvent.letter_id.in_(ids)).values(letter_id=None)
    )
    return delete_batch(session, ArchivedLetter, ids)


def cut_orders_loose(session: Session, ids: Sequence[int]) -> int:
    """Accounting documents past their period: the invoices (with the buyer's name) and any
    payment data go; the order stays as an anonymous sale, its items with it."""
    session.execute(delete(Invoice).where(Invoice.order_id.in_(ids)))
    session.execute(delete(PaymentTransaction).where(PaymentTransaction.order_id.in_(ids)))
    statement = (
        update(Order).where(Order.id.in_(ids)).values(customer_id=None, shipping_address=None)
    )
    return rows_changed(session.execute(statement))


def drop_affected_lists(session: Session, breach_ids: Sequence[int]) -> int:
    """The breach stays on the register with its counts; the names of who it touched go."""
    statement = delete(BreachAffected).where(BreachAffected.breach_id.in_(breach_ids))
    return session.execute(statement).rowcount or 0  # type: ignore[attr-defined]
