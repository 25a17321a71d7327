"""Everything the shop holds about one person, by category, as the customer page shows it.

Opening the page is itself recorded: who looked at whom, and why (docs/architecture.md).
Each section carries its source, legal basis and retention rule; each row its own "kept
until" date (None: kept while the thing it records stands, e.g. an active subscription).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.category_info import BY_CATEGORY, CategoryInfo
from minime_admin.domain.inbox_row import RequestRow
from minime_admin.domain.shop_time import shop_day
from minime_admin.errors import NotFound, ViewReasonNeeded
from minime_admin.services import audit, requests, versions
from minime_admin.services.retention_rules import Rules, current_rules
from minime_admin.store import customer_repo, version_repo
from minime_admin.store import session as store_session
from minime_admin.store.models import (
    Account,
    Address,
    ConsentEvent,
    CookieConsent,
    LegalHold,
    MarketingObjection,
    NewsletterSubscription,
    Restriction,
    Review,
    VisitRecord,
)

VISIT_PAGE = 100
REQUESTS_LISTED = 50


@dataclass(frozen=True)
class Row:
    values: dict[str, Any]
    kept_until: date | None


@dataclass(frozen=True)
class Section:
    info: CategoryInfo
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    total: int  # more than len(rows) for paged sections (visits)


@dataclass(frozen=True)
class CustomerPage:
    customer_id: int
    name: str
    language: str
    restricted: bool
    sections: tuple[Section, ...] = field(default=())
    # The person's requests (linked to them), most urgent first: the page jumps to each.
    requests: tuple[RequestRow, ...] = field(default=())
    # The version read and the audit head then: an action started from this page is refused
    # if a colleague changed the person meanwhile (services/versions.py, #18.4).
    seen: versions.Seen | None = None

    def counts(self) -> dict[DataCategory, int]:
        return {section.info.category: section.total for section in self.sections}


def open_customer_page(
    session: Session,
    actor: Actor,
    customer_id: int,
    reason: str = "",
    request_reference: str | None = None,
) -> CustomerPage:
    """The whole page; refused without a reason or a request, and recorded in the audit log."""
    why = (request_reference or reason).strip()
    if not why:
        raise ViewReasonNeeded()
    page = read_customer_page(session, customer_id)
    # A request's reference is a code and stays in the entry; a typed reason is free text
    # and goes into a note that an erasure of this customer removes.
    audit.record(
        session,
        actor,
        AuditAction.CUSTOMER_VIEWED,
        "customer",
        customer_id,
        request_reference.strip()[:200] if request_reference else "",
        {"request": request_reference} if request_reference else {},
        note="" if request_reference else why[:200],
        note_customer_id=customer_id,
    )
    session.flush()
    return page


def read_customer_page(session: Session, customer_id: int) -> CustomerPage:
    person = customer_repo.customer(session, customer_id)
    if person is None:
        raise NotFound(kind="customer", ident=customer_id)
    builders = (
        _profile,
        _addresses,
        _account,
        _orders,
        _invoices,
        _payments,
        _newsletter,
        _consents,
        _objections,
        _cookies,
        _reviews,
        _visits,
        _disclosures,
        _restrictions,
        _holds,
    )
    rules = current_rules(session)
    sections = tuple(builder(session, customer_id, rules) for builder in builders)
    listed = requests.inbox_query(
        store_session.today(session), customer_id=customer_id, show_unverified=True,
        include_tests=True,
    )  # fmt: skip
    return CustomerPage(
        customer_id=customer_id,
        name=f"{person.first_name} {person.last_name}",
        language=person.language,
        restricted=customer_repo.active_restriction(session, customer_id) is not None,
        sections=sections,
        requests=tuple(requests.list_requests(session, listed, 0, REQUESTS_LISTED)),
        seen=versions.Seen(
            "customer", customer_id, person.version, version_repo.audit_head_seq(session)
        ),
    )


def visit_page(
    session: Session, customer_id: int, offset: int, limit: int = VISIT_PAGE
) -> list[Row]:
    rules = current_rules(session)
    return [
        _visit_row(v, rules) for v in customer_repo.visits_page(session, customer_id, offset, limit)
    ]


def _kept(rules: Rules, category: DataCategory, trigger: datetime | date | None) -> date | None:
    rule = rules[BY_CATEGORY[category].retention_rule]
    if isinstance(trigger, datetime):
        trigger = shop_day(trigger)
    return rule.kept_until(trigger)


def _section(category: DataCategory, columns: tuple[str, ...], rows: list[Row],
             total: int | None = None) -> Section:  # fmt: skip
    return Section(
        BY_CATEGORY[category], columns, tuple(rows), len(rows) if total is None else total
    )


def _profile(session: Session, cid: int, rules: Rules) -> Section:
    p = customer_repo.customer(session, cid)
    assert p is not None
    values = {"first_name": p.first_name, "last_name": p.last_name, "email": p.email,
              "phone": p.phone, "language": p.language, "created_at": p.created_at,
              "external_id": p.external_id}  # fmt: skip
    trigger = p.last_activity_at or p.created_at
    return _section(
        DataCategory.PROFILE,
        tuple(values),
        [Row(values, _kept(rules, DataCategory.PROFILE, trigger))],
    )


def _addresses(session: Session, cid: int, rules: Rules) -> Section:
    person = customer_repo.customer(session, cid)
    trigger = person.last_activity_at or person.created_at if person else None
    rows = [
        Row({"id": a.id, "kind": a.kind, "street": a.street, "city": a.city,
             "postal_code": a.postal_code, "country": a.country},
            _kept(rules, DataCategory.ADDRESS, trigger))
        for a in customer_repo.rows_of(session, Address, cid, Address.id)
    ]  # fmt: skip
    return _section(
        DataCategory.ADDRESS, ("id", "kind", "street", "city", "postal_code", "country"), rows
    )


def _account(session: Session, cid: int, rules: Rules) -> Section:
    rows = [
        Row({"username": a.username, "status": a.status, "created_at": a.created_at,
             "last_login_at": a.last_login_at},
            _kept(rules, DataCategory.ACCOUNT, a.last_login_at or a.created_at))
        for a in customer_repo.rows_of(session, Account, cid, Account.id)
    ]  # fmt: skip
    return _section(
        DataCategory.ACCOUNT, ("username", "status", "created_at", "last_login_at"), rows
    )


def _orders(session: Session, cid: int, rules: Rules) -> Section:
    rows = []
    for order in customer_repo.orders_with_items(session, cid):
        items = "; ".join(f"{i.quantity} × {i.product_name}" for i in order.items)
        rows.append(Row({"number": order.number, "placed_at": order.placed_at,
                         "status": order.status, "total": _euro(order.total_cents),
                         "items": items, "shipping_address": order.shipping_address},
                        _kept(rules, DataCategory.ORDER, order.placed_at)))  # fmt: skip
    columns = ("number", "placed_at", "status", "total", "items", "shipping_address")
    return _section(DataCategory.ORDER, columns, rows)


def _invoices(session: Session, cid: int, rules: Rules) -> Section:
    rows = [
        Row({"number": inv.number, "order": number, "issued_at": inv.issued_at,
             "buyer_name": inv.buyer_name, "total": _euro(inv.total_cents)},
            _kept(rules, DataCategory.INVOICE, inv.issued_at))
        for inv, number in customer_repo.invoices_of(session, cid)
    ]  # fmt: skip
    return _section(
        DataCategory.INVOICE, ("number", "order", "issued_at", "buyer_name", "total"), rows
    )


def _payments(session: Session, cid: int, rules: Rules) -> Section:
    rows = [
        Row({"order": order.number, "created_at": pay.created_at, "provider": pay.provider,
             "card": f"{pay.card_brand or ''} •••• {pay.card_last4}" if pay.card_last4 else "",
             "amount": _euro(pay.amount_cents), "status": pay.status},
            _kept(rules, DataCategory.PAYMENT, order.completed_at))
        for pay, order in customer_repo.payments_of(session, cid)
    ]  # fmt: skip
    columns = ("order", "created_at", "provider", "card", "amount", "status")
    return _section(DataCategory.PAYMENT, columns, rows)


def _newsletter(session: Session, cid: int, rules: Rules) -> Section:
    rows = [
        Row({"list_name": n.list_name, "email": n.email, "status": n.status,
             "subscribed_at": n.subscribed_at, "optin_ip": n.optin_ip,
             "confirmed_at": n.confirmed_at, "unsubscribed_at": n.unsubscribed_at},
            _kept(rules, DataCategory.NEWSLETTER, n.unsubscribed_at))
        for n in customer_repo.rows_of(
            session, NewsletterSubscription, cid, NewsletterSubscription.id
        )
    ]  # fmt: skip
    columns = ("list_name", "email", "status", "subscribed_at", "optin_ip", "confirmed_at",
               "unsubscribed_at")  # fmt: skip
    return _section(DataCategory.NEWSLETTER, columns, rows)


def _consents(session: Session, cid: int, rules: Rules) -> Section:
    events = customer_repo.rows_of(session, ConsentEvent, cid, ConsentEvent.occurred_at)
    withdrawn: dict[str, datetime] = {}
    for event in events:  # evidence of a consent is kept until after its withdrawal
        if event.action == "withdrawn":
            withdrawn.setdefault(event.purpose, event.occurred_at)
    rows = [
        Row({"occurred_at": e.occurred_at, "purpose": e.purpose, "action": e.action,
             "channel": e.channel, "wording": e.wording, "wording_version": e.wording_version},
            _kept(rules, DataCategory.CONSENT, withdrawn.get(e.purpose)))
        for e in events
    ]  # fmt: skip
    columns = ("occurred_at", "purpose", "action", "channel", "wording", "wording_version")
    return _section(DataCategory.CONSENT, columns, rows)


def _objections(session: Session, cid: int, rules: Rules) -> Section:
    rows = [
        Row({"received_at": o.received_at, "channel": o.channel, "scope": o.scope}, None)
        for o in customer_repo.rows_of(
            session, MarketingObjection, cid, MarketingObjection.received_at
        )
    ]  # fmt: skip
    return _section(DataCategory.MARKETING_OBJECTION, ("received_at", "channel", "scope"), rows)


def _cookies(session: Session, cid: int, rules: Rules) -> Section:
    rows = [
        Row({"given_at": c.given_at, "analytics": c.analytics, "advertising": c.advertising,
             "banner_version": c.banner_version},
            _kept(rules, DataCategory.COOKIE_CONSENT, c.given_at))
        for c in customer_repo.rows_of(session, CookieConsent, cid, CookieConsent.given_at)
    ]  # fmt: skip
    columns = ("given_at", "analytics", "advertising", "banner_version")
    return _section(DataCategory.COOKIE_CONSENT, columns, rows)


def _reviews(session: Session, cid: int, rules: Rules) -> Section:
    rows = [
        Row({"published_at": r.published_at, "product": r.product_name, "rating": r.rating,
             "title": r.title, "body": r.body, "status": r.status}, None)
        for r in customer_repo.rows_of(session, Review, cid, Review.published_at)
    ]  # fmt: skip
    columns = ("published_at", "product", "rating", "title", "body", "status")
    return _section(DataCategory.REVIEW, columns, rows)


def _visit_row(v: VisitRecord, rules: Rules) -> Row:
    return Row({"visited_at": v.visited_at, "ip_address": v.ip_address,
                "browser": f"{v.browser} {v.browser_version}", "os": v.operating_system,
                "language": v.language, "referrer": v.referrer, "page": v.page,
                "time_on_page_s": v.time_on_page_s, "site_search": v.site_search},
               _kept(rules, DataCategory.VISIT, v.visited_at))  # fmt: skip


def _visits(session: Session, cid: int, rules: Rules) -> Section:
    first = [_visit_row(v, rules) for v in customer_repo.visits_page(session, cid, 0, VISIT_PAGE)]
    total = customer_repo.count_where(session, VisitRecord, cid)
    columns = ("visited_at", "ip_address", "browser", "os", "language", "referrer", "page",
               "time_on_page_s", "site_search")  # fmt: skip
    return _section(DataCategory.VISIT, columns, first, total)


def _disclosures(session: Session, cid: int, rules: Rules) -> Section:
    rows = [
        Row({"disclosed_at": d.disclosed_at, "partner": p.name, "country": p.country,
             "third_country": p.third_country, "safeguards": p.safeguards,
             "data": d.data_categories, "legal_basis": d.legal_basis, "purpose": d.purpose},
            _kept(rules, DataCategory.DISCLOSURE, d.disclosed_at))
        for d, p in customer_repo.disclosures_of(session, cid)
    ]  # fmt: skip
    columns = ("disclosed_at", "partner", "country", "third_country", "safeguards", "data",
               "legal_basis", "purpose")  # fmt: skip
    return _section(DataCategory.DISCLOSURE, columns, rows)


def _restrictions(session: Session, cid: int, rules: Rules) -> Section:
    rows = [
        Row({"started_at": r.started_at, "lifted_at": r.lifted_at, "reason": r.reason},
            _kept(rules, DataCategory.RESTRICTION, r.lifted_at))
        for r in customer_repo.rows_of(session, Restriction, cid, Restriction.started_at)
    ]  # fmt: skip
    return _section(DataCategory.RESTRICTION, ("started_at", "lifted_at", "reason"), rows)


def _holds(session: Session, cid: int, rules: Rules) -> Section:
    rows = [
        Row({"id": h.id, "kind": h.kind, "started_on": h.started_on,
             "released_on": h.released_on, "reason": h.reason},
            _kept(rules, DataCategory.LEGAL_HOLD, h.released_on))
        for h in customer_repo.rows_of(session, LegalHold, cid, LegalHold.started_on)
    ]  # fmt: skip
    columns = ("id", "kind", "started_on", "released_on", "reason")  # the id ends a hold
    return _section(DataCategory.LEGAL_HOLD, columns, rows)


def _euro(cents: int) -> str:
    return f"{cents / 100:.2f} EUR"
