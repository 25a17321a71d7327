"""SQL for archived letters."""

from __future__ import annotations

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from minime_admin.store import session as store_session
from minime_admin.store.request_models import ArchivedLetter


def archive(
    session: Session,
    request_id: int | None,
    kind: str,
    language: str,
    actor: str,
    sha256: str,
    pdf: bytes,
) -> int:
    row = ArchivedLetter(
        request_id=request_id,
        kind=kind,
        language=language,
        created_at=store_session.now(session),
        actor=actor,
        sha256=sha256,
        pdf=pdf,
    )
    session.add(row)
    session.flush()
    return row.id


def get(session: Session, letter_id: int) -> ArchivedLetter | None:
    return session.get(ArchivedLetter, letter_id)


def of_request(session: Session, request_id: int) -> list[Row]:  # type: ignore[type-arg]
    statement = (
        select(
            ArchivedLetter.id,
            ArchivedLetter.request_id,
            ArchivedLetter.kind,
            ArchivedLetter.language,
            ArchivedLetter.created_at,
            ArchivedLetter.actor,
            func.length(ArchivedLetter.pdf).label("size"),
        )
        .where(ArchivedLetter.request_id == request_id)
        .order_by(ArchivedLetter.id)
    )
    return list(session.execute(statement).all())


def kinds_of(session: Session, request_id: int) -> list[Row]:  # type: ignore[type-arg]
    """(id, kind, language) of the request's archived letters, without their PDFs."""
    statement = select(ArchivedLetter.id, ArchivedLetter.kind, ArchivedLetter.language).where(
        ArchivedLetter.request_id == request_id
    )
    return list(session.execute(statement).all())
