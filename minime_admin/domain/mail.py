"""Messages taken from the office mailbox: their states and how one is recognised again."""

from __future__ import annotations

import hashlib
from enum import StrEnum


class MessageState(StrEnum):
    PROPOSED = "proposed"  # waiting for a worker to open it as a request or set it aside
    OPENED = "opened"  # a worker opened it as a request
    SET_ASIDE = "set_aside"  # a worker decided it is not a request
    SKIPPED = "skipped"  # the intake refused it (not an e-mail, a bounce...): with a reason
    DUPLICATE = "duplicate"  # the same message (Message-ID) was taken before


class AttemptState(StrEnum):
    """A letter handed to the mail server (store.mail_models.MailAttempt)."""

    SENDING = "sending"  # committed before sending; still so after a crash: may have gone
    SENT = "sent"  # the server accepted it and the sending is recorded
    FAILED = "failed"  # the server refused it, or could not be reached: not sent
    SUPERSEDED = "superseded"  # sent again on the user's say-so (--resend, a confirm)


def identity(message_id: str | None, data: bytes | None = None) -> str | None:
    """How a message is recognised whatever its UID: a SHA-256 of its Message-ID (angle
    brackets and case of the domain kept as sent), else of the whole message; a hash, so the
    table holds no address that some Message-IDs carry."""
    if message_id:
        return "mid:" + hashlib.sha256(message_id.strip().encode("utf-8", "replace")).hexdigest()
    if data is not None:
        return "raw:" + hashlib.sha256(data).hexdigest()
    return None
