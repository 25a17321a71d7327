"""Latvian public holidays for deadline roll-over (Reg. 1182/71 Art. 2, 3(4)).

Statutory holidays come from the ``holidays`` package (country LV), which also applies the
law's rule that 4 May, 18 November and the Song and Dance Festival's closing day move to the
next working day when they fall on a weekend. Days off *transferred* by Cabinet order are
left out: they are not public holidays under the Regulation, and leaving them out never
lengthens a deadline (docs/legal.md §1). One-off holidays the Saeima declares (as on
29 May 2023) are added by the office in ``extra``.

Festival closing days the package does not know yet are in ``PLANNED_FESTIVAL_DAYS`` (the
2028 festival is planned to close on Monday 10 July 2028). One is used only while the
package has no festival day in that year, so a later package release that names the day,
on that date or another, is never counted twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

_TRANSFERRED_PREFIX = "Day off (substituted"
_FESTIVAL_WORDS = "Song and Dance"  # in the package's en_US name of the closing day

PLANNED_FESTIVAL_DAYS: Mapping[date, str] = {
    # The package's own name for the day, so the GUI translates it either way.
    date(2028, 7, 10): "Nationwide Latvian Song and Dance Celebration Final Day",
}


@lru_cache(maxsize=64)
def _statutory(year: int) -> dict[date, str]:
    import holidays  # imported when first used, off the GUI thread (#19.5)

    table = holidays.country_holidays("LV", years=year, language="en_US")
    result: dict[date, str] = {}
    for day, names in table.items():
        kept = [n for n in names.split("; ") if not n.startswith(_TRANSFERRED_PREFIX)]
        if kept:
            result[day] = "; ".join(kept)
    if not any(_FESTIVAL_WORDS in name for name in result.values()):
        result.update((d, n) for d, n in PLANNED_FESTIVAL_DAYS.items() if d.year == year)
    return result


@dataclass(frozen=True)
class HolidayCalendar:
    extra: Mapping[date, str] = field(default_factory=dict)

    def holiday_name(self, day: date) -> str | None:
        return self.extra.get(day) or _statutory(day.year).get(day)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < 5 and self.holiday_name(day) is None


LATVIA = HolidayCalendar()
