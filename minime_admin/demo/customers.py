"""Fill an empty shop with invented, deterministic demo data.

The same (customers, seed, as_of) always yields the same rows, ids included: every random
choice comes from one ``random.Random(seed)`` in a fixed order and every instant is
computed from ``as_of``. Rows are generated as plain dicts, a chunk of customers at a
time, and written with Core executemany (store.bulk); nothing is committed here, so the
caller's rollback undoes a cancelled run.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.demo import data as words
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.categories import DataCategory, LegalBasis
from minime_admin.progress import Progress, report
from minime_admin.services import audit
from minime_admin.store import bulk, personal_data
from minime_admin.store.base import Base
from minime_admin.store.models import (
    Account,
    Address,
    ConsentEvent,
    CookieConsent,
    Customer,
    Disclosure,
    Invoice,
    LegalHold,
    MarketingObjection,
    NewsletterSubscription,
    Order,
    OrderItem,
    Partner,
    PaymentTransaction,
    Restriction,
    Review,
    VisitRecord,
)

# The audit reason of seeding the demo (the audit page puts it into words).
DEMO_REASON = "demo data"

Row = dict[str, Any]

# Insert order: parents before children, as foreign keys are enforced. Every table that
# holds personal data (store/personal_data.py) is seeded; tests/test_demo_seed.py checks
# each gets rows.
TABLES: tuple[type[Base], ...] = (Partner, *personal_data.tagged())

HISTORY_DAYS = 3 * 365 + 1  # orders reach three years back from as_of
DAY = 86_400
VAT_PERCENT = 21  # Latvian standard rate; prices include it
# Orders per customer, as a lookup table indexed by int(random() * 100): mean 3.03.
_ORDER_COUNTS = tuple(
    n for n, weight in enumerate((8, 17, 20, 18, 14, 10, 7, 4, 2)) for _ in range(weight)
)
# The showcase customers (the first few) each carry one rare feature, so that even a tiny
# demo database shows every table and the demo always has an example to open.
_SHOWCASE_FEATURES = {"review": 0, "legal_hold": 1, "restriction": 2, "objection": 3}
_COURIER_CATEGORIES = f"{DataCategory.PROFILE},{DataCategory.ADDRESS}"
_PAYMENT_CATEGORIES = f"{DataCategory.PROFILE},{DataCategory.PAYMENT}"
_NEWSLETTER_CATEGORIES = f"{DataCategory.PROFILE},{DataCategory.NEWSLETTER}"
_ACCOUNTING_CATEGORIES = f"{DataCategory.INVOICE},{DataCategory.ORDER}"


def _vat_included(gross_cents: int) -> int:
    """The VAT inside a VAT-inclusive price, rounded half up to a cent."""
    return (2 * gross_cents * VAT_PERCENT + 100 + VAT_PERCENT) // (2 * (100 + VAT_PERCENT))


@dataclass(frozen=True)
class SeedSummary:
    """Rows written per table name."""

    counts: Mapping[str, int]

    @property
    def customers(self) -> int:
        return self.counts.get(Customer.__tablename__, 0)

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


class ShopNotEmpty(ValueError):
    """Demo data goes only into a database with no shop data yet."""


def seed_demo(
    session: Session,
    customers: int,
    seed: int,
    as_of: date,
    progress: Progress | None = None,
    *,
    actor: Actor,
) -> SeedSummary:
    """Write ``customers`` invented customers with their history up to ``as_of``.

    Calls ``progress(done_customers, customers)`` after each chunk and raises
    minime_admin.progress.Cancelled when it returns False. Does not commit.
    """
    if customers < 0:
        raise ValueError("customers must not be negative")
    _require_empty(session)
    generator = _Generator(random.Random(seed), as_of)
    counts = dict.fromkeys((model.__tablename__ for model in TABLES), 0)
    _write(session, generator.partners(), counts)
    report(progress, 0, customers)
    chunk = max(1, min(1000, -(-customers // 20)))  # ~20 progress steps, at most 1000 each
    for start in range(0, customers, chunk):
        _write(session, generator.customers(start, min(start + chunk, customers)), counts)
        report(progress, min(start + chunk, customers), customers)
    audit.record(
        session,
        actor,
        AuditAction.DEMO_SEEDED,
        "database",
        "",
        reason=DEMO_REASON,
        details={"seed": seed, "as_of": as_of.isoformat(), **counts},
    )
    return SeedSummary(counts=counts)


def _require_empty(session: Session) -> None:
    for model in TABLES:
        if bulk.has_rows(session, model):
            raise ShopNotEmpty(f"{model.__tablename__} already has rows")


def _write(session: Session, rows: Mapping[type[Base], list[Row]], counts: dict[str, int]) -> None:
    for model in TABLES:
        table_rows = rows.get(model)
        if table_rows:
            counts[model.__tablename__] += bulk.insert_rows(session, model, table_rows)


@dataclass
class _Person:
    """What the per-customer generators share about the customer being made."""

    id: int
    index: int  # position in the run: the first ones are the showcase
    first_name: str
    last_name: str
    email: str
    language: str
    created: int  # seconds since the generator's origin
    billing: str = ""
    shipping: str = ""
    last_activity: int = 0
    reviewed: bool = False

    @property
    def showcase(self) -> bool:
        return self.index < len(words.SHOWCASE_NAMES)

    def featured(self, feature: str) -> bool:
        return _SHOWCASE_FEATURES.get(feature) == self.index


@dataclass
class _Device:
    visitor_id: str
    browser: str
    version: str
    system: str
    language: str
    ips: tuple[str, ...]


class _Generator:
    """Row factory. Times are whole seconds from ``origin`` until turned into datetimes."""

    def __init__(self, rng: random.Random, as_of: date) -> None:
        self.rng = rng
        self.end = datetime.combine(as_of, time(), tzinfo=UTC)  # everything happens before
        self.origin = self.end - timedelta(days=HISTORY_DAYS)
        self.span = HISTORY_DAYS * DAY
        self.ids = dict.fromkeys(TABLES, 0)
        self.emails: set[str] = set()
        self.invoice_numbers: dict[int, int] = {}
        self.partner_ids: dict[str, int] = {}
        self.partner_info = {info.key: info for info in words.PARTNERS}
        self.rows: dict[type[Base], list[Row]] = {}

    # -- helpers ----------------------------------------------------------------------------

    def at(self, seconds: int) -> datetime:
        return self.origin + timedelta(seconds=seconds)

    def next_id(self, model: type[Base]) -> int:
        self.ids[model] += 1
        return self.ids[model]

    def add(self, model: type[Base], row: Row) -> None:
        self.rows[model].append(row)

    def pick(self, items: tuple[Any, ...]) -> Any:
        return items[int(self.rng.random() * len(items))]

    def between(self, start: int, stop: int) -> int:
        """A second in [start, stop), or start when the range is empty."""
        return start + int(self.rng.random() * max(stop - start, 1))

    def disclose(
        self, person: _Person, partner: str, when: int, categories: str, basis: str
    ) -> None:
        role = self.partner_info[partner].role
        self.add(
            Disclosure,
            {
                "id": self.next_id(Disclosure),
                "customer_id": person.id,
                "partner_id": self.partner_ids[partner],
                "disclosed_at": self.at(min(when, self.span - 1)),
                "data_categories": categories,
                "legal_basis": basis,
                "purpose": words.DISCLOSURE_PURPOSES[role],
            },
        )

    # -- partners ---------------------------------------------------------------------------

    def partners(self) -> dict[type[Base], list[Row]]:
        rows = []
        for info in words.PARTNERS:
            partner_id = self.next_id(Partner)
            self.partner_ids[info.key] = partner_id
            rows.append(
                {
                    "id": partner_id,
                    "name": info.name,
                    "role": info.role,
                    "country": info.country,
                    "third_country": info.third_country,
                    "safeguards": info.safeguards,
                    "contact_email": info.contact_email,
                }
            )
        return {Partner: rows}

    # -- customers --------------------------------------------------------------------------

    def customers(self, start: int, stop: int) -> dict[type[Base], list[Row]]:
        """Customers number ``start`` to ``stop - 1`` with all their rows."""
        self.rows = {model: [] for model in TABLES}
        for index in range(start, stop):
            self.customer(index)
        return self.rows

    def customer(self, index: int) -> None:
        person = self.person(index)
        self.addresses(person)
        orders = self.orders(person)
        self.newsletter(person)
        self.personalisation(person)
        self.visits(person)
        self.account(person)
        self.restriction(person)
        self.legal_hold(person, orders)
        self.add(Customer, self.customer_row(person))

    def person(self, index: int) -> _Person:
        r = self.rng.random
        if index < len(words.SHOWCASE_NAMES):
            first, last = words.SHOWCASE_NAMES[index]
            language = "lv"
        elif r() < 0.15:
            first, last = self.pick(words.ENGLISH_FIRST_NAMES), self.pick(words.ENGLISH_LAST_NAMES)
            language = "en"
        else:
            first, last = self.latvian_name()
            language = "lv"
        # Showcase customers are old enough to have a history.
        created = int(r() * self.span * (0.3 if index < len(words.SHOWCASE_NAMES) else 0.98))
        person = _Person(
            id=self.next_id(Customer),
            index=index,
            first_name=first,
            last_name=last,
            email=self.email(first, last, language),
            language=language,
            created=created,
        )
        person.last_activity = created
        return person

    def latvian_name(self) -> tuple[str, str]:
        r = self.rng.random
        female = r() < 0.55
        first = self.pick(words.FEMALE_FIRST_NAMES if female else words.MALE_FIRST_NAMES)
        last = self.pick(words.LAST_NAMES)[female]
        if r() < (0.06 if female else 0.01):  # double-barrelled, mostly married women
            other = self.pick(words.LAST_NAMES)[female]
            if other != last:
                last = f"{last}-{other}"
        return first, last

    def email(self, first: str, last: str, language: str) -> str:
        r = self.rng.random
        f = first.translate(words.ASCII_FOLD).lower()
        s = last.translate(words.ASCII_FOLD).lower().replace(" ", "")
        shape = int(r() * 6)
        if shape == 0:
            local = f"{f}{s}"
        elif shape == 1:
            local = f"{f[0]}.{s}"
        elif shape == 2:
            local = f"{f}.{s}{int(r() * 90) + 10}"
        elif shape == 3:
            local = f"{f}_{s}"
        else:
            local = f"{f}.{s}"
        domains = words.ENGLISH_EMAIL_DOMAINS if language == "en" else words.LATVIAN_EMAIL_DOMAINS
        domain = self.pick(domains)
        email, suffix = f"{local}@{domain}", 1
        while email in self.emails:
            suffix += 1
            email = f"{local}{suffix}@{domain}"
        self.emails.add(email)
        return email

    def phone(self) -> str | None:
        r = self.rng.random
        if r() < 0.07:
            return None
        digits = f"2{int(r() * 10_000_000):07d}"
        shape = int(r() * 4)
        if shape == 0:
            return f"+371 {digits[:4]} {digits[4:]}"
        if shape == 1:
            return f"+371{digits}"
        if shape == 2:
            return f"+371 {digits[:2]} {digits[2:5]} {digits[5:]}"
        return f"+371 {digits}"

    def customer_row(self, person: _Person) -> Row:
        return {
            "id": person.id,
            "external_id": None,
            "first_name": person.first_name,
            "last_name": person.last_name,
            "email": person.email,
            "phone": self.phone(),
            "language": person.language,
            "created_at": self.at(person.created),
            "last_activity_at": self.at(min(person.last_activity, self.span - 1)),
        }

    # -- addresses and account --------------------------------------------------------------

    def addresses(self, person: _Person) -> None:
        person.billing = person.shipping = self.address(person, "billing")
        if self.rng.random() < 0.35:  # a separate delivery address, e.g. at work
            person.shipping = self.address(person, "shipping")

    def address(self, person: _Person, kind: str) -> str:
        r = self.rng.random
        place = self.pick(words.PLACES)
        street = f"{place.street} {int(r() * 120) + 1}"
        if r() < 0.6:
            street += f"-{int(r() * 80) + 1}"
        self.add(
            Address,
            {
                "id": self.next_id(Address),
                "customer_id": person.id,
                "kind": kind,
                "street": street,
                "city": place.city,
                "postal_code": place.postal_code,
                "country": "LV",
            },
        )
        return f"{street}, {place.city}, {place.postal_code}"

    def account(self, person: _Person) -> None:
        r = self.rng.random
        if r() >= 0.75:
            return
        last_login = self.between(person.created, self.span)
        person.last_activity = max(person.last_activity, last_login)
        self.add(
            Account,
            {
                "id": self.next_id(Account),
                "customer_id": person.id,
                "external_id": None,
                "username": person.email.split("@", 1)[0],
                "created_at": self.at(person.created),
                "last_login_at": self.at(last_login),
                "status": "closed" if r() < 0.03 else "active",
            },
        )

    # -- orders -----------------------------------------------------------------------------

    def orders(self, person: _Person) -> list[tuple[int, int, str]]:
        """Write the customer's orders; returns (order id, completed second, status)."""
        r = self.rng.random
        count = _ORDER_COUNTS[int(r() * 100)]
        if person.showcase:
            count = max(count, 2)
        placed_times = sorted(self.between(person.created, self.span) for _ in range(count))
        card = (self.pick(words.CARD_BRANDS), f"{int(r() * 10_000):04d}")
        courier = self.pick(words.COURIERS)
        done: list[tuple[int, int, str]] = []
        invoice_years: set[int] = set()
        for number, placed in enumerate(placed_times):
            must_complete = person.showcase and number == 0
            order_id, completed, status = self.order(person, placed, card, courier, must_complete)
            if completed is not None:
                done.append((order_id, completed, status))
                self.accounting_disclosure(person, placed, invoice_years)
            person.last_activity = max(person.last_activity, placed)
        return done

    def order(
        self,
        person: _Person,
        placed: int,
        card: tuple[str, str],
        courier: str,
        must_complete: bool,
    ) -> tuple[int, int | None, str]:
        order_id = self.next_id(Order)
        total, products = self.items(order_id)
        status = self.order_status(placed)
        if must_complete:
            status = "completed"
        completed = None
        if status in ("completed", "refunded"):
            completed = min(placed + DAY + int(self.rng.random() * 4 * DAY), self.span - 1)
            self.invoice(person, order_id, placed, total)
            self.disclose(person, courier, placed + 3_600, _COURIER_CATEGORIES, LegalBasis.CONTRACT)
            self.review(person, products, completed)
        self.add(
            Order,
            {
                "id": order_id,
                "external_id": None,
                "customer_id": person.id,
                "number": str(100_000 + order_id),
                "placed_at": self.at(placed),
                "status": status,
                "completed_at": None if completed is None else self.at(completed),
                "total_cents": total,
                "currency": "EUR",
                "shipping_address": person.shipping,
            },
        )
        self.payment(person, order_id, placed, total, status, card)
        return order_id, completed, status

    def order_status(self, placed: int) -> str:
        x = self.rng.random()
        if self.span - placed < 5 * DAY and x < 0.6:
            return "pending"  # only recent orders can still be open
        if x < 0.78:
            return "completed"
        if x < 0.87:
            return "cancelled"
        if x < 0.93:
            return "failed"
        return "refunded"

    def items(self, order_id: int) -> tuple[int, list[str]]:
        r = self.rng.random
        total, names = 0, []
        for _ in range(1 + int(r() * r() * 4)):  # 1-4 lines, mostly one or two
            product = self.pick(words.PRODUCTS)
            x = r()
            quantity = 1 if x < 0.8 else 2 if x < 0.95 else 3
            total += quantity * product.price_cents
            names.append(product.name)
            self.add(
                OrderItem,
                {
                    "id": self.next_id(OrderItem),
                    "order_id": order_id,
                    "sku": product.sku,
                    "product_name": product.name,
                    "quantity": quantity,
                    "unit_price_cents": product.price_cents,
                },
            )
        return total, names

    def invoice(self, person: _Person, order_id: int, placed: int, total: int) -> None:
        issued = placed + 600 + int(self.rng.random() * 3_000)
        issued_at = self.at(min(issued, self.span - 1))
        year = issued_at.year
        self.invoice_numbers[year] = sequence = self.invoice_numbers.get(year, 0) + 1
        self.add(
            Invoice,
            {
                "id": self.next_id(Invoice),
                "order_id": order_id,
                "number": f"MM-{year}-{sequence:06d}",
                "issued_at": issued_at,
                "buyer_name": f"{person.first_name} {person.last_name}",
                "buyer_address": person.billing,
                "total_cents": total,
                "vat_cents": _vat_included(total),
            },
        )

    def payment(
        self,
        person: _Person,
        order_id: int,
        placed: int,
        total: int,
        status: str,
        card: tuple[str, str],
    ) -> None:
        r = self.rng.random
        # Completed payments should have been deleted (the policy says so); most are not yet.
        keep = {"completed": 0.85, "refunded": 0.9, "failed": 1.0}.get(status, 0.5)
        if r() >= keep:
            return
        state = {"completed": "captured", "refunded": "refunded", "failed": "failed"}
        provider = self.pick(words.PAYMENT_PROVIDERS)
        uses_card = provider == "stripe" or (provider == "maksekeskus" and r() < 0.5)
        when = min(placed + 30 + int(r() * 300), self.span - 1)
        self.add(
            PaymentTransaction,
            {
                "id": self.next_id(PaymentTransaction),
                "order_id": order_id,
                "provider": self.partner_info[provider].name,
                "provider_reference": self.payment_reference(provider),
                "card_brand": card[0] if uses_card else None,
                "card_last4": card[1] if uses_card else None,
                "amount_cents": total,
                "status": state.get(status, "authorised"),
                "created_at": self.at(when),
            },
        )
        self.disclose(person, provider, when, _PAYMENT_CATEGORIES, LegalBasis.CONTRACT)

    def payment_reference(self, provider: str) -> str:
        bits = self.rng.getrandbits(96)
        if provider == "stripe":
            return f"pi_{bits:024x}"
        if provider == "swedbank":
            return f"SWB{bits % 10**14:014d}"
        return f"MK-{bits:024x}"

    def accounting_disclosure(self, person: _Person, placed: int, years: set[int]) -> None:
        """The accounting firm gets each year's invoices: one disclosure per customer-year."""
        year = self.at(placed).year
        if year not in years:
            years.add(year)
            when = placed + 10 * DAY
            self.disclose(
                person, "accounting", when, _ACCOUNTING_CATEGORIES, LegalBasis.LEGAL_OBLIGATION
            )

    def review(self, person: _Person, products: list[str], completed: int) -> None:
        r = self.rng.random
        if r() >= 0.07 and not (person.featured("review") and not person.reviewed):
            return
        person.reviewed = True
        texts = words.REVIEWS_EN if person.language == "en" else words.REVIEWS_LV
        rating, title, body = self.pick(texts)
        self.add(
            Review,
            {
                "id": self.next_id(Review),
                "external_id": None,
                "customer_id": person.id,
                "product_name": self.pick(tuple(products)),
                "rating": rating,
                "title": title,
                "body": body,
                "published_at": self.at(
                    min(completed + 2 * DAY + int(r() * 18 * DAY), self.span - 1)
                ),
                "status": "hidden" if r() < 0.05 else "published",
            },
        )

    # -- consent ----------------------------------------------------------------------------

    def newsletter(self, person: _Person) -> None:
        r = self.rng.random
        objector = person.featured("objection")
        if r() >= 0.35 and not objector:
            if r() < 0.01:
                self.objection(
                    person, self.between(person.created, self.span), "profiling", "web_form"
                )
            return
        subscribed = self.between(
            person.created, person.created + (self.span - person.created) // 3
        )
        withdraws = r() < 0.22 or objector
        unsubscribed = self.between(subscribed, self.span) if withdraws else None
        self.add(
            NewsletterSubscription,
            {
                "id": self.next_id(NewsletterSubscription),
                "customer_id": person.id,
                "email": person.email,
                "status": "subscribed" if unsubscribed is None else "unsubscribed",
                "subscribed_at": self.at(subscribed),
                "unsubscribed_at": None if unsubscribed is None else self.at(unsubscribed),
            },
        )
        version, wording = self.newsletter_wording(subscribed)
        channel = "web_form" if r() < 0.6 else "checkout"
        self.consent(person, "newsletter", "given", subscribed, channel, wording, version)
        self.disclose(
            person, "mailchimp", subscribed + 60, _NEWSLETTER_CATEGORIES, LegalBasis.CONSENT
        )
        if unsubscribed is not None:
            self.consent(
                person,
                "newsletter",
                "withdrawn",
                unsubscribed,
                "email_link",
                words.NEWSLETTER_WITHDRAWAL_WORDING,
                "unsubscribe-2019-10",
            )
            x = 0.0 if objector else r()
            if x < 0.25:
                self.objection(person, unsubscribed, "all_direct_marketing", "email")
            elif x < 0.35:
                self.objection(person, unsubscribed, "newsletter", "email")

    def newsletter_wording(self, when: int) -> tuple[str, str]:
        day = self.at(when).date().isoformat()
        version, _, wording = words.NEWSLETTER_WORDINGS[0]
        for candidate, in_force, text in words.NEWSLETTER_WORDINGS:
            if in_force <= day:
                version, wording = candidate, text
        return version, wording

    def personalisation(self, person: _Person) -> None:
        r = self.rng.random
        if r() >= 0.1:
            return
        given = self.between(person.created, self.span)
        wording, version = words.PERSONALISATION_WORDING, words.PERSONALISATION_VERSION
        self.consent(person, "personalisation", "given", given, "web_form", wording, version)
        if r() < 0.2:
            withdrawn = self.between(given, self.span)
            self.consent(
                person, "personalisation", "withdrawn", withdrawn, "web_form", wording, version
            )

    def consent(
        self,
        person: _Person,
        purpose: str,
        action: str,
        when: int,
        channel: str,
        wording: str,
        version: str,
    ) -> None:
        self.add(
            ConsentEvent,
            {
                "id": self.next_id(ConsentEvent),
                "customer_id": person.id,
                "purpose": purpose,
                "action": action,
                "occurred_at": self.at(when),
                "channel": channel,
                "wording": wording,
                "wording_version": version,
            },
        )

    def objection(self, person: _Person, when: int, scope: str, channel: str) -> None:
        self.add(
            MarketingObjection,
            {
                "id": self.next_id(MarketingObjection),
                "customer_id": person.id,
                "received_at": self.at(when),
                "channel": channel,
                "scope": scope,
            },
        )

    # -- visits and cookies -----------------------------------------------------------------

    def visits(self, person: _Person) -> None:
        r = self.rng.random
        devices = [self.device(person) for _ in range(1 + (r() < 0.35))]
        first_seen = max(person.created - 3 * DAY, 0)
        times = sorted(self.between(first_seen, self.span) for _ in range(int(r() * 12) + 1))
        search_page = "/en/search" if person.language == "en" else "/lv/meklet"
        seen: set[int] = set()
        add, next_id, at, pick = self.add, self.next_id, self.at, self.pick
        for when in times:
            which = int(r() * len(devices)) if seen else 0
            device = devices[which]
            if which not in seen:  # the banner shows on a device's first visit
                seen.add(which)
                if r() < 0.85:
                    self.cookie_consent(person, device, when)
            searched = pick(words.SEARCH_QUERIES) if r() < 0.08 else None
            add(
                VisitRecord,
                {
                    "id": next_id(VisitRecord),
                    "customer_id": person.id,
                    "visitor_id": device.visitor_id,
                    "ip_address": device.ips[int(r() * len(device.ips))],
                    "browser": device.browser,
                    "browser_version": device.version,
                    "operating_system": device.system,
                    "language": device.language,
                    "referrer": pick(words.REFERRERS),
                    "page": search_page if searched else pick(words.PAGES),
                    "time_on_page_s": 3 + int(r() * r() * 600),
                    "site_search": searched,
                    "visited_at": at(when),
                },
            )
        person.last_activity = max(person.last_activity, times[-1])

    def device(self, person: _Person) -> _Device:
        r = self.rng.random
        browser = self.pick(words.BROWSERS)
        if browser.name == "Safari":
            system = "macOS 14" if r() < 0.3 else self.pick(("iOS 17", "iOS 18"))
        elif browser.name == "Samsung Internet":
            system = self.pick(("Android 13", "Android 14"))
        else:
            system = self.pick(words.MOBILE_SYSTEMS if r() < 0.45 else words.DESKTOP_SYSTEMS)
        if system.startswith("iOS") and browser.name != "Safari":
            system = "Android 14"  # other browsers on iOS report as Safari: keep it simple
        languages = (
            words.EN_BROWSER_LANGUAGES if person.language == "en" else words.LV_BROWSER_LANGUAGES
        )
        return _Device(
            visitor_id=f"{self.rng.getrandbits(128):032x}",
            browser=browser.name,
            version=self.pick(browser.versions),
            system=system,
            language=self.pick(languages),
            ips=tuple(self.ip_address() for _ in range(1 + int(r() * 2))),
        )

    def ip_address(self) -> str:
        r = self.rng.random
        if r() < 0.12:
            prefix = self.pick(words.IPV6_PREFIXES)
            return f"{prefix}:{int(r() * 65_536):x}:{int(r() * 65_536):x}::{int(r() * 65_536):x}"
        prefix = self.pick(words.IPV4_PREFIXES)
        return f"{prefix}.{int(r() * 256)}.{1 + int(r() * 254)}"

    def cookie_consent(self, person: _Person, device: _Device, when: int) -> None:
        r = self.rng.random
        day = self.at(when).date().isoformat()
        banner = words.COOKIE_BANNERS[0][0]
        for version, in_force in words.COOKIE_BANNERS:
            if in_force <= day:
                banner = version
        self.add(
            CookieConsent,
            {
                "id": self.next_id(CookieConsent),
                "customer_id": person.id,
                "visitor_id": device.visitor_id,
                "given_at": self.at(when),
                "analytics": r() < 0.7,
                "advertising": r() < 0.4,
                "banner_version": banner,
            },
        )

    # -- restrictions and legal holds -------------------------------------------------------

    def restriction(self, person: _Person) -> None:
        r = self.rng.random
        if r() >= 0.004 and not person.featured("restriction"):
            return
        started = self.between(person.created, self.span)
        lifted = self.between(started, self.span) if r() < 0.5 else None
        self.add(
            Restriction,
            {
                "id": self.next_id(Restriction),
                "customer_id": person.id,
                "reason": self.pick(words.RESTRICTION_REASONS),
                "started_at": self.at(started),
                "lifted_at": None if lifted is None else self.at(lifted),
            },
        )

    def legal_hold(self, person: _Person, orders: list[tuple[int, int, str]]) -> None:
        r = self.rng.random
        if not orders or (r() >= 0.006 and not person.featured("legal_hold")):
            return
        order_id, completed, status = orders[int(r() * len(orders))]
        kind = "chargeback" if status == "refunded" or r() < 0.4 else "dispute"
        last_day = self.end.date() - timedelta(days=1)
        started = min(self.at(completed + 5 * DAY + int(r() * 35 * DAY)).date(), last_day)
        released = started + timedelta(days=20 + int(r() * 100))
        self.add(
            LegalHold,
            {
                "id": self.next_id(LegalHold),
                "customer_id": person.id,
                "order_id": order_id,
                "kind": kind,
                "reason": self.pick(words.LEGAL_HOLD_REASONS[kind]),
                "started_on": started,
                "released_on": released if r() < 0.5 and released <= last_day else None,
            },
        )
