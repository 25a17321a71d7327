"""Shop data in from WooCommerce (issue #12) against a fake shop on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fake_shop import KEY, SECRET, FakeShop, generate, running
from sqlalchemy import func, select

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.categories import DataCategory
from minime_admin.errors import (
    ShopAccessDenied,
    ShopAddressRefused,
    ShopAnswerBroken,
    ShopKeepsFailing,
    ShopNotJson,
    ShopUnreachable,
)
from minime_admin.importers.woocommerce import WooCommerceClient
from minime_admin.progress import Cancelled
from minime_admin.services import customer_page, customer_search, shop_import
from minime_admin.services.database import Database
from minime_admin.services.erasure import execute_erasure, plan_erasure
from minime_admin.services.shop_import import ImportResult
from minime_admin.store import audit_repo
from minime_admin.store.models import (
    Account,
    Address,
    Customer,
    Order,
    OrderItem,
    PaymentTransaction,
    VisitRecord,
)

BOTH_BACKENDS = True  # the database fixture runs on the file and on PostgreSQL

TABLES = (Customer, Address, Account, Order, OrderItem, PaymentTransaction, VisitRecord)


@pytest.fixture
def shop() -> Iterator[FakeShop]:
    customers, orders = generate(customers=40, orders=90, guests=7)
    with running(FakeShop(customers, orders)) as server:
        yield server


def client(shop: FakeShop, **options: Any) -> WooCommerceClient:
    # The app's own 30 s per page: at 5 s the thousands-record test timed out twice on a
    # machine running several test suites at once (it takes 13 s whole on an idle one).
    settings: dict[str, Any] = {"attempts": 3, "backoff": 0.001, "timeout": 30.0}
    return WooCommerceClient(shop.url, KEY, SECRET, **{**settings, **options})


def run(
    database: Database, actor: Actor, shop: FakeShop, dry_run: bool = False, full: bool = False
) -> ImportResult:
    return shop_import.import_woocommerce(
        database.unit_of_work, actor, client(shop), dry_run=dry_run, full=full
    )


def table_counts(database: Database) -> dict[str, int]:
    with database.session() as session:
        return {
            str(m.__tablename__): session.execute(select(func.count()).select_from(m)).scalar_one()
            for m in TABLES
        }


def counts(result: ImportResult) -> dict[str, dict[str, int]]:
    return {kind: c.as_dict() for kind, c in result.counts.items()}


def import_entries(database: Database) -> list[Any]:
    with database.session() as session:
        return [
            record
            for record, _, _ in audit_repo.stream_in_order(session)
            if record.action == AuditAction.SHOP_IMPORTED
        ]


@pytest.mark.slow
def test_thousands_import_once_preview_first_and_a_second_run_changes_nothing(
    database: Database, clerk: Actor
) -> None:
    # 2000 accounts: exactly 20 pages; 3001 orders: 30 pages and one with a single order.
    customers, orders = generate(customers=2000, orders=3001, guests=400)
    with running(FakeShop(customers, orders)) as shop:
        preview = run(database, clerk, shop, dry_run=True)
        assert table_counts(database)["customers"] == 0  # the preview wrote nothing
        guest_orders = sum(1 for o in orders if o["customer_id"] == 0)
        assert counts(preview) == {
            "customers": {"new": 2000, "updated": 0, "unchanged": 0, "rejected": 0},
            "guests": {"new": 400, "updated": 0, "unchanged": 0, "rejected": 0},
            "orders": {"new": 3001, "updated": 0, "unchanged": 0, "rejected": 0},
        }
        assert guest_orders > 400
        pages = {
            (p.split("?")[0].rsplit("/", 1)[-1], p.rsplit("page=", 1)[-1]) for p in shop.requests
        }
        assert ("orders", "31") in pages  # the page with one order
        assert ("orders", "32") not in pages and ("customers", "21") not in pages
        assert ("customers", "20") in pages

        first = run(database, clerk, shop)
        assert counts(first) == counts(preview)
        tables = table_counts(database)
        assert (
            tables["customers"] == 2400 and tables["orders"] == 3001 and tables["accounts"] == 2000
        )

        again = run(database, clerk, shop, full=True)  # every order again, not only changes
        for kind in ("customers", "guests", "orders"):
            assert again.counts[kind].new == 0 and again.counts[kind].updated == 0, kind
        assert again.counts["orders"].unchanged == 3001
        assert table_counts(database) == tables

        customers[5]["last_name"] = "Pētersone"
        shop.served.clear()
        changed = run(database, clerk, shop)  # incremental: no order changed since the last
        assert changed.counts["customers"].updated == 1
        assert changed.counts["customers"].new == changed.counts["orders"].updated == 0
        assert shop.served == {"customers": 2000, "orders": 0}

    with database.unit_of_work() as session:
        found = customer_search.search(session, "girts kenins-zurina")
        assert found and found[0].name == "Ģirts Ķēniņš-Žūriņa"
        assert [h.name for h in customer_search.search(session, "petersone")] == [
            f"{customers[5]['first_name']} Pētersone"
        ]
        buyer = session.execute(select(Customer).where(Customer.external_id == "170")).scalar_one()
        page = customer_page.read_customer_page(session, buyer.id)
        shown = {
            row.values["number"]
            for section in page.sections
            if section.info.category is DataCategory.ORDER
            for row in section.rows
        }
        assert shown and shown == {str(o["id"]) for o in orders if o["customer_id"] == 170}
        assert "Bērnu zābaki – izmērs 20" in {
            i.product_name for o in buyer.orders for i in o.items
        }  # the HTML entity was decoded

    entries = import_entries(database)
    assert len(entries) == 3  # the real runs, not the preview
    text = json.dumps([e.details for e in entries], ensure_ascii=False)
    assert entries[0].details["counts"]["orders"]["new"] == 3001
    for personal in ("Ģirts", "Ķēniņš", "example.lv", "Brīvības", "10.1."):
        assert personal not in text


def test_guests_refunds_and_the_visit_at_checkout(
    database: Database, clerk: Actor, shop: FakeShop
) -> None:
    run(database, clerk, shop)
    with database.session() as session:
        guest = session.execute(
            select(Customer).where(Customer.email == "viesis1@example.lv")
        ).scalar_one()
        assert guest.external_id is None and guest.orders
        assert all(o.customer_id == guest.id for o in guest.orders)
        refunded = session.execute(select(Order).where(Order.status == "refunded")).scalars()
        assert len(list(refunded)) == sum(1 for o in shop.orders if o["status"] == "refunded")
        visits = list(session.execute(select(VisitRecord)).scalars())
        assert visits and all(
            v.browser == "Firefox" and v.operating_system == "Linux" for v in visits
        )
        # Only checkouts younger than the visit_record rule (14 months before 2026-11-25).
        assert min(v.visited_at for v in visits) > datetime(2025, 9, 25, tzinfo=UTC)
        assert len(visits) < len(shop.orders)  # older checkouts' addresses are not taken


def test_payments_and_refunds_are_the_orders_money_movements(
    database: Database, clerk: Actor, shop: FakeShop
) -> None:
    run(database, clerk, shop)
    paid = [o for o in shop.orders if o["date_paid_gmt"]]
    refunds = [r for o in shop.orders for r in o["refunds"]]
    assert paid and refunds
    with database.session() as session:
        payments = list(session.execute(select(PaymentTransaction)).scalars())
        captured = [p for p in payments if p.status == "captured"]
        refunded = [p for p in payments if p.status == "refunded"]
        assert len(captured) == len(paid) and len(refunded) == len(refunds)
        first = paid[1]
        mine = next(p for p in captured if p.order.external_id == str(first["id"]))
        assert mine.amount_cents == round(float(first["total"]) * 100)
        assert mine.provider == "Tiešais bankas pārskaitījums"
        assert mine.provider_reference == (first["transaction_id"] or f"order-{first['id']}")
        assert all(p.amount_cents > 0 for p in refunded)
        assert {p.provider_reference for p in refunded} == {f"refund-{r['id']}" for r in refunds}
    before = table_counts(database)
    again = run(database, clerk, shop)
    assert counts(again)["orders"]["updated"] == 0 and table_counts(database) == before

    # A refund made later in the shop arrives with the next run; the payment stays.
    order = next(o for o in shop.orders if o["date_paid_gmt"] and not o["refunds"])
    order["refunds"] = [{"id": 777001, "reason": "", "total": "-5.00"}]
    database.clock.advance(timedelta(hours=1))  # type: ignore[attr-defined]
    shop.touch(order, datetime(2026, 11, 25, 10, 30, tzinfo=UTC))
    third = run(database, clerk, shop)
    assert counts(third)["orders"]["updated"] == 1
    with database.session() as session:
        late = session.execute(
            select(PaymentTransaction).where(
                PaymentTransaction.provider_reference == "refund-777001"
            )
        ).scalar_one()
        assert late.amount_cents == 500 and late.status == "refunded"
        assert late.created_at == datetime(2026, 11, 25, 10, 30, tzinfo=UTC)


def test_a_correction_made_here_is_not_undone_by_the_shop(
    database: Database, clerk: Actor, shop: FakeShop
) -> None:
    from minime_admin.services import customer_actions

    run(database, clerk, shop)
    account = shop.customers[0]
    with database.unit_of_work() as session:
        person = session.execute(
            select(Customer).where(Customer.external_id == str(account["id"]))
        ).scalar_one()
        customer_actions.rectify(
            session, clerk, person.id, "email", "labots@example.lv", "the customer asked"
        )
        person_id = person.id
    again = run(database, clerk, shop)
    with database.session() as session:
        assert session.get(Customer, person_id).email == "labots@example.lv"
    assert counts(again)["customers"]["updated"] == 0
    assert [(w.source, w.external_id, w.message()) for w in again.warnings] == [
        (
            "customers",
            str(account["id"]),
            "the e-mail address was corrected here; the shop still has another: correct it there",
        )
    ]
    # Other changes in the shop still arrive.
    account["last_name"] = "Jaunā-Ozoliņa"
    third = run(database, clerk, shop)
    assert counts(third)["customers"]["updated"] == 1
    with database.session() as session:
        person = session.get(Customer, person_id)
        assert (person.email, person.last_name) == ("labots@example.lv", "Jaunā-Ozoliņa")


def test_an_erased_person_who_reappears_is_rejected_not_restored(
    database: Database, clerk: Actor, shop: FakeShop
) -> None:
    run(database, clerk, shop)
    with database.unit_of_work() as session:
        victim = session.execute(select(Customer).where(Customer.external_id == "101")).scalar_one()
        victim_id = victim.id
        execute_erasure(session, clerk, plan_erasure(session, victim_id))
        guest = session.execute(
            select(Customer).where(Customer.email == "viesis2@example.lv")
        ).scalar_one()
        execute_erasure(session, clerk, plan_erasure(session, guest.id))
    before = table_counts(database)

    result = run(database, clerk, shop, full=True)

    reasons = {(r.source, r.external_id): r.message() for r in result.rejections}
    assert reasons[("customers", "101")].startswith("erased on 2026-11-25")
    assert result.counts["customers"].rejected == 1 and result.counts["guests"].rejected == 1
    victim_orders = [o for o in shop.orders if o["customer_id"] == 101]
    guest_orders = [o for o in shop.orders if o["billing"]["email"] == "viesis2@example.lv"]
    assert result.counts["orders"].rejected == len(victim_orders) + len(guest_orders)
    assert result.counts["customers"].new == result.counts["guests"].new == 0
    assert table_counts(database)["customers"] == before["customers"]
    with database.session() as session:
        stub = session.get(Customer, victim_id)
        assert stub is not None and stub.email is None and stub.first_name == ""
        assert (
            session.execute(
                select(func.count()).where(func.lower(Customer.email) == "klients101@example.lv")
            ).scalar_one()
            == 0
        )
        assert customer_search.search(session, "klients101@example.lv") == []


@pytest.mark.parametrize(
    ("failure", "error"),
    [("html", ShopNotJson), ("truncated", ShopAnswerBroken), (503, ShopKeepsFailing)],
)
def test_a_failing_shop_is_a_clear_error_and_nothing_is_written(
    database: Database, clerk: Actor, shop: FakeShop, failure: int | str, error: type[Exception]
) -> None:
    run(database, clerk, shop)
    before = table_counts(database)
    shop.customers[3]["last_name"] = "Jaunā"
    # The customers' page is fine; the orders' page fails (every time, for the 503).
    shop.planned = ["ok"] if isinstance(failure, int) else ["ok", failure]
    shop.always = failure if isinstance(failure, int) else None
    with pytest.raises(error) as raised:
        run(database, clerk, shop)
    assert "Nothing was imported" in str(raised.value)
    assert "example.lv" not in str(raised.value)
    assert table_counts(database) == before
    with database.session() as session:
        assert (
            session.execute(select(func.count()).where(Customer.last_name == "Jaunā")).scalar_one()
            == 0
        )
    assert len(import_entries(database)) == 1  # the first run only


def test_wrong_credentials(database: Database, clerk: Actor, shop: FakeShop) -> None:
    wrong = WooCommerceClient(shop.url, KEY, "cs_wrong", attempts=2, backoff=0.001)
    with pytest.raises(ShopAccessDenied, match="HTTP 401"):
        shop_import.import_woocommerce(database.unit_of_work, clerk, wrong)
    assert set(table_counts(database).values()) == {0}


def test_a_shop_that_does_not_answer_in_time(
    database: Database, clerk: Actor, shop: FakeShop
) -> None:
    shop.planned = ["slow"]
    with pytest.raises(ShopUnreachable, match=r"did not answer \(timeout\)"):
        shop_import.import_woocommerce(database.unit_of_work, clerk, client(shop, timeout=0.2))
    assert set(table_counts(database).values()) == {0}


def test_a_500_then_success_is_retried(database: Database, clerk: Actor, shop: FakeShop) -> None:
    shop.planned = [500, 429, "ok"]
    pauses: list[float] = []
    patient = client(shop, sleep=pauses.append)
    result = shop_import.import_woocommerce(database.unit_of_work, clerk, patient)
    assert result.counts["customers"].new == 40
    assert pauses == [0.001, 0.002]


def test_pages_followed_by_link_header_alone(
    database: Database, clerk: Actor, shop: FakeShop
) -> None:
    shop.customers[:] = generate(customers=250, orders=0, guests=0)[0]
    shop.total_pages_header = False
    result = run(database, clerk, shop, dry_run=True)
    assert result.counts["customers"].new == 250


def test_a_link_to_another_host_is_not_followed(
    database: Database, clerk: Actor, shop: FakeShop
) -> None:
    shop.customers[:] = generate(customers=200, orders=0, guests=0)[0]
    shop.total_pages_header = False
    shop.link_base = "http://127.0.0.2:9"  # the key and secret must not go there
    result = run(database, clerk, shop, dry_run=True)
    assert result.counts["customers"].new == 200  # pages counted on at the shop itself
    assert any("customers" in p and "page=3" in p for p in shop.requests)  # the empty page


def test_cancel_keeps_finished_batches_and_audits_them(
    database: Database, clerk: Actor, shop: FakeShop
) -> None:
    data = shop_import.download_woocommerce(client(shop))
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 20

    with pytest.raises(Cancelled):
        shop_import.import_shop(
            database.unit_of_work, clerk, data, progress=progress, batch_size=20
        )
    assert table_counts(database)["customers"] == 20
    assert import_entries(database)[0].details["counts"]["customers"]["new"] == 20


def test_only_https_or_this_computer() -> None:
    for url in ("http://shop.example.lv", "ftp://127.0.0.1", "shop.example.lv"):
        with pytest.raises(ShopAddressRefused):
            WooCommerceClient(url, KEY, SECRET)
    assert WooCommerceClient("https://minime.lv", KEY, SECRET).host == "minime.lv"
    assert WooCommerceClient("http://localhost:8080", KEY, SECRET).host == "localhost:8080"


def test_command(
    database: Database,
    shop: FakeShop,
    clock: Any,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from minime_admin.cli import main

    db = database.location
    database.close()
    argv = ["--db", db, "import", "woocommerce", "--url", shop.url, "--key", KEY]
    assert main([*argv, "--json"], clock) == 1
    assert "MINIME_ADMIN_SHOP_SECRET" in capsys.readouterr().err
    monkeypatch.setenv("MINIME_ADMIN_SHOP_SECRET", SECRET)
    shop.customers[0]["email"] = shop.customers[0]["billing"]["email"] = "not an address"
    assert main([*argv, "--dry-run", "--json"], clock) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["dry_run"] and preview["counts"]["customers"]["new"] == 39
    assert preview["rejected"][0] == {
        "source": "customers",
        "position": 1,
        "id": "100",
        "reason": "no valid e-mail address",
    }
    assert main(argv, clock) == 0
    printed = capsys.readouterr().out
    assert "customers" in printed and "rejected: customers #1 (id 100)" in printed
    assert main([*argv, "--json"], clock) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["counts"]["orders"]["new"] == again["counts"]["orders"]["updated"] == 0

    monkeypatch.setenv("MINIME_ADMIN_LANG", "lv")
    wrong = ["--db", db, "import", "woocommerce", "--url", "http://shop.example.lv", "--key", KEY]
    assert main(wrong, clock) == 1
    error = capsys.readouterr().err
    assert "http://shop.example.lv" in error and "Traceback" not in error


def test_a_record_listed_twice_is_imported_once(
    database: Database, clerk: Actor, shop: FakeShop
) -> None:
    shop.customers.append(dict(shop.customers[0]))
    shop.orders.append(dict(shop.orders[1]))
    result = run(database, clerk, shop)
    assert result.counts["customers"].new == 40 and result.counts["orders"].new == 90
    shop.customers[2]["username"] = "jauns-lietotajs"
    assert run(database, clerk, shop).counts["customers"].updated == 1


def test_a_guest_who_opens_an_account_stays_one_customer(
    database: Database, clerk: Actor, shop: FakeShop
) -> None:
    run(database, clerk, shop)
    before = table_counts(database)
    email = "viesis3@example.lv"
    account = dict(shop.customers[0], id=999, username="viesis3", email=email)
    account["billing"] = dict(account["billing"], email=email)
    shop.customers.append(account)
    result = run(database, clerk, shop)
    assert result.counts["customers"].new == 0 and result.counts["customers"].updated == 1
    assert table_counts(database)["customers"] == before["customers"]
    with database.session() as session:
        person = session.execute(select(Customer).where(Customer.external_id == "999")).scalar_one()
        assert person.email == "viesis3@example.lv" and person.orders


def test_a_second_run_downloads_only_the_orders_changed_since_the_first(
    database: Database, clerk: Actor, shop: FakeShop, clock: Any
) -> None:
    run(database, clerk, shop)
    assert shop.served == {"customers": 40, "orders": 90}
    clock.advance(timedelta(days=1))
    later = clock.now()
    guest_orders = [o for o in shop.orders if o["customer_id"] == 0]
    same_guest = [o for o in guest_orders if o["billing"]["email"] == "viesis0@example.lv"]
    older = min(same_guest, key=lambda o: o["date_created_gmt"])
    older["billing"] = dict(older["billing"], first_name="Vecā")  # an old order's old details
    shop.touch(older, later - timedelta(hours=1))
    account_order = next(o for o in shop.orders if o["customer_id"])
    account_order["status"] = "refunded"
    shop.touch(account_order, later - timedelta(hours=1))
    shop.served.clear()
    result = run(database, clerk, shop)
    assert shop.served == {"customers": 40, "orders": 2}  # customers have no such filter
    assert any("modified_after=" in p and "dates_are_gmt=true" in p for p in shop.requests)
    assert result.counts["orders"].updated == 1 and result.counts["orders"].unchanged == 1
    assert result.counts["guests"].updated == 0  # a newer order's details stay
    with database.session() as session:
        assert not session.execute(select(Customer).where(Customer.first_name == "Vecā")).first()
    shop.served.clear()
    assert run(database, clerk, shop, full=True).counts["orders"].unchanged == 90
    assert shop.served == {"customers": 40, "orders": 90}


def test_runs_are_recorded_with_counts_rejections_and_failures(
    database: Database, clerk: Actor, shop: FakeShop
) -> None:
    from minime_admin.domain.import_runs import RunOutcome
    from minime_admin.services import import_runs

    shop.customers[0]["email"] = shop.customers[0]["billing"]["email"] = "not an address"
    run(database, clerk, shop, dry_run=True)
    with database.session() as session:
        preview = import_runs.last_runs(session)["woocommerce"]
        assert preview.dry_run and preview.outcome is RunOutcome.FINISHED
        assert preview.counts["customers"]["new"] == 39 and preview.rejected == 1
        assert import_runs.modified_after(session, "woocommerce") is None  # a preview only
        rejected = import_runs.rejections(session, preview.id)
    assert [(r.source, r.position, r.external_id, r.message()) for r in rejected] == [
        ("customers", 1, "100", "no valid e-mail address")
    ]
    run(database, clerk, shop)
    shop.always = 401
    with pytest.raises(ShopAccessDenied):
        run(database, clerk, shop)
    with database.session() as session:
        failed = import_runs.last_runs(session)["woocommerce"]
        assert failed.outcome is RunOutcome.FAILED and failed.counts == {}
        assert "HTTP 401" in failed.error_message()
        since = import_runs.modified_after(session, "woocommerce")
    assert since == datetime(2026, 11, 25, 9, 50, tzinfo=UTC)  # the good run, less 10 minutes


def test_shop_set_keeps_the_secret_in_the_keychain_and_import_remembers(
    database: Database,
    shop: FakeShop,
    clock: Any,
    keychain: Any,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from minime_admin.cli import main
    from minime_admin.services import shop_settings

    db = database.location
    database_id = database.database_id
    database.close()
    monkeypatch.delenv("MINIME_ADMIN_SHOP_SECRET", raising=False)
    assert main(["--db", db, "import", "woocommerce"], clock) == 1
    assert "Settings › Shop" in capsys.readouterr().err  # nothing remembered yet
    monkeypatch.setattr("sys.stdin", io.StringIO(SECRET + "\n"))
    assert main(["--db", db, "shop", "set", "--url", shop.url, "--key", KEY], clock) == 0
    assert shop_settings.stored_secret(keychain, database_id) == SECRET
    assert SECRET not in capsys.readouterr().out
    assert main(["--db", db, "import", "woocommerce", "--json"], clock) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["customers"]["new"] == 40
    assert any(p.startswith("/wp-json/wc/v3/orders") for p in shop.requests)


def test_an_untrusted_certificate_says_so_and_names_ca_file(
    database: Database, clerk: Actor, tmp_path: Any
) -> None:
    """A real TLS server on 127.0.0.1 with a self-signed certificate."""
    import ssl
    import subprocess
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    from minime_admin.errors import ShopCertificateRefused

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip

    class Empty(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"[]"
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Empty)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"https://127.0.0.1:{server.server_address[1]}"
    try:
        untrusted = WooCommerceClient(url, KEY, SECRET, timeout=5.0)
        with pytest.raises(ShopCertificateRefused, match="--ca-file") as raised:
            shop_import.import_woocommerce(database.unit_of_work, clerk, untrusted)
        assert "does not trust" in str(raised.value)
        trusted = WooCommerceClient(url, KEY, SECRET, timeout=5.0, ca_file=str(cert))
        assert trusted.count("customers") == 0
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_a_cancelled_preview_is_recorded_and_changes_nothing(
    database: Database, clerk: Actor, shop: FakeShop
) -> None:
    from minime_admin.domain.import_runs import RunOutcome
    from minime_admin.services import import_runs

    data = shop_import.download_woocommerce(client(shop))
    with pytest.raises(Cancelled):
        shop_import.import_shop(
            database.unit_of_work,
            clerk,
            data,
            dry_run=True,
            progress=lambda done, total: done < 20,
            batch_size=20,
        )
    assert set(table_counts(database).values()) == {0}
    with database.session() as session:
        last = import_runs.last_runs(session)["woocommerce"]
    assert last.dry_run and last.outcome is RunOutcome.CANCELLED


def test_a_ca_file_that_is_not_a_certificate_is_refused(tmp_path: Any) -> None:
    from minime_admin.errors import ShopCaFileUnusable

    bogus = tmp_path / "ca.pem"
    bogus.write_text("not a certificate")
    for path in (bogus, tmp_path / "missing.pem"):
        with pytest.raises(ShopCaFileUnusable, match="could not be read"):
            WooCommerceClient("https://minime.lv", KEY, SECRET, ca_file=str(path))
