"""SQL for the audit log: append under the head row's lock, page newest first, stream."""

from __future__ import annotations

import secrets
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from minime_admin.domain.audit_chain import GENESIS_HASH, AuditRecord, entry_hash, note_hash
from minime_admin.store import write_turn
from minime_admin.store.system_models import AuditEntry, AuditHead, AuditNote

_HEAD_ID = 1


def append(session: Session, make_record: Any) -> AuditEntry:
    """Add the next entry; ``make_record(seq)`` builds its AuditRecord. Caller commits.

    Appends from several writers are serialised, so the chain stays one chain (#18.3): on
    SQLite the unit of work holds the file's write lock from its first statement; on
    PostgreSQL an advisory lock held until commit queues them (store/write_turn.py),
    covering the very first append too (no head row to lock yet), and the head row is read
    FOR UPDATE as well."""
    write_turn.take(session)
    head = session.execute(
        select(AuditHead).where(AuditHead.id == _HEAD_ID).with_for_update()
    ).scalar_one_or_none()
    if head is None:
        head = AuditHead(id=_HEAD_ID, seq=0, hash=GENESIS_HASH)
        session.add(head)
    record: AuditRecord = make_record(head.seq + 1)
    digest = entry_hash(head.hash, record)
    entry = AuditEntry(
        seq=record.seq,
        at=_parse_instant(record.at),
        actor=record.actor,
        role=record.role,
        action=record.action,
        subject_type=record.subject_type,
        subject_id=record.subject_id,
        reason=record.reason,
        details=record.details,
        prev_hash=head.hash,
        hash=digest,
    )
    session.add(entry)
    head.seq, head.hash = record.seq, digest
    session.flush()
    return entry


def add_note(session: Session, text: str, customer_id: int | None) -> tuple[int, str]:
    """Store a free-text note; returns its id and salted hash for the entry to keep."""
    salt = secrets.token_hex(16)
    note = AuditNote(text=text, customer_id=customer_id, salt=salt, sha256=note_hash(salt, text))
    session.add(note)
    session.flush()
    return note.id, note.sha256


def notes_by_id(session: Session, ids: Collection[int]) -> dict[int, AuditNote]:
    if not ids:
        return {}
    rows = session.execute(select(AuditNote).where(AuditNote.id.in_(list(ids)))).scalars()
    return {note.id: note for note in rows}


def head(session: Session) -> tuple[int, str]:
    row = session.get(AuditHead, _HEAD_ID)
    return (row.seq, row.hash) if row else (0, GENESIS_HASH)


@dataclass(frozen=True)
class Filter:
    """Which entries to show; every field left empty lets every entry through.

    ``search`` looks in the actor, the subject and the reason (codes and references), never
    in the erasable notes: see services.audit.AuditFilter."""

    actor: str | None = None
    action: str | None = None
    subject_type: str | None = None
    subject_id: str | None = None
    start: datetime | None = None  # included
    end: datetime | None = None  # not included
    search: str = ""


def _conditions(wanted: Filter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if wanted.actor is not None:
        conditions.append(AuditEntry.actor == wanted.actor)
    if wanted.action is not None:
        conditions.append(AuditEntry.action == wanted.action)
    if wanted.subject_type is not None:
        conditions.append(AuditEntry.subject_type == wanted.subject_type)
    if wanted.subject_id is not None:
        conditions.append(AuditEntry.subject_id == wanted.subject_id)
    if wanted.start is not None:
        conditions.append(AuditEntry.at >= wanted.start)
    if wanted.end is not None:
        conditions.append(AuditEntry.at < wanted.end)
    if wanted.search:
        escaped = wanted.search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        # ILIKE on PostgreSQL, lower() LIKE lower() on SQLite: "dsr-2026" finds DSR-2026-0042
        # on both (PostgreSQL's plain LIKE minds case; SQLite's ignores it for ASCII only).
        subject = AuditEntry.subject_type + " " + AuditEntry.subject_id
        conditions.append(
            or_(
                AuditEntry.actor.ilike(pattern, escape="\\"),
                subject.ilike(pattern, escape="\\"),
                AuditEntry.reason.ilike(pattern, escape="\\"),
            )
        )
    return conditions


def _filtered(query: Select[Any], wanted: Filter | None) -> Select[Any]:
    return query.where(*_conditions(wanted)) if wanted is not None else query


def count(session: Session, action: str | None = None, wanted: Filter | None = None) -> int:
    query = select(func.count()).select_from(AuditEntry)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    total: int = session.execute(_filtered(query, wanted)).scalar_one()
    return total


def actors(session: Session) -> list[str]:
    """Every name that has written to the log, for the page's "who" choice."""
    return list(session.execute(select(AuditEntry.actor).distinct()).scalars())


def details_of(
    session: Session, action: str, subject_type: str, subject_id: str
) -> list[dict[str, object]]:
    """The details of every entry of ``action`` about one subject, oldest first."""
    rows = session.execute(
        select(AuditEntry.details)
        .where(
            AuditEntry.action == action,
            AuditEntry.subject_type == subject_type,
            AuditEntry.subject_id == subject_id,
        )
        .order_by(AuditEntry.seq)
    ).scalars()
    return [dict(row) for row in rows]


def page_newest_first(
    session: Session,
    before_seq: int | None,
    limit: int,
    action: str | None = None,
    wanted: Filter | None = None,
) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
    if before_seq is not None:
        query = query.where(AuditEntry.seq < before_seq)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    return list(session.execute(_filtered(query, wanted)).scalars())


def stream_in_order(session: Session, batch: int = 2000) -> Iterator[tuple[AuditRecord, str, str]]:
    """Every entry as (record, prev_hash, hash), oldest first, in batches."""
    last = 0
    while True:
        rows = list(
            session.execute(
                select(AuditEntry)
                .where(AuditEntry.seq > last)
                .order_by(AuditEntry.seq)
                .limit(batch)
            ).scalars()
        )
        if not rows:
            return
        for row in rows:
            yield to_record(row), row.prev_hash, row.hash
        last = rows[-1].seq
        session.expunge_all()


def to_record(row: AuditEntry) -> AuditRecord:
    return AuditRecord(
        seq=row.seq,
        at=format_instant(row.at),
        actor=row.actor,
        role=row.role,
        action=row.action,
        subject_type=row.subject_type,
        subject_id=row.subject_id,
        reason=row.reason,
        details=dict(row.details),
    )


def format_instant(value: datetime) -> str:
    return value.isoformat(timespec="microseconds")


def _parse_instant(text: str) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(text)


def seq_with_hash(session: Session, digest: str) -> int | None:
    """The entry whose stored hash is ``digest`` (an anchor taken earlier), if any."""
    statement = select(AuditEntry.seq).where(AuditEntry.hash == digest).limit(1)
    return session.execute(statement).scalar_one_or_none()


def hash_at(session: Session, seq: int) -> str | None:
    return session.execute(
        select(AuditEntry.hash).where(AuditEntry.seq == seq)
    ).scalar_one_or_none()
