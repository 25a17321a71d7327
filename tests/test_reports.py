"""The request figures (issue #20.1): every figure checked against a direct count of what
the scenario made through the real inbox services."""

from __future__ import annotations

import json
import statistics
from collections import Counter
from datetime import date

import pytest
from conftest import TEST_NOW
from report_scenario import TODAY, Made, make_requests

from minime_admin.cli import main
from minime_admin.domain import request_figures as rf
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.services import database as db_service
from minime_admin.services import reports
from minime_admin.store import report_repo

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

START, END = date(2026, 6, 1), date(2026, 11, 30)


@pytest.fixture
def made(database: db_service.Database, clock: FixedClock, clerk: Actor) -> list[Made]:
    return make_requests(database, clock, clerk)


def month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def expected(items: list[Made]) -> dict[str, object]:
    """The figures counted straight from what was made, without the report's code."""
    answered = [m for m in items if m.kind in ("on_time", "late", "extended_on_time", "refused")]
    days = sorted((m.answered_on - m.received_on).days for m in answered if m.answered_on)
    open_now = [m for m in items if m.kind in ("open", "open_overdue")]
    # Each answered request's own limit: its due date in force, an extension included.
    allowed = sorted((m.due_on - m.received_on).days for m in answered if m.answered_on)
    return {
        "received": len(items),
        "answered": len(answered),
        "late": sum(m.kind == "late" for m in items),
        "on_time": len(answered) - sum(m.kind == "late" for m in items),
        "extended": sum(m.extended for m in items),
        "withdrawn": sum(m.kind == "withdrawn" for m in items),
        "refused": dict(sorted(Counter(m.ground for m in items if m.ground).items())),
        "median": float(statistics.median(days)) if days else None,
        "p90": days[-(-len(days) * 9 // 10) - 1] if days else None,
        "median_allowed": float(statistics.median(allowed)) if allowed else None,
        "p90_allowed": allowed[-(-len(allowed) * 9 // 10) - 1] if allowed else None,
        "open": len(open_now),
        "overdue": sum((m.due_on - TODAY).days < 0 for m in open_now),
        "fewest": min(((m.due_on - TODAY).days for m in open_now), default=None),
    }


def actual(figures: rf.Figures) -> dict[str, object]:
    return {
        "received": figures.received,
        "answered": figures.answered,
        "late": figures.late,
        "on_time": figures.on_time,
        "extended": figures.extended,
        "withdrawn": figures.withdrawn,
        "refused": figures.refused,
        "median": figures.median_days,
        "p90": figures.p90_days,
        "median_allowed": figures.median_allowed,
        "p90_allowed": figures.p90_allowed,
        "open": figures.open_now,
        "overdue": figures.overdue_now,
        "fewest": figures.fewest_days_left,
    }


def test_every_figure_matches_a_direct_count(
    database: db_service.Database, made: list[Made]
) -> None:
    real = [m for m in made if not m.test]
    assert len(real) < len(made)  # test requests were made, and must be left out
    kinds = Counter(m.kind for m in real)
    assert all(kinds[k] > 0 for k in ("late", "extended_on_time", "refused", "open_overdue"))
    with database.session() as session:
        report = reports.request_report(session, START, END)
    assert report.today == TODAY
    assert actual(report.total) == expected(real)
    groups: dict[tuple[str, str], list[Made]] = {}
    for m in real:
        groups.setdefault((month(m.received_on), m.type), []).append(m)
    assert [(f.month, f.type) for f in report.rows] == sorted(groups)
    for figures in report.rows:
        assert actual(figures) == expected(groups[(figures.month, figures.type)]), figures
    by_month: dict[str, list[Made]] = {}
    for m in real:
        by_month.setdefault(month(m.received_on), []).append(m)
    for figures in report.months:
        assert actual(figures) == expected(by_month[figures.month])
    by_type: dict[str, list[Made]] = {}
    for m in real:
        by_type.setdefault(m.type, []).append(m)
    assert [f.type for f in report.types] == sorted(by_type)
    for figures in report.types:
        assert actual(figures) == expected(by_type[figures.type])
    late = {m.reference: m for m in real if m.kind == "late"}
    assert {item.reference for item in report.late} == set(late)
    for item in report.late:
        assert item.reason == late[item.reference].reason  # None where nothing was written
        assert item.days_late == (late[item.reference].answered_on - item.due_on).days > 0
    assert any(item.reason is None for item in report.late)
    assert any(item.reason for item in report.late)
    open_now = sorted(
        ((m.due_on - TODAY).days, m.reference) for m in real if m.kind.startswith("open")
    )
    with database.session() as session:
        listed = reports.open_requests(session, START, END)
    assert [(o.days_left, o.reference) for o in listed] == open_now
    assert sum(report.days_left.values()) == len(open_now)
    assert report.days_left["overdue"] == sum(d < 0 for d, _ in open_now)
    assert report.days_left["15+"] == sum(d >= 15 for d, _ in open_now)


def test_late_answers_read_by_id_a_few_at_a_time_are_all_there(
    database: db_service.Database, made: list[Made], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The late answers the GROUP BY names are read back by id in slices; with a slice of
    one, every one of them is still listed, each once."""
    with database.session() as session:
        whole = reports.request_report(session, START, END)
        monkeypatch.setattr(report_repo, "_IDS_AT_ONCE", 1)
        sliced = reports.request_report(session, START, END)
    assert len(whole.late) > 1
    assert sliced == whole


def test_the_period_narrows_by_day_of_receipt(
    database: db_service.Database, made: list[Made]
) -> None:
    start, end = date(2026, 9, 1), date(2026, 9, 30)
    inside = [m for m in made if not m.test and start <= m.received_on <= end]
    with database.session() as session:
        report = reports.request_report(session, start, end)
    assert actual(report.total) == expected(inside)


def test_a_period_backwards_is_one_clear_sentence(database: db_service.Database) -> None:
    with database.session() as session, pytest.raises(reports.ReportPeriodBackwards):
        reports.request_report(session, END, START)


def test_percentiles_are_values_that_occurred() -> None:
    assert rf.percentile(list(range(1, 11)), 0.9) == 9
    assert rf.percentile([5], 0.9) == 5
    assert rf.percentile([], 0.9) is None
    assert rf.percentile([1, 2, 3, 4, 100], 0.9) == 100


@pytest.mark.parametrize(
    "values", [[], [5], [1, 2], [3, 1, 2], [1, 1, 1, 9], list(range(1, 11)), [7] * 5 + [40, 41]]
)
def test_median_and_p90_of_counted_values_equal_those_of_the_values(values: list[int]) -> None:
    counts = dict(Counter(values))
    median = float(statistics.median(values)) if values else None
    assert rf.median_and_p90(counts) == (median, rf.percentile(values, 0.9))


def test_the_command_prints_the_same_figures(
    database: db_service.Database, made: list[Made], capsys: pytest.CaptureFixture[str]
) -> None:
    location = database.location  # the file, or the server URL
    database.close()
    code = main(
        ["--db", location, "report", "requests", "--from", "2026-06-01", "--to", "2026-11-30",
         "--json"],
        FixedClock(TEST_NOW),
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    printed = json.loads(out)
    want = expected([m for m in made if not m.test])
    total = printed["total"]
    assert total["received"] == want["received"] and total["late"] == want["late"]
    assert total["refused_by_ground"] == want["refused"]
    assert total["median_days_to_answer"] == want["median"]
    assert {row["reference"] for row in printed["late"]} == {
        m.reference for m in made if m.kind == "late" and not m.test
    }
    code = main(["--db", location, "report", "requests", "--from", "2026-06-01", "--to",
                 "2026-11-30"], FixedClock(TEST_NOW))  # fmt: skip
    text = capsys.readouterr().out
    assert code == 0 and "total" in text and "Late: " in text
    code = main(["--db", location, "report", "requests", "--from", "2026-06-02", "--to",
                 "2026-06-01"], FixedClock(TEST_NOW))  # fmt: skip
    assert code == 1 and "must end on or after" in capsys.readouterr().err
