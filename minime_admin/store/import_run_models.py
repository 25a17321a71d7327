"""The history of import runs (issue #12): one row per run of any source, and its rejected
rows. Nothing personal: counts, reason codes and the source's own id of a rejected row."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from minime_admin.store.base import Base, UTCDateTime


class ImportRun(Base):
    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(String(32), index=True)  # domain.import_runs
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime)
    dry_run: Mapped[bool] = mapped_column(Boolean)
    outcome: Mapped[str] = mapped_column(String(16))  # RunOutcome
    # {"customers": {"new": 3, "updated": 0, "unchanged": 7, "rejected": 1}, ...}
    counts: Mapped[dict[str, Any]] = mapped_column(JSON)
    rejected: Mapped[int] = mapped_column(Integer)  # all rejections, even those not kept
    # A failed run: the error's source text and parameters (host, path, status; no person).
    error: Mapped[str] = mapped_column(Text, default="")
    error_params: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    rejections: Mapped[list[ImportRejection]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="ImportRejection.id"
    )


class ImportRejection(Base):
    __tablename__ = "import_rejections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(
        ForeignKey("import_runs.id", ondelete="CASCADE"), index=True
    )
    # customers / orders / the name of the file the row came from, whole (migration 0028)
    part: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)  # 1-based, in the source's own order
    external_id: Mapped[str | None] = mapped_column(String(64))  # the source's id, if any
    reason: Mapped[str] = mapped_column(Text)  # a source text of importers.records
    params: Mapped[dict[str, Any]] = mapped_column(JSON)
    run: Mapped[ImportRun] = relationship(back_populates="rejections")
