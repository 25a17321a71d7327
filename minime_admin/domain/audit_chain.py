"""The audit log's hash chain: each entry's hash covers its content and the previous hash.

Changing any entry changes its hash; removing one breaks the link of the next; removing the
newest is caught by comparing the chain's end with the separately kept head.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditRecord:
    """What one audit entry says. ``details`` holds codes, ids and counts, never personal
    data; free text lives in an erasable note, ``details["note_ref"]`` = {"id", "sha256"}."""

    seq: int
    at: str  # ISO 8601 UTC, e.g. 2026-11-25T10:30:00.000000+00:00
    actor: str
    role: str
    action: str
    subject_type: str
    subject_id: str
    reason: str
    details: dict[str, Any] = field(default_factory=dict)

    def canonical(self) -> bytes:
        payload = {
            "seq": self.seq,
            "at": self.at,
            "actor": self.actor,
            "role": self.role,
            "action": self.action,
            "subject_type": self.subject_type,
            "subject_id": self.subject_id,
            "reason": self.reason,
            "details": self.details,
        }
        return json.dumps(
            payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")
        ).encode()


def note_hash(salt: str, text: str) -> str:
    """What an entry keeps of its free-text note: salted, so that once the note and its salt
    are erased the hash no longer confirms a guess at the words."""
    return hashlib.sha256((salt + text).encode("utf-8")).hexdigest()


def entry_hash(previous_hash: str, record: AuditRecord) -> str:
    return hashlib.sha256(previous_hash.encode("ascii") + record.canonical()).hexdigest()


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    kind: str  # "altered" | "missing_before" | "missing_at_end" | "note_altered"


@dataclass(frozen=True)
class ChainVerdict:
    checked: int
    problem: ChainProblem | None

    @property
    def intact(self) -> bool:
        return self.problem is None


def verify_chain(
    entries: Iterable[tuple[AuditRecord, str, str]],
    head_seq: int,
    head_hash: str,
) -> ChainVerdict:
    """Check ``(record, prev_hash, hash)`` triples in ``seq`` order against the kept head.

    Reports the first problem found: an entry whose content no longer matches its hash
    ("altered"), a gap or broken link before an entry ("missing_before"), or a chain that
    ends before the head says it should ("missing_at_end").
    """
    expected_prev, expected_seq, checked = GENESIS_HASH, 1, 0
    for record, prev_hash, stored_hash in entries:
        if record.seq != expected_seq or prev_hash != expected_prev:
            return ChainVerdict(checked, ChainProblem(record.seq, "missing_before"))
        if entry_hash(prev_hash, record) != stored_hash:
            return ChainVerdict(checked, ChainProblem(record.seq, "altered"))
        expected_prev, expected_seq, checked = stored_hash, record.seq + 1, checked + 1
    if checked != head_seq or expected_prev != head_hash:
        return ChainVerdict(checked, ChainProblem(checked + 1, "missing_at_end"))
    return ChainVerdict(checked, None)
