"""The one helper every service uses to write the audit log, and the chain check.

Entries say who did what to which record and why. They never copy personal data that may
later be erased: subjects are named by type and id, details hold codes, ids and counts only.
Free text (a reason typed by a worker) goes into an erasable note; the entry keeps the note's
id and salted hash, so the chain proves the words while they exist (issue #14.2).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.audit_chain import (
    AuditRecord,
    ChainProblem,
    ChainVerdict,
    note_hash,
    verify_chain,
)
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError
from minime_admin.progress import Progress, report
from minime_admin.store import audit_repo, request_repo
from minime_admin.store import session as store_session

NOTE = "note_ref"  # the key of an entry's note reference in its details: {"id", "sha256"}
NOTE_ALTERED = "note_altered"  # a ChainProblem kind: a note no longer matches its entry
_NOTE_BATCH = 1000


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    subject_type: str,
    subject_id: object = "",
    reason: str = "",
    details: dict[str, Any] | None = None,
    *,
    note: str = "",
    note_customer_id: int | None = None,
) -> int:
    """Append one entry in the caller's transaction; returns its sequence number.

    ``reason`` is a code or a reference (DSR-2026-0042), never words typed by a person:
    those go in ``note``, erased with the customer ``note_customer_id`` names."""
    at = audit_repo.format_instant(store_session.now(session))
    details = dict(details or {})
    if note.strip():
        note_id, digest = audit_repo.add_note(session, note.strip(), note_customer_id)
        details[NOTE] = {"id": note_id, "sha256": digest}

    def make(seq: int) -> AuditRecord:
        return AuditRecord(
            seq=seq,
            at=at,
            actor=actor.name,
            role=actor.role.value,
            action=str(action),
            subject_type=subject_type,
            subject_id=str(subject_id),
            reason=reason,
            details=details,
        )

    return audit_repo.append(session, make).seq


def verify(session: Session, progress: Progress | None = None) -> ChainVerdict:
    """Walk the whole chain, oldest first, then check each note still there against the
    hash its entry keeps; raises Cancelled if ``progress`` says stop."""
    head_seq, head_hash = audit_repo.head(session)
    kept: dict[int, tuple[int, str]] = {}  # note id -> (entry seq, the hash it keeps)

    def entries() -> Iterator[tuple[AuditRecord, str, str]]:
        for index, triple in enumerate(audit_repo.stream_in_order(session)):
            if index % 1000 == 0:
                report(progress, index, head_seq)
            note_id = _note_id(triple[0].details)
            if note_id is not None:
                kept[note_id] = (triple[0].seq, str(triple[0].details[NOTE].get("sha256")))
            yield triple

    verdict = verify_chain(entries(), head_seq, head_hash)
    if not verdict.intact:
        return verdict
    altered = []
    ids = sorted(kept)
    for start in range(0, len(ids), _NOTE_BATCH):
        for note_id, note in audit_repo.notes_by_id(
            session, ids[start : start + _NOTE_BATCH]
        ).items():
            seq, digest = kept[note_id]
            if note_hash(note.salt, note.text) != digest:
                altered.append(seq)
    if altered:
        return ChainVerdict(verdict.checked, ChainProblem(min(altered), NOTE_ALTERED))
    return verdict


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str
    role: str
    action: str
    subject: str
    reason: str
    note: str | None = None  # the note's words while they exist
    note_erased: bool = False  # the entry had a note, and an erasure removed it


def _note_id(details: dict[str, Any]) -> int | None:
    reference = details.get(NOTE)
    return int(reference["id"]) if isinstance(reference, dict) and "id" in reference else None


class AuditPeriodBackwards(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The period must end on or after the day it starts: check the two dates."
    )


@dataclass(frozen=True)
class AuditFilter:
    """What the audit log page and `audit list` narrow the entries by; empty lets all through.

    ``subject`` is a type and an id as the log names them ("customer 42"), or a request's
    reference ("request DSR-2026-0001"); a type alone ("breach") keeps every entry about one.
    ``since``/``until`` are Riga days, both included. ``search`` looks in who, the subject
    and the reason (codes and references) only, never in the typed notes: they are personal
    data an erasure removes, and a search that found entries by a person's words would make
    the log an index of them — and would answer differently after the erasure."""

    who: str | None = None
    action: str | None = None
    subject: str = ""
    since: date | None = None
    until: date | None = None
    search: str = ""

    def is_empty(self) -> bool:
        return self == AuditFilter()


def _store_filter(session: Session, wanted: AuditFilter | None) -> audit_repo.Filter | None:
    if wanted is None or wanted.is_empty():
        return None
    if wanted.since and wanted.until and wanted.until < wanted.since:
        raise AuditPeriodBackwards()
    subject_type, _, subject_id = wanted.subject.strip().partition(" ")
    subject_id = subject_id.strip()
    if subject_type == "request" and subject_id and not subject_id.isdigit():
        found = request_repo.id_by_reference(session, subject_id.upper())
        subject_id = str(found) if found is not None else "-"  # "-": no entry has that id
    return audit_repo.Filter(
        actor=wanted.who or None,
        action=wanted.action or None,
        subject_type=subject_type or None,
        subject_id=subject_id or None,
        start=_riga_midnight(wanted.since) if wanted.since else None,
        end=_riga_midnight(wanted.until + timedelta(days=1)) if wanted.until else None,
        search=wanted.search.strip(),
    )


def _riga_midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=SHOP_ZONE)


def actors(session: Session) -> list[str]:
    return sorted(audit_repo.actors(session), key=str.casefold)


def newest_first(
    session: Session,
    before_seq: int | None = None,
    limit: int = 200,
    action: AuditAction | None = None,
    wanted: AuditFilter | None = None,
) -> list[AuditRow]:
    """A page of entries, newest first; only those of ``action`` and ``wanted`` if given."""
    rows = audit_repo.page_newest_first(
        session, before_seq, limit, action, _store_filter(session, wanted)
    )
    note_ids = {i for i in (_note_id(dict(row.details)) for row in rows) if i is not None}
    notes = audit_repo.notes_by_id(session, note_ids)
    page = []
    for row in rows:
        note_id = _note_id(dict(row.details))
        note = notes.get(note_id) if note_id is not None else None
        page.append(
            AuditRow(
                seq=row.seq,
                at=row.at,
                actor=row.actor,
                role=row.role,
                action=row.action,
                subject=f"{row.subject_type} {row.subject_id}".strip(),
                reason=row.reason,
                note=note.text if note is not None else None,
                note_erased=note_id is not None and note is None,
            )
        )
    return page


def entry_count(
    session: Session, action: AuditAction | None = None, wanted: AuditFilter | None = None
) -> int:
    return audit_repo.count(session, action, _store_filter(session, wanted))


def matching(
    session: Session, wanted: AuditFilter | None, progress: Progress | None = None
) -> Iterator[AuditRow]:
    """Every entry ``wanted`` lets through, newest first, a page at a time (for the CSV)."""
    total = entry_count(session, None, wanted)
    done, before = 0, None
    while True:
        report(progress, done, total)
        page = newest_first(session, before, 1000, None, wanted)
        yield from page
        done += len(page)
        if len(page) < 1000:
            report(progress, done, total)
            return
        before = page[-1].seq
