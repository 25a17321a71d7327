"""The Riga day of an instant and the days between two dates, computed in SQL
(store/day_sql.py), equal Python's zoneinfo answer on both backends: every hour of the
days around each summer-time change, and ordinary days in both seasons."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import literal, select

from minime_admin.domain.shop_time import shop_day
from minime_admin.services import database as db_service
from minime_admin.store.base import UTCDateTime
from minime_admin.store.day_sql import days_between, shop_day_of

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

# The changes of 2025-2027 (last Sundays of March and October) and two ordinary days.
DAYS = (
    date(2025, 3, 30), date(2025, 10, 26), date(2026, 3, 29), date(2026, 10, 25),
    date(2027, 3, 28), date(2027, 10, 31), date(2026, 1, 15), date(2026, 7, 15),
    date(2026, 12, 31),
)  # fmt: skip


def instants() -> list[datetime]:
    found = []
    for day in DAYS:
        start = datetime.combine(day - timedelta(days=1), datetime.min.time(), UTC)
        for minutes in range(0, 72 * 60, 30):
            found.append(start + timedelta(minutes=minutes))
        found.append(start + timedelta(days=1, hours=1, microseconds=-1))
    return found


def test_the_riga_day_in_sql_is_zoneinfos(database: db_service.Database) -> None:
    moments = instants()
    with database.session() as session:
        for first in range(0, len(moments), 100):
            batch = moments[first : first + 100]
            row = session.execute(
                select(*(shop_day_of(literal(m, UTCDateTime())) for m in batch))
            ).one()
            got = [value if isinstance(value, date) else date.fromisoformat(value) for value in row]
            assert got == [shop_day(m) for m in batch]
        empty = session.execute(select(shop_day_of(literal(None, UTCDateTime())))).scalar()
    assert empty is None


def test_days_between_dates(database: db_service.Database) -> None:
    pairs = [
        (date(2026, 1, 1), date(2026, 1, 1)), (date(2026, 1, 31), date(2026, 3, 1)),
        (date(2025, 12, 31), date(2026, 12, 31)), (date(2026, 5, 2), date(2026, 4, 30)),
    ]  # fmt: skip
    with database.session() as session:
        got = session.execute(select(*(days_between(literal(a), literal(b)) for a, b in pairs)))
        assert list(got.one()) == [(b - a).days for a, b in pairs]
