"""The legal deadline of a data-subject request (GDPR Art. 12(3); Reg. 1182/71 Art. 3).

One month from the day of receipt: the receipt day is not counted, the period ends on the
same date of the next month, or on that month's last day where the date does not exist;
an end on a Saturday, Sunday or Latvian public holiday moves to the next working day.
An extension adds two further months counted from receipt, by the same rules; it must be
decided and announced within the first month.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from minime_admin.domain.calendar import LATVIA, HolidayCalendar
from minime_admin.domain.requests import HoldReason, Status
from minime_admin.domain.retention import add_months

ONE_MONTH, EXTENDED_MONTHS = 1, 3
EXTENSION_WARNING_DAYS = 7  # warn when the window for announcing an extension closes soon


@dataclass(frozen=True)
class SkippedDay:
    day: date
    reason: str  # "Saturday", "Sunday" or the holiday's name


@dataclass(frozen=True)
class Deadline:
    """A due date with every step that led to it, so it can explain itself."""

    received: date
    months: int
    same_date: date  # received + months, clamped to the month's end
    clamped: bool  # the same date did not exist (31 January → 28 February)
    skipped: tuple[SkippedDay, ...]  # weekend days and holidays passed over
    due: date

    def days_left(self, today: date) -> int:
        return (self.due - today).days


def due_date(
    received: date, months: int = ONE_MONTH, calendar: HolidayCalendar = LATVIA
) -> Deadline:
    same_date = add_months(received, months)
    skipped: list[SkippedDay] = []
    due = same_date
    while not calendar.is_working_day(due):
        skipped.append(SkippedDay(due, calendar.holiday_name(due) or due.strftime("%A")))
        due += timedelta(days=1)
    return Deadline(
        received=received,
        months=months,
        same_date=same_date,
        clamped=same_date.day != received.day,
        skipped=tuple(skipped),
        due=due,
    )


def extended_due_date(received: date, calendar: HolidayCalendar = LATVIA) -> Deadline:
    return due_date(received, EXTENDED_MONTHS, calendar)


def may_still_extend(received: date, today: date, calendar: HolidayCalendar = LATVIA) -> bool:
    """An extension must be announced within the first month, i.e. by the original due date."""
    return today <= due_date(received, ONE_MONTH, calendar).due


def extension_window_closing(
    received: date, today: date, calendar: HolidayCalendar = LATVIA
) -> bool:
    first = due_date(received, ONE_MONTH, calendar).due
    return today <= first and (first - today).days <= EXTENSION_WARNING_DAYS


def paused_due_date(
    deadline: Deadline, paused_days: int, calendar: HolidayCalendar = LATVIA
) -> date:
    """The due date if the clock had stopped while identity proof was awaited.

    Shown beside the legal due date, never instead of it: the GDPR has no suspension rule,
    and only one DPA (Berlin) has treated the month as paused (docs/legal.md §1).
    """
    due = deadline.due + timedelta(days=paused_days)
    while not calendar.is_working_day(due):
        due += timedelta(days=1)
    return due


def internal_target(received: date, days: int) -> date:
    """The office's own target (Settings), in calendar days; not a legal date."""
    return received + timedelta(days=days)


def days_awaiting_identity(
    transitions: Iterable[tuple[date, str | None, str | None]], today: date
) -> int:
    """Days spent on hold awaiting proof of identity, up to ``today`` if still waiting.

    ``transitions`` are (day, new status, reason code), oldest first; the result feeds
    paused_due_date, shown beside the legal date.
    """
    total, since = 0, None
    for day, status, reason in transitions:
        if since is not None:
            total += (day - since).days
            since = None
        if status == Status.ON_HOLD and reason == HoldReason.AWAITING_IDENTITY:
            since = day
    if since is not None:
        total += (today - since).days
    return max(total, 0)
