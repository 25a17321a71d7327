"""Calendar-day arithmetic in SQL on both backends, so that a report can group by the Riga
day of an answer in the database instead of reading every row into Python (issue #20).

``shop_day_of(instant)`` is the Riga calendar day of a UTC instant column (UTCDateTime).
PostgreSQL knows the zone by name. SQLite has no zone data, so the EU summer-time rule
(Directive 2000/84/EC, which Latvia follows: UTC+3 from 01:00 UTC on the last Sunday of
March to 01:00 UTC on the last Sunday of October, else UTC+2) is spelled out; an instant
before 21:00 UTC falls on its own UTC day in either season, which spares most rows the
rule. tests/test_day_sql.py compares both with zoneinfo hour by hour across transitions.

``days_between(a, b)`` is the number of calendar days from date ``a`` to date ``b``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class shop_day_of(FunctionElement[Any]):  # noqa: N801 - reads like the SQL function it is
    inherit_cache = True
    type = Date()


class days_between(FunctionElement[int]):  # noqa: N801
    inherit_cache = True
    type = Integer()


def _arguments(element: Any, compiler: Any, **kw: Any) -> list[str]:
    return [compiler.process(argument, **kw) for argument in element.clauses]


@compiles(shop_day_of, "postgresql")
def _shop_day_postgresql(element: Any, compiler: Any, **kw: Any) -> str:
    (instant,) = _arguments(element, compiler, **kw)
    # The column holds UTC without a zone: read it as UTC, then as Riga wall-clock time.
    return f"CAST(timezone('Europe/Riga', timezone('UTC', {instant})) AS DATE)"


@compiles(shop_day_of, "sqlite")
def _shop_day_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    (instant,) = _arguments(element, compiler, **kw)
    # Stored as 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC). 'weekday 0' moves a day forward to the
    # next Sunday (or keeps a Sunday): from the 25th it finds the month's last Sunday.
    year = f"substr({instant}, 1, 4)"
    summer_from = f"datetime({year} || '-03-25', 'weekday 0', '+1 hours')"
    summer_to = f"datetime({year} || '-10-25', 'weekday 0', '+1 hours')"
    return (
        f"(CASE WHEN {instant} IS NULL THEN NULL"
        f" WHEN substr({instant}, 12, 2) < '21' THEN substr({instant}, 1, 10)"
        f" WHEN {instant} >= {summer_from} AND {instant} < {summer_to}"
        f" THEN date({instant}, '+3 hours') ELSE date({instant}, '+2 hours') END)"
    )


@compiles(days_between, "postgresql")
def _days_postgresql(element: Any, compiler: Any, **kw: Any) -> str:
    start, end = _arguments(element, compiler, **kw)
    return f"({end} - {start})"  # date minus date is a whole number of days


@compiles(days_between, "sqlite")
def _days_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    start, end = _arguments(element, compiler, **kw)
    return f"CAST(round(julianday({end}) - julianday({start})) AS INTEGER)"
