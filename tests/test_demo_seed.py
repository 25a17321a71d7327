"""The demo seeder, on real SQLCipher files: deterministic, complete, cancellable."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from conftest import TEST_NOW
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from minime_admin.demo.customers import TABLES, SeedSummary, ShopNotEmpty, seed_demo
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.progress import Cancelled
from minime_admin.services import audit
from minime_admin.store import migrate
from minime_admin.store.models import Customer, Invoice, Order, OrderItem
from minime_admin.store.session import clock_session
from minime_admin.store.sqlcipher import Secret, make_engine

AS_OF = date(2026, 3, 2)
CUSTOMERS = 120
LATVIAN_LETTERS = "āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ"
ACTOR = Actor("Demo Tester")


def new_engine(path: Path) -> Engine:
    engine = make_engine(path, Secret(raw_key=os.urandom(32)))
    migrate.upgrade(engine, None)
    return engine


def seeded_engine(path: Path, customers: int = CUSTOMERS, seed: int = 1) -> Engine:
    engine = new_engine(path)
    with clock_session(engine, FixedClock(TEST_NOW)) as session:
        seed_demo(session, customers=customers, seed=seed, as_of=AS_OF, actor=ACTOR)
        session.commit()
    return engine


def all_rows(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as connection:
        return {
            model.__tablename__: [
                tuple(row)
                for row in connection.execute(
                    select(model.__table__).order_by(*model.__table__.primary_key.columns)
                )
            ]
            for model in TABLES
        }


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """One seeded database shared by the read-only checks below."""
    engine = seeded_engine(tmp_path_factory.mktemp("demo") / "shop.db")
    yield engine
    engine.dispose()


@pytest.fixture
def session(shop: Engine) -> Iterator[Session]:
    with clock_session(shop, FixedClock(TEST_NOW)) as read_session:
        yield read_session


def test_same_arguments_give_identical_rows(tmp_path: Path, shop: Engine) -> None:
    again = seeded_engine(tmp_path / "again.db")
    try:
        assert all_rows(again) == all_rows(shop)
    finally:
        again.dispose()


def test_another_seed_gives_other_rows(tmp_path: Path, shop: Engine) -> None:
    other = seeded_engine(tmp_path / "other.db", seed=2)
    try:
        mine, theirs = all_rows(shop), all_rows(other)
        for table in ("customers", "orders", "visit_records"):
            assert mine[table] != theirs[table]
    finally:
        other.dispose()


def test_every_table_has_rows(shop: Engine) -> None:
    empty = [table for table, rows in all_rows(shop).items() if not rows]
    assert empty == []


def test_summary_counts_what_was_written(tmp_path: Path) -> None:
    engine = new_engine(tmp_path / "count.db")
    try:
        with clock_session(engine, FixedClock(TEST_NOW)) as session:
            summary = seed_demo(session, customers=30, seed=3, as_of=AS_OF, actor=ACTOR)
            session.commit()
        assert isinstance(summary, SeedSummary)
        assert summary.customers == 30
        assert {table: len(rows) for table, rows in all_rows(engine).items()} == dict(
            summary.counts
        )
    finally:
        engine.dispose()


def test_names_use_every_latvian_diacritic(session: Session) -> None:
    names = "".join(
        first + last
        for first, last in session.execute(select(Customer.first_name, Customer.last_name))
    )
    assert [letter for letter in LATVIAN_LETTERS if letter not in names] == []


def test_contact_details(session: Session) -> None:
    customers = session.execute(select(Customer.email, Customer.phone, Customer.language)).all()
    emails = [email for email, _, _ in customers]
    assert None not in emails
    assert len(set(emails)) == len(emails) == CUSTOMERS
    assert all(email.isascii() and "@" in email for email in emails)
    phones = [phone for _, phone, _ in customers if phone is not None]
    assert phones and all(phone.startswith("+371") for phone in phones)
    assert {language for _, _, language in customers} == {"lv", "en"}


def test_invoices_only_for_completed_or_refunded_orders(session: Session) -> None:
    statuses = session.execute(
        select(Order.status).join(Invoice, Invoice.order_id == Order.id)
    ).scalars()
    assert set(statuses) <= {"completed", "refunded"}
    billed = session.execute(
        select(func.count()).select_from(Order).where(Order.status.in_(["completed", "refunded"]))
    ).scalar_one()
    assert billed == session.execute(select(func.count()).select_from(Invoice)).scalar_one()


def test_order_totals_match_their_items(session: Session) -> None:
    item_sums = (
        select(
            OrderItem.order_id,
            func.sum(OrderItem.quantity * OrderItem.unit_price_cents).label("total"),
            func.count().label("lines"),
        )
        .group_by(OrderItem.order_id)
        .subquery()
    )
    rows = session.execute(
        select(Order.total_cents, item_sums.c.total, item_sums.c.lines).join(
            item_sums, item_sums.c.order_id == Order.id
        )
    ).all()
    assert len(rows) == session.execute(select(func.count()).select_from(Order)).scalar_one()
    assert all(total == items and 1 <= lines <= 4 for total, items, lines in rows)
    mismatched = session.execute(
        select(func.count())
        .select_from(Invoice)
        .join(Order, Invoice.order_id == Order.id)
        .where(Invoice.total_cents != Order.total_cents)
    ).scalar_one()
    assert mismatched == 0


def test_history_ends_before_as_of_and_is_utc(session: Session) -> None:
    end = datetime(AS_OF.year, AS_OF.month, AS_OF.day, tzinfo=UTC)
    latest = session.execute(select(Order.placed_at).order_by(Order.placed_at.desc())).scalar()
    first = session.execute(select(Order.placed_at).order_by(Order.placed_at)).scalar()
    assert latest is not None and first is not None
    assert latest.tzinfo is UTC and latest < end
    assert (end - first).days <= 3 * 366


def test_seeding_is_audited(session: Session) -> None:
    newest = audit.newest_first(session, limit=1)
    assert [(entry.action, entry.actor) for entry in newest] == [("demo.seeded", ACTOR.name)]


def test_refuses_a_shop_that_has_data(session: Session) -> None:
    with pytest.raises(ShopNotEmpty):
        seed_demo(session, customers=5, seed=1, as_of=AS_OF, actor=ACTOR)


def test_cancel_raises_and_rollback_leaves_no_customers(tmp_path: Path) -> None:
    engine = new_engine(tmp_path / "cancel.db")
    calls: list[tuple[int, int]] = []
    written_before_cancel: list[int] = []
    try:
        with clock_session(engine, FixedClock(TEST_NOW)) as session:

            def progress(done: int, total: int) -> bool:
                calls.append((done, total))
                if done == 0:
                    return True
                written_before_cancel.append(
                    session.execute(select(func.count()).select_from(Customer)).scalar_one()
                )
                return False

            with pytest.raises(Cancelled):
                seed_demo(
                    session, customers=100, seed=1, as_of=AS_OF, progress=progress, actor=ACTOR
                )
            session.rollback()
            assert session.execute(select(func.count()).select_from(Customer)).scalar_one() == 0
        assert calls[0] == (0, 100) and 0 < calls[-1][0] < 100
        assert written_before_cancel[0] > 0  # something was written, then rolled back
    finally:
        engine.dispose()
