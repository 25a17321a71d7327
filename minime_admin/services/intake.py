"""Intake from e-mail: read an .eml or .msg, suggest the type and the customer, then open it.

Two steps so that the worker confirms the type (and picks the customer when unsure)
before anything is stored; the command line takes the first suggestion. A bounce,
auto-reply or read receipt comes back as a Skipped with its reason, never as a proposal.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.request_wording import suggest_types
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.importers.eml import ParsedEmail
from minime_admin.importers.mail_intake import Skipped, read_mail
from minime_admin.services import requests, settings
from minime_admin.services.customer_match import Match, match_customer
from minime_admin.store import session as store_session

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EmailPreview:
    filename: str
    email: ParsedEmail
    suggested_types: tuple[RequestType, ...]
    match: Match


def preview_eml(
    session: Session, data: bytes, filename: str, domains: tuple[str, ...] | None = None
) -> EmailPreview | Skipped:
    """The proposal for a message's bytes (an .eml or an Outlook .msg), or why it is
    skipped; a refusal (not an e-mail, damaged, too large) raises a KnownError. ``domains``
    (the office's own, read once by a caller taking many messages) else from the settings."""
    if domains is None:
        domains = settings.load_office_domains(session)
    parsed = read_mail(data, filename, store_session.now(session), domains)
    if isinstance(parsed, Skipped):
        _log.info("e-mail skipped: %s", parsed.reason.name)
        return parsed
    wording = f"{parsed.subject}\n{parsed.body}"
    match = match_customer(session, parsed.sender_email, None, wording)
    return EmailPreview(filename, parsed, tuple(suggest_types(wording)), match)


def open_from_email(
    session: Session,
    actor: Actor,
    preview: EmailPreview,
    request_type: RequestType,
    customer_id: int | None = None,
) -> requests.Opened:
    parsed = preview.email
    chosen = customer_id if customer_id is not None else preview.match.customer_id
    new = requests.NewRequest(
        type=request_type,
        channel=Channel.EMAIL,
        received_at=parsed.received_at,
        requester_name=parsed.sender_name or (parsed.sender_email or "?"),
        requester_email=parsed.sender_email,
        subject=parsed.subject or None,
        text=parsed.body,
        customer_id=chosen,
    )
    attachments = tuple(
        requests.Attachment(a.filename, a.content_type, a.content) for a in parsed.attachments
    )
    opened = requests.open_request(session, actor, new, attachments)
    # Ids and counts only: never the sender, the subject or the file's name.
    _log.info(
        "e-mail imported as request %s (%s): %d attachments, %d warnings, customer %s",
        opened.request_id,
        request_type.value,
        len(attachments),
        len(parsed.warnings),
        chosen if chosen is not None else "not matched",
    )
    return opened
