"""Messages taken from the office mailbox (issue #16.3): which ones, and the proposals that
wait for a worker.

A row per message taken, keyed by folder, UIDVALIDITY and UID, with a SHA-256 of its
Message-ID (of the whole message when it has none), so that a message is never taken twice,
not even after the server renumbered the folder. A proposal keeps the message's bytes only
until a worker opens it as a request (the request then holds what was read from it) or sets
it aside; then the bytes are deleted and only the row's keys stay.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from minime_admin.store.base import Base, UTCDateTime


class MailMessage(Base):
    __tablename__ = "mail_messages"
    __table_args__ = (UniqueConstraint("folder", "uidvalidity", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    folder: Mapped[str] = mapped_column(String(255))
    uidvalidity: Mapped[int] = mapped_column(Integer)
    uid: Mapped[int] = mapped_column(Integer)
    identity: Mapped[str] = mapped_column(String(80), index=True)  # "mid:<sha256>" / "raw:..."
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(16), index=True)  # domain.mail.MessageState
    size: Mapped[int] = mapped_column(Integer)
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)  # only while proposed
    # A skipped message: the reason's source text and parameters (no person in them).
    reason: Mapped[str] = mapped_column(Text, default="")
    reason_params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    copied: Mapped[bool] = mapped_column(Boolean, default=False)  # to the handled folder
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("requests.id", ondelete="SET NULL"), index=True
    )
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str] = mapped_column(String(200), default="")


class MailAttempt(Base):
    """A letter about to be handed to the mail server (issue #16.4): written and committed
    before sending, with the Message-ID the letter will carry, and marked "sent" in the same
    unit of work as the sent_mail record. One still "sending" after the run means the app
    stopped between the server's answer and the record: the letter may have gone out, so it
    is not sent again without the user's say-so. Ids only, no address."""

    __tablename__ = "mail_attempts"
    __table_args__ = (
        Index("ix_mail_attempts_request", "request_id", "kind"),
        Index("ix_mail_attempts_breach", "breach_id", "customer_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(250), unique=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(16), index=True)  # AttemptState
    kind: Mapped[str] = mapped_column(String(32))  # the letter's kind
    request_id: Mapped[int | None] = mapped_column(Integer)
    letter_id: Mapped[int | None] = mapped_column(Integer)
    breach_id: Mapped[int | None] = mapped_column(Integer)
    customer_id: Mapped[int | None] = mapped_column(Integer)
