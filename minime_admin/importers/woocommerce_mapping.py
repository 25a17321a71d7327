"""WooCommerce JSON (REST API v3) → normalised records (importers/records.py).

Anything may arrive: every field is checked, and a record that cannot be used raises
``Rejected`` with a reason; nothing else escapes (tests feed random JSON to prove it).

Choices: instants come from the ``*_gmt`` fields (the others are in the site's time zone);
``processing`` and ``on-hold`` orders count as pending; a paid order (``date_paid_gmt``) has a
captured payment of its total, and each refund a refunded payment — dated by the order's
last change, since the order list does not date refunds (the refund happened no later);
of ``customer_user_agent`` only the browser, its version and the operating system are kept
(a VisitRecord at checkout, beside the IP address). The customer's checkout note is not
imported: the model has no place for free text on an order.
"""

from __future__ import annotations

import html
import ipaddress
import re
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from minime_admin.importers.records import (
    IN_TRASH,
    MISSING_FIELD,
    NO_EMAIL,
    TOO_LONG,
    AddressRecord,
    ItemRecord,
    OrderRecord,
    PaymentRecord,
    PersonRecord,
    Rejected,
    VisitRecordIn,
)

_ORDER_STATES = {
    "pending": "pending",
    "processing": "pending",
    "on-hold": "pending",
    "checkout-draft": "pending",
    "completed": "completed",
    "cancelled": "cancelled",
    "failed": "failed",
    "refunded": "refunded",
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}", re.ASCII)
_BROWSERS = tuple(
    (re.compile(rf"{token}/([\d.]+)", re.IGNORECASE), name)
    for token, name in (
        ("Edg", "Edge"),
        ("OPR", "Opera"),
        ("Firefox", "Firefox"),
        ("Chrome", "Chrome"),
    )
)
_SAFARI = re.compile(r"Version/([\d.]+).*Safari/", re.IGNORECASE)
# An amount as WooCommerce writes it ("12.30"): whole cents without Decimal, which cost
# more than the rest of an order's mapping; anything else goes the long way.
_PLAIN_AMOUNT = re.compile(r"(-?)([0-9]{1,9})(?:\.([0-9]{1,2}))?", re.ASCII)
_SYSTEMS = (
    ("android", "Android"),
    ("iphone", "iOS"),
    ("ipad", "iOS"),
    ("windows", "Windows"),
    ("mac os", "macOS"),
    ("linux", "Linux"),
)


def customer_from_json(data: Any) -> PersonRecord:
    """A customer with an account (``/customers``)."""
    record = _object(data, "customer")
    ident = _id(record, "id")
    billing = _object(record.get("billing", {}), "billing")
    shipping = _object(record.get("shipping", {}), "shipping")
    email = _email(record.get("email")) or _email(billing.get("email"))
    if email is None:
        raise Rejected(NO_EMAIL)
    return PersonRecord(
        external_id=str(ident),
        first_name=_text(record, "first_name", 100) or _text(billing, "first_name", 100),
        last_name=_text(record, "last_name", 100) or _text(billing, "last_name", 100),
        email=email,
        phone=_text(billing, "phone", 32) or None,
        created_at=_required_instant(record, "date_created_gmt"),
        username=_text(record, "username", 100) or None,
        addresses=_addresses(billing, shipping),
    )


def order_from_json(data: Any) -> OrderRecord:
    record = _object(data, "order")
    ident = _id(record, "id")
    status = _text(record, "status", 32)
    if status == "trash":
        raise Rejected(IN_TRASH)
    if status not in _ORDER_STATES:
        raise Rejected(MISSING_FIELD, field="status")
    owner = record.get("customer_id", 0)
    if type(owner) is not int or owner < 0:
        raise Rejected(MISSING_FIELD, field="customer_id")
    billing = _object(record.get("billing", {}), "billing")
    shipping = _object(record.get("shipping", {}), "shipping")
    email = _email(billing.get("email"))
    if owner == 0 and email is None:
        raise Rejected(NO_EMAIL)
    placed_at = _required_instant(record, "date_created_gmt")
    buyer = PersonRecord(
        external_id=str(owner) if owner else None,
        first_name=_text(billing, "first_name", 100),
        last_name=_text(billing, "last_name", 100),
        email=email or "",
        phone=_text(billing, "phone", 32) or None,
        created_at=placed_at,
        addresses=_addresses(billing, shipping),
    )
    currency = _text(record, "currency", 3).upper() or "EUR"
    return OrderRecord(
        external_id=str(ident),
        number=_text(record, "number", 32) or str(ident),
        customer_external_id=buyer.external_id,
        buyer=buyer,
        placed_at=placed_at,
        status=_ORDER_STATES[status],
        completed_at=_instant(record, "date_completed_gmt"),
        total_cents=_cents(record.get("total"), "total"),
        currency=currency,
        shipping_address=_one_line(shipping) or None,
        items=tuple(_item(line) for line in _list(record.get("line_items", []), "line_items")),
        visit=_visit(record),
        payments=_payments(record, ident),
    )


def _object(value: Any, name: str) -> dict[str, Any]:
    if value is None or value == []:  # PHP's empty array stands for an empty object
        return {}
    if not isinstance(value, dict):
        raise Rejected(MISSING_FIELD, field=name)
    return value


def _list(value: Any, name: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise Rejected(MISSING_FIELD, field=name)
    return value


def _id(record: dict[str, Any], name: str) -> int:
    value = record.get(name)
    if type(value) is not int or value <= 0:
        raise Rejected(MISSING_FIELD, field=name)
    return value


def _text(record: dict[str, Any], name: str, limit: int) -> str:
    value = record.get(name)
    if value is None:
        return ""
    if type(value) is not str:  # the usual case first: checked once, not per type
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise Rejected(MISSING_FIELD, field=name)
        value = str(value)
    if "&" in value:
        value = html.unescape(value)
    text = " ".join(value.split())
    if len(text) > limit:
        raise Rejected(TOO_LONG, field=name, limit=limit)
    return text


def _email(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) > 254 or not _EMAIL.match(text):
        return None
    return text


def _instant(record: dict[str, Any], name: str) -> datetime | None:
    if record.get(name) in (None, ""):
        return None
    return _required_instant(record, name)


def _required_instant(record: dict[str, Any], name: str) -> datetime:
    value = record.get(name)
    if not isinstance(value, str):
        raise Rejected(MISSING_FIELD, field=name)
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            return moment.replace(tzinfo=UTC)  # the _gmt fields carry no offset
        return moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise Rejected(MISSING_FIELD, field=name) from None


def _cents(value: Any, name: str) -> int:
    if type(value) is str:
        plain = _PLAIN_AMOUNT.fullmatch(value)
        if plain is not None:
            sign, whole, fraction = plain.groups()
            cents = int(whole) * 100 + int((fraction or "0").ljust(2, "0"))
            return -cents if sign else cents
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise Rejected(MISSING_FIELD, field=name)
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise Rejected(MISSING_FIELD, field=name) from None
    if not amount.is_finite() or abs(amount) >= 10**9:
        raise Rejected(MISSING_FIELD, field=name)
    return int((amount * 100).quantize(Decimal(1)))


def _item(value: Any) -> ItemRecord:
    line = _object(value, "line_items")
    quantity = line.get("quantity", 1)
    if type(quantity) is not int or not 0 <= quantity < 10**6:
        raise Rejected(MISSING_FIELD, field="quantity")
    subtotal = _cents(line.get("subtotal", "0"), "subtotal")
    product = line.get("product_id", 0)
    sku = _text(line, "sku", 64) or (f"product-{product}" if type(product) is int else "")
    return ItemRecord(
        sku=sku,
        product_name=_text(line, "name", 200),
        quantity=quantity,
        unit_price_cents=round(subtotal / quantity) if quantity else subtotal,
    )


def _payments(record: dict[str, Any], ident: int) -> tuple[PaymentRecord, ...]:
    provider = _text(record, "payment_method_title", 64) or _text(record, "payment_method", 64)
    found = []
    paid = _instant(record, "date_paid_gmt")
    if paid is not None:
        reference = _text(record, "transaction_id", 64) or f"order-{ident}"
        amount = abs(_cents(record.get("total"), "total"))
        found.append(PaymentRecord(provider, reference, amount, "captured", paid))
    refunds = _list(record.get("refunds", []), "refunds")
    if refunds:
        changed = _instant(record, "date_modified_gmt") or paid
        if changed is None:
            changed = _required_instant(record, "date_created_gmt")
        for value in refunds:
            refund = _object(value, "refunds")
            amount = abs(_cents(refund.get("total", "0"), "refunds"))
            reference = f"refund-{_id(refund, 'id')}"
            found.append(PaymentRecord(provider, reference, amount, "refunded", changed))
    return tuple(found)


def _addresses(billing: dict[str, Any], shipping: dict[str, Any]) -> tuple[AddressRecord, ...]:
    found = []
    for kind, part in (("billing", billing), ("shipping", shipping)):
        street = ", ".join(
            t for t in (_text(part, "address_1", 200), _text(part, "address_2", 200)) if t
        )
        city = _text(part, "city", 100)
        if not (street or city):
            continue
        if len(street) > 200:
            raise Rejected(TOO_LONG, field="address_1", limit=200)
        found.append(AddressRecord(kind, street, city, _text(part, "postcode", 16), _country(part)))
    return tuple(found)


def _country(part: dict[str, Any]) -> str:
    code = _text(part, "country", 64).upper()
    return code if len(code) == 2 and code.isalpha() else ""


def _one_line(shipping: dict[str, Any]) -> str:
    """The delivery address as the order shows it (the name is on the customer's profile)."""
    pieces = [
        _text(shipping, "address_1", 200),
        _text(shipping, "address_2", 200),
        " ".join(t for t in (_text(shipping, "postcode", 16), _text(shipping, "city", 100)) if t),
        _country(shipping),
    ]
    return ", ".join(p for p in pieces if p)


def _visit(record: dict[str, Any]) -> VisitRecordIn | None:
    address = record.get("customer_ip_address")
    if not isinstance(address, str) or not address:
        return None
    address = address.strip()
    if _IPV4.fullmatch(address) is not None:
        ip = address  # already as ipaddress writes it (no leading zeros): spared its parse
    else:
        try:
            ip = str(ipaddress.ip_address(address))
        except ValueError:
            return None
    agent = record.get("customer_user_agent")
    agent = agent if isinstance(agent, str) else ""
    browser, version = _browser(agent)
    return VisitRecordIn(ip, browser, version, _system(agent))


def _browser(agent: str) -> tuple[str, str]:
    for pattern, name in _BROWSERS:
        found = pattern.search(agent)
        if found:
            return name, found.group(1)[:16]
    found = _SAFARI.search(agent)
    if found:
        return "Safari", found.group(1)[:16]
    return "", ""


def _system(agent: str) -> str:
    lowered = agent.lower()
    return next((name for token, name in _SYSTEMS if token in lowered), "")
