"""Art. 19 on record: after a rectification, erasure or restriction, each partner who received
the data is told, and the office records per partner when and how.

The app only prepares notices (services/erasure_letters.py); a worker who sent one records it
here. A customer's letter names a recipient as told only where this record shows it
(services/letters.py); otherwise it says the shop must tell them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.partner_notices import Change, Method
from minime_admin.errors import NotFound, PartnerNotARecipient, ToldInFuture
from minime_admin.services import audit, requests
from minime_admin.store import customer_repo, partner_notice_repo
from minime_admin.store import session as store_session
from minime_admin.store.models import PartnerNotification


@dataclass(frozen=True)
class Partner:
    id: int
    name: str
    country: str
    contact_email: str | None


@dataclass(frozen=True)
class Told:
    id: int
    partner: Partner
    change: Change
    told_on: date
    method: Method
    recorded_by: str
    request_reference: str | None


def recipients(session: Session, customer_id: int) -> list[Partner]:
    """Every partner who received some of the customer's data (the disclosure records)."""
    found = {
        partner.id: Partner(partner.id, partner.name, partner.country, partner.contact_email)
        for partner, _categories in customer_repo.partners_with_categories(session, customer_id)
    }
    return sorted(found.values(), key=lambda p: p.name)


def mark_told(
    session: Session,
    actor: Actor,
    customer_id: int,
    partner_id: int,
    change: Change,
    told_on: date,
    method: Method,
    request_id: int | None = None,
) -> int:
    """Record that ``partner_id`` was told of ``change`` on ``told_on`` (flushes only)."""
    if customer_repo.customer(session, customer_id) is None:
        raise NotFound(kind="customer", ident=customer_id)
    partner = next((p for p in recipients(session, customer_id) if p.id == partner_id), None)
    if partner is None:
        raise PartnerNotARecipient()
    if told_on > store_session.today(session):
        raise ToldInFuture()
    row = PartnerNotification(
        customer_id=customer_id,
        request_id=request_id,
        partner_id=partner_id,
        change=Change(change).value,
        told_on=told_on,
        method=Method(method).value,
        recorded_by=actor.name,
        recorded_at=store_session.now(session),
    )
    session.add(row)
    session.flush()
    reference = requests.note_on_request(
        session,
        actor,
        request_id,
        f"Art. 19: {partner.name} told of the {change.value} on {told_on.isoformat()} "
        f"({method.value})",
    )
    audit.record(
        session,
        actor,
        AuditAction.PARTNER_TOLD,
        "customer",
        customer_id,
        reference or "",
        {
            "partner_id": partner_id,
            "change": change.value,
            "told_on": told_on.isoformat(),
            "method": method.value,
            "request_id": request_id,
        },
    )
    session.flush()
    return row.id


def told_of(session: Session, customer_id: int) -> list[Told]:
    """What the record shows for the customer, newest first."""
    return [
        Told(
            row.id,
            Partner(partner.id, partner.name, partner.country, partner.contact_email),
            Change(row.change),
            row.told_on,
            Method(row.method),
            row.recorded_by,
            reference,
        )
        for row, partner, reference in partner_notice_repo.of_customer(session, customer_id)
    ]


def told_since(session: Session, customer_id: int, change: Change, since: date) -> dict[int, Told]:
    """Partner id → the first record of being told of ``change`` on or after ``since``."""
    found: dict[int, Told] = {}
    for told in reversed(told_of(session, customer_id)):  # oldest first
        if told.change is change and told.told_on >= since:
            found.setdefault(told.partner.id, told)
    return found
