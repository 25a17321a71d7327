"""What people read for the customer page's codes: column names, stored codes, dates.

The services speak in stable keys (``first_name``, ``captured``, ``legal_obligation``);
these labels are marked with QT_TRANSLATE_NOOP under fixed contexts so that lupdate
collects them, and translated when shown, so a language switch needs no reload.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from minime_admin.domain.categories import DataCategory, LegalBasis
from minime_admin.domain.category_info import BY_CATEGORY, LEGAL_BASIS_LABELS, CategoryInfo
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.gui.formats import table_date, table_time
from minime_admin.gui.language import current_language

COLUMNS_CONTEXT = "CustomerColumns"
VALUES_CONTEXT = "CustomerValues"
CATEGORIES_CONTEXT = "categories"  # where domain/category_info.py marks its texts
KEPT_UNTIL = "kept_until"  # the column every section table adds after the service's columns

COLUMNS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("CustomerColumns", "First name"),
    "last_name": QT_TRANSLATE_NOOP("CustomerColumns", "Last name"),
    "email": QT_TRANSLATE_NOOP("CustomerColumns", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("CustomerColumns", "Phone"),
    "language": QT_TRANSLATE_NOOP("CustomerColumns", "Language"),
    "created_at": QT_TRANSLATE_NOOP("CustomerColumns", "Created"),
    "external_id": QT_TRANSLATE_NOOP("CustomerColumns", "Shop ID"),
    "id": QT_TRANSLATE_NOOP("CustomerColumns", "No."),
    "kind": QT_TRANSLATE_NOOP("CustomerColumns", "Kind"),
    "street": QT_TRANSLATE_NOOP("CustomerColumns", "Street"),
    "city": QT_TRANSLATE_NOOP("CustomerColumns", "City"),
    "postal_code": QT_TRANSLATE_NOOP("CustomerColumns", "Postal code"),
    "country": QT_TRANSLATE_NOOP("CustomerColumns", "Country"),
    "username": QT_TRANSLATE_NOOP("CustomerColumns", "User name"),
    "status": QT_TRANSLATE_NOOP("CustomerColumns", "Status"),
    "last_login_at": QT_TRANSLATE_NOOP("CustomerColumns", "Last sign-in"),
    "number": QT_TRANSLATE_NOOP("CustomerColumns", "Number"),
    "placed_at": QT_TRANSLATE_NOOP("CustomerColumns", "Placed"),
    "total": QT_TRANSLATE_NOOP("CustomerColumns", "Total"),
    "items": QT_TRANSLATE_NOOP("CustomerColumns", "Items"),
    "shipping_address": QT_TRANSLATE_NOOP("CustomerColumns", "Delivery address"),
    "order": QT_TRANSLATE_NOOP("CustomerColumns", "Order"),
    "issued_at": QT_TRANSLATE_NOOP("CustomerColumns", "Issued"),
    "buyer_name": QT_TRANSLATE_NOOP("CustomerColumns", "Buyer"),
    "provider": QT_TRANSLATE_NOOP("CustomerColumns", "Provider"),
    "card": QT_TRANSLATE_NOOP("CustomerColumns", "Card"),
    "amount": QT_TRANSLATE_NOOP("CustomerColumns", "Amount"),
    "subscribed_at": QT_TRANSLATE_NOOP("CustomerColumns", "Subscribed"),
    "unsubscribed_at": QT_TRANSLATE_NOOP("CustomerColumns", "Unsubscribed"),
    "list_name": QT_TRANSLATE_NOOP("CustomerColumns", "List"),
    "optin_ip": QT_TRANSLATE_NOOP("CustomerColumns", "Opt-in IP"),
    "confirmed_at": QT_TRANSLATE_NOOP("CustomerColumns", "Confirmed"),
    "occurred_at": QT_TRANSLATE_NOOP("CustomerColumns", "When"),
    "purpose": QT_TRANSLATE_NOOP("CustomerColumns", "Purpose"),
    "action": QT_TRANSLATE_NOOP("CustomerColumns", "Event"),
    "channel": QT_TRANSLATE_NOOP("CustomerColumns", "How"),
    "wording": QT_TRANSLATE_NOOP("CustomerColumns", "Wording"),
    "wording_version": QT_TRANSLATE_NOOP("CustomerColumns", "Wording version"),
    "received_at": QT_TRANSLATE_NOOP("CustomerColumns", "Received"),
    "scope": QT_TRANSLATE_NOOP("CustomerColumns", "Scope"),
    "given_at": QT_TRANSLATE_NOOP("CustomerColumns", "Given"),
    "analytics": QT_TRANSLATE_NOOP("CustomerColumns", "Analytics"),
    "advertising": QT_TRANSLATE_NOOP("CustomerColumns", "Advertising"),
    "banner_version": QT_TRANSLATE_NOOP("CustomerColumns", "Banner version"),
    "published_at": QT_TRANSLATE_NOOP("CustomerColumns", "Published"),
    "product": QT_TRANSLATE_NOOP("CustomerColumns", "Product"),
    "rating": QT_TRANSLATE_NOOP("CustomerColumns", "Rating"),
    "title": QT_TRANSLATE_NOOP("CustomerColumns", "Title"),
    "body": QT_TRANSLATE_NOOP("CustomerColumns", "Text"),
    "visited_at": QT_TRANSLATE_NOOP("CustomerColumns", "Visited"),
    "ip_address": QT_TRANSLATE_NOOP("CustomerColumns", "IP address"),
    "browser": QT_TRANSLATE_NOOP("CustomerColumns", "Browser"),
    "os": QT_TRANSLATE_NOOP("CustomerColumns", "Operating system"),
    "referrer": QT_TRANSLATE_NOOP("CustomerColumns", "Came from"),
    "page": QT_TRANSLATE_NOOP("CustomerColumns", "Page"),
    "time_on_page_s": QT_TRANSLATE_NOOP("CustomerColumns", "Time on page (s)"),
    "site_search": QT_TRANSLATE_NOOP("CustomerColumns", "Site search"),
    "disclosed_at": QT_TRANSLATE_NOOP("CustomerColumns", "Disclosed"),
    "partner": QT_TRANSLATE_NOOP("CustomerColumns", "Partner"),
    "third_country": QT_TRANSLATE_NOOP("CustomerColumns", "Outside the EU/EEA"),
    "safeguards": QT_TRANSLATE_NOOP("CustomerColumns", "Safeguards"),
    "data": QT_TRANSLATE_NOOP("CustomerColumns", "Data"),
    "legal_basis": QT_TRANSLATE_NOOP("CustomerColumns", "Legal basis"),
    "started_at": QT_TRANSLATE_NOOP("CustomerColumns", "Started"),
    "lifted_at": QT_TRANSLATE_NOOP("CustomerColumns", "Lifted"),
    "reason": QT_TRANSLATE_NOOP("CustomerColumns", "Reason"),
    "started_on": QT_TRANSLATE_NOOP("CustomerColumns", "Started"),
    "released_on": QT_TRANSLATE_NOOP("CustomerColumns", "Released"),
    KEPT_UNTIL: QT_TRANSLATE_NOOP("CustomerColumns", "Kept until"),
}

# Stored codes shown in the columns below; anything else (free text) is shown as it is.
CODE_COLUMNS = frozenset({"status", "kind", "action", "channel", "scope", "purpose", "language"})
VALUES: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("CustomerValues", "active"),
    "closed": QT_TRANSLATE_NOOP("CustomerValues", "closed"),
    "billing": QT_TRANSLATE_NOOP("CustomerValues", "billing"),
    "shipping": QT_TRANSLATE_NOOP("CustomerValues", "delivery"),
    "given": QT_TRANSLATE_NOOP("CustomerValues", "given"),
    "withdrawn": QT_TRANSLATE_NOOP("CustomerValues", "withdrawn"),
    "checkout": QT_TRANSLATE_NOOP("CustomerValues", "at checkout"),
    "email_link": QT_TRANSLATE_NOOP("CustomerValues", "link in an e-mail"),
    Channel.WEB_FORM: QT_TRANSLATE_NOOP("CustomerValues", "web form"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("CustomerValues", "e-mail"),
    Channel.PHONE: QT_TRANSLATE_NOOP("CustomerValues", "phone"),
    Channel.LETTER: QT_TRANSLATE_NOOP("CustomerValues", "letter"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("CustomerValues", "in person"),
    "newsletter": QT_TRANSLATE_NOOP("CustomerValues", "newsletter"),
    "personalisation": QT_TRANSLATE_NOOP("CustomerValues", "personalised offers"),
    "marketing": QT_TRANSLATE_NOOP("CustomerValues", "direct marketing"),
    "all_direct_marketing": QT_TRANSLATE_NOOP("CustomerValues", "all direct marketing"),
    "profiling": QT_TRANSLATE_NOOP("CustomerValues", "profiling"),
    "subscribed": QT_TRANSLATE_NOOP("CustomerValues", "subscribed"),
    "unsubscribed": QT_TRANSLATE_NOOP("CustomerValues", "unsubscribed"),
    "cleaned": QT_TRANSLATE_NOOP("CustomerValues", "ended by the service (bounces)"),
    "mailchimp": QT_TRANSLATE_NOOP("CustomerValues", "Mailchimp"),
    "mailerlite": QT_TRANSLATE_NOOP("CustomerValues", "MailerLite"),
    "cancelled": QT_TRANSLATE_NOOP("CustomerValues", "cancelled"),
    "completed": QT_TRANSLATE_NOOP("CustomerValues", "completed"),
    "failed": QT_TRANSLATE_NOOP("CustomerValues", "failed"),
    "pending": QT_TRANSLATE_NOOP("CustomerValues", "pending"),
    "refunded": QT_TRANSLATE_NOOP("CustomerValues", "refunded"),
    "authorised": QT_TRANSLATE_NOOP("CustomerValues", "authorised"),
    "captured": QT_TRANSLATE_NOOP("CustomerValues", "captured"),
    "hidden": QT_TRANSLATE_NOOP("CustomerValues", "hidden"),
    "published": QT_TRANSLATE_NOOP("CustomerValues", "published"),
    "chargeback": QT_TRANSLATE_NOOP("CustomerValues", "chargeback"),
    "dispute": QT_TRANSLATE_NOOP("CustomerValues", "dispute"),
    "lv": QT_TRANSLATE_NOOP("CustomerValues", "Latvian"),
    "en": QT_TRANSLATE_NOOP("CustomerValues", "English"),
}

# The channels a worker can say a customer's word came by (for the actions' records).
CHANNELS: tuple[str, ...] = tuple(channel.value for channel in Channel)
# Consents a customer may withdraw, as the consent events name them.
CONSENT_PURPOSES: tuple[str, ...] = ("newsletter", "personalisation", "marketing")

REQUEST_TYPES: dict[str, str] = {
    RequestType.ACCESS: QT_TRANSLATE_NOOP("CustomerValues", "access"),
    RequestType.RECTIFICATION: QT_TRANSLATE_NOOP("CustomerValues", "rectification"),
    RequestType.ERASURE: QT_TRANSLATE_NOOP("CustomerValues", "erasure"),
    RequestType.RESTRICTION: QT_TRANSLATE_NOOP("CustomerValues", "restriction"),
    RequestType.PORTABILITY: QT_TRANSLATE_NOOP("CustomerValues", "portability"),
    RequestType.OBJECTION: QT_TRANSLATE_NOOP("CustomerValues", "objection"),
    RequestType.MARKETING_OBJECTION: QT_TRANSLATE_NOOP("CustomerValues", "marketing objection"),
    RequestType.CONSENT_WITHDRAWAL: QT_TRANSLATE_NOOP("CustomerValues", "consent withdrawal"),
    RequestType.UNSUBSCRIBE: QT_TRANSLATE_NOOP("CustomerValues", "unsubscribe"),
    RequestType.LEGAL_BASIS_QUESTION: QT_TRANSLATE_NOOP("CustomerValues", "legal basis question"),
    RequestType.OTHER: QT_TRANSLATE_NOOP("CustomerValues", "other"),
}


def column_label(key: str) -> str:
    source = COLUMNS.get(key)
    return QCoreApplication.translate(COLUMNS_CONTEXT, source) if source else key


def value_label(code: str) -> str:
    source = VALUES.get(code)
    return QCoreApplication.translate(VALUES_CONTEXT, source) if source else code


def request_type_label(code: str) -> str:
    source = REQUEST_TYPES.get(code)
    return QCoreApplication.translate(VALUES_CONTEXT, source) if source else code


def category_text(text: str) -> str:
    """A title, source or purpose from domain/category_info.py, in the UI's language."""
    return QCoreApplication.translate(CATEGORIES_CONTEXT, text)


def category_title(category: DataCategory) -> str:
    return category_text(BY_CATEGORY[category].title)


def legal_basis_label(basis: str) -> str:
    try:
        source = LEGAL_BASIS_LABELS[LegalBasis(basis)]
    except ValueError:
        return basis
    return category_text(source)


def basis_of(info: CategoryInfo) -> str:
    return legal_basis_label(info.legal_basis.value)


def ui_locale() -> QLocale:
    """The desktop's own formats when they are in the UI's language; else the language's."""
    system = QLocale.system()
    if system.name().split("_")[0] == current_language():
        return system
    return QLocale("lv_LV" if current_language() == "lv" else "en_GB")


def format_date(day: date) -> str:
    """28.11.2029 / 28 Nov 2029: the one form of a date in the UI (gui/formats.py)."""
    return table_date(day)


def format_datetime(moment: datetime) -> str:
    """On the shop's (Riga) clock, as every time in the app (#15.11)."""
    return table_time(moment)


def kept_until_text(kept_until: date | None) -> str:
    if kept_until is None:
        return QCoreApplication.translate("CustomerValues", "while it stands")
    return format_date(kept_until)


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("CustomerValues", "yes")
        if value
        else QCoreApplication.translate("CustomerValues", "no")
    )


def format_value(column: str, value: Any) -> str:
    """One cell of a section table, as a person reads it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if column == "legal_basis":
        return legal_basis_label(str(value))
    if column == "data":  # which categories went to a partner, e.g. "invoice,order"
        return ", ".join(_category_or_code(code) for code in str(value).split(","))
    if column in CODE_COLUMNS:
        return value_label(str(value))
    return str(value)


def _category_or_code(code: str) -> str:
    try:
        return category_title(DataCategory(code.strip()))
    except ValueError:
        return code
