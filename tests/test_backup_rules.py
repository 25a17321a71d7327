"""The backup names and the rotation rule (domain/backups.py), over years of dates."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from minime_admin.domain.backups import (
    BackupName,
    Retention,
    backup_name,
    is_overdue,
    parse_name,
    to_forget,
)

DB = "0123456789abcdef0123456789abcdef"
START = datetime(2025, 1, 1, 18, 30, tzinfo=UTC)


def test_names_round_trip_and_sort_by_time() -> None:
    name = backup_name(DB, datetime(2026, 11, 25, 10, 0, 7, 999, tzinfo=UTC))
    assert name.file_name == f"minime-{DB}-20261125T100007Z.mmbak"
    assert parse_name(name.file_name) == name
    second = backup_name(DB, name.taken_at, serial=2)
    assert second.file_name.endswith("T100007Z-2.mmbak") and parse_name(second.file_name) == second
    assert name < second
    for other in (".minime-x.mmbak.ab12.part", f"minime-{DB}-20261325T100007Z.mmbak", "a.db"):
        assert parse_name(other) is None


def _simulate(policy: Retention, days: int, every: timedelta) -> list[list[BackupName]]:
    """A backup every ``every`` (with the rotation after each); the kept set after each."""
    kept: list[BackupName] = []
    history = []
    at = START
    while at < START + timedelta(days=days):
        kept.append(backup_name(DB, at))
        forget = set(to_forget(kept, policy))
        kept = [n for n in kept if n not in forget]
        history.append(list(kept))
        at += every
    return history


def test_daily_backups_for_three_years_keep_7_4_12() -> None:
    history = _simulate(Retention(7, 4, 12), 3 * 365, timedelta(days=1))
    final = sorted(history[-1])
    assert len(final) <= 7 + 4 + 12
    days = [n.taken_at.date() for n in final]
    assert days[-7:] == [days[-1] - timedelta(days=i) for i in range(6, -1, -1)]
    months = {(d.year, d.month) for d in days}
    assert len(months) == 12  # one per month for the last twelve months
    assert (final[-1].taken_at - final[0].taken_at).days <= 366


@pytest.mark.parametrize(
    ("policy", "every"),
    [
        (Retention(7, 4, 12), 1),
        (Retention(3, 2, 0), 1),
        (Retention(0, 0, 0), 1),
        (Retention(14, 0, 6), 1),
        (Retention(7, 4, 12), 3),
        (Retention(7, 0, 0), 10),
    ],
)
def test_an_erased_person_is_gone_from_every_backup_within_the_stated_days(
    policy: Retention, every: int
) -> None:
    """Erase at random instants; the last backup taken before the erasure must be gone
    within ``days_until_gone`` (and the bound is not far above what really happens)."""
    history = _simulate(policy, 2 * 365 + 40, timedelta(days=every))
    taken = [START + timedelta(days=i * every) for i in range(len(history))]
    bound = policy.days_until_gone(period_days=every)
    worst = 0
    rng = random.Random(17)
    for _ in range(300):
        erased_at = START + timedelta(days=rng.uniform(0, 365), hours=rng.uniform(0, 24))
        before = {backup_name(DB, t) for t in taken if t < erased_at}
        gone = next(
            taken[i]
            for i, kept in enumerate(history)
            if taken[i] > erased_at and not before & set(kept)
        )
        worst = max(worst, (gone - erased_at).days)
    assert worst <= bound
    assert worst >= bound - 31 - every  # the bound is not far above what happens
    if policy == Retention(7, 4, 12) and every == 1:
        assert bound == 342


def test_rotation_keeps_each_database_apart_and_always_the_newest() -> None:
    other = "f" * 32
    names = [backup_name(DB, START), backup_name(other, START - timedelta(days=900))]
    assert to_forget(names, Retention(0, 0, 0)) == []


def test_overdue() -> None:
    now = START + timedelta(days=3)
    assert is_overdue(None, now, 1)
    assert is_overdue(START, now, 1) and not is_overdue(START, now, 7)
