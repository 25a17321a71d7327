"""SQL for newsletter lists: subscriptions by list and address, and what this office already
knows about the people on a list (their customer record, objections, withdrawals)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minime_admin.domain.newsletter import NEWSLETTER_PURPOSE, ConsentAction, SubscriptionStatus
from minime_admin.store.models import (
    ConsentEvent,
    Customer,
    MarketingObjection,
    NewsletterSubscription,
)

MARKETING_PURPOSE = "marketing"  # what an objection withdraws (customer_actions)


def subscriptions(
    session: Session, list_name: str, emails: Sequence[str]
) -> dict[str, NewsletterSubscription]:
    """Lower-case address → this list's subscription."""
    statement = select(NewsletterSubscription).where(
        NewsletterSubscription.list_name == list_name,
        NewsletterSubscription.email.in_(list(emails)),
    )
    return {s.email: s for s in session.execute(statement).scalars()}


def customers_by_email(session: Session, emails: Sequence[str]) -> dict[str, int]:
    """Lower-case address → the oldest live customer with it (as shop imports match)."""
    statement = (
        select(func.lower(Customer.email), Customer.id)
        .where(func.lower(Customer.email).in_(list(emails)), Customer.erased_at.is_(None))
        .order_by(Customer.id.desc())
    )
    return {email: customer_id for email, customer_id in session.execute(statement)}


def objectors(session: Session, customer_ids: Sequence[int]) -> set[int]:
    statement = select(MarketingObjection.customer_id).where(
        MarketingObjection.customer_id.in_(list(customer_ids))
    )
    return set(session.execute(statement).scalars())


def withdrawals(session: Session, customer_ids: Sequence[int]) -> dict[int, datetime]:
    """Customer → the latest newsletter withdrawal known here: a withdrawn consent, or the
    end of an unsubscribed subscription (in any list, or recorded here)."""
    ids = list(customer_ids)
    latest: dict[int, datetime] = {}
    events = (
        select(ConsentEvent.customer_id, func.max(ConsentEvent.occurred_at))
        .where(
            ConsentEvent.customer_id.in_(ids),
            ConsentEvent.action == ConsentAction.WITHDRAWN,
            ConsentEvent.purpose.in_((NEWSLETTER_PURPOSE, MARKETING_PURPOSE)),
        )
        .group_by(ConsentEvent.customer_id)
    )
    ended = (
        select(NewsletterSubscription.customer_id, func.max(NewsletterSubscription.unsubscribed_at))
        .where(
            NewsletterSubscription.customer_id.in_(ids),
            NewsletterSubscription.status == SubscriptionStatus.UNSUBSCRIBED,
        )
        .group_by(NewsletterSubscription.customer_id)
    )
    for statement in (events, ended):
        for customer_id, at in session.execute(statement):
            if customer_id is None or at is None:
                continue
            at = _aware(at)
            if customer_id not in latest or at > latest[customer_id]:
                latest[customer_id] = at
    return latest


def consent_events(
    session: Session, customer_ids: Sequence[int], channel: str
) -> set[tuple[int, str, datetime]]:
    """(customer, action, when) of the newsletter consent events this channel wrote."""
    statement = select(
        ConsentEvent.customer_id, ConsentEvent.action, ConsentEvent.occurred_at
    ).where(
        ConsentEvent.customer_id.in_(list(customer_ids)),
        ConsentEvent.purpose == NEWSLETTER_PURPOSE,
        ConsentEvent.channel == channel,
    )
    return {(c, a, _aware(at)) for c, a, at in session.execute(statement) if c is not None}


def active_subscriptions(
    session: Session, customer_ids: Sequence[int]
) -> list[NewsletterSubscription]:
    statement = select(NewsletterSubscription).where(
        NewsletterSubscription.customer_id.in_(list(customer_ids)),
        NewsletterSubscription.status == SubscriptionStatus.SUBSCRIBED,
    )
    return list(session.execute(statement).scalars())


def link_subscriptions(session: Session, customer_ids: Sequence[int]) -> int:
    """Give subscriptions kept without a customer (their address matched nobody when the
    list was read) to these customers, by e-mail; returns how many were linked."""
    if not customer_ids or not _has_orphans(session):
        return 0  # the usual case, asked in one indexed look-up
    owners: dict[str, int] = {}
    for customer_id, email in session.execute(
        select(Customer.id, func.lower(Customer.email))
        .where(
            Customer.id.in_(list(customer_ids)),
            Customer.email.is_not(None),
            Customer.erased_at.is_(None),
        )
        .order_by(Customer.id.desc())  # the oldest last: it wins, as in customers_by_email
    ):
        owners[str(email).strip()] = customer_id
    if not owners:
        return 0
    orphans = select(NewsletterSubscription).where(
        NewsletterSubscription.customer_id.is_(None),
        NewsletterSubscription.email.in_(list(owners)),
    )
    linked = 0
    for subscription in session.execute(orphans).scalars():
        subscription.customer_id = owners[subscription.email]
        linked += 1
    return linked


def _has_orphans(session: Session) -> bool:
    found = session.execute(
        select(NewsletterSubscription.id)
        .where(NewsletterSubscription.customer_id.is_(None))
        .limit(1)
    ).first()
    return found is not None


def assign(subscription: NewsletterSubscription, **values: object) -> bool:
    """Set what differs; True when anything did."""
    changed = False
    for name, value in values.items():
        if getattr(subscription, name) != value:
            setattr(subscription, name, value)
            changed = True
    return changed


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)
