"""The column layouts of the shop's own CSV exports, as data, and how a file is matched to one.

Where the header names come from:

- ``woocommerce-customers`` and ``woocommerce-orders``: the "Default" formats of SkyVerge's
  WooCommerce Customer/Order/Coupon CSV Export extension, as defined in its
  ``includes/class-wc-customer-order-csv-export-formats.php`` (``load_formats``: the
  customers ``default`` and the orders ``default`` definitions; header = column key, except
  ``order_date`` → ``date`` and ``download_permissions`` → ``download_permissions_granted``).
  The default orders format writes one row per order with its items packed into the
  ``line_items`` cell (``id:…|name:…|sku:…|quantity:…|subtotal:…`` joined by ``;``, with
  ``\\:``, ``\\|`` and ``\\;`` escaped). Its customers file also lists guests, with
  ``customer_id`` 0. The extension prefixes a cell starting with ``= + - @`` with ``'``.
- ``woocommerce-analytics-customers``: WooCommerce › Analytics › Customers › Download. The
  e-mailed export takes its header from ``get_export_columns`` in WooCommerce's
  ``src/Admin/API/Reports/Customers/Controller.php`` ("Sign Up", "Total Spend", "Postal
  Code"); the in-browser download takes the table's labels from
  ``client/analytics/report/customers/table.js`` ("Date registered", "Total spend", "Postal
  code"; "Username" is hidden by default and then left out). Both are accepted. It has no
  customer id, one "Name" and no phone or street: such a row updates a person found by
  e-mail, keeping what it does not carry.

A file is matched to a preset when its header holds every column of the preset's export
(letter case, surrounding spaces and column order may differ; extra columns are ignored).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    CUSTOMERS = "customers"
    ORDERS = "orders"


# Our fields, per kind, in the order the mapping dialog lists them.
CUSTOMER_FIELDS = (
    "email",
    "customer_id",
    "first_name",
    "last_name",
    "full_name",
    "phone",
    "registered",
    "username",
    "billing_email",
    "billing_first_name",
    "billing_last_name",
    "billing_address_1",
    "billing_address_2",
    "billing_city",
    "billing_postcode",
    "billing_country",
    "shipping_address_1",
    "shipping_address_2",
    "shipping_city",
    "shipping_postcode",
    "shipping_country",
)
ORDER_FIELDS = (
    "order_id",
    "order_number",
    "date",
    "status",
    "order_total",
    "currency",
    "customer_id",
    "billing_email",
    "billing_first_name",
    "billing_last_name",
    "billing_phone",
    "billing_address_1",
    "billing_address_2",
    "billing_city",
    "billing_postcode",
    "billing_country",
    "shipping_address_1",
    "shipping_address_2",
    "shipping_city",
    "shipping_postcode",
    "shipping_country",
    "line_items",
)
FIELDS = {Kind.CUSTOMERS: CUSTOMER_FIELDS, Kind.ORDERS: ORDER_FIELDS}
# Without these a row cannot be imported at all (one of each group is enough).
REQUIRED = {
    Kind.CUSTOMERS: (("email", "billing_email"),),
    Kind.ORDERS: (("order_id",), ("date",), ("status",), ("order_total",), ("billing_email",)),
}


@dataclass(frozen=True)
class Preset:
    name: str
    kind: Kind
    # Every column of the export; each with the spellings it comes in.
    header: tuple[tuple[str, ...], ...]
    # Our field → the column it is read from (one of the header's spellings).
    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _same(*names: str) -> tuple[tuple[str, ...], ...]:
    return tuple((n,) for n in names)


_ADDRESS = (
    "billing_address_1",
    "billing_address_2",
    "billing_city",
    "billing_postcode",
    "billing_country",
    "shipping_address_1",
    "shipping_address_2",
    "shipping_city",
    "shipping_postcode",
    "shipping_country",
)

WOOCOMMERCE_CUSTOMERS = Preset(
    name="woocommerce-customers",
    kind=Kind.CUSTOMERS,
    header=_same(
        "customer_id",
        "first_name",
        "last_name",
        "email",
        "date_registered",
        "billing_first_name",
        "billing_last_name",
        "billing_company",
        "billing_email",
        "billing_phone",
        "billing_address_1",
        "billing_address_2",
        "billing_postcode",
        "billing_city",
        "billing_state",
        "billing_country",
        "shipping_first_name",
        "shipping_last_name",
        "shipping_company",
        "shipping_address_1",
        "shipping_address_2",
        "shipping_postcode",
        "shipping_city",
        "shipping_state",
        "shipping_country",
    ),
    columns={
        "customer_id": ("customer_id",),
        "first_name": ("first_name",),
        "last_name": ("last_name",),
        "email": ("email",),
        "registered": ("date_registered",),
        "billing_email": ("billing_email",),
        "billing_first_name": ("billing_first_name",),
        "billing_last_name": ("billing_last_name",),
        "phone": ("billing_phone",),
        **{name: (name,) for name in _ADDRESS},
    },
)

WOOCOMMERCE_ORDERS = Preset(
    name="woocommerce-orders",
    kind=Kind.ORDERS,
    header=_same(
        "order_id",
        "order_number",
        "order_number_formatted",
        "date",
        "status",
        "shipping_total",
        "shipping_tax_total",
        "fee_total",
        "fee_tax_total",
        "tax_total",
        "discount_total",
        "order_total",
        "refunded_total",
        "order_currency",
        "payment_method",
        "shipping_method",
        "customer_id",
        "billing_first_name",
        "billing_last_name",
        "billing_company",
        "billing_email",
        "billing_phone",
        "billing_address_1",
        "billing_address_2",
        "billing_postcode",
        "billing_city",
        "billing_state",
        "billing_country",
        "shipping_first_name",
        "shipping_last_name",
        "shipping_address_1",
        "shipping_address_2",
        "shipping_postcode",
        "shipping_city",
        "shipping_state",
        "shipping_country",
        "shipping_company",
        "customer_note",
        "line_items",
        "shipping_items",
        "fee_items",
        "tax_items",
        "coupon_items",
        "refunds",
        "order_notes",
        "download_permissions_granted",
    ),
    columns={
        "order_id": ("order_id",),
        # A sequential-number plugin fills order_number_formatted; otherwise it is empty and
        # the order's number is its id, as in the REST import.
        "order_number": ("order_number_formatted",),
        "date": ("date",),
        "status": ("status",),
        "order_total": ("order_total",),
        "currency": ("order_currency",),
        "customer_id": ("customer_id",),
        "billing_email": ("billing_email",),
        "billing_first_name": ("billing_first_name",),
        "billing_last_name": ("billing_last_name",),
        "billing_phone": ("billing_phone",),
        "line_items": ("line_items",),
        **{name: (name,) for name in _ADDRESS},
    },
)

WOOCOMMERCE_ANALYTICS_CUSTOMERS = Preset(
    name="woocommerce-analytics-customers",
    kind=Kind.CUSTOMERS,
    header=(
        ("Name",),
        ("Last Active",),
        ("Sign Up", "Date registered"),
        ("Email",),
        ("Orders",),
        ("Total Spend",),
        ("AOV",),
        ("Country / Region",),
        ("City",),
        ("Region",),
        ("Postal Code",),
    ),
    columns={
        "full_name": ("Name",),
        "username": ("Username",),
        "registered": ("Sign Up", "Date registered"),
        "email": ("Email",),
        "billing_country": ("Country / Region",),
        "billing_city": ("City",),
        "billing_postcode": ("Postal Code",),
    },
)

PRESETS = {
    p.name: p for p in (WOOCOMMERCE_CUSTOMERS, WOOCOMMERCE_ORDERS, WOOCOMMERCE_ANALYTICS_CUSTOMERS)
}


def normalised(name: str) -> str:
    return " ".join(name.split()).casefold()


def matches(preset: Preset, header: tuple[str, ...]) -> bool:
    present = {normalised(h) for h in header}
    return all(any(normalised(s) in present for s in spellings) for spellings in preset.header)


def detect(header: tuple[str, ...], kind: Kind | None = None) -> Preset | None:
    """The preset whose export this header is (of ``kind`` when given), or None."""
    for preset in PRESETS.values():
        if (kind is None or preset.kind is kind) and matches(preset, header):
            return preset
    return None


def preset_columns(preset: Preset, header: tuple[str, ...]) -> dict[str, str]:
    """Our field → the file's own column name, for the preset's columns the file has."""
    by_name = {normalised(h): h for h in header}
    found = {}
    for name, spellings in preset.columns.items():
        for spelling in spellings:
            if normalised(spelling) in by_name:
                found[name] = by_name[normalised(spelling)]
                break
    return found


def shape(header: tuple[str, ...]) -> str:
    """A file's shape: its normalised header, hashed (the key a remembered mapping is kept
    under, so the same export next month maps itself)."""
    joined = "\x1f".join(normalised(h) for h in header)
    return hashlib.sha256(joined.encode()).hexdigest()[:40]
