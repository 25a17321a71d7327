"""Erasure end to end on a real encrypted file: the plan, the execution, the remnants."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from conftest import TEST_NOW
from sqlalchemy import select, text
from sqlcipher_pages import plaintext

from minime_admin import errors
from minime_admin.cli import main
from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.erasure import Action
from minime_admin.domain.requests import Channel, RequestType, Status
from minime_admin.progress import Cancelled
from minime_admin.services import audit, customer_page, customer_search, requests
from minime_admin.services import database as db_service
from minime_admin.services.erasure import execute_erasure, plan_erasure, was_erased
from minime_admin.store import sqlcipher
from minime_admin.store.models import Customer, Invoice, LegalHold, Order
from minime_admin.store.sqlcipher import Secret

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

AS_OF = date(2026, 11, 25)
KEY = bytes(range(32))


@pytest.fixture
def shop(tmp_path: Path, clerk: Actor) -> db_service.Database:
    """A demo database keyed with a known raw key, so the test can decrypt the file."""
    database = db_service.create_with_secret(
        tmp_path / "shop.db",
        Secret(raw_key=KEY),
        db_service.Unlock.KEYCHAIN,
        clerk,
        clock=FixedClock(TEST_NOW),
    )
    with database.unit_of_work() as session:
        seed_demo(session, customers=30, seed=21, as_of=AS_OF, actor=clerk)
        customer_search.rebuild_index(session)
    yield database
    database.close()


def person(database: db_service.Database, customer_id: int) -> Customer:
    with database.unit_of_work() as session:
        found = session.get(Customer, customer_id)
        assert found is not None
        session.expunge(found)
        return found


def open_erasure_request(database: db_service.Database, clerk: Actor, customer_id: int) -> int:
    with database.unit_of_work() as session:
        return requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ERASURE,
                Channel.EMAIL,
                datetime(2026, 11, 20, 9, tzinfo=UTC),
                "Ģirts",
                "Izdzēsiet",
                requester_email=person(database, customer_id).email,
                customer_id=customer_id,
            ),
        ).request_id


def test_dry_run_changes_nothing(shop: db_service.Database) -> None:
    with shop.unit_of_work() as session:
        before = customer_page.read_customer_page(session, 1)
        plan = plan_erasure(session, 1)
        after = customer_page.read_customer_page(session, 1)
    assert before == after
    counts = plan.counts()
    assert counts["erase"]["visit"] > 0 and counts["anonymise"]["profile"] == 1


def test_erasure_leaves_nothing_of_the_person(shop: db_service.Database, clerk: Actor) -> None:
    victim = person(shop, 1)
    numbers = [o.number for o in _orders(shop, 1)]
    sqlcipher.checkpoint_truncate(shop.engine)
    raw_before = plaintext(shop.path, KEY)  # positive control: the decryption sees the data
    assert victim.last_name.encode() in raw_before and victim.email.encode() in raw_before
    request_id = open_erasure_request(shop, clerk, 1)
    with shop.unit_of_work() as session:
        plan = plan_erasure(session, 1)
        outcome = execute_erasure(session, clerk, plan, request_id, "E-mail matches account")
        for query in (victim.last_name, victim.email, victim.phone or "", *numbers):
            assert 1 not in [h.id for h in customer_search.search(session, query)], query
        stub = session.get(Customer, 1)
        kept_orders = session.execute(select(Order).where(Order.customer_id == 1)).scalars().all()
        detail = requests.get_request(session, request_id)
        (entry,) = [
            e for e in audit.newest_first(session, limit=20) if e.action == "customer.erased"
        ]
        assert audit.verify(session).intact
        assert was_erased(session, victim.email.upper())
    assert outcome.completed_request and detail.status is Status.COMPLETED
    assert detail.requester_name == "" and detail.text == "" and detail.requester_email is None
    assert stub is not None and stub.erased_at and not (stub.first_name or stub.email or stub.phone)
    assert all(order.shipping_address is None for order in kept_orders)
    assert victim.last_name not in repr(entry) and victim.email not in repr(entry)
    shop.close()
    raw = plaintext(shop.path, KEY)
    wal = Path(f"{shop.path}-wal")
    raw += plaintext(wal, KEY) if wal.exists() and wal.stat().st_size else b""
    for secret in (victim.email, victim.phone or "x" * 9, victim.first_name.upper()):
        assert secret.encode("utf-8") not in raw, secret
    # The one thing accounting law keeps: the buyer's name on each retained invoice, and
    # nowhere else (not in free pages, the search index, the WAL or the request).
    invoices = [g for g in plan.retained() if g.table == "invoices"]
    assert all(g.decision.reason and g.decision.reason.value == "accounting_law" for g in invoices)
    full_name = f"{victim.first_name} {victim.last_name}".encode()
    assert raw.count(full_name) == sum(len(g.ids) for g in invoices)
    assert raw.count(victim.last_name.encode()) == raw.count(full_name)


def test_legal_hold_retains_what_it_covers_and_the_rest_goes(
    shop: db_service.Database, clerk: Actor
) -> None:
    with shop.unit_of_work() as session:
        order = session.execute(select(Order).where(Order.customer_id == 2)).scalars().first()
        assert order is not None
        session.add(
            LegalHold(
                customer_id=2,
                order_id=order.id,
                kind="chargeback",
                reason="Chargeback",
                started_on=AS_OF,
            )
        )
        plan = plan_erasure(session, 2)
        held = [
            g
            for g in plan.retained()
            if g.decision.reason and g.decision.reason.value == "legal_hold"
        ]
        assert any(g.table == "orders" and order.id in g.ids for g in held)
        outcome = execute_erasure(session, clerk, plan)
        assert session.get(Order, order.id) is not None
        assert session.get(Customer, 2).erased_at is not None  # type: ignore[union-attr]
    assert outcome.erased > 0


def test_cancel_halfway_rolls_everything_back(shop: db_service.Database, clerk: Actor) -> None:
    with shop.session() as session:
        before = customer_page.read_customer_page(session, 3)
        plan = plan_erasure(session, 3)
    with pytest.raises(Cancelled), shop.unit_of_work() as session:
        execute_erasure(session, clerk, plan, progress=lambda done, total: done == 0)
    with shop.session() as session:
        after = customer_page.read_customer_page(session, 3)
        assert [h.id for h in customer_search.search(session, before.name.split()[-1])]
    assert before == after


def test_unknown_and_already_erased(shop: db_service.Database, clerk: Actor) -> None:
    with shop.unit_of_work() as session:
        with pytest.raises(errors.NotFound):
            plan_erasure(session, 9999)
        execute_erasure(session, clerk, plan_erasure(session, 4))
        with pytest.raises(errors.AlreadyErased):
            plan_erasure(session, 4)


def test_erase_command_json(
    shop: db_service.Database,
    capsys: pytest.CaptureFixture[str],
    keychain: object,
    clock: FixedClock,
) -> None:
    db = shop.location  # the file, or the server URL
    shop.close()
    from minime_admin.store.keychain import Keychain
    from minime_admin.store.sqlcipher import database_id

    Keychain().put(database_id(Path(db)), KEY)
    assert (
        main(clock=clock, argv=["--db", db, "erase", "--customer", "5", "--dry-run", "--json"]) == 0
    )
    plan = json.loads(capsys.readouterr().out)
    assert plan["dry_run"] and {"erase", "anonymise", "retain", "recipients"} <= set(plan)
    assert all({"reason", "basis", "until"} <= set(item) for item in plan["retain"])
    assert main(clock=clock, argv=["--db", db, "erase", "--customer", "5", "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert not done["dry_run"] and done["erased"] > 0
    assert main(clock=clock, argv=["--db", db, "erase", "--customer", "5"]) == 1
    assert "already erased" in capsys.readouterr().err


@pytest.mark.slow
def test_kill_9_during_erasure_leaves_the_customer_whole_or_erased(
    tmp_path: Path, clerk: Actor
) -> None:
    path = tmp_path / "heavy.db"
    database = db_service.create_with_secret(
        path, Secret(raw_key=KEY), db_service.Unlock.KEYCHAIN, clerk, clock=FixedClock(TEST_NOW)
    )
    with database.unit_of_work() as session:
        seed_demo(session, customers=5, seed=2, as_of=AS_OF, actor=clerk)
    with database.engine.begin() as connection:  # a heavy customer: many visit records
        connection.execute(
            text(
                "INSERT INTO visit_records (customer_id, visitor_id, ip_address, browser, "
                "browser_version, operating_system, language, page, time_on_page_s, visited_at) "
                "WITH RECURSIVE n(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM n "
                "WHERE value < 150000) "
                "SELECT 1, 'v', '10.0.0.1', 'Firefox', '133', 'Linux', 'lv', '/p/' || value, 5, "
                "'2026-10-01 10:00:00' FROM n"
            )
        )
    database.close()
    keyring_file = tmp_path / "keyring.json"
    keyring_file.write_text(json.dumps({f"minime-admin/{path.read_bytes()[:16].hex()}": KEY.hex()}))
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring_backend.FileKeyring",
        "MINIME_TEST_KEYRING": str(keyring_file),
        "PYTHONPATH": str(Path(__file__).parent) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "minime_admin",
            "--db",
            str(path),
            "erase",
            "--customer",
            "1",
            "--progress",
        ],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
    )
    assert child.stderr is not None
    seen = child.stderr.readline()  # the first progress line: the transaction is under way
    assert seen.startswith(b"progress"), seen
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stderr.close()
    assert child.returncode == -signal.SIGKILL  # killed, not finished by itself

    reopened = db_service.open_with_secret(
        path, Secret(raw_key=KEY), db_service.Unlock.KEYCHAIN, clock=FixedClock(TEST_NOW)
    )
    with reopened.unit_of_work() as session:
        assert audit.verify(session).intact
        stub = session.get(Customer, 1)
        visits = session.execute(text("SELECT count(*) FROM visit_records WHERE customer_id = 1"))
        count = visits.scalar_one()
    reopened.close()
    assert stub is not None
    whole = stub.erased_at is None and stub.email and count >= 150_000
    erased = stub.erased_at is not None and not stub.email and count == 0
    assert whole or erased


def _orders(database: db_service.Database, customer_id: int) -> list[Order]:
    with database.unit_of_work() as session:
        orders = (
            session.execute(select(Order).where(Order.customer_id == customer_id)).scalars().all()
        )
        for order in orders:
            session.expunge(order)
        return list(orders)


def test_invoice_is_kept_unchanged(shop: db_service.Database, clerk: Actor) -> None:
    with shop.unit_of_work() as session:
        invoices = (
            session.execute(
                select(Invoice)
                .join(Order, Order.id == Invoice.order_id)
                .where(Order.customer_id == 6)
            )
            .scalars()
            .all()
        )
        before = [(i.number, i.buyer_name, i.total_cents) for i in invoices]
        execute_erasure(session, clerk, plan_erasure(session, 6))
        session.expire_all()
        after = [
            (
                session.get(Invoice, i.id).number,
                session.get(Invoice, i.id).buyer_name,  # type: ignore[union-attr]
                session.get(Invoice, i.id).total_cents,
            )
            for i in invoices
        ]  # type: ignore[union-attr]
    assert before == after


def test_plan_counts_match_the_actions(shop: db_service.Database) -> None:
    with shop.unit_of_work() as session:
        plan = plan_erasure(session, 7)
    counts = plan.counts()
    assert set(counts) == {a.value for a in Action}
    assert sum(len(g.ids) for g in plan.groups) == sum(sum(c.values()) for c in counts.values())
