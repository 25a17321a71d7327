"""Latvian public holidays for deadline roll-over (Reg. 1182/71 Art. 2, 3(4)).

Statutory holidays come from the ``holidays`` package (country LV), which also applies the
law's rule that 4 May, 18 November and the Song and Dance Festival's closing day move to the
next working day when they fall on a weekend. Days off *transferred* by Cabinet order are
left out: they are not public holidays under the Regulation, and leaving them out never
lengthens a deadline (docs/legal.md §1). One-off holidays the Saeima declares (as on
29 May 2023) are added by the office in ``extra``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import holidays

_TRANSFERRED_PREFIX = "Day off (substituted"


@lru_cache(maxsize=64)
def _statutory(year: int) -> dict[date, str]:
    table = holidays.country_holidays("LV", years=year, language="en_US")
    result: dict[date, str] = {}
    for day, names in table.items():
        kept = [n for n in names.split("; ") if not n.startswith(_TRANSFERRED_PREFIX)]
        if kept:
            result[day] = "; ".join(kept)
    return result


@dataclass(frozen=True)
class HolidayCalendar:
    extra: Mapping[date, str] = field(default_factory=dict)

    def holiday_name(self, day: date) -> str | None:
        return self.extra.get(day) or _statutory(day.year).get(day)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and self.holiday_name(day) is None


LATVIA = HolidayCalendar()
