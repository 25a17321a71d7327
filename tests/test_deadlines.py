"""Worked cases of the one-month deadline (Art. 12(3), Reg. 1182/71, Latvian holidays)."""

from __future__ import annotations

from datetime import date

import pytest

from minime_admin.domain.calendar import HolidayCalendar
from minime_admin.domain.deadlines import (
    due_date,
    extended_due_date,
    extension_window_closing,
    internal_target,
    may_still_extend,
    paused_due_date,
)

D = date
CASES = [
    # received, due, clamped, skipped days — why
    (D(2026, 3, 5), D(2026, 4, 7), False, 2),  # 5 Apr Easter Sunday, 6 Apr Easter Monday
    (D(2026, 1, 31), D(2026, 3, 2), True, 2),  # → 28 Feb (Sat), 1 Mar (Sun)
    (D(2024, 1, 31), D(2024, 2, 29), True, 0),  # leap year: 29 Feb exists, a Thursday
    (D(2026, 3, 31), D(2026, 4, 30), True, 0),  # April has no 31st
    (D(2026, 10, 18), D(2026, 11, 19), False, 1),  # 18 Nov, Proclamation Day
    (D(2025, 10, 17), D(2025, 11, 17), False, 0),  # 17 Nov 2025: transferred day off only
    (D(2026, 11, 24), D(2026, 12, 28), False, 4),  # 24-26 Dec Christmas, 27 Dec Sunday
    (D(2026, 5, 23), D(2026, 6, 25), False, 2),  # 23 Jun Līgo, 24 Jun Jāņi
    (D(2026, 5, 22), D(2026, 6, 22), False, 0),  # 22 Jun 2026: transferred day off only
    (D(2026, 12, 1), D(2027, 1, 4), False, 3),  # New Year's Day, then a weekend
    (D(2026, 11, 30), D(2026, 12, 30), False, 0),
    (D(2026, 12, 31), D(2027, 2, 1), False, 1),  # 31 Jan 2027 is a Sunday
    (D(2025, 4, 4), D(2025, 5, 6), False, 2),  # 4 May 2025 Sunday → 5 May observed holiday
    (D(2023, 4, 29), D(2023, 5, 30), False, 1),  # 29 May 2023: one-off hockey holiday
    (D(2023, 6, 10), D(2023, 7, 11), False, 1),  # 10 Jul 2023: Song Festival day moved
    (D(2026, 11, 25), D(2026, 12, 28), False, 3),  # 25 Dec Fri, 26 Sat, 27 Sun
]


@pytest.mark.parametrize(("received", "due", "clamped", "skipped"), CASES)
def test_one_month_deadline(received: date, due: date, clamped: bool, skipped: int) -> None:
    deadline = due_date(received)
    assert deadline.due == due
    assert deadline.clamped is clamped
    assert len(deadline.skipped) == skipped
    assert deadline.due.weekday() < 5


def test_the_deadline_explains_each_skipped_day() -> None:
    deadline = due_date(D(2026, 3, 5))
    assert deadline.same_date == D(2026, 4, 5)
    assert [s.reason for s in deadline.skipped] == ["Easter Sunday", "Easter Monday"]
    weekend = due_date(D(2026, 1, 31)).skipped
    assert [s.reason for s in weekend] == ["Saturday", "Sunday"]


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (D(2026, 3, 5), D(2026, 6, 5)),
        (D(2025, 11, 30), D(2026, 3, 2)),  # → 28 Feb 2026, a Saturday
        (D(2026, 9, 24), D(2026, 12, 28)),  # → 24 Dec: Christmas Eve to the weekend
    ],
)
def test_extended_deadline_counts_three_months_from_receipt(received: date, due: date) -> None:
    assert extended_due_date(received).due == due


def test_an_extension_must_be_announced_within_the_first_month() -> None:
    received = D(2026, 3, 5)  # first due date 7 April 2026
    assert may_still_extend(received, D(2026, 4, 7))
    assert not may_still_extend(received, D(2026, 4, 8))
    assert extension_window_closing(received, D(2026, 4, 1))
    assert not extension_window_closing(received, D(2026, 3, 20))
    assert not extension_window_closing(received, D(2026, 4, 8))


def test_one_off_holidays_from_the_office_table_move_the_deadline() -> None:
    calendar = HolidayCalendar(extra={D(2026, 12, 30): "Declared by the Saeima"})
    deadline = due_date(D(2026, 11, 30), calendar=calendar)
    assert deadline.due == D(2027, 1, 4)
    assert deadline.skipped[0].reason == "Declared by the Saeima"


def test_a_paused_date_is_shown_beside_the_legal_one() -> None:
    deadline = due_date(D(2026, 3, 5))
    assert paused_due_date(deadline, 4) == D(2026, 4, 13)  # 11 Apr Sat, 12 Apr Sun
    assert deadline.due == D(2026, 4, 7)  # unchanged


def test_days_left_and_internal_target() -> None:
    deadline = due_date(D(2026, 11, 2))
    assert deadline.due == D(2026, 12, 2)
    assert deadline.days_left(D(2026, 11, 25)) == 7
    assert deadline.days_left(D(2026, 12, 3)) == -1
    assert internal_target(D(2026, 11, 2), 14) == D(2026, 11, 16)


def test_days_awaiting_identity_count_only_the_identity_holds() -> None:
    from minime_admin.domain.deadlines import days_awaiting_identity

    transitions = [
        (D(2026, 3, 6), "identity_check", None),
        (D(2026, 3, 7), "on_hold", "awaiting_identity"),
        (D(2026, 3, 11), "identity_check", None),  # 4 days waiting
        (D(2026, 3, 12), "on_hold", "legal_review"),  # not counted
        (D(2026, 3, 14), "on_hold", "awaiting_identity"),
    ]
    assert days_awaiting_identity(transitions, D(2026, 3, 16)) == 4 + 2  # still waiting
    assert days_awaiting_identity([], D(2026, 3, 16)) == 0


def test_the_planned_2028_festival_closing_day_moves_a_deadline() -> None:
    # The holidays package does not know the 2028 festival; the planned day is in the
    # defaults: due Monday 10 July 2028 → Tuesday 11 July.
    deadline = due_date(D(2028, 6, 10))
    assert deadline.due == D(2028, 7, 11)
    assert "Song and Dance" in deadline.skipped[0].reason


def test_a_planned_festival_day_is_not_counted_when_the_package_knows_the_year(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from minime_admin.domain import calendar

    monkeypatch.setattr(calendar, "PLANNED_FESTIVAL_DAYS", {D(2023, 7, 9): "planned"})
    table = calendar._statutory.__wrapped__(2023)  # the package names 10 July 2023
    assert D(2023, 7, 9) not in table and "Song and Dance" in table[D(2023, 7, 10)]


def test_the_festival_day_is_named_in_the_user_language() -> None:
    from minime_admin.gui.inbox.labels import day_reason_label

    reason = due_date(D(2028, 6, 10)).skipped[0].reason
    assert day_reason_label(reason) == "Closing day of the Song and Dance Festival"
