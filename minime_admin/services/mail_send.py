"""Sending an archived letter by e-mail, with proof of what was sent (issue #16.4).

The letter goes to the requester's address as its PDF, with a short cover text in the
letter's language, from the office's address, under a Message-ID made here with the shop's
domain. Three steps, so that no transaction is open while a mail server is slow:

1. read (one unit of work): the letter, the address, the settings;
2. send, outside any transaction (``SmtpSender.send`` returns only after the server's 250);
3. record (a new unit of work): the sent_mail row, the request's timeline and the audit log
   with when, to whom (in an erasable note), the Message-ID and the PDF's SHA-256.

A failure in step 2 raises one sentence and step 3 never runs: nothing is recorded as sent.

Should the app die between the server's 250 and step 3, the letter went out unrecorded.
That instant cannot be closed without the server's cooperation, so it is made visible: an
attempt row, with the Message-ID the letter will carry, is committed at the end of step 1
and marked sent in step 3's unit of work (failed when the server refused). A later sending
of the same kind of letter for the same request that finds an attempt still "sending" does
not send blindly: it raises MailMaybeSent (when, the Message-ID: look in the sent folder)
until the user says to send again (``resend``: --resend, or a confirm in the app).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.mail import AttemptState
from minime_admin.domain.requests import RequestEventKind
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.errors import (
    KnownError,
    MailLetterNotArchived,
    MailMaybeSent,
    MailNoRecipient,
    MailRecipientInvalid,
)
from minime_admin.letters import mail_catalogue
from minime_admin.letters.model import LetterKind
from minime_admin.services import audit, requests, settings
from minime_admin.services.mail_settings import (
    MailSettings,
    load,
    looks_like_address,
    password,
    require_sending,
)
from minime_admin.services.mail_transport import TIMEOUT, SmtpSender, smtp_endpoint
from minime_admin.store import letter_repo, mail_repo
from minime_admin.store import session as store_session
from minime_admin.store.keychain import Keychain
from minime_admin.store.session import UnitsOfWork

OpenSender = Callable[[MailSettings], SmtpSender]


@dataclass(frozen=True)
class Outgoing:
    """One letter ready to go: everything step 2 needs, read in step 1."""

    letter_id: int | None
    request_id: int | None
    reference: str
    kind: LetterKind
    language: str
    to: str
    name: str
    customer_id: int | None
    pdf: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


@dataclass(frozen=True)
class Sent:
    message_id: str
    sha256: str
    to: str
    sent_at: datetime
    letter_id: int | None
    reference: str


def sender_opener(keychain: Keychain, database_id: str, timeout: float = TIMEOUT) -> OpenSender:
    """Connections with the stored password (MINIME_ADMIN_MAIL_PASSWORD, else the keychain's);
    a server without a user name is not logged in to (a relay on this computer)."""

    def open_sender(mail: MailSettings) -> SmtpSender:
        secret = password(keychain, database_id) if mail.user else ""
        return SmtpSender(smtp_endpoint(mail), mail.user, secret, timeout)

    return open_sender


def recipient_of(session: Session, request_id: int) -> str:
    """The address a request's letter goes to (the dialog shows it before sending)."""
    reference, _name, email, _customer = mail_repo.requester(session, request_id)
    return _checked_address(email, reference)


def _checked_address(email: str | None, reference: str) -> str:
    if not email or not email.strip():
        raise MailNoRecipient(reference=reference)
    email = email.strip()
    if not looks_like_address(email):
        raise MailRecipientInvalid(reference=reference)
    return email


def outgoing_letter(session: Session, letter_id: int) -> Outgoing:
    stored = letter_repo.get(session, letter_id)
    if stored is None:
        raise MailLetterNotArchived(id=letter_id)
    if stored.request_id is None:
        raise MailLetterNotArchived(id=letter_id)
    reference, name, email, customer_id = mail_repo.requester(session, stored.request_id)
    return Outgoing(
        letter_id=letter_id,
        request_id=stored.request_id,
        reference=reference,
        kind=LetterKind(stored.kind),
        language=stored.language,
        to=_checked_address(email, reference),
        name=name,
        customer_id=customer_id,
        pdf=stored.pdf,
    )


def new_message_id(mail: MailSettings) -> str:
    """<random.id@minime.lv>: unique, and naming the shop, never the computer."""
    return make_msgid(idstring="minime-admin", domain=mail.domain)


def build_message(
    mail: MailSettings,
    company: str,
    outgoing: Outgoing,
    message_id: str,
    when: datetime,
) -> EmailMessage:
    cover = mail_catalogue.cover(
        outgoing.kind,
        outgoing.language,
        outgoing.name,
        outgoing.reference,
        mail.from_address,
        company,
    )
    message = EmailMessage()
    message["From"] = formataddr((company, mail.from_address))
    message["To"] = formataddr((outgoing.name, outgoing.to)) if outgoing.name else outgoing.to
    message["Subject"] = cover.subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = message_id
    message["Auto-Submitted"] = "auto-generated"  # an out-of-office reply need not answer
    message.set_content(cover.body, charset="utf-8")
    message.add_attachment(
        outgoing.pdf,
        maintype="application",
        subtype="pdf",
        filename=mail_catalogue.ATTACHMENT_NAME.format(
            reference=outgoing.reference, kind=outgoing.kind.value, language=outgoing.language
        ),
    )
    message["Content-Language"] = outgoing.language  # after the parts: set_content drops it
    return message


def local_time(moment: datetime) -> str:
    """When an attempt started, as the office reads a clock (Riga)."""
    return f"{moment.astimezone(SHOP_ZONE):%Y-%m-%d %H:%M}"


def check_not_uncertain(session: Session, request_id: int, kind: LetterKind) -> None:
    """MailMaybeSent when a letter of ``kind`` for the request was handed to the server
    and never recorded as sent (the app stopped in between)."""
    earlier = mail_repo.uncertain_letters(session, request_id, kind.value)
    if earlier:
        last = earlier[-1]
        reference, *_rest = mail_repo.requester(session, request_id)
        raise MailMaybeSent(
            kind=kind.value, reference=reference, time=local_time(last.started_at),
            message_id=last.message_id,
        )  # fmt: skip


def send_letter(
    units: UnitsOfWork,
    actor: Actor,
    letter_id: int,
    open_sender: OpenSender,
    resend: bool = False,
) -> Sent:
    """Send an archived letter to its request's requester; recorded only once accepted.
    Refused with MailMaybeSent while such a letter may have gone out unrecorded, unless
    ``resend``."""
    with units() as session:
        mail = require_sending(load(session))
        outgoing = outgoing_letter(session, letter_id)
        company = settings.load_letterhead(session).company_name
        when = store_session.now(session)
        assert outgoing.request_id is not None
        if not resend:
            check_not_uncertain(session, outgoing.request_id, outgoing.kind)
        earlier = mail_repo.uncertain_letters(session, outgoing.request_id, outgoing.kind.value)
        mail_repo.set_attempt_state(session, [a.id for a in earlier], AttemptState.SUPERSEDED)
        message_id = new_message_id(mail)
        attempt = mail_repo.add_attempt(
            session, message_id=message_id, started_at=when, actor=actor.name,
            kind=outgoing.kind.value, request_id=outgoing.request_id, letter_id=letter_id,
        )  # fmt: skip
    # The attempt is committed: from here a crash leaves a trace that stops a blind resend.
    message = build_message(mail, company, outgoing, message_id, when)
    try:
        with open_sender(mail) as sender:
            sender.send(message)
    except KnownError:
        with units() as session:
            mail_repo.set_attempt_state(session, [attempt], AttemptState.FAILED)
        raise
    with units() as session:
        sent = record_letter(session, actor, outgoing, message_id)
        mail_repo.set_attempt_state(session, [attempt], AttemptState.SENT)
        return sent


def record_letter(session: Session, actor: Actor, outgoing: Outgoing, message_id: str) -> Sent:
    """Step 3: what the server accepted, on the timeline, in the audit log and sent_mail."""
    now = store_session.now(session)
    digest = outgoing.sha256
    mail_repo.add(
        session,
        sent_at=now,
        actor=actor.name,
        message_id=message_id,
        sha256=digest,
        kind=outgoing.kind.value,
        language=outgoing.language,
        request_id=outgoing.request_id,
        letter_id=outgoing.letter_id,
        customer_id=outgoing.customer_id,
    )
    requests.note_on_request(
        session,
        actor,
        outgoing.request_id,
        f"E-mailed letter #{outgoing.letter_id} to {outgoing.to}; "
        f"Message-ID {message_id}; PDF SHA-256 {digest}",
        RequestEventKind.LETTER,
    )
    audit.record(
        session,
        actor,
        AuditAction.LETTER_EMAILED,
        "letter",
        outgoing.letter_id or "",
        outgoing.reference,
        {
            "request_id": outgoing.request_id,
            "kind": outgoing.kind.value,
            "language": outgoing.language,
            "message_id": message_id,
            "sha256": digest,
        },
        note=f"Sent by e-mail to {outgoing.to}",
        note_customer_id=outgoing.customer_id,
    )
    session.flush()
    return Sent(message_id, digest, outgoing.to, now, outgoing.letter_id, outgoing.reference)
