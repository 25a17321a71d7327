"""SQL for the import runs history. Flushes, never commits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from minime_admin.store.import_run_models import ImportRejection, ImportRun


def add(session: Session, run: ImportRun) -> ImportRun:
    session.add(run)
    session.flush()
    return run


def last_per_source(session: Session) -> dict[str, ImportRun]:
    newest = (
        select(ImportRun.source, func.max(ImportRun.id).label("id"))
        .group_by(ImportRun.source)
        .subquery()
    )
    rows = session.execute(select(ImportRun).join(newest, ImportRun.id == newest.c.id))
    return {run.source: run for run in rows.scalars()}


def last_start(session: Session, source: str, outcome: str) -> datetime | None:
    """When the newest real (not dry) run of ``source`` that ended in ``outcome`` started."""
    return session.execute(
        select(ImportRun.started_at)
        .where(ImportRun.source == source, ImportRun.outcome == outcome, ~ImportRun.dry_run)
        .order_by(ImportRun.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def get(session: Session, run_id: int) -> ImportRun | None:
    return session.get(ImportRun, run_id)


def rejections(session: Session, run_id: int) -> list[ImportRejection]:
    return list(
        session.execute(
            select(ImportRejection)
            .where(ImportRejection.run_id == run_id)
            .order_by(ImportRejection.id)
        ).scalars()
    )


def drop_old_rejections(session: Session, source: str, keep_runs: int) -> None:
    """Rejected rows of all but the newest ``keep_runs`` runs of ``source``."""
    kept = (
        select(ImportRun.id)
        .where(ImportRun.source == source)
        .order_by(ImportRun.id.desc())
        .limit(keep_runs)
    )
    older = select(ImportRun.id).where(ImportRun.source == source, ImportRun.id.not_in(kept))
    session.execute(delete(ImportRejection).where(ImportRejection.run_id.in_(older)))
    session.flush()
