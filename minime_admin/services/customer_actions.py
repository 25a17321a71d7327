"""What a worker does from the customer page: rectify (Art. 16), restrict (Art. 18), record
a direct-marketing objection (Art. 21(3)), an unsubscribe or a consent withdrawal (Art. 7(3)).

Each takes effect at once, writes the audit log (field names and ids, never the values),
notes itself on the linked request's timeline, and keeps the search index in step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.text import is_email, is_phone
from minime_admin.errors import (
    AlreadyRestricted,
    BadEmail,
    BadPhone,
    ConsentPurposeNeeded,
    HoldNotActive,
    HoldReleaseDay,
    LanguageInvalid,
    NotEditable,
    NotFound,
    NotRestricted,
    RectificationNeedsReason,
    RestrictionNeedsReason,
    ValueNeeded,
)
from minime_admin.services import audit, customer_search, requests
from minime_admin.store import customer_repo
from minime_admin.store import session as store_session
from minime_admin.store.models import (
    Address,
    ConsentEvent,
    Customer,
    LegalHold,
    MarketingObjection,
    Restriction,
)

PROFILE_FIELDS = {"first_name", "last_name", "email", "phone", "language"}
ADDRESS_FIELDS = {"street", "city", "postal_code", "country"}
_LANGUAGES = {"lv", "en"}


@dataclass(frozen=True)
class Recipient:
    """A partner who received this data and must be told of the change (Art. 19)."""

    partner_id: int
    name: str
    contact_email: str | None
    country: str


def rectify(
    session: Session,
    actor: Actor,
    customer_id: int,
    field: str,
    value: str,
    reason: str,
    address_id: int | None = None,
    request_id: int | None = None,
) -> list[Recipient]:
    """Correct one field; returns the partners to inform. Invalid values change nothing."""
    if not reason.strip():
        raise RectificationNeedsReason()
    value = value.strip()
    person = _customer(session, customer_id)
    if address_id is None:
        if field not in PROFILE_FIELDS:
            raise NotEditable(field=field)
        _validate(field, value)
        setattr(person, field, (value or None) if field in ("email", "phone") else value)
        category = DataCategory.PROFILE
    else:
        address = session.get(Address, address_id)
        if address is None or address.customer_id != customer_id or field not in ADDRESS_FIELDS:
            raise NotEditable(field=field)
        if not value:
            raise ValueNeeded()
        setattr(address, field, value)
        category = DataCategory.ADDRESS
    customer_search.refresh_customers(session, [customer_id])
    recipients = recipients_of(session, customer_id, category)
    details = {"field": field, "address_id": address_id, "recipients": len(recipients)}
    _record(
        session,
        actor,
        AuditAction.CUSTOMER_RECTIFIED,
        customer_id,
        request_id,
        details,
        f"Rectified {field} (Art. 16); partners to inform: {len(recipients)}",
        rectified_field=field,
    )
    session.flush()
    return recipients


def recipients_of(session: Session, customer_id: int, category: DataCategory) -> list[Recipient]:
    found: dict[int, Recipient] = {}
    for partner, categories in customer_repo.partners_with_categories(session, customer_id):
        if category.value in categories.split(","):
            found.setdefault(
                partner.id,
                Recipient(partner.id, partner.name, partner.contact_email, partner.country),
            )
    return sorted(found.values(), key=lambda r: r.name)


def restrict(
    session: Session, actor: Actor, customer_id: int, reason: str, request_id: int | None = None
) -> None:
    """Mark the customer: stored only, left out of marketing and all other processing."""
    _customer(session, customer_id)
    if not reason.strip():
        raise RestrictionNeedsReason()
    if customer_repo.active_restriction(session, customer_id) is not None:
        raise AlreadyRestricted()
    started = store_session.now(session)
    session.add(Restriction(customer_id=customer_id, reason=reason.strip(), started_at=started))
    _record(
        session,
        actor,
        AuditAction.CUSTOMER_RESTRICTED,
        customer_id,
        request_id,
        {},
        "Processing restricted (Art. 18)",
    )
    session.flush()


def lift_restriction(
    session: Session, actor: Actor, customer_id: int, request_id: int | None = None
) -> None:
    """Lift it; the person must have been told beforehand (Art. 18(3))."""
    restriction = customer_repo.active_restriction(session, customer_id)
    if restriction is None:
        raise NotRestricted()
    restriction.lifted_at = store_session.now(session)
    _record(
        session,
        actor,
        AuditAction.CUSTOMER_RESTRICTION_LIFTED,
        customer_id,
        request_id,
        {},
        "Restriction lifted",
    )
    session.flush()


def record_marketing_objection(
    session: Session,
    actor: Actor,
    customer_id: int,
    channel: str,
    request_id: int | None = None,
) -> None:
    """Absolute and immediate: no reason asked; every newsletter subscription ends too."""
    _customer(session, customer_id)
    now = store_session.now(session)
    session.add(
        MarketingObjection(
            customer_id=customer_id, received_at=now, channel=channel, scope="all_direct_marketing"
        )
    )
    _end_subscriptions(session, customer_id, now)
    session.add(
        ConsentEvent(
            customer_id=customer_id,
            purpose="marketing",
            action="withdrawn",
            occurred_at=now,
            channel=channel,
            wording="Objection to direct marketing (GDPR Art. 21(3))",
        )
    )
    _record(
        session,
        actor,
        AuditAction.CUSTOMER_MARKETING_OBJECTION,
        customer_id,
        request_id,
        {"channel": channel},
        "Direct-marketing objection recorded (Art. 21(3))",
    )
    session.flush()


def record_unsubscribe(
    session: Session,
    actor: Actor,
    customer_id: int,
    channel: str,
    request_id: int | None = None,
) -> int:
    """End the newsletter at once; returns how many subscriptions ended."""
    _customer(session, customer_id)
    now = store_session.now(session)
    ended = _end_subscriptions(session, customer_id, now)
    session.add(
        ConsentEvent(
            customer_id=customer_id,
            purpose="newsletter",
            action="withdrawn",
            occurred_at=now,
            channel=channel,
            wording="Unsubscribed",
        )
    )
    _record(
        session,
        actor,
        AuditAction.CUSTOMER_UNSUBSCRIBED,
        customer_id,
        request_id,
        {"channel": channel, "subscriptions": ended},
        "Newsletter unsubscribe recorded",
    )
    session.flush()
    return ended


def record_consent_withdrawal(
    session: Session,
    actor: Actor,
    customer_id: int,
    purpose: str,
    channel: str,
    request_id: int | None = None,
) -> None:
    _customer(session, customer_id)
    if not purpose.strip():
        raise ConsentPurposeNeeded()
    now = store_session.now(session)
    if purpose == "newsletter":
        _end_subscriptions(session, customer_id, now)
    session.add(
        ConsentEvent(
            customer_id=customer_id,
            purpose=purpose,
            action="withdrawn",
            occurred_at=now,
            channel=channel,
            wording="Consent withdrawn",
        )
    )
    _record(
        session,
        actor,
        AuditAction.CUSTOMER_CONSENT_WITHDRAWN,
        customer_id,
        request_id,
        {"purpose": purpose, "channel": channel},
        f"Consent withdrawn: {purpose} (Art. 7(3))",
    )
    session.flush()


def consents_in_force(session: Session, customer_id: int) -> list[str]:
    """The purposes whose latest consent event is a consent given, in the order given."""
    latest: dict[str, str] = {}
    events = customer_repo.rows_of(session, ConsentEvent, customer_id, ConsentEvent.occurred_at)
    for event in events:
        latest[event.purpose] = event.action
    return [purpose for purpose, action in latest.items() if action == "given"]


def consents_withdrawn_since(session: Session, customer_id: int, since: datetime) -> list[str]:
    """The purposes whose consent was withdrawn at or after ``since`` (a request's receipt)."""
    events = customer_repo.rows_of(session, ConsentEvent, customer_id, ConsentEvent.occurred_at)
    withdrawn = (e.purpose for e in events if e.action == "withdrawn" and e.occurred_at >= since)
    return list(dict.fromkeys(withdrawn))


def withdraw_every_consent(
    session: Session, actor: Actor, customer_id: int, channel: str, request_id: int | None = None
) -> list[str]:
    """A withdrawal that names no purpose ends every consent in force; returns the purposes."""
    purposes = consents_in_force(session, customer_id)
    for purpose in purposes:
        record_consent_withdrawal(session, actor, customer_id, purpose, channel, request_id)
    return purposes


def release_legal_hold(
    session: Session,
    actor: Actor,
    customer_id: int,
    hold_id: int,
    released_on: date | None = None,
    request_id: int | None = None,
) -> date:
    """End a hold (the dispute or chargeback is settled): from then on the records it held
    follow their own retention rule, and the hold's record its own (kept after the release)."""
    hold = session.get(LegalHold, hold_id)
    if hold is None or hold.customer_id != customer_id or hold.released_on is not None:
        raise HoldNotActive()
    day = released_on or store_session.today(session)
    if day < hold.started_on or day > store_session.today(session):
        raise HoldReleaseDay(value=hold.started_on.isoformat())
    hold.released_on = day
    _record(
        session,
        actor,
        AuditAction.CUSTOMER_LEGAL_HOLD_RELEASED,
        customer_id,
        request_id,
        {"hold_id": hold_id, "released_on": day.isoformat()},
        f"Legal hold #{hold_id} released on {day.isoformat()}",
    )
    session.flush()
    return day


def marketing_audience(session: Session) -> list[int]:
    """Customers a newsletter may go to: subscribed, not objecting, not restricted."""
    return customer_repo.marketing_audience(session)


def _validate(field: str, value: str) -> None:
    if field == "email" and value and not is_email(value):
        raise BadEmail(value=value[:80])
    if field == "phone" and value and not is_phone(value):
        raise BadPhone(value=value[:40])
    if field in ("first_name", "last_name") and not value:
        raise ValueNeeded()
    if field == "language" and value not in _LANGUAGES:
        raise LanguageInvalid()


def _end_subscriptions(session: Session, customer_id: int, now: datetime) -> int:
    ended = 0
    for subscription in customer_repo.newsletter_of(session, customer_id):
        if subscription.status == "subscribed":
            subscription.status, subscription.unsubscribed_at = "unsubscribed", now
            ended += 1
    return ended


def _record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    customer_id: int,
    request_id: int | None,
    details: Mapping[str, object],
    timeline_text: str,
    rectified_field: str | None = None,
) -> None:
    reference = requests.note_on_request(
        session, actor, request_id, timeline_text, rectified_field=rectified_field
    )
    # Every action changes the person's record, even one stored in another table (an
    # address, a restriction, a consent event): the version moves, so a colleague's page
    # opened before it refuses a change made on top (services/versions.py, #18.4).
    person = _customer(session, customer_id)
    person.version += 1
    audit.record(
        session,
        actor,
        action,
        "customer",
        customer_id,
        reference or "",
        {**details, "request_id": request_id},
    )


def _customer(session: Session, customer_id: int) -> Customer:
    person = customer_repo.customer(session, customer_id)
    if person is None:
        raise NotFound(kind="customer", ident=customer_id)
    return person
