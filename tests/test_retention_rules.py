"""Retention periods a manager changes: audited with old and new value, used everywhere."""

from __future__ import annotations

import json
from datetime import date

import pytest

from minime_admin.cli import main
from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.services import audit, retention, retention_rules, users
from minime_admin.services import database as db_service

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

AS_OF = date(2026, 11, 25)


def test_only_a_manager_changes_a_period_and_it_is_audited(
    database: db_service.Database, clerk: Actor
) -> None:
    manager = Actor("Anna", Role.MANAGER)
    with database.unit_of_work() as session:
        with pytest.raises(retention_rules.ManagersOnly):
            retention_rules.change_period(session, clerk, "visit_record", 6)
        rule = retention_rules.change_period(session, manager, "visit_record", 6)
        (entry,) = audit.newest_first(session, limit=1)
        assert retention_rules.current_rules(session)["visit_record"].months == 6
    assert rule.months == 6 and entry.action == "retention.rule_changed"
    assert entry.subject == "retention_rule visit_record"


def test_a_shorter_period_sweeps_more(database: db_service.Database, clerk: Actor) -> None:
    with database.unit_of_work() as session:
        seed_demo(session, customers=30, seed=2, as_of=AS_OF, actor=clerk)
        before = {d.rule: d.records for d in retention.due_now(session)}["visit_record"]
        retention_rules.change_period(session, Actor("Anna", Role.MANAGER), "visit_record", 3)
        after = {d.rule: d.records for d in retention.due_now(session)}["visit_record"]
    assert after > before


def test_commands(
    database: db_service.Database,
    clerk: Actor,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    clock: FixedClock,
) -> None:
    with database.unit_of_work() as session:
        users.add_user(session, clerk, "Anna", Role.MANAGER, "a long password")
    db = database.location
    database.close()
    assert main(clock=clock, argv=["--db", db, "retention", "rules", "--json"]) == 0
    rules = {r["rule"]: r for r in json.loads(capsys.readouterr().out)}
    assert rules["payment_transaction"]["months"] == 0
    monkeypatch.setenv("MINIME_ADMIN_USER_PASSWORD", "wrong password")
    assert (
        main(
            clock=clock,
            argv=[
                "--db",
                db,
                "retention",
                "set",
                "visit_record",
                "--months",
                "6",
                "--user",
                "Anna",
            ],
        )
        == 1
    )
    assert "not right" in capsys.readouterr().err
    monkeypatch.setenv("MINIME_ADMIN_USER_PASSWORD", "a long password")
    assert (
        main(
            clock=clock,
            argv=[
                "--db",
                db,
                "retention",
                "set",
                "visit_record",
                "--months",
                "6",
                "--user",
                "Anna",
            ],
        )
        == 0
    )
