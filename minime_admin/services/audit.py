"""The one helper every service uses to write the audit log, and the chain check.

Entries say who did what to which record and why. They never copy personal data that may
later be erased: subjects are named by type and id, details hold ids and counts only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.audit_chain import AuditRecord, ChainVerdict, verify_chain
from minime_admin.progress import Progress, report
from minime_admin.store import audit_repo
from minime_admin.store import session as store_session


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    subject_type: str,
    subject_id: object = "",
    reason: str = "",
    details: dict[str, Any] | None = None,
) -> int:
    """Append one entry in the caller's transaction; returns its sequence number."""
    at = audit_repo.format_instant(store_session.now(session))

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
            details=details or {},
        )

    return audit_repo.append(session, make).seq


def verify(session: Session, progress: Progress | None = None) -> ChainVerdict:
    """Walk the whole chain, oldest first; raises Cancelled if ``progress`` says stop."""
    head_seq, head_hash = audit_repo.head(session)

    def entries() -> Iterator[tuple[AuditRecord, str, str]]:
        for index, triple in enumerate(audit_repo.stream_in_order(session)):
            if index % 1000 == 0:
                report(progress, index, head_seq)
            yield triple

    return verify_chain(entries(), head_seq, head_hash)


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str
    role: str
    action: str
    subject: str
    reason: str


def newest_first(
    session: Session,
    before_seq: int | None = None,
    limit: int = 200,
    action: AuditAction | None = None,
) -> list[AuditRow]:
    """A page of entries, newest first; only those of ``action`` when it is given."""
    return [
        AuditRow(
            seq=row.seq,
            at=row.at,
            actor=row.actor,
            role=row.role,
            action=row.action,
            subject=f"{row.subject_type} {row.subject_id}".strip(),
            reason=row.reason,
        )
        for row in audit_repo.page_newest_first(session, before_seq, limit, action)
    ]


def entry_count(session: Session, action: AuditAction | None = None) -> int:
    return audit_repo.count(session, action)
