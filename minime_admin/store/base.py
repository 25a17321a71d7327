"""Declarative base, shared column types and the data-category/retention tags of tables."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, ClassVar, cast

from sqlalchemy import DateTime, MetaData, Table
from sqlalchemy.engine import CursorResult, Dialect, Result
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

from minime_admin.domain.categories import DataCategory

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An instant: stored as UTC on every backend, returned time-zone aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if not isinstance(value, datetime):
            return None
        return value.replace(tzinfo=UTC)


def bind_processor(column_type: Any, dialect: Dialect) -> Callable[[Any], Any] | None:
    """The column type's bind processor for ``dialect``, for bulk writes that hand tuples to
    the driver (store/bulk.py, store/visit_repo.py). An instant on SQLite gets the same text
    in one C call (``isoformat``) instead of SQLAlchemy's two Python layers, which cost as
    much as the row's INSERT in a large import; tests/test_bulk_rows.py compares the two."""
    if isinstance(column_type, UTCDateTime) and dialect.name == "sqlite":
        return _sqlite_instant
    process: Callable[[Any], Any] | None = column_type._cached_bind_processor(dialect)
    return process


def _sqlite_instant(value: datetime | None) -> str | None:
    """UTCDateTime's stored text on SQLite: naive UTC as SQLAlchemy's DATETIME writes it
    (``YYYY-MM-DD HH:MM:SS.ffffff``)."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class PersonalData:
    """Mixin for tables that hold personal data: each says its category and retention rule."""

    data_category: ClassVar[DataCategory]
    retention_rule: ClassVar[str]


def table_of(model: type[Base]) -> Table:
    """The Core table behind a mapped class (typed as a plain FromClause on the class)."""
    return cast(Table, model.__table__)


def rows_changed(result: Result[Any]) -> int:
    """How many rows a DELETE or UPDATE statement touched."""
    return result.rowcount if isinstance(result, CursorResult) else 0
