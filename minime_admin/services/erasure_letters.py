"""The letters an erasure ends with, for the wizard and `minime-admin erase` alike: the
confirmation to the person (LetterKind.ERASURE_DONE) and a notice to each partner who
received the data (Art. 19).

The confirmation is composed before the erasure (afterwards the request no longer holds the
person's name and address) and is never archived: kept in the database it would put back
what was just erased. Partner notices name the person for the same reason. So each letter
is noted by kind and SHA-256 only, on the request's timeline and in the audit log, when it
is produced; a note says a letter was made, never that it was sent. Both are written in the
letter's language, not the UI's; their sentences are in the letter catalogue.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.erasure import Action, Reason
from minime_admin.domain.proofs import IdentityCheck
from minime_admin.domain.requests import RequestType
from minime_admin.domain.shop_time import shop_day
from minime_admin.letters import render as engine  # ReportLab when first used
from minime_admin.letters.catalogue import CATEGORY_TEXTS, ERASURE_KEPT_WHY, PARTNER_NOTICE
from minime_admin.letters.dates import long_date
from minime_admin.letters.model import (
    DocumentData,
    Facts,
    KeptItem,
    LetterData,
    Letterhead,
    LetterKind,
)
from minime_admin.progress import Progress
from minime_admin.services import audit, erasure, letters, requests, settings, versions
from minime_admin.services.customer_actions import Recipient
from minime_admin.services.erasure import ErasureOutcome, ErasurePlan
from minime_admin.store import erasure_repo
from minime_admin.store import session as store_session

LABELLED = (DataCategory.ORDER, DataCategory.INVOICE)  # their labels are numbers a person knows
SHOWN_LABELS = 5
NOTICE_KIND = "partner_notice"  # as the timeline and the audit log name an Art. 19 notice

KEPT_WHY: dict[str, dict[Reason, str]] = {
    language: {Reason(key): text for key, text in texts.items()}
    for language, texts in ERASURE_KEPT_WHY.items()
}


@dataclass(frozen=True)
class Person:
    """Who was erased, as the notices must name them: kept in memory only, never stored."""

    name: str
    email: str | None


@dataclass(frozen=True)
class Erased:
    """An erasure carried out, with what its letters need; held in memory only."""

    outcome: ErasureOutcome
    person: Person
    reference: str  # the request's, or C<customer id> when none was linked
    letterhead: Letterhead
    on: date
    request_id: int | None = None
    letter: LetterData | None = None  # the confirmation, when a request was answered
    letter_pdf: bytes | None = None


@dataclass(frozen=True)
class Notice:
    recipient: Recipient
    language: str
    file_name: str
    pdf: bytes
    sha256: str


def erase(
    session: Session,
    actor: Actor,
    plan: ErasurePlan,
    request_id: int | None = None,
    identity_method: str | None = None,
    progress: Progress | None = None,
    language: str | None = None,
    with_letter: bool = True,
    record_letter: bool = True,
    identity_check: IdentityCheck | None = None,
    seen: Sequence[versions.Seen] = (),
) -> Erased:
    """Carry out ``plan``. When it answers a request (and ``with_letter``), make the
    confirmation letter too, in ``language`` (by default the customer's), and note it —
    unless ``record_letter`` is False: then the caller notes it with ``record_letter_made``
    once the file is written (the GUI, where the user saves later or never)."""
    on = store_session.today(session)
    person = erasure_repo.customer_row(session, plan.customer_id)
    who = Person(plan.name, person.email if person is not None else None)
    letter, pdf, reference = None, None, f"C{plan.customer_id}"
    request = requests.get_request(session, request_id) if request_id is not None else None
    if request is not None:
        reference = request.reference
    if request_id is not None and request is not None and with_letter:
        received = shop_day(request.received_at)
        draft = letters.compose(
            session,
            actor,
            request_id,
            LetterKind.ERASURE_DONE,
            language,
            facts=erasure_facts(plan, language or "en", received),
        )
        letter = replace(draft, facts=erasure_facts(plan, draft.language, received))
        pdf = engine.render_letter(letter)  # before: a failure here changes nothing
    outcome = erasure.execute_erasure(
        session, actor, plan, request_id, identity_method, progress,
        identity_check=identity_check, seen=seen,
    )  # fmt: skip
    if letter is not None and outcome.plan is not plan:  # the data changed meanwhile
        facts = erasure_facts(outcome.plan, letter.language, letter.facts.received)
        letter = replace(letter, facts=facts)
        pdf = engine.render_letter(letter)
    erased = Erased(outcome, who, reference, letterhead_of(session), on, request_id, letter, pdf)
    if record_letter:
        record_letter_made(session, actor, erased)
    return erased


def record_letter_made(session: Session, actor: Actor, erased: Erased) -> None:
    """Note the confirmation letter (kind and SHA-256) once its file exists."""
    letter, pdf = erased.letter, erased.letter_pdf
    if letter is not None and pdf is not None and erased.request_id is not None:
        letters.record_unarchived(
            session, actor, erased.request_id, letter.kind, letter.language, pdf
        )


def partner_notice(
    session: Session, actor: Actor, erased: Erased, recipient: Recipient, record: bool = True
) -> Notice:
    """The Art. 19 notice to one partner, rendered and (unless ``record`` is False: then
    ``record_notice_made`` once its file is written) noted by hash; flushed, not committed."""
    document = notice_document(recipient, erased.person, erased.letterhead, erased.reference,
                               erased.on)  # fmt: skip
    pdf = engine.render_document(document)
    digest = hashlib.sha256(pdf).hexdigest()
    name = notice_file_name(recipient, erased.reference)
    notice = Notice(recipient, document.language, name, pdf, digest)
    if record:
        record_notice_made(session, actor, erased, notice)
    return notice


def record_notice_made(session: Session, actor: Actor, erased: Erased, notice: Notice) -> None:
    """Note a partner notice (kind, language, SHA-256) on the timeline and in the audit log."""
    recipient, digest = notice.recipient, notice.sha256
    requests.note_on_request(
        session,
        actor,
        erased.request_id,
        f"Letter: {NOTICE_KIND} to {recipient.name} ({notice.language}) sha256:{digest}",
    )
    subject_type, subject_id = "customer", erased.outcome.plan.customer_id
    if erased.request_id is not None:
        subject_type, subject_id = "request", erased.request_id
    audit.record(
        session,
        actor,
        AuditAction.LETTER_PRODUCED_UNARCHIVED,
        subject_type,
        subject_id,
        erased.reference,
        {
            "kind": NOTICE_KIND,
            "language": notice.language,
            "sha256": digest,
            "partner_id": recipient.partner_id,
        },
    )
    session.flush()


def partner_notices(session: Session, actor: Actor, erased: Erased) -> list[Notice]:
    """A notice to every partner the erased data went to."""
    return [partner_notice(session, actor, erased, r) for r in erased.outcome.plan.recipients]


def backups_gone_days() -> int | None:
    """From Settings › Backups: within how many days no backup holds an erased person; None
    when backups are only made by hand or on close (then no such day can be promised)."""
    from minime_admin.services import backup

    settings = backup.load_settings()
    return settings.days_until_gone() if settings.period_days > 0 else None


def erasure_facts(plan: ErasurePlan, language: str, received: date | None) -> Facts:
    """ERASURE_DONE's facts: what was erased, what is kept (why, until when), who was told,
    and when the last backup holding the person is gone."""
    names = {code: texts[0] for code, texts in CATEGORY_TEXTS[language].items()}
    erased: Counter[DataCategory] = Counter()
    kept: dict[tuple[DataCategory, Reason | None, date | None], list[str]] = {}
    counts: Counter[tuple[DataCategory, Reason | None, date | None]] = Counter()
    for group in plan.groups:
        decision = group.decision
        if decision.action is Action.ERASE or decision.reason is Reason.STUB:
            erased[group.category] += len(group.ids)  # the stub keeps nothing of the person
            continue
        key = (group.category, decision.reason, decision.until)
        kept.setdefault(key, []).extend(group.labels if group.category in LABELLED else ())
        counts[key] += len(group.ids)
    erased_lines = tuple(
        names[c.value] if c is DataCategory.PROFILE else f"{names[c.value]} ({n})"
        for c, n in sorted(erased.items(), key=lambda item: list(DataCategory).index(item[0]))
    )
    kept_items = tuple(
        KeptItem(_what(names[category.value], labels, counts[(category, reason, until)]),
                 KEPT_WHY[language][reason] if reason else "", until)
        for (category, reason, until), labels in kept.items()
    )  # fmt: skip
    return Facts(
        request_type=RequestType.ERASURE.value,
        received=received,
        erased=erased_lines,
        kept=kept_items,
        partners_informed=tuple(f"{r.name} ({r.country})" for r in plan.recipients),
        backups_gone_days=backups_gone_days(),
    )


def _what(name: str, labels: list[str], count: int) -> str:
    if not labels:
        return f"{name} ({count})"
    shown = ", ".join(labels[:SHOWN_LABELS])
    more = f" … (+{len(labels) - SHOWN_LABELS})" if len(labels) > SHOWN_LABELS else ""
    return f"{name}: {shown}{more}"


def notice_language(recipient: Recipient) -> str:
    return "lv" if recipient.country.upper() == "LV" else "en"


def notice_document(
    recipient: Recipient,
    person: Person,
    letterhead: Letterhead,
    reference: str,
    erased_on: date,
) -> DocumentData:
    """The Art. 19 notice to one partner: who was erased and what the partner should do."""
    language = notice_language(recipient)
    text = PARTNER_NOTICE[language]
    return DocumentData(
        language=language,
        letterhead=letterhead,
        title=text["title"],
        reference=reference,
        date=erased_on,
        intro=text["intro"].format(email=letterhead.email),
        sections=(
            (text["subject"], ((text["name"], person.name), (text["email"], person.email or ""))),
            (
                text["erasure"],
                ((text["erased_on"], long_date(erased_on, language)),
                 (text["reference"], reference)),
            ),
            (
                text["recipient"],
                ((text["partner"], recipient.name), (text["country"], recipient.country),
                 (text["contact"], recipient.contact_email or "")),
            ),
        ),
    )  # fmt: skip


NAME_IN_FILE = 40  # characters of a name in a file name (a Latvian letter is 2 bytes)


def notice_file_name(recipient: Recipient, reference: str) -> str:
    # Shortened: a file name made from a name must fit every file system (#14.14).
    short = recipient.name[:NAME_IN_FILE].lower()
    partner = "".join(ch if ch.isalnum() else "-" for ch in short).strip("-")
    return f"art19-notice-{partner}-{reference}.pdf"


def letter_file_name(reference: str) -> str:
    return f"erasure-done-{reference}.pdf"


def letterhead_of(session: Session) -> Letterhead:
    head = settings.load_letterhead(session)
    return Letterhead(
        head.company_name, head.registration_number, head.address, head.email, head.phone,
        head.website,
    )  # fmt: skip
