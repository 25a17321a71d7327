"""SQL for letters sent by e-mail (table sent_mail)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minime_admin.store.request_models import DataRequest, SentMail


def add(
    session: Session,
    *,
    sent_at: datetime,
    actor: str,
    message_id: str,
    sha256: str,
    kind: str,
    language: str,
    request_id: int | None = None,
    letter_id: int | None = None,
    breach_id: int | None = None,
    customer_id: int | None = None,
) -> int:
    row = SentMail(
        sent_at=sent_at,
        actor=actor,
        message_id=message_id,
        sha256=sha256,
        kind=kind,
        language=language,
        request_id=request_id,
        letter_id=letter_id,
        breach_id=breach_id,
        customer_id=customer_id,
    )
    session.add(row)
    session.flush()
    return row.id


def requester(session: Session, request_id: int) -> tuple[str, str, str | None, int | None]:
    """(reference, name, e-mail, customer id) of a request."""
    row = session.execute(
        select(
            DataRequest.reference,
            DataRequest.requester_name,
            DataRequest.requester_email,
            DataRequest.customer_id,
        ).where(DataRequest.id == request_id)
    ).one()
    return row[0], row[1], row[2], row[3]


def emailed_customers(session: Session, breach_id: int) -> set[int]:
    """The affected customers whose breach letter a mail server accepted."""
    statement = select(SentMail.customer_id).where(
        SentMail.breach_id == breach_id, SentMail.customer_id.is_not(None)
    )
    return {cid for cid in session.execute(statement).scalars() if cid is not None}


def emailed_count(session: Session, breach_id: int) -> int:
    statement = select(func.count(func.distinct(SentMail.customer_id))).where(
        SentMail.breach_id == breach_id
    )
    return int(session.execute(statement).scalar_one())


def of_letter(session: Session, letter_id: int) -> list[SentMail]:
    statement = select(SentMail).where(SentMail.letter_id == letter_id).order_by(SentMail.id)
    return list(session.execute(statement).scalars())
