"""Issue #15.8: the audit log narrowed by who, action, subject, period and search; its CSV;
every action in words in both languages."""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from minime_admin import translation as i18n
from minime_admin.cli import main
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.audit_action_texts import ACTION_WORDS, CONTEXT, action_words
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import FixedClock
from minime_admin.services import audit, audit_csv
from minime_admin.services import database as db_service

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

A = AuditAction
MANAGER = Actor("Ģirts Ķēniņš", Role.MANAGER)


@pytest.fixture
def logged(database: db_service.Database, clerk: Actor, clock: FixedClock) -> db_service.Database:
    """Entry 1 is database.created (25 Nov 10:00 UTC); then, on Riga days:
    2 (25 Nov) clerk views customer 42; 3 (26 Nov, 01:30 Riga = 25 Nov 23:30 UTC) the
    manager rectifies customer 42 with a note; 4 (27 Nov) the clerk views customer 7 with a
    formula-looking reason; 5 (28 Nov) the manager opens breach 3."""
    with database.unit_of_work() as session:
        audit.record(session, clerk, A.CUSTOMER_VIEWED, "customer", 42, "DSR-2026-0001")
    clock.set(datetime(2026, 11, 25, 23, 30, tzinfo=UTC))
    with database.unit_of_work() as session:
        audit.record(
            session, MANAGER, A.CUSTOMER_RECTIFIED, "customer", 42, "", note="asked by phone"
        )
    clock.set(datetime(2026, 11, 27, 9, 0, tzinfo=UTC))
    with database.unit_of_work() as session:
        audit.record(session, clerk, A.CUSTOMER_VIEWED, "customer", 7, "=HYPERLINK(1)")
    clock.set(datetime(2026, 11, 28, 9, 0, tzinfo=UTC))
    with database.unit_of_work() as session:
        audit.record(session, MANAGER, A.BREACH_OPENED, "breach", 3, "")
    return database


def seqs(database: db_service.Database, wanted: audit.AuditFilter) -> list[int]:
    with database.unit_of_work() as session:
        rows = audit.newest_first(session, wanted=wanted)
        assert audit.entry_count(session, None, wanted) == len(rows)
    return [row.seq for row in rows]


def test_each_filter_narrows(logged: db_service.Database) -> None:
    F = audit.AuditFilter  # noqa: N806 (short, for a table of cases)
    assert seqs(logged, F()) == [5, 4, 3, 2, 1]
    assert seqs(logged, F(who=MANAGER.name)) == [5, 3]
    assert seqs(logged, F(action=A.CUSTOMER_VIEWED)) == [4, 2]
    assert seqs(logged, F(subject="customer 42")) == [3, 2]
    assert seqs(logged, F(subject="customer")) == [4, 3, 2]
    assert seqs(logged, F(subject="customer 4")) == []  # an id is matched whole
    # Riga days: 23:30 UTC on the 25th is 01:30 on the 26th in Riga.
    assert seqs(logged, F(since=date(2026, 11, 26))) == [5, 4, 3]
    assert seqs(logged, F(until=date(2026, 11, 25))) == [2, 1]
    assert seqs(logged, F(since=date(2026, 11, 26), until=date(2026, 11, 27))) == [4, 3]
    assert seqs(logged, F(search="dsr-2026")) == [2]  # the reason, any case
    assert seqs(logged, F(search="Ķēniņš")) == [5, 3]  # who
    assert seqs(logged, F(search="breach 3")) == [5]  # the subject
    assert seqs(logged, F(search="100%")) == []  # % is a character, not a wildcard
    # Notes are not searched: they are personal data an erasure removes.
    assert seqs(logged, F(search="phone")) == []
    assert seqs(logged, F(who="Test Clerk", action=A.CUSTOMER_VIEWED, subject="customer 7")) == [4]


def test_a_request_is_found_by_its_reference(
    database: db_service.Database, clerk: Actor, seed_shop: object
) -> None:
    from minime_admin.store import request_repo

    with database.unit_of_work() as session:
        reference = request_repo.next_reference(session, 2026)
    code = main_quiet(database, ["requests", "add", "--type", "access", "--email", "a@b.lv"])
    assert code == 0
    with database.unit_of_work() as session:
        rows = audit.newest_first(session, wanted=audit.AuditFilter(subject=f"request {reference}"))
        assert rows and all(row.subject.startswith("request ") for row in rows)
        nobody = audit.AuditFilter(subject="request DSR-1999-0001")
        assert audit.newest_first(session, wanted=nobody) == []


def main_quiet(database: db_service.Database, argv: list[str]) -> int:
    database.close()
    return main(["--db", database.location, *argv], database.clock)  # type: ignore[arg-type]


def test_a_period_backwards_is_refused(logged: db_service.Database) -> None:
    backwards = audit.AuditFilter(since=date(2026, 11, 27), until=date(2026, 11, 26))
    with logged.unit_of_work() as session, pytest.raises(audit.AuditPeriodBackwards):
        audit.newest_first(session, wanted=backwards)


def test_every_action_has_words_in_both_languages() -> None:
    missing = [action for action in AuditAction if not ACTION_WORDS.get(action)]
    assert missing == []
    translator = i18n.load_translator("lv")
    assert translator is not None
    untranslated = [
        action for action in AuditAction if not translator.translate(CONTEXT, ACTION_WORDS[action])
    ]
    assert untranslated == []
    assert action_words("test.entry") == "test.entry"  # a code the enum does not know


def run_cli(logged: db_service.Database, clock: FixedClock, *argv: str) -> int:
    logged.close()
    return main(["--db", logged.location, "audit", "list", *argv], clock)


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        (["--who", "Ģirts Ķēniņš"], [5, 3]),
        (["--action", "customer.viewed"], [4, 2]),
        (["--subject", "customer 42"], [3, 2]),
        (["--since", "2026-11-26"], [5, 4, 3]),
        (["--until", "2026-11-25"], [2, 1]),
        (["--search", "DSR"], [2]),
        (["--since", "2026-11-26", "--until", "2026-11-27", "--who", "Test Clerk"], [4]),
    ],
)
def test_the_command_line_filters(
    logged: db_service.Database,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    flags: list[str],
    expected: list[int],
) -> None:
    assert run_cli(logged, clock, "--json", *flags) == 0
    assert [row["seq"] for row in json.loads(capsys.readouterr().out)] == expected


def test_the_command_line_prints_riga_time_and_words(
    logged: db_service.Database, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(logged, clock, "--subject", "customer 42", "--who", "Ģirts Ķēniņš") == 0
    line = capsys.readouterr().out.strip()
    assert "2026-11-26 01:30:00" in line  # 23:30 UTC on the 25th
    assert "Customer data corrected [customer.rectified]" in line


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_the_command_line_writes_a_csv(
    logged: db_service.Database,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "audit.csv"
    assert run_cli(logged, clock, "--action", "customer.viewed", "--csv", str(target)) == 0
    assert "Wrote 2 audit entries" in capsys.readouterr().out
    rows = read_csv(target)
    assert rows[0][:6] == ["Entry", "Time (Riga)", "Who", "Role", "Action", "Action code"]
    assert [row[0] for row in rows[1:]] == ["4", "2"]
    assert rows[1][4:6] == ["Customer data viewed", "customer.viewed"]
    assert rows[1][1] == "2026-11-27 11:00:00"  # Riga time, UTC+2 in November
    assert rows[1][7] == "'=HYPERLINK(1)"  # a formula-looking reason stays text
    assert rows[2][7] == "DSR-2026-0001"


def test_the_csv_keeps_notes_while_they_exist(logged: db_service.Database, tmp_path: Path) -> None:
    target = tmp_path / "notes.csv"
    with logged.unit_of_work() as session:
        written = audit_csv.write(session, audit.AuditFilter(subject="customer 42"), target)
    assert written == 2
    assert read_csv(target)[1][8] == "asked by phone"


def test_an_unwritable_csv_is_one_sentence(logged: db_service.Database, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x")
    with logged.unit_of_work() as session, pytest.raises(audit_csv.CsvNotWritten) as raised:
        audit_csv.write(session, None, blocked / "audit.csv")
    assert "audit.csv" in str(raised.value)
