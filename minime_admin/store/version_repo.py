"""SQL for optimistic concurrency (issue #18.4): a versioned record's version now, and the
audit entries written about it since a worker read it.

Three tables carry a version the mapper checks on every UPDATE (``version_id_col``):
requests, customers and breaches. Plain SQLAlchemy, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from minime_admin.store.breach_models import Breach
from minime_admin.store.models import Customer
from minime_admin.store.request_models import DataRequest
from minime_admin.store.system_models import AuditEntry, AuditHead

VERSIONED = {"request": DataRequest, "customer": Customer, "breach": Breach}


def version_of(session: Session, kind: str, record_id: int) -> int | None:
    """The record's stored version, or None when there is no such record."""
    model = VERSIONED[kind]
    found: int | None = session.execute(
        select(model.version).where(model.id == record_id)  # type: ignore[attr-defined]
    ).scalar_one_or_none()
    return found


def bump(session: Session, kind: str, ids: Sequence[int]) -> None:
    """Move these records' versions on after a bulk write that went past the mapper (Core
    executemany, as an import's batch does), so that a page that read one of them before
    refuses a save over the import's change and refreshes (#18.4)."""
    table = cast(Table, VERSIONED[kind].__table__)
    unique = sorted(set(ids))
    for start in range(0, len(unique), 500):
        session.execute(
            update(table)
            .where(table.c.id.in_(unique[start : start + 500]))
            .values(version=table.c.version + 1)
        )


def audit_head_seq(session: Session) -> int:
    seq: int | None = session.execute(select(func.max(AuditHead.seq))).scalar_one_or_none()
    return seq or 0


def entries_since(
    session: Session, subject_type: str, subject_id: int, after_seq: int, skip: set[str]
) -> list[AuditEntry]:
    """The entries about one record written after ``after_seq``, oldest first, leaving out
    the actions in ``skip`` (reading it changes nothing)."""
    query = (
        select(AuditEntry)
        .where(
            AuditEntry.subject_type == subject_type,
            AuditEntry.subject_id == str(subject_id),
            AuditEntry.seq > after_seq,
        )
        .order_by(AuditEntry.seq)
    )
    if skip:
        query = query.where(AuditEntry.action.not_in(sorted(skip)))
    return list(session.execute(query).scalars())
