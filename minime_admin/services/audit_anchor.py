"""Anchoring the audit chain (issue #20.4): the head's position and hash, taken now and kept
outside the database (printed in an inspection pack), later prove that the log up to that
point was not rewritten — not even wholesale, with every hash recomputed — and that the
entries since continue from it.

Why it holds: the full chain check recomputes every entry's hash from its content and its
predecessor's hash; if the chain is intact and entry *k* still carries the anchored hash,
entries 1..*k* are the ones that produced it. A rewrite of any of them changes entry *k*'s
hash, so the anchor is no longer found (or, with its position given, no longer there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from minime_admin.domain.audit_chain import ChainVerdict
from minime_admin.errors import QT_TRANSLATE_NOOP, InvalidInput
from minime_admin.progress import Progress
from minime_admin.services import audit
from minime_admin.store import audit_repo

_ANCHOR = re.compile(r"^(?:(\d{1,18})[:@])?([0-9a-f]{64})$")


class AnchorNotAHash(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "That is not a chain head: give the 64 hexadecimal characters `audit head` printed, "
        "with or without its position (e.g. 120:3fa9…).",
    )


@dataclass(frozen=True)
class Head:
    seq: int  # the newest entry's position; 0 for an empty log
    hash: str

    @property
    def token(self) -> str:
        """What to keep and later pass to `audit verify --since-head`."""
        return f"{self.seq}:{self.hash}"


@dataclass(frozen=True)
class AnchorVerdict:
    chain: ChainVerdict
    anchor_seq: int | None  # where the anchored hash stands in the log; None: nowhere
    expected_seq: int | None  # the position the anchor named, if it named one
    newest_seq: int

    @property
    def holds(self) -> bool:
        return (
            self.chain.intact
            and self.anchor_seq is not None
            and self.expected_seq in (None, self.anchor_seq)
        )

    @property
    def entries_since(self) -> int:
        return self.newest_seq - (self.anchor_seq or 0)


def chain_head(session: Session) -> Head:
    seq, digest = audit_repo.head(session)
    return Head(seq, digest)


def parse_anchor(text: str) -> tuple[int | None, str]:
    found = _ANCHOR.match(text.strip().lower())
    if found is None:
        raise AnchorNotAHash()
    return (int(found.group(1)) if found.group(1) else None), found.group(2)


def verify_since(session: Session, anchor: str, progress: Progress | None = None) -> AnchorVerdict:
    """The whole chain checked, and the anchored head found in it where it was."""
    expected, digest = parse_anchor(anchor)
    chain = audit.verify(session, progress)
    newest, _ = audit_repo.head(session)
    if expected is not None:
        at = expected if audit_repo.hash_at(session, expected) == digest else None
        if at is None:
            at = audit_repo.seq_with_hash(session, digest)
    else:
        at = audit_repo.seq_with_hash(session, digest)
    if at is None and expected == 0 and digest == "0" * 64:
        at = 0  # the head of an empty log anchors nothing and always holds
    return AnchorVerdict(chain, at, expected, newest)
