"""The shop's time zone: days of receipt and deadlines are Riga days."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

SHOP_ZONE = ZoneInfo("Europe/Riga")


def shop_day(instant: datetime) -> date:
    """The calendar day in Riga on which ``instant`` (time-zone aware) fell."""
    return instant.astimezone(SHOP_ZONE).date()


class WallClockProblem(ValueError):
    """A Riga wall-clock time that names no instant, or two."""


class NonexistentTime(WallClockProblem):
    """In the spring gap (e.g. 29 March 2026, 03:00–03:59): the clocks skipped it."""


class AmbiguousTime(WallClockProblem):
    """In the autumn repeated hour (e.g. 25 October 2026, 03:00–03:59): it happened twice."""

    def __init__(self, earlier: datetime, later: datetime) -> None:
        super().__init__(f"{earlier.isoformat()} or {later.isoformat()}")
        self.earlier, self.later = earlier, later  # the two instants, in UTC


def wall_clock_instant(local: datetime, fold: int | None = None) -> datetime:
    """The instant a Riga wall-clock time names; never a guess.

    A time in the spring gap raises NonexistentTime; one in the autumn repeated hour raises
    AmbiguousTime unless ``fold`` says which: 0 the first (summer time), 1 the second. A
    time that already carries an offset is an instant and is returned as it is. The result
    is in UTC: Python compares two times in one zone on the wall clock, ignoring ``fold``.
    """
    if local.tzinfo is not None:
        return local
    first = local.replace(tzinfo=SHOP_ZONE, fold=0)
    second = local.replace(tzinfo=SHOP_ZONE, fold=1)
    earlier, later = first.astimezone(UTC), second.astimezone(UTC)
    if earlier.astimezone(SHOP_ZONE).replace(tzinfo=None) != local:
        raise NonexistentTime(local.isoformat())
    if earlier == later:
        return earlier
    if fold is None:
        raise AmbiguousTime(earlier, later)
    return later if fold else earlier
