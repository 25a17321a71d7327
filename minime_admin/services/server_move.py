"""Moving an encrypted file's data into an empty server database (``migrate-to-server``).

One run, all or nothing: the server database is given the app's schema, every table's rows
are copied in the order their foreign keys need, the search index is built there afresh (an
FTS5 index cannot be copied), and before the server's transaction commits the copy is
verified: the same number of rows in every table, and the audit log's hash chain re-verified
on the server. Anything wrong rolls the server back to empty. The file is only read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Engine, Table, func, select
from sqlalchemy.orm import Session

from minime_admin.errors import AuditChainBrokenOnServer, ServerCopyMismatch
from minime_admin.progress import Progress, report
from minime_admin.services import audit, customer_search
from minime_admin.services.database import Database
from minime_admin.services.server_database import ServerLocation, connect_empty
from minime_admin.store import bulk, migrate
from minime_admin.store import session as store_session
from minime_admin.store.base import Base

_log = logging.getLogger(__name__)
_CHUNK = 5_000


@dataclass(frozen=True)
class MoveReport:
    rows: dict[str, int]  # table -> rows copied (equal on both sides: verified)
    audit_entries: int  # entries whose chain was re-verified on the server
    indexed: int  # customers in the server's search index


def tables() -> list[Table]:
    """Every table of the app's schema, parents before children."""
    return list(Base.metadata.sorted_tables)


def move_to_server(
    source: Database,
    target: ServerLocation,
    password: str | None,
    progress: Progress | None = None,
) -> MoveReport:
    """Copy ``source`` into the empty database at ``target``; see the module's note."""
    engine = connect_empty(target, password)
    try:
        migrate.upgrade(engine, None)
        return _copy(source, engine, target, progress)
    except BaseException:
        _empty_again(engine)
        raise
    finally:
        engine.dispose()


def _copy(
    source: Database, engine: Engine, target: ServerLocation, progress: Progress | None
) -> MoveReport:
    copied: dict[str, int] = {}
    with source.session() as reading, reading.begin():  # one consistent snapshot
        counts = {t.name: _count(reading, t) for t in tables()}
        total, done = sum(counts.values()), 0
        with store_session.clock_session(engine, source.clock) as writing, writing.begin():
            for table in tables():
                copied[table.name] = 0
                rows = reading.execute(select(table))
                with bulk.CopyIn(writing, table) as copy:
                    while chunk := rows.fetchmany(_CHUNK):
                        copy.write(chunk)
                        copied[table.name] += len(chunk)
                        done += len(chunk)
                        report(progress, done, total)
                bulk.catch_up_sequence(writing, table)
            indexed = customer_search.rebuild_index(writing)
            for table in tables():
                on_server = _count(writing, table)
                if on_server != counts[table.name] or copied[table.name] != on_server:
                    raise ServerCopyMismatch(url=target.shown, table=table.name)
            verdict = audit.verify(writing)
            if not verdict.intact:
                raise AuditChainBrokenOnServer(url=target.shown)
    _log.info(
        "moved %d rows in %d tables to server database %s; audit chain verified (%d entries)",
        total,
        len(copied),
        target.database_id,
        verdict.checked,
    )
    return MoveReport(copied, verdict.checked, indexed)


def _count(session: Session, table: Table) -> int:
    return int(session.execute(select(func.count()).select_from(table)).scalar_one())


def _empty_again(engine: Engine) -> None:
    """A failed move leaves the server database as it was found: without the app's tables
    (the copy's own transaction has already rolled back; this removes the schema)."""
    try:
        with engine.begin() as connection:
            for table in reversed(tables()):
                connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{table.name}" CASCADE')
            connection.exec_driver_sql("DROP TABLE IF EXISTS customer_search")
            connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    except Exception:  # the server went away: the next run's emptiness check will say so
        _log.warning("the server database could not be emptied after a failed move")
