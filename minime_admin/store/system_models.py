"""The app's own tables: audit log, its head, and shared settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from minime_admin.store.base import Base, UTCDateTime


class AuditEntry(Base):
    """Append-only (enforced by triggers on SQLite) and hash-chained; see domain.audit_chain."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(64))
    subject_type: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, object]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditNote(Base):
    """Free text written with an audit entry (e.g. why a customer's page was opened).

    Kept out of the append-only log so that an erasure can remove it; the entry keeps the
    note's id and salted hash, so the chain still proves what was written while it exists.
    """

    __tablename__ = "audit_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"), index=True)
    salt: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """One row: the newest entry's number and hash, so a removed tail is detected too."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class AppSetting(Base):
    """Settings that belong to the database (and a team sharing it), e.g. the letterhead."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RopaField(Base):
    """What the office wrote into the Art. 30 register where the app cannot know (issue
    #20.2): one row per change, never updated, so every earlier version stays readable."""

    __tablename__ = "ropa_fields"
    __table_args__ = (UniqueConstraint("activity", "field", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity: Mapped[str] = mapped_column(String(32))  # domain.ropa activity key, or "register"
    field: Mapped[str] = mapped_column(String(32))  # domain.ropa.EDITABLE / REGISTER_FIELDS
    version: Mapped[int] = mapped_column(Integer)  # 1, 2, ... per activity and field
    value: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[str] = mapped_column(String(100))
