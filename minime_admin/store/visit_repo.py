"""SQL for visits read from access logs: which lines are known, whose account, by IP.

An access-log import writes hundreds of thousands of rows, so its two statements per batch
skip the ORM: the known keys are read in chunks, each chunk one bound parameter
(``bulk.one_of``),
and new visits go to the driver's executemany as tuples, through the columns' own bind
processors (so a visit's time is stored exactly as the ORM stores it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import datetime
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import Dialect, func, insert, select
from sqlalchemy.orm import Session

from minime_admin.store import bulk
from minime_admin.store.base import bind_processor, table_of
from minime_admin.store.models import Account, VisitRecord

KEYS_PER_QUERY = 5000  # keys per look-up query: bounds each query's JSON or array
# SQLite's page cache while a batch of visits is written (default: 2 MiB). A batch touches
# pages all over the IP address index; with the default cache they are spilled to the WAL
# and read back (and decrypted) in the middle of the transaction, about 15 % of the time.
BATCH_CACHE_KIB = 32 * 1024


class NewVisit(NamedTuple):
    """One visit_records row to insert (its columns but the id, in the table's order)."""

    customer_id: int | None
    visitor_id: str
    ip_address: str
    browser: str
    browser_version: str
    operating_system: str
    language: str
    referrer: str | None
    page: str
    time_on_page_s: int
    site_search: str | None
    visited_at: datetime
    line_key: str | None


def known_keys(session: Session, keys: Sequence[str]) -> set[str]:
    connection = session.connection()
    column = table_of(VisitRecord).c.line_key
    found: set[str | None] = set()
    for start in range(0, len(keys), KEYS_PER_QUERY):
        chunk = keys[start : start + KEYS_PER_QUERY]
        found.update(
            connection.execute(select(column).where(bulk.one_of(session, column, chunk))).scalars()
        )
    return {key for key in found if key is not None}


def account_owners(session: Session, usernames: Iterable[str]) -> dict[str, int]:
    """username → customer id, for usernames exactly one account has."""
    names = sorted(set(usernames))
    if not names:
        return {}
    rows = session.execute(
        select(Account.username, func.min(Account.customer_id), func.count())
        .where(bulk.one_of(session, Account.username, names))
        .group_by(Account.username)
    )
    return {name: owner for name, owner, accounts in rows if accounts == 1}


@contextmanager
def batch_cache(session: Session) -> Iterator[None]:
    """A larger page cache for one batch's transaction (SQLite only), given back at its end
    so the pooled connection holds no more memory than before."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = int(connection.exec_driver_sql("PRAGMA cache_size").scalar_one())
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BATCH_CACHE_KIB}")
    try:
        yield
    finally:
        with suppress(Exception):  # a broken connection: the error that broke it is raised
            connection.exec_driver_sql(f"PRAGMA cache_size = {before}")


def insert_visits(session: Session, rows: Sequence[NewVisit]) -> None:
    if not rows:
        return
    connection = session.connection()
    statement, positional, processors = _insert_for(connection.dialect)
    params: list[Any] = []
    for row in rows:
        values = list(row)
        for index, process in processors:
            values[index] = process(values[index])
        if positional:  # SQLite: a tuple, no dictionary per row
            params.append(tuple(values))
        else:
            params.append(dict(zip(NewVisit._fields, values, strict=True)))
    connection.exec_driver_sql(statement, params)


@lru_cache(maxsize=4)
def _insert_for(dialect: Dialect) -> tuple[str, bool, list[tuple[int, Callable[[Any], Any]]]]:
    """The INSERT's text for ``dialect``, whether its parameters are positional (SQLite's
    "?") or named, and the bind processors of the columns that have one (a time: an aware
    datetime to the stored UTC form), by position in NewVisit."""
    table = table_of(VisitRecord)
    compiled = insert(table).compile(dialect=dialect, column_keys=list(NewVisit._fields))
    positional = compiled.positiontup is not None
    if positional and compiled.positiontup != list(NewVisit._fields):
        raise RuntimeError(f"unexpected parameter order: {compiled.positiontup}")
    processors: list[tuple[int, Callable[[Any], Any]]] = []
    for index, name in enumerate(NewVisit._fields):
        process = bind_processor(table.c[name].type, dialect)
        if process is not None:
            processors.append((index, process))
    return compiled.string, positional, processors


def count_by_ip(session: Session, ip: str) -> int:
    return session.execute(
        select(func.count()).select_from(VisitRecord).where(VisitRecord.ip_address == ip)
    ).scalar_one()


def by_ip(session: Session, ip: str, offset: int, limit: int) -> list[VisitRecord]:
    """Newest first: linked to a customer or to nobody."""
    return list(
        session.execute(
            select(VisitRecord)
            .where(VisitRecord.ip_address == ip)
            .order_by(VisitRecord.visited_at.desc(), VisitRecord.id.desc())
            .offset(offset)
            .limit(limit)
        ).scalars()
    )
