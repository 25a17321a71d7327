"""Backup names and the rotation rule (restic's ``forget --keep-daily/weekly/monthly``).

Pure: no files, no clock. A backup is named ``minime-<database id>-<UTC stamp>.mmbak`` so that
a folder listing sorts by time, several databases can share one folder, and nothing but the
name is needed to apply the rotation rule. ``.mmbak`` and not ``.db``: a backup is a complete
SQLCipher database, but nobody should mistake it for (or open it as) the live file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

EXTENSION = ".mmbak"
PREFIX = "minime-"
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^minime-([0-9a-f]{32})-(\d{8}T\d{6}Z)(?:-(\d{1,4}))?\.mmbak$")


@dataclass(frozen=True, order=True)
class BackupName:
    taken_at: datetime  # UTC, to the second
    serial: int  # 0, or 1, 2, ... when several were taken within one second
    database_id: str

    @property
    def file_name(self) -> str:
        stamp = self.taken_at.astimezone(UTC).strftime(_STAMP)
        tail = f"-{self.serial}" if self.serial else ""
        return f"{PREFIX}{self.database_id}-{stamp}{tail}{EXTENSION}"


def backup_name(database_id: str, taken_at: datetime, serial: int = 0) -> BackupName:
    if taken_at.tzinfo is None:
        raise ValueError("a backup's time must be time-zone aware")
    return BackupName(taken_at.astimezone(UTC).replace(microsecond=0), serial, database_id)


def parse_name(file_name: str) -> BackupName | None:
    """The name's parts, or None for any other file (a temp file, a user's own)."""
    match = _NAME.match(file_name)
    if match is None:
        return None
    try:
        taken = datetime.strptime(match.group(2), _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None
    return BackupName(taken, int(match.group(3) or 0), match.group(1))


@dataclass(frozen=True)
class Retention:
    """How many to keep: the newest of each of the last N days, ISO weeks and months that
    have a backup (UTC calendar). The newest backup of all is always kept."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12

    def __post_init__(self) -> None:
        for value in (self.daily, self.weekly, self.monthly):
            if not 0 <= value <= 1000:
                raise ValueError("a retention count is between 0 and 1000")

    def days_until_gone(self, period_days: int = 1) -> int:
        """An upper bound on how long a backup taken before an erasure survives it, provided
        a backup (each applying this rule) is taken at least every ``period_days``.

        Worst case for a keep of N per period of L days (day 1, week 7, month at most 31):
        the erasure comes just after the last backup of a period; that backup stays until
        backups exist in N-1 later periods and then one more is taken, so within
        (N-1)·max(L, period) + period days. With nothing kept per period, the next backup
        replaces it."""
        period = max(period_days, 1)
        spans = [
            (count - 1) * max(length, period) + period
            for count, length in ((self.daily, 1), (self.weekly, 7), (self.monthly, 31))
            if count > 0
        ]
        return max([period, *spans])


def _kept_by(
    names: Sequence[BackupName], count: int, bucket: Callable[[date], Hashable]
) -> set[BackupName]:
    kept: set[BackupName] = set()
    last: Hashable = None
    for name in names:  # newest first
        if len(kept) >= count:
            break
        key = bucket(name.taken_at.date())
        if key != last:
            kept.add(name)
            last = key
    return kept


def to_forget(names: Iterable[BackupName], policy: Retention) -> list[BackupName]:
    """The backups the policy no longer keeps (oldest first), per database id: restic's
    ``forget`` over each database's backups on their own."""
    by_database: dict[str, list[BackupName]] = {}
    for name in names:
        by_database.setdefault(name.database_id, []).append(name)
    forget: list[BackupName] = []
    for group in by_database.values():
        newest_first = sorted(group, reverse=True)
        keep = {newest_first[0]}
        keep |= _kept_by(newest_first, policy.daily, lambda d: d)
        keep |= _kept_by(newest_first, policy.weekly, lambda d: d.isocalendar()[:2])
        keep |= _kept_by(newest_first, policy.monthly, lambda d: (d.year, d.month))
        forget.extend(n for n in newest_first if n not in keep)
    return sorted(forget)


def is_overdue(last_good: datetime | None, now: datetime, period_days: int) -> bool:
    """True when no good backup exists or the newest is older than the chosen period."""
    if last_good is None:
        return True
    return (now - last_good).total_seconds() > period_days * 86_400
