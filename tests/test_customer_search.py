"""Customer search: diacritics, case, phone formats, orders, IPs, and hostile input."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from minime_admin.services import customer_search
from minime_admin.services import database as db_service
from minime_admin.store.models import Address, Customer, Invoice, Order, VisitRecord

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture
def shop(database: db_service.Database) -> db_service.Database:
    with database.unit_of_work() as session:
        people = [
            (1, "Jānis", "Bērziņš", "janis.berzins@inbox.lv", "+371 29123456"),
            (2, "Ģirts", "Ķēniņš-Žūriņa", "girts.kenins@apollo.lv", "+371 26 555 111"),
            (3, "Anna", "Bērziņa", "anna@example.com", "0037120000001"),
            (4, "Oliver", "Smith", "oliver@example.co.uk", "+44 7700 900123"),
        ]
        for cid, first, last, email, phone in people:
            session.add(
                Customer(
                    id=cid,
                    first_name=first,
                    last_name=last,
                    email=email,
                    phone=phone,
                    language="lv",
                    created_at=NOW,
                )
            )
        session.flush()  # parents first: not every table has an ORM relationship
        session.add(
            Address(
                customer_id=2,
                kind="shipping",
                street="Brīvības iela 15-3",
                city="Rīga",
                postal_code="LV-1010",
            )
        )
        session.add(
            Order(
                id=10,
                customer_id=3,
                number="100042",
                placed_at=NOW,
                status="completed",
                total_cents=100,
            )
        )
        session.flush()
        session.add(
            Invoice(
                order_id=10,
                number="MM-2026-000321",
                issued_at=NOW,
                buyer_name="Anna Bērziņa",
                total_cents=100,
                vat_cents=17,
            )
        )
        for ip in ("194.152.32.74", "2a02:a03f:61e2:2d00::1"):
            session.add(
                VisitRecord(
                    customer_id=4,
                    visitor_id="v4",
                    ip_address=ip,
                    browser="Firefox",
                    browser_version="133",
                    operating_system="Linux",
                    language="en",
                    page="/",
                    time_on_page_s=5,
                    visited_at=NOW,
                )
            )
        session.flush()
        customer_search.rebuild_index(session)
    return database


def ids(database: db_service.Database, query: str) -> list[int]:
    with database.unit_of_work() as session:
        return [hit.id for hit in customer_search.search(session, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("berzins", [1]),
        ("BERZIN", [1, 3]),
        ("Bērziņš", [1]),
        ("KENINS", [2]),
        ("ķēniņ", [2]),  # a word's beginning, as typed
        ("ģirts ķēniņš-žūriņa", [2]),
        ("zurina", [2]),
        ("29 123 456", [1]),
        ("+371 29123456", [1]),
        ("0037129123456", [1]),
        ("29123", [1]),
        ("26555111", [2]),
        ("girts.kenins@apollo", [2]),
        ("example", [3, 4]),
        ("Brivibas", [2]),
        ("LV-1010", [2]),
        ("100042", [3]),
        ("MM-2026-000321", [3]),
        ("194.152.32.74", [4]),
        ("194.152", [4]),
        ("2a02:a03f", [4]),
    ],
)
def test_finds(shop: db_service.Database, query: str, expected: list[int]) -> None:
    assert sorted(ids(shop, query)) == expected


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "a",
        "Ā",
        '"',
        "*",
        "-",
        "NEAR",
        "(",
        ")",
        '"berzins',
        "berzins*)",
        "NEAR(a b)",
        "AND OR NOT",
        "😀",
        "x" * 10_000,
        "berzins " * 500,
        "'; DROP TABLE customers; --",
        "\x00",
    ],
)
def test_hostile_or_empty_input_never_fails(shop: db_service.Database, query: str) -> None:
    found = ids(shop, query)
    assert isinstance(found, list)
    assert len(found) <= 4


def test_syntax_characters_are_just_separators(shop: db_service.Database) -> None:
    assert ids(shop, '"berzins"') == [1]
    assert ids(shop, "(kenins)") == [2]
    assert ids(shop, "bērziņš -jānis") == [1]  # a minus is not NOT


def test_results_carry_a_summary(shop: db_service.Database) -> None:
    with shop.unit_of_work() as session:
        (hit,) = customer_search.search(session, "kenins")
    assert hit.name == "Ģirts Ķēniņš-Žūriņa" and hit.city == "Rīga" and not hit.restricted


def test_index_follows_changes(shop: db_service.Database) -> None:
    with shop.unit_of_work() as session:
        person = session.get(Customer, 1)
        assert person is not None
        person.last_name, person.email = "Ozols", "janis.ozols@inbox.lv"
        customer_search.refresh_customers(session, [1])
    assert ids(shop, "berzins") == []
    assert ids(shop, "ozols") == [1]
