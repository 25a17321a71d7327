"""#13.5: a legal hold ends; then what it held follows its own rule, and letters say so."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from minime_admin import errors
from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.erasure import Action, Reason
from minime_admin.services import customer_actions, retention
from minime_admin.services import database as db_service
from minime_admin.services.erasure import plan_erasure
from minime_admin.services.erasure_letters import erasure_facts
from minime_admin.store.models import Customer, LegalHold, Order, PaymentTransaction

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

TODAY = date(2026, 11, 25)
LONG_AGO = datetime(2025, 3, 3, 10, tzinfo=UTC)


@pytest.fixture
def held(database: db_service.Database) -> db_service.Database:
    """A completed, paid order under a chargeback hold since June 2025."""
    with database.unit_of_work() as session:
        session.add(
            Customer(id=1, first_name="Ģirts", last_name="Ķēniņš-Žūriņa",
                     email="girts@example.lv", language="lv", created_at=LONG_AGO)
        )  # fmt: skip
        session.flush()
        session.add(Order(id=1, customer_id=1, number="100042", placed_at=LONG_AGO,
                          completed_at=LONG_AGO, status="completed", total_cents=1999))  # fmt: skip
        session.flush()
        session.add_all(
            [
                PaymentTransaction(order_id=1, provider="stripe", provider_reference="ch_1",
                                   status="captured", amount_cents=1999, created_at=LONG_AGO),
                LegalHold(id=7, customer_id=1, order_id=1, kind="chargeback",
                          reason="Chargeback disputed", started_on=date(2025, 6, 1)),
            ]
        )  # fmt: skip
    return database


def kept_texts(database: db_service.Database) -> tuple[dict[str, Reason | None], str]:
    with database.unit_of_work() as session:
        plan = plan_erasure(session, 1)
    reasons = {
        g.table: g.decision.reason for g in plan.groups if g.decision.action is Action.RETAIN
    }
    letter = " ".join(f"{k.what} {k.why}" for k in erasure_facts(plan, "en", TODAY).kept)
    return reasons, letter


def payments_due(database: db_service.Database) -> int:
    with database.unit_of_work() as session:
        return {d.rule: d.records for d in retention.due_now(session)}.get("payment_transaction", 0)


def test_a_released_hold_no_longer_holds_and_is_not_called_open(
    held: db_service.Database, clerk: Actor
) -> None:
    reasons, letter = kept_texts(held)
    assert reasons["orders"] is Reason.LEGAL_HOLD and "open dispute" in letter
    assert payments_due(held) == 0
    with held.unit_of_work() as session:
        day = customer_actions.release_legal_hold(session, clerk, 1, 7)
    assert day == TODAY
    reasons, letter = kept_texts(held)
    assert reasons.get("orders") is not Reason.LEGAL_HOLD  # accounting law decides now
    assert reasons["legal_holds"] is Reason.RELEASED_HOLD
    assert "open dispute" not in letter and "has ended" in letter
    assert payments_due(held) == 1  # "only until the purchase completes" applies again


def test_an_old_release_lets_the_hold_record_itself_go(
    held: db_service.Database, clerk: Actor
) -> None:
    with held.unit_of_work() as session:
        customer_actions.release_legal_hold(session, clerk, 1, 7, date(2025, 10, 1))
        with pytest.raises(errors.HoldNotActive):
            customer_actions.release_legal_hold(session, clerk, 1, 7)
    reasons, _letter = kept_texts(held)
    assert "legal_holds" not in reasons  # twelve months after the release have passed
    with held.unit_of_work() as session:
        assert {d.rule: d.records for d in retention.due_now(session)}["legal_hold"] == 1


def test_release_day_must_be_between_the_start_and_today(
    held: db_service.Database, clerk: Actor
) -> None:
    for day in (date(2025, 5, 31), date(2026, 11, 26)):
        with held.unit_of_work() as session, pytest.raises(errors.HoldReleaseDay):
            customer_actions.release_legal_hold(session, clerk, 1, 7, day)
    with held.unit_of_work() as session:
        hold = session.get(LegalHold, 7)
        assert hold is not None and hold.released_on is None


def test_release_from_the_command_line(
    held: db_service.Database, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    held.close()
    db = held.location
    assert (
        main(["--db", db, "customers", "release-hold", "1", "7", "--on", "2026-11-20"], clock) == 0
    )
    assert "Legal hold 7 released on 2026-11-20." in capsys.readouterr().out
    assert main(["--db", db, "customers", "release-hold", "1", "7"], clock) == 1
    assert "not in force" in capsys.readouterr().err
