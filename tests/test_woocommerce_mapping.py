"""WooCommerce JSON → records: the documented examples, and random JSON never crashing."""

from __future__ import annotations

import json
import os
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minime_admin.importers import woocommerce_mapping as mapping
from minime_admin.importers.records import OrderRecord, PersonRecord, Rejected

# The API reference's examples, outside the repository: MINIME_SHARED_DATA, else
# shared/data beside the checkout (as .ci/run lays it out).
EXAMPLES = (
    Path(
        os.environ.get("MINIME_SHARED_DATA")
        or Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    / "woocommerce"
)
CUSTOMER: dict[str, Any] = {
    "id": 26,
    "date_created_gmt": "2017-03-21T19:11:14",
    "email": "ilze@example.lv",
    "first_name": "Ilze",
    "last_name": "Bērziņa",
    "username": "ilze",
    "billing": {"address_1": "Rostokas 7", "city": "Rīga", "postcode": "LV-1029",
                "country": "LV", "email": "ilze@example.lv", "phone": "+371 29123456"},
    "shipping": [],
}  # fmt: skip


@pytest.mark.skipif(not EXAMPLES.exists(), reason="the shared API examples are not here")
def test_the_documented_examples() -> None:
    customers = json.loads((EXAMPLES / "list_customers_example.json").read_text())
    people = [mapping.customer_from_json(c) for c in customers]
    assert people[0].first_name == "João" and people[0].external_id == "26"
    assert people[0].created_at.isoformat() == "2017-03-21T19:11:14+00:00"
    assert [a.kind for a in people[0].addresses] == ["billing", "shipping"]
    orders = json.loads((EXAMPLES / "list_orders_example.json").read_text())
    guest, registered = (mapping.order_from_json(o) for o in orders)
    assert guest.customer_external_id is None and guest.buyer.email == "john.doe@example.com"
    assert guest.status == "pending" and guest.total_cents == 2935 and guest.visit is None
    assert guest.items[1].product_name == "Ship Your Idea – Color: Black, Size: M Test"
    assert guest.items[0].unit_price_cents == 300 and guest.items[0].sku == "product-93"
    assert registered.customer_external_id == "26" and registered.completed_at is not None
    assert registered.visit is not None and registered.visit.browser == "Firefox"
    assert registered.visit.browser_version == "52.0" and registered.visit.ip_address == "127.0.0.1"


def test_a_customer_without_email_or_id_is_rejected_with_a_reason() -> None:
    assert isinstance(mapping.customer_from_json(CUSTOMER), PersonRecord)
    with pytest.raises(Rejected) as raised:
        mapping.customer_from_json({**CUSTOMER, "email": "", "billing": {}})
    assert raised.value.reason == "no valid e-mail address"
    with pytest.raises(Rejected) as raised:
        mapping.customer_from_json({**CUSTOMER, "id": "26"})
    assert raised.value.params == {"field": "id"}
    with pytest.raises(Rejected):
        mapping.customer_from_json({**CUSTOMER, "first_name": "x" * 101})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)
FIELDS = [
    "id",
    "email",
    "first_name",
    "last_name",
    "username",
    "billing",
    "shipping",
    "date_created_gmt",
    "date_completed_gmt",
    "status",
    "customer_id",
    "total",
    "number",
    "currency",
    "line_items",
    "customer_ip_address",
    "customer_user_agent",
]
json_records = st.one_of(
    json_values,
    st.fixed_dictionaries({}, optional={name: json_values for name in FIELDS}),
    st.builds(
        lambda extra: {**CUSTOMER, **extra}, st.dictionaries(st.sampled_from(FIELDS), json_values)
    ),
)


@settings(max_examples=400, deadline=None)
@given(json_records)
def test_random_json_never_crashes_the_mapping(record: Any) -> None:
    for convert, kind in ((mapping.customer_from_json, PersonRecord),
                          (mapping.order_from_json, OrderRecord)):  # fmt: skip
        try:
            result = convert(record)
        except Rejected as rejected:
            assert rejected.reason  # always a reason, which formats with its parameters
            assert rejected.reason.format(**rejected.params)
        else:
            assert isinstance(result, kind)


@pytest.mark.parametrize(
    "amount",
    [
        "0",
        "0.5",
        "-0.5",
        "12.30",
        "12.3",
        "-12.34",
        "007.1",
        "999999999.99",
        "1.",
        ".5",
        "1.235",
        " 12.30",
        "+3.10",
        "1e3",
        "12,30",
        "1000000000",
        "NaN",
        12,
        12.5,
        -0.004,
        True,
        None,
    ],
)
def test_amounts_in_cents_as_decimal_gives_them(amount: Any) -> None:
    """The plain amounts' short way (no Decimal) gives what Decimal does, or refuses alike."""
    try:
        if isinstance(amount, bool) or amount is None:
            raise InvalidOperation
        exact = Decimal(str(amount))
        if not exact.is_finite() or abs(exact) >= 10**9:
            raise InvalidOperation
        expected: int | None = int((exact * 100).quantize(Decimal(1)))
    except InvalidOperation:
        expected = None
    try:
        found: int | None = mapping._cents(amount, "total")
    except Rejected:
        found = None
    assert found == expected
