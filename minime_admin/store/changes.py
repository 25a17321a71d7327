"""A cheap "has anyone changed the database?" poll, so the pages refresh when another app
instance (another desktop, the command line) stores something (issue #18.4).

``change_counter(engine)`` gives a counter whose value moves whenever a commit lands:

- SQLite: ``PRAGMA data_version`` on one connection kept for it. SQLite changes the value
  whenever another connection commits to the file, in this process or another; reading it
  touches no page and takes microseconds. The connection runs in autocommit (the driver's
  transaction control is off, store/sqlcipher.py), so it never holds a read snapshot that
  would freeze the value or hold back a checkpoint.
- Any other dialect (PostgreSQL): the audit log's head. Every use case writes the audit log
  in its own transaction, so a change that commits moves the head; the read is one row by
  its primary key. (LISTEN/NOTIFY could push instead of being polled; the poll keeps one
  code path for both backends.)

A move may be the worker's own change, or a read that wrote an audit entry: a refresh it
causes must be harmless, keep the selection and never touch unsaved edits (gui/refresh.py).
"""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import Engine, select

from minime_admin.store.system_models import AuditHead


class ChangeCounter(Protocol):
    def read(self) -> int:
        """A value that differs from the previous read once someone has committed."""
        ...

    def close(self) -> None: ...


class SqliteDataVersion:
    def __init__(self, engine: Engine) -> None:
        # Out of the pool for as long as the watch runs: data_version is per connection.
        self._connection: Any = engine.raw_connection()

    def read(self) -> int:
        cursor = self._connection.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            value: int = cursor.fetchone()[0]
        finally:
            cursor.close()
        return value

    def close(self) -> None:
        self._connection.close()  # back to the pool


class AuditHeadCounter:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def read(self) -> int:
        with self._engine.connect() as connection:
            value = connection.execute(select(AuditHead.seq)).scalar_one_or_none()
        return value or 0

    def close(self) -> None:
        pass


def change_counter(engine: Engine) -> ChangeCounter:
    if engine.dialect.name == "sqlite":
        return SqliteDataVersion(engine)
    return AuditHeadCounter(engine)
