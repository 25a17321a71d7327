"""Bulk writes and counts for generated or imported data, without ORM objects.

Rows go in as plain dicts through SQLAlchemy Core's executemany: no identity map, no
unit of work, yet every column type's bind processing (UTCDateTime included) still runs
and the SQL stays dialect-neutral.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import (
    String,
    Table,
    any_,
    bindparam,
    delete,
    func,
    insert,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.sql.sqltypes import NullType

from minime_admin.store.base import Base, bind_processor

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
    if "id" in rows[0]:
        catch_up_sequence(session, table_of(model))
    return len(rows)


def one_of(session: Session, column: Any, keys: Sequence[Any]) -> Any:
    """``column IN keys`` with all the keys in one bound parameter: a JSON array read by
    ``json_each`` on SQLite, an array compared with ``= ANY`` on PostgreSQL.

    ``column.in_(keys)`` binds each key on its own, and SQLAlchemy's rendering of 5,000
    bound parameters per query cost more than SQLite's index look-ups themselves (a
    100,000-row import spent over a second on it). The keys are plain strings or integers,
    the column's own comparison (and collation, e.g. NOCASE) applies, and the index on the
    column is still used (SQLite: SEARCH ... USING INDEX, the list as a subquery)."""
    values = list(keys)
    if session.get_bind().dialect.name == "postgresql":
        # An expression such as lower(email) has no type of its own: its keys are text.
        kind = String() if isinstance(column.type, NullType) else column.type
        return column == any_(bindparam(None, values, type_=ARRAY(kind), unique=True))
    listed: Any = bindparam(None, json.dumps(values), unique=True)
    return column.in_(select(literal_column("value")).select_from(func.json_each(listed)))


def catch_up_sequence(session: Session, table: Table) -> None:
    """After rows went in with their ids given: PostgreSQL's sequence for the table's id is
    moved past them, so the next ordinary insert does not draw a taken id. SQLite needs
    nothing (its next id is always above the largest)."""
    if session.get_bind().dialect.name != "postgresql" or "id" not in table.c:
        return
    session.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"
        )
    )


def row_count(session: Session, model: type[Base]) -> int:
    return session.execute(select(func.count()).select_from(table_of(model))).scalar_one()


def has_rows(session: Session, model: type[Base]) -> bool:
    table = table_of(model)
    return session.execute(select(1).select_from(table).limit(1)).first() is not None


class Rows:
    """One statement for a table's columns, run with plain tuples (executemany).

    ``insert_rows`` hands SQLAlchemy a dict per row, and its per-row parameter processing
    costs several times what the database itself spends on the row. Here the statement is
    compiled once for the session's dialect, each column's bind processor (the UTCDateTime
    conversion, for one) is applied only where the column has one, and the driver gets the
    tuples directly: the values stored are the same as through Core's own executemany.
    """

    def __init__(self, session: Session, model: type[Base], columns: Sequence[str]) -> None:
        self.session = session
        self.table = table_of(model)
        self.columns = tuple(columns)
        dialect = session.get_bind().dialect
        self._dialect = dialect
        self._processors = [
            (i, p)
            for i, name in enumerate(self.columns)
            if (p := bind_processor(self.table.c[name].type, dialect)) is not None
        ]

    def _run(self, statement: Any, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """``names``: the bind parameter of each value of a row, in the row's order."""
        compiled = statement.compile(dialect=self._dialect)
        sql = str(compiled)
        order = [names.index(n) for n in compiled.positiontup or ()]
        if not compiled.positional:  # pragma: no cover - SQLite is positional (qmark)
            params: list[Any] = [dict(zip(names, row, strict=True)) for row in rows]
        elif order == list(range(len(names))):
            params = [tuple(row) for row in rows]
        elif len(order) > 1:  # itemgetter: each row's values picked in C, not a generator
            pick = itemgetter(*order)
            params = [pick(row) for row in rows]
        else:
            params = [tuple(row[i] for i in order) for row in rows]
        connection = self.session.connection()
        for start in range(0, len(params), CHUNK_ROWS):
            connection.exec_driver_sql(sql, params[start : start + CHUNK_ROWS])

    def _processed(self, rows: Sequence[Sequence[Any]]) -> list[Sequence[Any]]:
        if not self._processors:
            return list(rows)
        out: list[Sequence[Any]] = []
        for row in rows:
            values = list(row)
            for i, process in self._processors:
                values[i] = process(values[i])
            out.append(values)
        return out

    def insert(self, rows: Sequence[Sequence[Any]]) -> int:
        """INSERT each row: values in the order of ``columns``; a column left out gets its
        default, as through Core (only constant defaults exist in these models)."""
        if rows:
            defaults = {}
            for column in self.table.columns:
                if column.name in self.columns or column.default is None:
                    continue
                if not column.default.is_scalar:  # pragma: no cover - none in the models
                    raise NotImplementedError(f"{column} has a computed default")
                defaults[column.name] = column.default.arg  # type: ignore[attr-defined]
            columns = [*self.columns, *defaults]
            names = [f"p_{name}" for name in columns]
            statement = insert(self.table).values(
                {name: bindparam(b) for name, b in zip(columns, names, strict=True)}
            )
            fixed = tuple(defaults.values())
            processed = self._processed(rows)
            self._run(
                statement, names, [(*row, *fixed) for row in processed] if fixed else processed
            )
            if "id" in self.columns:
                catch_up_sequence(self.session, self.table)
        return len(rows)

    def update(self, rows: Sequence[Sequence[Any]], key: str = "id") -> int:
        """UPDATE each row found by ``key`` (the last value of each row) to the values of the
        other columns; ``columns`` excludes ``key``."""
        if rows:
            names = [f"p_{name}" for name in self.columns]
            statement = (
                update(self.table)
                .where(self.table.c[key] == bindparam("p__key"))
                .values({name: bindparam(b) for name, b in zip(self.columns, names, strict=True)})
            )
            processed = self._processed([row[:-1] for row in rows])
            self._run(
                statement,
                [*names, "p__key"],
                [[*values, row[-1]] for values, row in zip(processed, rows, strict=True)],
            )
        return len(rows)


def delete_ids(session: Session, model: type[Base], ids: Sequence[int]) -> None:
    """DELETE the rows with these primary keys."""
    table = table_of(model)
    for start in range(0, len(ids), 500):
        session.execute(delete(table).where(table.c.id.in_(list(ids[start : start + 500]))))


def next_id(session: Session, model: type[Base]) -> int:
    """The id the next inserted row of ``model`` gets, so that a batch can insert parents
    and children in two executemany calls. Sound because a unit of work holds the file's
    write lock from its first statement (BEGIN IMMEDIATE, store/sqlcipher.py): nobody else
    inserts until it commits. Ids are taken above the largest, as SQLite does for a plain
    INTEGER PRIMARY KEY. On PostgreSQL the table is locked against other writers (readers
    go on) until this transaction ends, which gives the same guarantee; the inserts then
    move its sequence past the ids taken (``catch_up_sequence``)."""
    table = table_of(model)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"LOCK TABLE {table.name} IN EXCLUSIVE MODE"))
    largest = session.execute(select(func.max(table.c.id))).scalar_one_or_none()
    return int(largest or 0) + 1


class CopyIn:
    """Rows into a PostgreSQL table by COPY (many times faster than INSERTs for a whole
    database), with every column's bind processing applied as an INSERT would (UTCDateTime
    to naive UTC, JSON to text). Rows carry every column, in the table's order."""

    def __init__(self, session: Session, table: Table) -> None:
        self.table = table
        dialect = session.get_bind().dialect
        self._processors = [
            (i, p)
            for i, column in enumerate(table.columns)
            if (p := column.type._cached_bind_processor(dialect)) is not None
        ]
        self._dbapi = session.connection().connection.dbapi_connection
        self._cursor: Any = None
        self._context: Any = None
        self._copy: Any = None

    def __enter__(self) -> CopyIn:
        names = ", ".join(f'"{c.name}"' for c in self.table.columns)
        assert self._dbapi is not None
        self._cursor = self._dbapi.cursor()
        self._context = self._cursor.copy(f'COPY "{self.table.name}" ({names}) FROM STDIN')
        self._copy = self._context.__enter__()
        return self

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        for row in rows:
            values = list(row)
            for i, process in self._processors:
                values[i] = process(values[i])
            self._copy.write_row(values)

    def __exit__(self, *exc: object) -> None:
        try:
            self._context.__exit__(*exc)
        finally:
            self._cursor.close()
