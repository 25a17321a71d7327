"""The shop import's bulk write path gives the same database as the per-row ORM path did.

One scenario with every kind of outcome in the same batches: new, updated (a name, an
address, only the login), unchanged, an erased account and an erased guest who reappear, a
field corrected here (Art. 16), a guest whose newer order already gave their details, orders
new, changed (items, a late refund, the visit) and unchanged, an order of an unknown account,
a number another order holds, an order of an erased person, and a newsletter subscriber who
becomes a customer. Everything the run writes (the shop tables without their surrogate ids,
the search index's tokens, the run's history, the audit entry's details) and what it says
(counts, rejections, warnings) is compared with tests/data/shop_import_golden.json, written
by the per-row path before the bulk path replaced it. ``MINIME_WRITE_GOLDEN=1`` rewrites it.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.shop_records import (
    AddressRecord,
    ItemRecord,
    OrderRecord,
    PaymentRecord,
    PersonRecord,
    VisitRecordIn,
)
from minime_admin.services import customer_actions, shop_import
from minime_admin.services.database import Database
from minime_admin.services.erasure import execute_erasure, plan_erasure
from minime_admin.services.shop_import import ImportResult, ShopData
from minime_admin.store import audit_repo
from minime_admin.store.import_run_models import ImportRejection, ImportRun
from minime_admin.store.models import (
    Account,
    Address,
    Customer,
    NewsletterSubscription,
    Order,
    OrderItem,
    PaymentTransaction,
    VisitRecord,
)

GOLDEN = Path(__file__).parent / "data" / "shop_import_golden.json"
DAY = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)


def person(n: int, **changes: Any) -> PersonRecord:
    record = PersonRecord(
        external_id=str(100 + n),
        first_name=("Ģirts", "Līga", "Jānis", "Ērika")[n % 4],
        last_name=("Ķēniņš-Žūriņa", "Bērziņa", "Kalniņš", "Ozoliņa")[n % 4],
        email=f"Klients{n}@Example.lv",
        phone=f"+371 2{n:07d}",
        created_at=DAY - timedelta(days=n),
        username=f"klients{n}",
        addresses=(AddressRecord("billing", f"Brīvības iela {n}", "Rīga", "LV-1010", "LV"),),
    )
    return replace(record, **changes)


def order(n: int, owner: int | None, guest: int | None = None, **changes: Any) -> OrderRecord:
    if guest is not None:
        buyer = PersonRecord(
            None, "Viesis", f"Nr{guest}", f"viesis{guest}@example.lv", None, DAY,
            addresses=(AddressRecord("billing", "Ausekļa iela 3", "Cēsis", "LV-4101", "LV"),),
        )  # fmt: skip
    else:
        assert owner is not None
        buyer = replace(person(owner), username=None)
    placed = DAY + timedelta(hours=n)
    record = OrderRecord(
        external_id=str(5000 + n),
        number=f"N{5000 + n}",
        customer_external_id=None if guest is not None else str(100 + (owner or 0)),
        buyer=buyer,
        placed_at=placed,
        status="completed",
        completed_at=placed + timedelta(days=1),
        total_cents=1000 + n,
        currency="EUR",
        shipping_address="Ausekļa iela 3, LV-4101 Cēsis, LV",
        items=(ItemRecord("ZEK-1", "Bērnu zeķes", 2, 450), ItemRecord("CEP-2", "Cepure", 1, 900)),
        visit=VisitRecordIn(f"10.1.0.{n}", "Firefox", "120.0", "Linux"),
        payments=(PaymentRecord("Banka", f"tx-{n}", 1000 + n, "captured", placed),),
    )
    return replace(record, **changes)


def first_data() -> ShopData:
    customers = [person(n) for n in range(8)]
    orders = [order(n, owner=n % 8) for n in range(12)]
    orders += [order(20, None, guest=1), order(21, None, guest=2), order(22, None, guest=3)]
    return ShopData(
        customers=list(enumerate(customers, start=1)), orders=list(enumerate(orders, start=1))
    )


def second_data() -> ShopData:
    customers = [
        person(0),  # unchanged
        person(1, last_name="Pētersone"),  # a changed name
        person(2, addresses=(AddressRecord("billing", "Jauna iela 1", "Ogre", "LV-5001", "LV"),)),
        person(3, username="jauns-lietotajs"),  # only the login changed
        person(4),  # erased here: reappears
        person(5),  # e-mail corrected here; the shop still has the old one
        person(6, phone="+371 29999999", first_name="Laura"),
        person(7),
        person(8),  # new
        person(9, email="abonents@example.lv"),  # new, was a newsletter subscriber
        person(10, external_id=None),  # new, no shop id (a guest row in a customers file)
    ]
    orders = [
        order(0, owner=0),  # unchanged
        order(1, owner=1, items=(ItemRecord("ZEK-1", "Bērnu zeķes", 3, 450),)),
        order(
            2,
            owner=2,
            status="refunded",
            payments=(
                PaymentRecord("Banka", "tx-2", 1002, "captured", DAY + timedelta(hours=2)),
                PaymentRecord("Banka", "refund-9", 500, "refunded", DAY + timedelta(days=3)),
            ),
        ),
        order(3, owner=3, visit=VisitRecordIn("10.9.9.9", "Chrome", "131", "Windows")),
        order(4, owner=4),  # the erased person's order
        order(5, owner=5, total_cents=1),
        order(30, owner=8),  # a new account's first order
        order(31, owner=99),  # an account that is not here
        order(32, owner=6, number="N5000"),  # the number belongs to order 5000
        order(33, owner=9),
        order(34, None, guest=1, placed_at=DAY - timedelta(days=30)),  # older than the stored
        order(35, None, guest=2),  # an erased guest's new order
        order(36, None, guest=4),  # a new guest
        order(37, owner=0, placed_at=DAY - timedelta(days=800)),  # too old for its visit
    ]
    return ShopData(
        customers=list(enumerate(customers, start=1)), orders=list(enumerate(orders, start=1))
    )


def scenario(database: Database, clerk: Actor) -> tuple[ImportResult, ImportResult]:
    first = shop_import.import_shop(database.unit_of_work, clerk, first_data(), batch_size=4)
    with database.unit_of_work() as session:
        ids = {c.external_id or c.email: c.id for c in session.execute(select(Customer)).scalars()}
        execute_erasure(session, clerk, plan_erasure(session, ids["104"]))
        execute_erasure(session, clerk, plan_erasure(session, ids["viesis2@example.lv"]))
        customer_actions.rectify(
            session, clerk, ids["105"], "email", "labots@example.lv", "the customer asked"
        )
        session.add(
            NewsletterSubscription(email="abonents@example.lv", status="subscribed", list_name="x")
        )
    database.clock.advance(timedelta(hours=1))  # type: ignore[attr-defined]
    second = shop_import.import_shop(database.unit_of_work, clerk, second_data(), batch_size=4)
    return first, second


def dump(database: Database, results: tuple[ImportResult, ...]) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        return value.isoformat() if isinstance(value, datetime) else value

    with database.session() as session:
        who = {
            c.id: c.external_id or c.email or f"erased {c.created_at.isoformat()}"
            for c in session.execute(select(Customer)).scalars()
        }
        orders = {o.id: o.external_id for o in session.execute(select(Order)).scalars()}

        def rows(model: Any, **refs: dict[int, Any]) -> list[dict[str, Any]]:
            found = []
            for row in session.execute(select(model)).scalars():
                values = {}
                for column in model.__table__.columns:
                    value = getattr(row, column.key)
                    if column.key == "id":
                        continue
                    if column.key == "identity_hash" and value is not None:
                        value = "salted hash"  # the salt is the database's own, random
                    if column.key in refs:
                        value = refs[column.key].get(value, value)
                    values[column.key] = plain(value)
                found.append(values)
            return sorted(found, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))

        tables = {
            "customers": rows(Customer),
            "addresses": rows(Address, customer_id=who),
            "accounts": rows(Account, customer_id=who),
            "orders": rows(Order, customer_id=who),
            "order_items": rows(OrderItem, order_id=orders),
            "payments": rows(PaymentTransaction, order_id=orders),
            "visits": rows(VisitRecord, customer_id=who),
            "subscriptions": rows(NewsletterSubscription, customer_id=who),
            "runs": rows(ImportRun),
            "run_rejections": rows(ImportRejection, run_id={}),
            "imports_audited": [
                entry.details
                for entry, _, _ in audit_repo.stream_in_order(session)
                if entry.action == AuditAction.SHOP_IMPORTED
            ],
            "search_index": index_tokens(session, who),
        }
    return {
        "tables": tables,
        "results": [r.as_dict() for r in results],
    }


def index_tokens(session: Session, who: dict[int, Any]) -> dict[str, list[str]]:
    """Each customer's indexed tokens by column, read through fts5vocab (the index is
    contentless: its tokens are all there is)."""
    session.execute(
        text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_terms "
            "USING fts5vocab(main, customer_search, 'instance')"
        )
    )
    found: dict[str, list[str]] = {}
    for term, rowid, column in session.execute(
        text("SELECT term, doc, col FROM temp.search_terms ORDER BY doc, col, term")
    ):
        found.setdefault(str(who.get(rowid, rowid)), []).append(f"{column}:{term}")
    return {key: sorted(tokens) for key, tokens in sorted(found.items())}


def test_a_mixed_batch_gives_the_same_database_as_before(database: Database, clerk: Actor) -> None:
    first, second = scenario(database, clerk)
    got = json.loads(json.dumps(dump(database, (first, second)), ensure_ascii=False))
    if os.environ.get("MINIME_WRITE_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    # Every outcome is in the scenario (so that the comparison below covers it).
    counts = second.as_dict()["counts"]
    assert counts["customers"] == {"new": 3, "updated": 4, "unchanged": 3, "rejected": 1}
    assert all(counts["orders"][kind] for kind in ("new", "updated", "unchanged", "rejected"))
    assert second.warnings and counts["guests"]["rejected"] == 1
    for name, table in expected["tables"].items():
        assert got["tables"][name] == table, name
    assert got["results"] == expected["results"]


def test_a_dry_run_of_the_mixed_batch_writes_nothing(database: Database, clerk: Actor) -> None:
    shop_import.import_shop(database.unit_of_work, clerk, first_data(), batch_size=4)
    before = dump(database, ())
    preview = shop_import.import_shop(
        database.unit_of_work, clerk, second_data(), dry_run=True, batch_size=4
    )
    after = dump(database, ())
    runs = after["tables"].pop("runs"), before["tables"].pop("runs")
    after["tables"].pop("run_rejections"), before["tables"].pop("run_rejections")
    assert after == before
    assert len(runs[0]) == len(runs[1]) + 1  # the preview's run is in the history
    assert preview.as_dict()["counts"]["customers"]["new"] == 3


def test_orders_go_in_batches_of_their_own_size(
    database: Database, clerk: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a batch size, people come in batches of BATCH and orders of ORDER_BATCH (an
    order batch's cost grows with the customers it touches); a second run changes nothing."""
    monkeypatch.setattr(shop_import, "BATCH", 3)
    monkeypatch.setattr(shop_import, "ORDER_BATCH", 5)
    reported: list[int] = []

    def progress(done: int, total: int) -> bool:
        reported.append(done)
        return True

    result = shop_import.import_shop(database.unit_of_work, clerk, first_data(), progress=progress)
    # 8 accounts by 3, 3 guests by 3, then 15 orders by 5.
    assert reported == [3, 6, 8, 11, 16, 21, 26]
    assert result.counts["orders"].new == 15 and result.counts["customers"].new == 8
    again = shop_import.import_shop(database.unit_of_work, clerk, first_data())
    assert all(c.new == c.updated == 0 for c in again.counts.values())
