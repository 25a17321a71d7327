"""One queue for the writes that take "the next number" on a server (issue #18.3, #18.4).

A reference (DSR-2026-0042, BR-2026-003) and an audit entry's sequence number are the
largest one stored plus one. On SQLite the unit of work holds the file's write lock from its
first statement (BEGIN IMMEDIATE, store/sqlcipher.py), so nobody else can take the same
number. On PostgreSQL two desktops' transactions run side by side: both would read the same
largest number, and the second would fail on the unique reference (or fork the audit chain).
``take(session)`` makes them queue instead: a transaction-scoped advisory lock, held until
its commit or rollback. Under READ COMMITTED each statement after the wait sees what the
previous holder committed, so the number read next is the new largest.

One lock for every numbered write, not one per kind: a request opened from a mailbox
proposal appends to the audit log before it takes its reference, and another transaction
the other way round; two locks taken in different orders would deadlock. Every writing use
case appends to the audit log anyway, so queueing a little earlier costs nothing more.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# Any fixed number, the same in every app instance: "audit" in ASCII (the lock the audit
# chain took first; kept so that an older and a newer app instance still queue together).
WRITE_TURN_LOCK = 0x6175646974


def take(session: Session) -> None:
    """Wait for this transaction's turn to take a next number (PostgreSQL); on SQLite the
    unit of work already holds the write lock. Taking it twice in one transaction is free."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_TURN_LOCK})
