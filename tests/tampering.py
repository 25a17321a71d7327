"""A forger's hands on the audit log, for tests that prove a rewrite is caught.

The log is append-only in the database itself: SQLite's triggers (migration 0001) and
PostgreSQL's trigger function (0024) refuse every UPDATE and DELETE, and the tests that show
this must keep passing. Proving that the chain or an anchor catches a rewrite needs someone
who gets past them: on a file, whoever holds its key and a SQLCipher shell (they can drop the
triggers); on a server, the role that owns the tables (``minime_owner`` in
docs/team-server.md; here the tests' ``office`` role, which ran the migrations), which may
disable its table's triggers. Staff roles cannot.

``unguarded(database)`` is one unit of work in which the triggers are set aside; they are back
when it commits, so the protection stays as it was for everything after the forgery.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from minime_admin.services.database import Database


@contextmanager
def unguarded(database: Database) -> Iterator[Session]:
    with database.unit_of_work() as session:
        if session.get_bind().dialect.name == "postgresql":
            # DDL is transactional on PostgreSQL: no other session ever sees them off.
            session.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
            yield session
            session.flush()
            session.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))
            return
        triggers = session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
            {"t": "audit_log"},
        ).all()
        for name, _sql in triggers:
            session.execute(text(f'DROP TRIGGER "{name}"'))
        yield session
        session.flush()
        for _name, sql in triggers:
            session.execute(text(sql))


def tamper(database: Database, statement: str, **parameters: Any) -> None:
    """Run one forging statement on the audit log (or any table) past the triggers."""
    with unguarded(database) as session:
        session.execute(text(statement), parameters)
