"""The shop's data about people, table by table, as the privacy policy describes it.

``external_id`` columns keep the web shop's own ids so that later imports update in place.
Money is in euro cents. Every instant is a UTCDateTime.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from minime_admin.domain.categories import DataCategory
from minime_admin.store.base import Base, PersonalData, UTCDateTime


class Customer(PersonalData, Base):
    __tablename__ = "customers"
    data_category = DataCategory.PROFILE
    retention_rule = "customer_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    phone: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(2), default="lv")  # letters go out in it
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_activity_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # After an erasure the row is an anonymous stub: these say when, and hold a salted
    # hash of the e-mail so a later request from the same person can be recognised.
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    identity_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    # +1 on every stored change of the row (migration 0024, see DataRequest.version).
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    __mapper_args__ = {"version_id_col": version}

    addresses: Mapped[list[Address]] = relationship(back_populates="customer")
    orders: Mapped[list[Order]] = relationship(back_populates="customer")


# Imports match e-mail addresses case-insensitively (``email COLLATE NOCASE IN (...)``, the
# same match as SQLite's ASCII-only lower(email)); without this index each look-up read the
# whole table. Migration 0020 creates it as ``(email COLLATE NOCASE)``, which SQLite reports,
# and the schema comparison sees, as an index on the column.
Index("ix_customers_email_nocase", Customer.email)


class Address(PersonalData, Base):
    __tablename__ = "addresses"
    data_category = DataCategory.ADDRESS
    retention_rule = "customer_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # billing | shipping
    street: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(100))
    postal_code: Mapped[str] = mapped_column(String(16))
    country: Mapped[str] = mapped_column(String(2), default="LV")

    customer: Mapped[Customer] = relationship(back_populates="addresses")


class Account(PersonalData, Base):
    __tablename__ = "accounts"
    data_category = DataCategory.ACCOUNT
    retention_rule = "inactive_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), unique=True)
    external_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    username: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | closed


class Order(PersonalData, Base):
    __tablename__ = "orders"
    data_category = DataCategory.ORDER
    retention_rule = "accounting_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # pending | completed | cancelled | failed | refunded
    status: Mapped[str] = mapped_column(String(16))
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    total_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    shipping_address: Mapped[str | None] = mapped_column(Text)

    customer: Mapped[Customer | None] = relationship(back_populates="orders")
    items: Mapped[list[OrderItem]] = relationship(back_populates="order")


class OrderItem(PersonalData, Base):
    __tablename__ = "order_items"
    data_category = DataCategory.ORDER
    retention_rule = "accounting_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    sku: Mapped[str] = mapped_column(String(64))
    product_name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_cents: Mapped[int] = mapped_column(Integer)

    order: Mapped[Order] = relationship(back_populates="items")


class Invoice(PersonalData, Base):
    __tablename__ = "invoices"
    data_category = DataCategory.INVOICE
    retention_rule = "accounting_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    buyer_name: Mapped[str] = mapped_column(String(200))  # as printed on the invoice
    buyer_address: Mapped[str | None] = mapped_column(Text)
    total_cents: Mapped[int] = mapped_column(Integer)
    vat_cents: Mapped[int] = mapped_column(Integer)


class PaymentTransaction(PersonalData, Base):
    __tablename__ = "payment_transactions"
    data_category = DataCategory.PAYMENT
    retention_rule = "payment_transaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    provider: Mapped[str] = mapped_column(String(64))
    provider_reference: Mapped[str] = mapped_column(String(64))
    card_brand: Mapped[str | None] = mapped_column(String(16))
    card_last4: Mapped[str | None] = mapped_column(String(4))
    amount_cents: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))  # authorised | captured | failed | refunded
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    order: Mapped[Order] = relationship()


class NewsletterSubscription(PersonalData, Base):
    __tablename__ = "newsletter_subscriptions"
    data_category = DataCategory.NEWSLETTER
    retention_rule = "newsletter_subscription"

    # One row per list and address (imports upsert by it); list_name is NULL for a
    # subscription recorded here rather than read from a newsletter service's export.
    __table_args__ = (UniqueConstraint("list_name", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    email: Mapped[str] = mapped_column(String(254), index=True)  # lower case when imported
    status: Mapped[str] = mapped_column(String(16))  # domain.newsletter.SubscriptionStatus
    subscribed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # None: not in export
    # When it ended: unsubscribed, or (status cleaned) removed by the service after bounces.
    unsubscribed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    list_name: Mapped[str | None] = mapped_column(String(64))
    optin_ip: Mapped[str | None] = mapped_column(String(45))  # where the export has them
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # double opt-in
    confirm_ip: Mapped[str | None] = mapped_column(String(45))


class ConsentEvent(PersonalData, Base):
    """Evidence of consent given or withdrawn: when, how, and which wording was shown."""

    __tablename__ = "consent_events"
    data_category = DataCategory.CONSENT
    retention_rule = "consent_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))  # newsletter | personalisation | ...
    action: Mapped[str] = mapped_column(String(16))  # given | withdrawn
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(32))  # web_form | email_link | phone | ...
    wording: Mapped[str | None] = mapped_column(Text)
    wording_version: Mapped[str | None] = mapped_column(String(32))


class MarketingObjection(PersonalData, Base):
    __tablename__ = "marketing_objections"
    data_category = DataCategory.MARKETING_OBJECTION
    retention_rule = "marketing_objection"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(String(32))  # all_direct_marketing | newsletter | profiling


class CookieConsent(PersonalData, Base):
    __tablename__ = "cookie_consents"
    data_category = DataCategory.COOKIE_CONSENT
    retention_rule = "cookie_consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    visitor_id: Mapped[str] = mapped_column(String(64), index=True)
    given_at: Mapped[datetime] = mapped_column(UTCDateTime)
    analytics: Mapped[bool] = mapped_column(Boolean)
    advertising: Mapped[bool] = mapped_column(Boolean)
    banner_version: Mapped[str] = mapped_column(String(32))


class Review(PersonalData, Base):
    __tablename__ = "reviews"
    data_category = DataCategory.REVIEW
    retention_rule = "published_content"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    product_name: Mapped[str] = mapped_column(String(200))
    rating: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16), default="published")


# The visitor id of every visit read from an access log (services/access_log_import.py), and
# the conditions of visit_records' two partial indexes, spelled as migration 0029 spells them.
ACCESS_LOG_VISITOR_ID = "access-log"
LINKED_VISIT_CONDITION = "customer_id IS NOT NULL"
VISITOR_ID_INDEXED = f"visitor_id <> '{ACCESS_LOG_VISITOR_ID}'"


class VisitRecord(PersonalData, Base):
    """Automatically collected visit data, one row per page view."""

    __tablename__ = "visit_records"
    data_category = DataCategory.VISIT
    retention_rule = "visit_record"
    # Partial (migration 0029): nearly every visit read from an access log is linked to nobody
    # and carries the same visitor id, so full indexes held a million entries that no query
    # looks for. "customer_id = ?" and "IN (...)" imply NOT NULL, so both databases use the
    # first for them; a look-up by visitor id must say VISITOR_ID_INDEXED to use the second.
    __table_args__ = (
        Index(
            "ix_visit_records_customer_id",
            "customer_id",
            sqlite_where=text(LINKED_VISIT_CONDITION),
            postgresql_where=text(LINKED_VISIT_CONDITION),
        ),
        Index(
            "ix_visit_records_visitor_id",
            "visitor_id",
            sqlite_where=text(VISITOR_ID_INDEXED),
            postgresql_where=text(VISITOR_ID_INDEXED),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    visitor_id: Mapped[str] = mapped_column(String(64))  # a shop import's key
    ip_address: Mapped[str] = mapped_column(String(45), index=True)
    browser: Mapped[str] = mapped_column(String(32))
    browser_version: Mapped[str] = mapped_column(String(16))
    operating_system: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(16))
    referrer: Mapped[str | None] = mapped_column(String(500))
    page: Mapped[str] = mapped_column(String(500))
    time_on_page_s: Mapped[int] = mapped_column(Integer)
    site_search: Mapped[str | None] = mapped_column(String(200))
    visited_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # A visit read from an access log: a hash of its line, so a second import (or the same
    # lines in a rotated file) adds nothing. NULL for visits from other sources.
    line_key: Mapped[str | None] = mapped_column(String(32), unique=True, index=True)


class Partner(Base):
    """A recipient of customer data (courier, payment provider, ...). Not personal data."""

    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(64))
    country: Mapped[str] = mapped_column(String(2))
    third_country: Mapped[bool] = mapped_column(Boolean, default=False)
    safeguards: Mapped[str | None] = mapped_column(Text)  # Art. 46 basis for a third country
    contact_email: Mapped[str | None] = mapped_column(String(254))


class Disclosure(PersonalData, Base):
    """A disclosure of one customer's data to a partner: the Art. 19 list of recipients."""

    __tablename__ = "disclosures"
    data_category = DataCategory.DISCLOSURE
    retention_rule = "disclosure_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    disclosed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    data_categories: Mapped[str] = mapped_column(String(200))  # comma-separated DataCategory
    legal_basis: Mapped[str] = mapped_column(String(32))
    purpose: Mapped[str] = mapped_column(String(200))


class Restriction(PersonalData, Base):
    __tablename__ = "restrictions"
    data_category = DataCategory.RESTRICTION
    retention_rule = "restriction_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class LegalHold(PersonalData, Base):
    """An open dispute, chargeback or authority request: blocks erasure of what it covers."""

    __tablename__ = "legal_holds"
    data_category = DataCategory.LEGAL_HOLD
    retention_rule = "legal_hold"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    kind: Mapped[str] = mapped_column(String(32))  # dispute | chargeback | authority_request
    reason: Mapped[str] = mapped_column(Text)
    started_on: Mapped[date] = mapped_column(Date)
    released_on: Mapped[date | None] = mapped_column(Date)


class PartnerNotification(Base):
    """That a partner who received a customer's data was told of a change to it (Art. 19):
    what, when, how, and who recorded it. The app prepares notices; only a person who sent
    one records it here. Ids, dates and staff names only (store/personal_data.UNTAGGED)."""

    __tablename__ = "partner_notifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    change: Mapped[str] = mapped_column(String(16))  # domain.partner_notices.Change
    told_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(16))  # domain.partner_notices.Method
    recorded_by: Mapped[str] = mapped_column(String(128))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
