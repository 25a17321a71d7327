"""Breach letters (Art. 34) sent by e-mail in bulk: throttled, with progress, cancel and
resume (issue #16.4).

Only final letters go out: the breach must be signed off, and each letter is the same
signed PDF `breach letters` saves (registered for `breach verify`). One SMTP connection
serves the run. Every accepted letter is recorded at once in its own unit of work — the
sent_mail row (breach, customer, Message-ID, SHA-256 of the attached bytes), the output on
the register and an audit entry — so a cancel, a failure or a crash keeps what went out, and
the next run skips every customer already recorded: nobody gets the letter twice. A
customer is "informed" only by that record.

Before each letter an attempt row with its Message-ID is committed (services/mail_send.py
says why); a customer whose attempt is still "sending" at the next run (the app stopped
between the server's answer and the record) may have the letter already, so is not sent it
again but listed with the time, unless the run is told to (``resend``).

A server refusing one recipient's address skips that person (counted and listed by id);
anything that stops the connection (login, certificate, server down, timeout) ends the run
with its one sentence, the letters sent so far recorded.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.breach import OutputKind
from minime_admin.domain.mail import AttemptState
from minime_admin.errors import EmptySelection, KnownError, MailRecipientRefused, NotSignedOff
from minime_admin.letters.model import LetterData
from minime_admin.letters.render import render_letter
from minime_admin.progress import Progress, report
from minime_admin.services import audit, breaches, settings, users
from minime_admin.services import breach_outputs as outputs
from minime_admin.services.mail_send import (
    OpenSender,
    Outgoing,
    build_message,
    local_time,
    new_message_id,
)
from minime_admin.services.mail_settings import MailSettings, load, looks_like_address
from minime_admin.services.mail_settings import require_sending as _require_sending
from minime_admin.store import breach_repo, mail_repo
from minime_admin.store import session as store_session
from minime_admin.store.breach_models import BreachOutput
from minime_admin.store.session import UnitsOfWork

DEFAULT_RATE = 60  # letters per minute: most providers accept this from one mailbox


@dataclass
class BulkResult:
    total: int  # affected customers still on file
    sent: int = 0  # accepted in this run
    already: int = 0  # recorded as sent by an earlier run: not sent again
    without_address: list[int] = field(default_factory=list)  # customer ids: no usable e-mail
    refused: list[int] = field(default_factory=list)  # customer ids the server refused
    # customer id -> when: handed to the server by an earlier run that stopped before the
    # record, so maybe sent; not sent again without ``resend``
    uncertain: dict[int, str] = field(default_factory=dict)

    @property
    def emailed(self) -> int:
        """Everyone recorded as informed by e-mail after this run."""
        return self.sent + self.already

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "sent": self.sent,
            "already_sent": self.already,
            "emailed": self.emailed,
            "without_address": self.without_address,
            "recipients_refused": self.refused,
            "maybe_sent": [{"customer_id": c, "at": t} for c, t in self.uncertain.items()],
        }


@dataclass(frozen=True)
class _Plan:
    mail: MailSettings
    company: str
    reference: str
    signoff_id: int
    block: dict[str, Any]
    letters: list[tuple[int, str, LetterData]]  # customer id, address, letter
    result: BulkResult
    started: datetime
    started_mono: float
    superseded: dict[int, list[int]]  # customer id -> attempts a resend replaces


def send_breach_letters(
    units: UnitsOfWork,
    actor: Actor,
    breach_id: int,
    open_sender: OpenSender,
    progress: Progress | None = None,
    rate: float | None = None,
    sleep: Callable[[float], None] = time.sleep,
    resend: bool = False,
) -> BulkResult:
    """E-mail the final letter to every affected customer not yet recorded as sent.

    ``rate`` is letters per minute (None: the one in Settings › Mailbox; 0: no pause).
    ``resend``: also to those an earlier run may have sent it to (see BulkResult.uncertain)."""
    plan = _plan(units, actor, breach_id, resend)
    result = plan.result
    per_minute = rate if rate is not None else float(plan.mail.send_rate)
    interval = 60.0 / per_minute if per_minute > 0 else 0.0
    total = len(plan.letters)
    report(progress, 0, total)
    if not plan.letters:
        return result
    with open_sender(plan.mail) as sender:
        next_at = time.monotonic()
        for done, (customer_id, address, letter) in enumerate(plan.letters):
            _wait(next_at, sleep, progress, done, total)
            next_at = max(next_at + interval, time.monotonic())
            pdf, body_digest = _sealed(letter, plan.block)
            outgoing = Outgoing(
                letter_id=None,
                request_id=None,
                reference=plan.reference,
                kind=letter.kind,
                language=letter.language,
                to=address,
                name=letter.recipient.name,
                customer_id=customer_id,
                pdf=pdf,
            )
            message_id = new_message_id(plan.mail)
            # The app's clock at the start, moved on by the time the run has taken: no
            # transaction is opened just to read the time.
            when = plan.started + timedelta(seconds=time.monotonic() - plan.started_mono)
            message = build_message(plan.mail, plan.company, outgoing, message_id, when)
            with units() as session:  # committed before the server is asked
                earlier = plan.superseded.get(customer_id, [])
                mail_repo.set_attempt_state(session, earlier, AttemptState.SUPERSEDED)
                attempt = mail_repo.add_attempt(
                    session, message_id=message_id, started_at=when, actor=actor.name,
                    kind=letter.kind.value, breach_id=breach_id, customer_id=customer_id,
                )  # fmt: skip
            try:
                sender.send(message)
            except KnownError as error:
                with units() as session:
                    mail_repo.set_attempt_state(session, [attempt], AttemptState.FAILED)
                if not isinstance(error, MailRecipientRefused):
                    raise
                result.refused.append(customer_id)
                report(progress, done + 1, total)
                continue
            with units() as session:
                _record(session, actor, breach_id, plan, outgoing, message_id, body_digest)
                mail_repo.set_attempt_state(session, [attempt], AttemptState.SENT)
            result.sent += 1
            report(progress, done + 1, total)
    return result


def _plan(units: UnitsOfWork, actor: Actor, breach_id: int, resend: bool) -> _Plan:
    """Step 1, one unit of work: who still needs the letter, and the letters themselves."""
    with units() as session:
        mail = _require_sending(load(session))
        detail = breaches.get_breach(session, breach_id)
        signed = breaches.signoff_signature(session, breach_id)
        if signed is None:
            raise NotSignedOff(reference=detail.reference)
        people = breach_repo.letter_recipients(session, list(detail.affected))
        if not people:
            raise EmptySelection()
        languages = sorted({outputs.letter_language(lang) for _, _, lang, _ in people})
        for language in languages:  # every language the letters go out in needs its facts
            breaches.require_language(detail, language)
        head = outputs.letterhead(session)
        today = store_session.today(session)
        block = outputs.block_fields(session, detail, signed, OutputKind.CUSTOMER.value)
        signer = users.known_actor(session, signed[1]) or actor
        notes = {lang: outputs.signoff_note(session, signed, lang) for lang in languages}
        done = mail_repo.emailed_customers(session, breach_id)
        uncertain = mail_repo.uncertain_breach_letters(session, breach_id)
        company = settings.load_letterhead(session).company_name
        started, started_mono = store_session.now(session), time.monotonic()
    result = BulkResult(total=len(people))
    letters: list[tuple[int, str, LetterData]] = []
    superseded: dict[int, list[int]] = {}
    for customer_id, name, language, email in people:
        if customer_id in done:
            result.already += 1
            continue
        if customer_id in uncertain:
            if not resend:
                result.uncertain[customer_id] = local_time(uncertain[customer_id].started_at)
                continue
            superseded[customer_id] = [uncertain[customer_id].id]
        address = (email or "").strip()
        if not looks_like_address(address):
            result.without_address.append(customer_id)
            continue
        letter = outputs.customer_letter(
            detail, head, name, language, address, today, signer, draft=False
        )
        letters.append((customer_id, address, replace(letter, signoff_note=notes[letter.language])))
    return _Plan(
        mail, company, detail.reference, signed[0].id, block, letters, result, started,
        started_mono, superseded,
    )  # fmt: skip


def _sealed(letter: LetterData, block: dict[str, Any]) -> tuple[bytes, str]:
    """The signed PDF exactly as `breach letters` writes it; and its body's digest."""
    pdf = render_letter(letter)
    digest = hashlib.sha256(pdf).hexdigest()
    stamp = {**block, "sha256": digest, "kind": OutputKind.CUSTOMER.value}
    stamp["language"] = letter.language
    return pdf + outputs.MARKER + json.dumps(stamp).encode() + b"\n", digest


def _record(
    session: Session,
    actor: Actor,
    breach_id: int,
    plan: _Plan,
    outgoing: Outgoing,
    message_id: str,
    body_digest: str,
) -> None:
    now = store_session.now(session)
    session.add(
        BreachOutput(
            breach_id=breach_id,
            signoff_id=plan.signoff_id,
            kind=OutputKind.CUSTOMER.value,
            language=outgoing.language,
            customer_id=outgoing.customer_id,
            sha256=body_digest,
            created_at=now,
        )
    )
    mail_repo.add(
        session,
        sent_at=now,
        actor=actor.name,
        message_id=message_id,
        sha256=outgoing.sha256,
        kind=outgoing.kind.value,
        language=outgoing.language,
        breach_id=breach_id,
        customer_id=outgoing.customer_id,
    )
    audit.record(
        session,
        actor,
        AuditAction.BREACH_LETTER_EMAILED,
        "breach",
        breach_id,
        plan.reference,
        {
            "customer_id": outgoing.customer_id,
            "language": outgoing.language,
            "message_id": message_id,
            "sha256": outgoing.sha256,
        },
        note=f"Sent by e-mail to {outgoing.to}",
        note_customer_id=outgoing.customer_id,
    )
    session.flush()


def _wait(
    until: float, sleep: Callable[[float], None], progress: Progress | None, done: int, total: int
) -> None:
    """The throttle's pause, in short steps so that Cancel is heard within a quarter second."""
    while True:
        report(progress, done, total)
        left = until - time.monotonic()
        if left <= 0:
            return
        sleep(min(left, 0.25))


def emailed(session: Session, breach_id: int) -> int:
    """How many affected customers are recorded as informed by e-mail."""
    return mail_repo.emailed_count(session, breach_id)
