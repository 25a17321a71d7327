"""Sessions that carry the clock chosen by the entry point, and the unit of work.

A use case runs inside one unit of work opened by its caller (a command, a GUI job, an
importer batch): everything it writes commits together when the block ends, or nothing does.
Services flush, never commit. The session's ``info`` carries the clock (domain/clock.py), so
the instant stamped on an audit entry, a timeline event and a deadline is the same clock's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from minime_admin.domain.clock import Clock
from minime_admin.domain.clock import today as clock_today

_CLOCK = "minime_admin.clock"


def session_factory(engine: Engine, clock: Clock) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False, info={_CLOCK: clock})


def clock_session(engine: Engine, clock: Clock) -> Session:
    """A single session with a clock, for code that holds an engine rather than a Database."""
    return Session(engine, expire_on_commit=False, info={_CLOCK: clock})


@contextmanager
def unit_of_work(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """Commit when the block ends normally; roll back everything on any exception."""
    with sessions() as session, session.begin():
        yield session


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
