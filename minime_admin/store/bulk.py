"""Bulk writes and counts for generated or imported data, without ORM objects.

Rows go in as plain dicts through SQLAlchemy Core's executemany: no identity map, no
unit of work, yet every column type's bind processing (UTCDateTime included) still runs
and the SQL stays dialect-neutral.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from minime_admin.store.base import Base

# Large enough to amortise each execute() call, small enough to bound the processed copy
# of the parameters that SQLAlchemy builds per call.
CHUNK_ROWS = 5_000


def table_of(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def insert_rows(
    session: Session,
    model: type[Base],
    rows: Sequence[Mapping[str, Any]],
    chunk_rows: int = CHUNK_ROWS,
) -> int:
    """Insert ``rows`` (all with the same keys) in the session's transaction; returns count.

    The caller commits. Primary keys are taken from the rows when given.
    """
    if not rows:
        return 0
    statement = insert(table_of(model))
    for start in range(0, len(rows), chunk_rows):
        session.execute(statement, rows[start : start + chunk_rows])
    return len(rows)


def row_count(session: Session, model: type[Base]) -> int:
    return session.execute(select(func.count()).select_from(table_of(model))).scalar_one()


def has_rows(session: Session, model: type[Base]) -> bool:
    table = table_of(model)
    return session.execute(select(1).select_from(table).limit(1)).first() is not None
