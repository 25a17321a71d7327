"""SQL for the messages taken from the office mailbox (store/mail_models.py)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from minime_admin.domain.mail import MessageState
from minime_admin.store.mail_models import MailMessage

_CHUNK = 500  # SQLite's bound parameters per IN (...)


def taken_uids(session: Session, folder: str, uidvalidity: int) -> set[int]:
    rows = session.execute(
        select(MailMessage.uid).where(
            MailMessage.folder == folder, MailMessage.uidvalidity == uidvalidity
        )
    ).scalars()
    return set(rows)


def known_identities(session: Session, identities: Collection[str]) -> set[str]:
    found: set[str] = set()
    wanted = list(identities)
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.update(
            session.execute(
                select(MailMessage.identity).where(MailMessage.identity.in_(chunk))
            ).scalars()
        )
    return found


def add(session: Session, message: MailMessage) -> MailMessage:
    """Added to the unit of work; flushed with the batch (one flush per batch, not per row)."""
    session.add(message)
    return message


def mark_copied(session: Session, ids: Sequence[int]) -> None:
    for start in range(0, len(ids), _CHUNK):
        session.execute(
            update(MailMessage)
            .where(MailMessage.id.in_(ids[start : start + _CHUNK]))
            .values(copied=True)
        )
    session.flush()


def not_copied(session: Session, folder: str, uidvalidity: int) -> list[MailMessage]:
    """Messages taken from this folder whose copy to the handled folder did not happen yet."""
    return list(
        session.execute(
            select(MailMessage).where(
                MailMessage.folder == folder,
                MailMessage.uidvalidity == uidvalidity,
                MailMessage.copied.is_(False),
                MailMessage.state != MessageState.DUPLICATE.value,
            )
        ).scalars()
    )


def proposal(session: Session, message_id: int) -> MailMessage | None:
    return session.get(MailMessage, message_id)


def proposals(session: Session) -> list[MailMessage]:
    """The proposals waiting for a worker, oldest first (without loading their bytes)."""
    from sqlalchemy.orm import defer

    return list(
        session.execute(
            select(MailMessage)
            .options(defer(MailMessage.raw))
            .where(MailMessage.state == MessageState.PROPOSED.value)
            .order_by(MailMessage.id)
        ).scalars()
    )
