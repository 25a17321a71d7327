"""Sessions that carry the clock chosen by the entry point, and the unit of work.

A use case runs inside one unit of work opened by its caller (a command, a GUI job, an
importer batch): everything it writes commits together when the block ends, or nothing does.
Services flush, never commit. The session's ``info`` carries the clock (domain/clock.py), so
the instant stamped on an audit entry, a timeline event and a deadline is the same clock's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date, datetime

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from minime_admin.domain.clock import Clock
from minime_admin.domain.clock import today as clock_today
from minime_admin.errors import ChangedMeanwhile, DatabaseBusy, ServerConnectionLost
from minime_admin.store.sqlcipher import IMMEDIATE

_CLOCK = "minime_admin.clock"
_AFTER_COMMIT = "minime_admin.after_commit"

# What a job that commits in batches (a sweep, an import) is given instead of one session:
# each call opens the next unit of work (Database.unit_of_work).
UnitsOfWork = Callable[[], AbstractContextManager[Session]]


def session_factory(engine: Engine, clock: Clock) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False, info={_CLOCK: clock})


def writing_session_factory(engine: Engine, clock: Clock) -> sessionmaker[Session]:
    """Sessions whose transaction takes the write lock at its start (store/sqlcipher.py)."""
    return session_factory(engine.execution_options(**{IMMEDIATE: True}), clock)


def clock_session(engine: Engine, clock: Clock) -> Session:
    """A single session with a clock, for code that holds an engine rather than a Database."""
    return Session(engine, expire_on_commit=False, info={_CLOCK: clock})


@contextmanager
def unit_of_work(sessions: sessionmaker[Session], server: str | None = None) -> Iterator[Session]:
    """Commit when the block ends normally; roll back everything on any exception.

    ``server``: the URL of a server database, named if the connection to it breaks (the
    server's transaction is then rolled back: nothing of the unit of work was saved).

    Work registered with ``after_commit`` runs once the commit has succeeded (and never
    after a rollback): what cannot happen inside a transaction, such as folding the WAL.
    """
    with sessions() as session:
        try:
            with session.begin():
                yield session
        except OperationalError as error:
            if "database is locked" in str(error.orig):
                raise DatabaseBusy() from None  # rolled back: nothing was changed
            if server is not None and _connection_lost(error):
                raise ServerConnectionLost(url=server) from None
            raise
        except StaleDataError:
            # An UPDATE's WHERE version = :seen matched no row: another writer got there
            # first (version_id_col, issue #18.4). Rolled back: nothing of this was stored.
            raise ChangedMeanwhile() from None
        for action in session.info.pop(_AFTER_COMMIT, []):
            action()


def _connection_lost(error: OperationalError) -> bool:
    """psycopg's word for a connection that broke (server stopped, network dropped)."""
    return bool(error.connection_invalidated) or "connection" in str(error.orig).lower()


def after_commit(session: Session, action: Callable[[], None]) -> None:
    """Run ``action`` after this unit of work commits (see ``unit_of_work``)."""
    session.info.setdefault(_AFTER_COMMIT, []).append(action)


def clock_of(session: Session) -> Clock:
    try:
        clock: Clock = session.info[_CLOCK]
    except KeyError:
        raise RuntimeError("this session has no clock: open it through the Database") from None
    return clock


def now(session: Session) -> datetime:
    """The current instant (UTC) of the clock this session was opened with."""
    return clock_of(session).now()


def today(session: Session) -> date:
    """The shop's calendar day (Riga) of the session's clock."""
    return clock_today(clock_of(session))
