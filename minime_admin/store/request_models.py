"""The request inbox's tables: requests, their timeline, attachments, one-off holidays."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from minime_admin.store.base import Base, UTCDateTime

# The open statuses as the inbox's default view asks for them (request_repo renders its
# status filter literally, in this order, so that both databases' planners see the same
# condition as the partial index below and use it). Migration 0027 spells it out too.
OPEN_STATUS_CONDITION = "status IN ('received', 'identity_check', 'in_progress', 'on_hold')"


class DataRequest(Base):
    """One data-subject request. Dates are instants; ``due_on`` is the legal due date."""

    __tablename__ = "requests"
    __table_args__ = (
        Index("ix_requests_status_due", "status", "due_on"),
        # The inbox's first page (open requests, earliest due first) read straight off this
        # index: without it PostgreSQL walked ix_requests_due_on through ~60,000 closed
        # requests (old, so due first) before it had 200 open ones (benchmarks/pg_search.py).
        Index(
            "ix_requests_open_due",
            "due_on",
            "id",
            sqlite_where=text(OPEN_STATUS_CONDITION),
            postgresql_where=text(OPEN_STATUS_CONDITION),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)  # DSR-2026-0042
    type: Mapped[str] = mapped_column(String(32), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    hold_reason: Mapped[str | None] = mapped_column(String(32))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    received_on: Mapped[date] = mapped_column(Date)  # the day of receipt in the shop's time zone
    due_on: Mapped[date] = mapped_column(Date, index=True)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    requester_name: Mapped[str] = mapped_column(String(200))
    requester_email: Mapped[str | None] = mapped_column(String(254), index=True)
    requester_phone: Mapped[str | None] = mapped_column(String(32))
    requester_folded: Mapped[str] = mapped_column(String(500))  # name+email, folded, for search
    requester_hash: Mapped[str | None] = mapped_column(String(64), index=True)  # once erased
    subject: Mapped[str | None] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)  # the requester's words, verbatim
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    assignee: Mapped[str | None] = mapped_column(String(100), index=True)
    identity_method: Mapped[str | None] = mapped_column(Text)  # the worker's note, in words
    # How identity was confirmed, a domain.proofs.IdentityCheck (migration 0019); older
    # requests have only the note.
    identity_check: Mapped[str | None] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(String(32))  # refusal reason code, or "done"
    outcome_text: Mapped[str | None] = mapped_column(Text)
    # The Art. 17(3) point ("a".."e") an erasure was refused under (domain ErasureException).
    refusal_exception: Mapped[str | None] = mapped_column(String(1))
    is_test: Mapped[bool] = mapped_column(Boolean, default=False)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # +1 on every stored change (migration 0024): an UPDATE carries WHERE version = the one
    # read, so two workers saving at once cannot overwrite each other (issue #18.4).
    version: Mapped[int] = mapped_column(Integer, server_default="1")

    __mapper_args__ = {"version_id_col": version}

    events: Mapped[list[RequestEvent]] = relationship(
        back_populates="request", order_by="RequestEvent.id"
    )


class RequestEvent(Base):
    """The request's timeline: transitions, notes, the extension, letters, attachments.

    What the app reads back is in typed columns; ``text`` is the note in words, for people.
    """

    __tablename__ = "request_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(32))  # a domain.requests.RequestEventKind
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str | None] = mapped_column(String(16))
    reason_code: Mapped[str | None] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")
    # The archived letter a "letter" entry notes; cleared when erasure deletes the letter.
    letter_id: Mapped[int | None] = mapped_column(
        ForeignKey("letters.id", ondelete="SET NULL"), index=True
    )
    rectified_field: Mapped[str | None] = mapped_column(String(32))  # the field corrected

    request: Mapped[DataRequest] = relationship(back_populates="events")


class RequestAttachment(Base):
    """A file that came with the request, kept inside the encrypted database."""

    __tablename__ = "request_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class ExtraHoliday(Base):
    """A one-off public holiday the government declared (editable by the office)."""

    __tablename__ = "extra_holidays"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class ArchivedLetter(Base):
    """Every letter produced, kept encrypted in the database; reopened from the timeline."""

    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(2))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)


class SentMail(Base):
    """A letter the mail server accepted (issue #16.4): written only after it answered 250.

    Ids, the Message-ID and the PDF's SHA-256, no address: the address is on the request's
    timeline and in an erasable audit note, so an erasure takes it with the person. Plain
    integer ids without foreign keys: a swept request or an erased letter leaves the record
    of the sending, as the audit log does.
    """

    __tablename__ = "sent_mail"
    __table_args__ = (Index("ix_sent_mail_breach_customer", "breach_id", "customer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    message_id: Mapped[str] = mapped_column(String(250), unique=True)
    sha256: Mapped[str] = mapped_column(String(64))  # of the PDF as attached
    kind: Mapped[str] = mapped_column(String(32))  # the letter's kind
    language: Mapped[str] = mapped_column(String(2))
    request_id: Mapped[int | None] = mapped_column(Integer, index=True)
    letter_id: Mapped[int | None] = mapped_column(Integer)  # the archived letter
    breach_id: Mapped[int | None] = mapped_column(Integer)  # a breach letter (Art. 34) ...
    customer_id: Mapped[int | None] = mapped_column(Integer)  # ... to this affected customer
