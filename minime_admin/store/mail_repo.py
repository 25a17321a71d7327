"""SQL for letters sent by e-mail (table sent_mail)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minime_admin.domain.mail import AttemptState
from minime_admin.store.mail_models import MailAttempt
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


# Attempts: a letter about to be sent, committed before the server is asked.


def add_attempt(
    session: Session,
    *,
    message_id: str,
    started_at: datetime,
    actor: str,
    kind: str,
    request_id: int | None = None,
    letter_id: int | None = None,
    breach_id: int | None = None,
    customer_id: int | None = None,
) -> int:
    row = MailAttempt(
        message_id=message_id, started_at=started_at, actor=actor,
        state=AttemptState.SENDING.value, kind=kind, request_id=request_id,
        letter_id=letter_id, breach_id=breach_id, customer_id=customer_id,
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row.id


def set_attempt_state(session: Session, attempt_ids: list[int], state: AttemptState) -> None:
    for attempt_id in attempt_ids:
        row = session.get(MailAttempt, attempt_id)
        if row is not None:
            row.state = state.value
    session.flush()


def uncertain_letters(session: Session, request_id: int, kind: str) -> list[MailAttempt]:
    """A request's letters of ``kind`` handed to the server but never recorded as sent."""
    statement = (
        select(MailAttempt)
        .where(
            MailAttempt.request_id == request_id,
            MailAttempt.kind == kind,
            MailAttempt.state == AttemptState.SENDING.value,
        )
        .order_by(MailAttempt.id)
    )
    return list(session.execute(statement).scalars())


def uncertain_breach_letters(session: Session, breach_id: int) -> dict[int, MailAttempt]:
    """By customer: the breach letters handed to the server but never recorded as sent."""
    statement = (
        select(MailAttempt)
        .where(
            MailAttempt.breach_id == breach_id,
            MailAttempt.customer_id.is_not(None),
            MailAttempt.state == AttemptState.SENDING.value,
        )
        .order_by(MailAttempt.id)
    )
    return {row.customer_id: row for row in session.execute(statement).scalars() if row.customer_id}
