"""The retention sweep deletes exactly what has outlived its rule, in batches."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import TEST_NOW, SeedShop
from sqlalchemy import func, select

from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.progress import Cancelled
from minime_admin.services import audit, retention
from minime_admin.services import database as db_service
from minime_admin.store.models import LegalHold, Order, PaymentTransaction, VisitRecord

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

AS_OF = date(2026, 11, 25)


@pytest.fixture
def shop(seed_shop: SeedShop) -> db_service.Database:
    return seed_shop(customers=40, seed=5)


def test_dry_run_counts_and_changes_nothing(shop: db_service.Database, clerk: Actor) -> None:
    with shop.unit_of_work() as session:
        visits = session.execute(select(func.count()).select_from(VisitRecord)).scalar_one()
    result = retention.sweep(shop.unit_of_work, clerk, dry_run=True)
    with shop.unit_of_work() as session:
        after = session.execute(select(func.count()).select_from(VisitRecord)).scalar_one()
    assert result.dry_run and result.deleted["visit_record"] > 0 and visits == after


def test_sweep_deletes_what_is_due_and_keeps_the_rest(
    shop: db_service.Database, clerk: Actor
) -> None:
    cutoff = retention.cutoffs(AS_OF)["visit_record"]
    with shop.unit_of_work() as session:
        due = {d.rule: d.records for d in retention.due_now(session)}
    result = retention.sweep(shop.unit_of_work, clerk)
    with shop.unit_of_work() as session:
        old_visits = session.execute(
            select(func.count())
            .select_from(VisitRecord)
            .where(func.date(VisitRecord.visited_at) < cutoff)
        ).scalar_one()
        kept_visits = session.execute(select(func.count()).select_from(VisitRecord)).scalar_one()
        completed_payments = session.execute(
            select(func.count())
            .select_from(PaymentTransaction)
            .join(Order, Order.id == PaymentTransaction.order_id)
            .where(
                Order.completed_at.is_not(None),
                func.date(Order.completed_at) < AS_OF,
                Order.id.not_in(select(LegalHold.order_id).where(LegalHold.order_id.is_not(None))),
            )
        ).scalar_one()
        entries = audit.newest_first(session, limit=1)
        again = retention.sweep_due(session)
    assert result.deleted == {k: v for k, v in due.items()}
    assert old_visits == 0 and kept_visits > 0
    assert completed_payments == 0  # "transaction data only until the purchase completes"
    assert entries[0].action == "retention.swept" and again == 0


def test_cancel_keeps_the_batches_already_done(shop: db_service.Database, clerk: Actor) -> None:
    with shop.unit_of_work() as session:
        before = retention.sweep_due(session)
    with pytest.raises(Cancelled):
        retention.sweep(shop.unit_of_work, clerk, progress=lambda done, total: done == 0)
    with shop.unit_of_work() as session:
        after = retention.sweep_due(session)
    assert 0 < after < before


def test_command(
    shop: db_service.Database, capsys: pytest.CaptureFixture[str], clock: FixedClock
) -> None:
    db = shop.location
    shop.close()
    assert main(clock=clock, argv=["--db", db, "retention", "sweep", "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["dry_run"] and {r["rule"] for r in report["rules"]} >= {"visit_record"}
    assert main(clock=clock, argv=["--db", db, "retention", "sweep", "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert sum(r["deleted"] for r in done["rules"]) == sum(r["due"] for r in report["rules"])


def test_old_answered_requests_keep_only_a_hash_of_the_requester(
    shop: db_service.Database, clerk: Actor, clock: FixedClock
) -> None:
    from datetime import UTC, datetime

    from minime_admin.domain.requests import Channel, RequestType, Status, TransitionRequest
    from minime_admin.services import requests

    with shop.unit_of_work() as session:
        clock.set(datetime(2020, 3, 2, 10, tzinfo=UTC))
        old = requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.UNSUBSCRIBE,
                Channel.EMAIL,
                datetime(2020, 3, 2, 9, tzinfo=UTC),
                "Ģirts Ķēniņš",
                "Atrakstīt",
                requester_email="girts@example.lv",
            ),
        )
        clock.set(datetime(2020, 3, 3, 10, tzinfo=UTC))
        requests.transition(session, clerk, old.request_id, TransitionRequest(Status.COMPLETED))
    clock.set(TEST_NOW)
    with shop.unit_of_work() as session:
        due = {d.rule: d.records for d in retention.due_now(session)}
    retention.sweep(shop.unit_of_work, clerk)
    with shop.unit_of_work() as session:
        detail = requests.get_request(session, old.request_id)
    assert due["request_record"] == 1
    assert detail.requester_name == "" and detail.requester_email is None and detail.text == ""
    assert detail.reference == old.reference and detail.status is Status.COMPLETED


def test_old_breaches_lose_their_list_of_people_but_stay_on_the_register(
    shop: db_service.Database, clerk: Actor
) -> None:
    from datetime import UTC, datetime

    from minime_admin.services import breaches

    with shop.unit_of_work() as session:
        old = breaches.new_breach(
            session, clerk, "Sens", datetime(2020, 1, 10, tzinfo=UTC), people=3
        )
        recent = breaches.new_breach(session, clerk, "Jauns", datetime(2026, 11, 1, tzinfo=UTC))
        for breach_id in (old, recent):
            breaches.select_affected(session, clerk, breach_id, [1, 2, 3], "test")
        due = {d.rule: d.records for d in retention.due_now(session)}
    retention.sweep(shop.unit_of_work, clerk)
    with shop.unit_of_work() as session:
        kept_old, kept_recent = (
            breaches.get_breach(session, old),
            breaches.get_breach(session, recent),
        )
    assert due["breach_affected_list"] == 1
    assert kept_old.affected == () and kept_old.facts["people"] == 3
    assert kept_recent.affected == (1, 2, 3)
