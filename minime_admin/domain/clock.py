"""One clock for the whole app: every "now" and "today" comes from the clock in use.

The entry points (the command line, the GUI) choose it once and hand it to the database,
whose sessions carry it (store/session.py); services and widgets ask that clock, never the
system. Tests pass a FixedClock, so no test depends on the day it runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

from minime_admin.domain.shop_time import shop_day


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, time-zone aware (UTC)."""
        ...


class SystemClock:
    """The computer's clock: what the entry points use outside tests."""

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that stands still until told otherwise (tests, benchmarks, reproducible runs)."""

    instant: datetime

    def __post_init__(self) -> None:
        if self.instant.tzinfo is None:
            raise ValueError("a FixedClock needs a time-zone-aware instant")

    def now(self) -> datetime:
        return self.instant.astimezone(UTC)

    def set(self, instant: datetime) -> None:
        self.instant = instant

    def advance(self, delta: timedelta) -> None:
        self.instant = self.instant + delta


def today(clock: Clock) -> date:
    """The shop's calendar day (Riga) at the clock's instant."""
    return shop_day(clock.now())
