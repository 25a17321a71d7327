"""No lost update (issue #18.4): a save over a record someone else changed meanwhile is
refused, naming who changed it, when and what, so the worker can reload and redo their change.

A page that shows a request, a customer or a breach keeps what it read as a ``Seen``: the
record's version and the audit log's head at that moment. Before a change is stored, the
unit of work calls ``require_unchanged(session, seen)``. The version tells whether the record
moved on; the audit entries about it written after the head tell who did what, and when.
On SQLite the unit of work holds the write lock from its first statement, so nothing can
change between the check and the write; on a server, the mapper's ``version_id_col`` makes
the UPDATE itself carry ``WHERE version = :seen`` and a lost race fails the same way
(store/session.py turns the mapper's StaleDataError into errors.ChangedMeanwhile, which
names nobody).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.domain.audit_action_texts import ACTION_WORDS
from minime_admin.domain.audit_action_texts import CONTEXT as ACTION_CONTEXT
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.errors import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, ChangedMeanwhile, NotFound
from minime_admin.letters import dates
from minime_admin.store import version_repo

# Actions that read a record and change nothing: they never count as a change meanwhile.
READS = {
    AuditAction.CUSTOMER_VIEWED,
    AuditAction.REQUEST_ATTACHMENT_READ,
    AuditAction.LETTER_REOPENED,
    AuditAction.EXPORT_CREATED,
    AuditAction.VISITS_LOOKED_UP,
}


@dataclass(frozen=True)
class Seen:
    """What a page read: which record, at which version, and the audit head at that time."""

    kind: str  # "request" | "customer" | "breach"
    record_id: int
    version: int
    audit_seq: int


def seen(session: Session, kind: str, record_id: int) -> Seen:
    version = version_repo.version_of(session, kind, record_id)
    if version is None:
        raise NotFound(kind=kind, ident=record_id)
    return Seen(kind, record_id, version, version_repo.audit_head_seq(session))


class ChangedBy(ChangedMeanwhile):
    """The record moved on, and the audit log says who changed it, when and what."""

    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{record} was changed by {who} at {when} ({what}) after you opened it. Your change "
        "was not saved: reload it to see the new values, then make your change again.",
    )

    def __init__(self, record: str, who: str, when: datetime, actions: tuple[str, ...]) -> None:
        self.record, self.who, self.when = record, who, when
        self.actions = actions  # English sources of the action words, in order
        super().__init__()

    def message(self, translate: Any = None) -> str:
        text = self.source_text
        if translate is not None:
            text = translate(ERRORS_CONTEXT, self.source_text)
        # The sentence came back in Latvian exactly when the UI speaks Latvian.
        language = "lv" if text != self.source_text else "en"
        words = [translate(ACTION_CONTEXT, a) if translate else a for a in self.actions]
        return text.format(
            record=self.record,
            who=self.who,
            when=dates.short_datetime(self.when, language),
            what="; ".join(words),
        )


def require_unchanged(session: Session, seen: Seen, record: str = "") -> None:
    """Raise ChangedBy (with no audit entry to name anyone: ChangedMeanwhile) when the
    record is no longer at the version the page read.

    ``record`` names it in the message (a reference); its kind and id otherwise."""
    version = version_repo.version_of(session, seen.kind, seen.record_id)
    if version is None:
        raise NotFound(kind=seen.kind, ident=seen.record_id)
    if version == seen.version:
        return
    entries = version_repo.entries_since(
        session, seen.kind, seen.record_id, seen.audit_seq, {str(a) for a in READS}
    )
    actions: list[str] = []
    for entry in entries:
        try:
            words = ACTION_WORDS[AuditAction(entry.action)]
        except ValueError:
            words = entry.action  # written by a newer version: its code
        if words not in actions:
            actions.append(words)
    if not entries:
        raise ChangedMeanwhile()  # changed without an entry about it: no name to give
    last = entries[-1]
    raise ChangedBy(record or f"{seen.kind} {seen.record_id}", last.actor, last.at, tuple(actions))


def require_all_unchanged(session: Session, seen: Sequence[Seen], record: str = "") -> None:
    """``require_unchanged`` for each record a page or wizard read (a customer and the
    request it answers); the first that moved on is named."""
    for one in seen:
        require_unchanged(session, one, record if one.kind == "request" else "")
