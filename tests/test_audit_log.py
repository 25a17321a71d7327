"""The audit log on a real encrypted file: append-only, chained, verifiable."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from tampering import tamper

from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import FixedClock
from minime_admin.progress import Cancelled
from minime_admin.services import audit
from minime_admin.services import database as db_service

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)


def _fill(database: db_service.Database, actor: Actor, count: int) -> None:
    with database.unit_of_work() as session:
        for number in range(count):
            audit.record(
                session, actor, AuditAction.CUSTOMER_VIEWED, "customer", number, "DSR-2026-0001"
            )


def _tamper(database: db_service.Database, statement: str) -> None:
    """What someone editing the file with a SQLCipher shell (or the server's tables as
    their owner) could do."""
    tamper(database, statement)


def test_entries_name_who_did_what_and_the_chain_verifies(
    database: db_service.Database, clerk: Actor
) -> None:
    _fill(database, clerk, 3)
    with database.unit_of_work() as session:
        rows = audit.newest_first(session)
        verdict = audit.verify(session)
    assert [row.seq for row in rows] == [4, 3, 2, 1]  # 1 is database.created
    assert rows[0].actor == "Test Clerk" and rows[0].role == "staff"
    assert rows[0].subject == "customer 2" and rows[0].reason == "DSR-2026-0001"
    assert rows[-1].action == "database.created"
    assert verdict.intact and verdict.checked == 4


def test_the_log_refuses_updates_and_deletes(database: db_service.Database, clerk: Actor) -> None:
    _fill(database, clerk, 1)
    for statement in ("UPDATE audit_log SET reason = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), database.engine.begin() as c:
            c.execute(text(statement))


@pytest.mark.parametrize(
    ("statement", "seq", "kind"),
    [
        ("UPDATE audit_log SET reason = 'no reason' WHERE seq = 3", 3, "altered"),
        ("DELETE FROM audit_log WHERE seq = 3", 4, "missing_before"),
        ("DELETE FROM audit_log WHERE seq = 5", 5, "missing_at_end"),
    ],
)
def test_tampering_is_found_and_the_first_bad_entry_named(
    database: db_service.Database, clerk: Actor, statement: str, seq: int, kind: str
) -> None:
    _fill(database, clerk, 4)
    _tamper(database, statement)
    with database.unit_of_work() as session:
        verdict = audit.verify(session)
    assert verdict.problem is not None
    assert (verdict.problem.seq, verdict.problem.kind) == (seq, kind)


def test_paging_newest_first(database: db_service.Database, clerk: Actor) -> None:
    _fill(database, clerk, 449)
    with database.unit_of_work() as session:
        first = audit.newest_first(session, limit=200)
        second = audit.newest_first(session, before_seq=first[-1].seq, limit=200)
        assert audit.entry_count(session) == 450
    assert first[0].seq == 450 and first[-1].seq == 251
    assert second[0].seq == 250


def test_verification_can_be_cancelled(database: db_service.Database, clerk: Actor) -> None:
    _fill(database, clerk, 10)
    with database.unit_of_work() as session, pytest.raises(Cancelled):
        audit.verify(session, progress=lambda done, total: False)


def test_entries_store_instants_in_utc(database: db_service.Database) -> None:
    with database.unit_of_work() as session:
        (row,) = audit.newest_first(session, limit=1)
    assert row.at.utcoffset() is not None and row.at.utcoffset().total_seconds() == 0


def test_entries_of_one_action(database: db_service.Database, clerk: Actor) -> None:
    _fill(database, clerk, 3)
    with database.unit_of_work() as session:
        viewed = audit.newest_first(session, action=AuditAction.CUSTOMER_VIEWED)
        created = audit.newest_first(session, action=AuditAction.DATABASE_CREATED)
        assert audit.entry_count(session, AuditAction.CUSTOMER_VIEWED) == 3
        assert audit.entry_count(session, AuditAction.LETTER_REOPENED) == 0
    assert [row.seq for row in viewed] == [4, 3, 2]
    assert [(row.seq, row.action) for row in created] == [(1, AuditAction.DATABASE_CREATED)]


def test_the_command_line_lists_one_action(
    database: db_service.Database,
    clerk: Actor,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _fill(database, clerk, 2)
    database.close()
    argv = ["--db", database.location, "audit", "list", "--json", "--action", "database.created"]
    assert main(argv, clock) == 0
    assert [row["seq"] for row in json.loads(capsys.readouterr().out)] == [1]
    with pytest.raises(SystemExit):  # argparse: not an action the log records
        main(["--db", database.location, "audit", "list", "--action", "database.dropped"], clock)
    assert "invalid choice" in capsys.readouterr().err
