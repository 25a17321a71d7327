"""The breach register, its timeline and affected customers; staff users and sign-offs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from minime_admin.store.base import Base, UTCDateTime


class StaffUser(Base):
    """A staff profile with a role; a manager also has a password-protected signing key."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # staff | manager
    password_hash: Mapped[str | None] = mapped_column(String(200))  # scrypt$n$r$p$salt$hash
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)  # Ed25519, 32 bytes
    sealed_private_key: Mapped[bytes | None] = mapped_column(LargeBinary)  # AES-GCM
    # How letters sign them, as they wrote it (e.g. "Vadītāja"); empty: the role's word.
    title: Mapped[str] = mapped_column(String(100), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The PostgreSQL role this person signs in to the server with (migration 0024): the
    # audit log's "who" on a server is the user row their role maps to (services/sign_in).
    db_role: Mapped[str | None] = mapped_column(String(63), unique=True, index=True)


class Breach(Base):
    """One personal data breach (Art. 33(5)): every breach stays on the register."""

    __tablename__ = "breaches"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)  # BR-2026-003
    title: Mapped[str] = mapped_column(String(300))
    aware_at: Mapped[datetime] = mapped_column(UTCDateTime)  # the 72-hour clock starts here
    occurred_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    description: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    nature: Mapped[str] = mapped_column(String(64), default="")  # confidentiality,integrity,...
    data_categories: Mapped[str] = mapped_column(Text, default="")
    subject_categories: Mapped[str] = mapped_column(Text, default="")  # customers, children, ...
    people: Mapped[int | None] = mapped_column(Integer)  # approximate number of people
    records: Mapped[int | None] = mapped_column(Integer)  # approximate number of records
    consequences: Mapped[str] = mapped_column(Text, default="")
    measures_taken: Mapped[str] = mapped_column(Text, default="")
    measures_proposed: Mapped[str] = mapped_column(Text, default="")
    advice: Mapped[str] = mapped_column(Text, default="")  # what people can do themselves
    contact_point: Mapped[str] = mapped_column(Text, default="")
    # The customer-facing facts above in English (domain.breach.TRANSLATED_FACTS); the plain
    # columns hold the Latvian text. An output never mixes the two (migration 0015).
    description_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    data_categories_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    consequences_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    measures_taken_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    measures_proposed_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    advice_en: Mapped[str] = mapped_column(Text, default="", server_default="")
    cross_border: Mapped[bool] = mapped_column(Boolean, default=False)
    dpc: Mapped[int | None] = mapped_column(Integer)
    ei: Mapped[str | None] = mapped_column(String(8))
    cb_confidentiality: Mapped[str | None] = mapped_column(String(8))
    cb_integrity: Mapped[str | None] = mapped_column(String(8))
    cb_availability: Mapped[str | None] = mapped_column(String(8))
    cb_malicious: Mapped[str | None] = mapped_column(String(8))
    severity_score: Mapped[str | None] = mapped_column(String(8))
    severity_level: Mapped[str | None] = mapped_column(String(16))
    notify_dvi: Mapped[bool | None] = mapped_column(Boolean)
    notify_dvi_reason: Mapped[str] = mapped_column(Text, default="")
    # Why the DVI is not told although the people are (docs/legal.md §6); empty otherwise.
    notify_dvi_exemption: Mapped[str] = mapped_column(Text, default="", server_default="")
    notify_people: Mapped[bool | None] = mapped_column(Boolean)
    notify_people_reason: Mapped[str] = mapped_column(Text, default="")
    art34_exceptions: Mapped[str] = mapped_column(String(64), default="")  # a,b,c
    delay_reasons: Mapped[str] = mapped_column(Text, default="")
    affected_query: Mapped[str] = mapped_column(Text, default="")  # how the selection was made
    status: Mapped[str] = mapped_column(String(16), default="open")
    version: Mapped[int] = mapped_column(Integer, default=1)  # +1 on every change
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    # The services bump the version themselves (breaches._changed: a sign-off covers one
    # version); the mapper adds WHERE version = the one read to the UPDATE (issue #18.4).
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}


class BreachEvent(Base):
    __tablename__ = "breach_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    breach_id: Mapped[int] = mapped_column(ForeignKey("breaches.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text, default="")


class BreachAffected(Base):
    __tablename__ = "breach_affected"

    breach_id: Mapped[int] = mapped_column(ForeignKey("breaches.id"), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)


class BreachSignOff(Base):
    """A manager's Ed25519 signature over the breach's content hash at one version."""

    __tablename__ = "breach_signoffs"

    id: Mapped[int] = mapped_column(primary_key=True)
    breach_id: Mapped[int] = mapped_column(ForeignKey("breaches.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    breach_version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    # {"dvi": hex, ...}: one signature per document kind, over the sign-off time too (#14.15)
    kind_signatures: Mapped[str] = mapped_column(Text, default="", server_default="")
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    void_reason: Mapped[str] = mapped_column(Text, default="")


class BreachOutput(Base):
    """Every final output produced: its hash, so `breach verify` can vouch for the file."""

    __tablename__ = "breach_outputs"

    id: Mapped[int] = mapped_column(primary_key=True)
    breach_id: Mapped[int] = mapped_column(ForeignKey("breaches.id"), index=True)
    signoff_id: Mapped[int] = mapped_column(ForeignKey("breach_signoffs.id"))
    kind: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(2))
    customer_id: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class BreachSubmission(Base):
    """The DVI was notified: recorded by the person who submitted the notice (migration
    0016). Saving a PDF is not this; the first submission stops the 72-hour clock."""

    __tablename__ = "breach_submissions"

    id: Mapped[int] = mapped_column(primary_key=True)
    breach_id: Mapped[int] = mapped_column(ForeignKey("breaches.id"), index=True)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when it reached the DVI
    channel: Mapped[str] = mapped_column(String(16))  # domain.breach.DviChannel
    dvi_reference: Mapped[str] = mapped_column(String(100), default="")  # the DVI's number
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
