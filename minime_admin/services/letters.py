"""Letters for a request: compose the facts, render, archive encrypted, reopen.

Every letter produced is kept in the database (not in a temp file) and noted on the
request's timeline; the audit log records who produced or reopened which letter.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.partner_notices import Change
from minime_admin.domain.requests import (
    GROUND_WRITTEN_OUT,
    RefusalReason,
    RequestEventKind,
    Status,
)
from minime_admin.domain.shop_time import shop_day
from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError, NotFound
from minime_admin.letters import catalogue
from minime_admin.letters.dates import long_date
from minime_admin.letters.model import (
    LANGUAGES,
    Facts,
    LetterData,
    Letterhead,
    LetterKind,
    Recipient,
    Signer,
)
from minime_admin.letters.render import render_letter
from minime_admin.services import (
    audit,
    customer_actions,
    customer_page,
    partner_notices,
    requests,
    settings,
)
from minime_admin.services.access_facts import access_facts
from minime_admin.store import letter_repo
from minime_admin.store import session as store_session

LIFT_NOTICE_DAYS = 14


class NeedsFacts(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The {kind} letter needs facts this request does not have yet ({missing}); "
        "fill them in the letter dialog.",
    )


class NotExtended(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "This request has not been extended, so there is no extension to announce. Extend it "
        "first, with the reasons; the notice then gives the new date.",
    )


class ExtensionNoticeTooLate(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The extension notice had to reach the person within the first month, by {due}; it "
        "can no longer be produced.",
    )


class UnknownLanguage(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "Letters are written in Latvian (lv) or English (en)."
    )


@dataclass(frozen=True)
class LetterRecord:
    id: int
    request_id: int | None
    kind: str
    language: str
    created_at: datetime
    actor: str
    size: int


def compose(
    session: Session,
    actor: Actor,
    request_id: int,
    kind: LetterKind,
    language: str | None = None,
    free_paragraph: str = "",
    facts: Facts | None = None,
) -> LetterData:
    """The letter as it would go out now; ``facts`` overrides what the request implies."""
    kind = LetterKind(kind)  # a plain string from a widget must not slip past the checks
    detail = requests.get_request(session, request_id)
    page = (
        customer_page.read_customer_page(session, detail.customer_id)
        if detail.customer_id is not None
        else None
    )
    language = language or (page.language if page else "lv")
    if language not in LANGUAGES:
        raise UnknownLanguage()
    today = store_session.today(session)
    implied = _implied_facts(session, detail, page, kind, language, today)
    chosen = facts or implied
    if kind is LetterKind.ERASURE_DONE and not chosen.erased:
        raise NeedsFacts(kind=kind.value, missing="erased")
    if kind is LetterKind.BREACH_NOTICE and not chosen.breach_description:
        raise NeedsFacts(kind=kind.value, missing="breach")
    if kind is LetterKind.LEGAL_BASIS_ANSWER and not chosen.legal_bases:
        # The basis is stated per category of the person's data: link the customer first.
        raise NeedsFacts(kind=kind.value, missing="customer")
    if kind is LetterKind.EXTENSION_NOTICE:
        _check_extension_notice(detail, today)
    if kind is LetterKind.REFUSAL:
        _check_refusal_ground(chosen, kind)
    if (
        kind is LetterKind.OBJECTION_OUTCOME
        and chosen.objection_upheld is False
        and not chosen.refusal_text.strip()
    ):
        raise NeedsFacts(kind=kind.value, missing="compelling_grounds")
    letterhead = settings.load_letterhead(session)
    return LetterData(
        kind=kind,
        language=language,
        letterhead=Letterhead(
            letterhead.company_name,
            letterhead.registration_number,
            letterhead.address,
            letterhead.email,
            letterhead.phone,
            letterhead.website,
        ),
        recipient=_recipient(detail, page),
        reference=detail.reference,
        date=today,
        signer=Signer(
            actor.name, actor.title or catalogue.SIGNER_ROLES[language][actor.role.value]
        ),
        facts=chosen,
        free_paragraph=free_paragraph,
    )


def _check_extension_notice(detail: requests.RequestDetail, today: date) -> None:
    """Art. 12(3): the notice tells of an extension actually made, within the first month."""
    if not detail.extended or not detail.extension_reason:
        raise NotExtended()
    if today > detail.deadline.due:
        raise ExtensionNoticeTooLate(due=detail.deadline.due.isoformat())


def _check_refusal_ground(facts: Facts, kind: LetterKind) -> None:
    """Art. 12(4): the refusal states its ground; never "because ." with nothing after."""
    if facts.refusal_reason is None:
        raise NeedsFacts(kind=kind.value, missing="refusal_reason")
    reason = RefusalReason(facts.refusal_reason)
    if reason is RefusalReason.ERASURE_EXCEPTION and not facts.erasure_exception:
        raise NeedsFacts(kind=kind.value, missing="erasure_exception")
    if reason in GROUND_WRITTEN_OUT and not facts.refusal_text.strip():
        raise NeedsFacts(kind=kind.value, missing="refusal_ground")


def produce(
    session: Session, actor: Actor, letter: LetterData, request_id: int | None
) -> tuple[int, bytes]:
    """Render, archive and note the letter; returns its archive id and the PDF."""
    pdf = render_letter(letter)
    digest = hashlib.sha256(pdf).hexdigest()
    letter_id = letter_repo.archive(
        session, request_id, letter.kind.value, letter.language, actor.name, digest, pdf
    )
    requests.note_on_request(
        session,
        actor,
        request_id,
        f"Letter: {letter.kind.value} ({letter.language}) #{letter_id}",
        RequestEventKind.LETTER,
        letter_id=letter_id,
    )
    audit.record(
        session,
        actor,
        AuditAction.LETTER_PRODUCED,
        "letter",
        letter_id,
        letter.reference,
        {
            "kind": letter.kind.value,
            "language": letter.language,
            "sha256": digest,
            "request_id": request_id,
        },
    )
    session.flush()
    return letter_id, pdf


def reopen(session: Session, actor: Actor, letter_id: int) -> bytes:
    stored = letter_repo.get(session, letter_id)
    if stored is None:
        raise NotFound(kind="letter", ident=letter_id)
    audit.record(session, actor, AuditAction.LETTER_REOPENED, "letter", letter_id)
    session.flush()
    return stored.pdf


def letters_of(session: Session, request_id: int) -> list[LetterRecord]:
    return [
        LetterRecord(r.id, r.request_id, r.kind, r.language, r.created_at, r.actor, r.size)
        for r in letter_repo.of_request(session, request_id)
    ]


def _recipient(
    detail: requests.RequestDetail, page: customer_page.CustomerPage | None
) -> Recipient:
    lines: tuple[str, ...] = ()
    if page is not None:
        addresses = next(s for s in page.sections if s.info.category is DataCategory.ADDRESS)
        if addresses.rows:
            first = addresses.rows[0].values
            lines = (first["street"], f"{first['city']}, {first['postal_code']}")
    return Recipient(detail.requester_name, lines, detail.requester_email)


def _implied_facts(
    session: Session,
    detail: requests.RequestDetail,
    page: customer_page.CustomerPage | None,
    kind: LetterKind,
    language: str,
    today: date,
) -> Facts:
    facts = Facts(
        request_type=detail.type.value,
        received=shop_day(detail.received_at),
        due=detail.deadline.due,
        extended_due=detail.due_on if detail.extended else None,
        extension_reason=detail.extension_reason or "",
        identity_needed=catalogue.DEFAULT_IDENTITY_NEEDED[language],
        refusal_reason=detail.outcome if detail.status is Status.REFUSED else None,
        refusal_text=(detail.outcome_text or "") if detail.status is Status.REFUSED else "",
        erasure_exception=detail.refusal_exception.value
        if detail.status is Status.REFUSED and detail.refusal_exception
        else None,
        objection_upheld=(detail.status is Status.COMPLETED)
        if detail.status in (Status.COMPLETED, Status.REFUSED)
        else None,
        lift_date=today + timedelta(days=LIFT_NOTICE_DAYS),
        files=catalogue.PORTABILITY_FILES[language],
        fields_corrected=tuple(
            catalogue.FIELD_NAMES[language].get(field, field) for field in _corrected_fields(detail)
        ),
    )
    if page is None:
        return facts
    found = access_facts(session, page, language)
    untold, told = _art19_recipients(session, detail, page.customer_id, kind, language)
    return replace(
        facts,
        categories_held=found.categories_held,
        purposes=found.purposes,
        retention=found.retention,
        recipients=found.recipients,
        transfers=found.transfers,
        legal_bases=found.legal_bases,
        partners_informed=untold,
        partners_told=told,
        consents_withdrawn=_consents_withdrawn(session, detail, kind, language),
    )


def _consents_withdrawn(
    session: Session, detail: requests.RequestDetail, kind: LetterKind, language: str
) -> tuple[str, ...]:
    """The consents withdrawn since the request arrived, as the letter names them."""
    if kind is not LetterKind.CONSENT_WITHDRAWN or detail.customer_id is None:
        return ()
    names = catalogue.CONSENT_PURPOSES[language]
    purposes = customer_actions.consents_withdrawn_since(
        session, detail.customer_id, detail.received_at
    )
    return tuple(names.get(purpose, purpose) for purpose in purposes)


# The change a letter answers, as the Art. 19 record names it.
_ART19_CHANGES = {
    LetterKind.RECTIFICATION_DONE: Change.RECTIFICATION,
    LetterKind.RESTRICTION_APPLIED: Change.RESTRICTION,
    LetterKind.ERASURE_DONE: Change.ERASURE,
}


def _art19_recipients(
    session: Session,
    detail: requests.RequestDetail,
    customer_id: int,
    kind: LetterKind,
    language: str,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Art. 19: the recipients of the data the action touched — as told (when and how) only
    where the record shows it, otherwise as still to be told (returns: untold, told)."""
    change = _ART19_CHANGES.get(kind)
    if change is None:
        return (), ()
    if kind is LetterKind.RECTIFICATION_DONE:
        found = [
            (r.partner_id, f"{r.name} ({r.country})")
            for category in (DataCategory.PROFILE, DataCategory.ADDRESS)
            for r in customer_actions.recipients_of(session, customer_id, category)
        ]
    else:
        found = [
            (p.id, f"{p.name} ({p.country})")
            for p in partner_notices.recipients(session, customer_id)
        ]
    told = partner_notices.told_since(session, customer_id, change, shop_day(detail.received_at))
    untold = tuple(dict.fromkeys(name for pid, name in found if pid not in told))
    return untold, tuple(told_line(t, language) for t in told.values())


def told_line(told: partner_notices.Told, language: str) -> str:
    """ "DPD Latvija (LV): told on 3 December 2026 by e-mail", as the record shows it."""
    texts = catalogue.PARTNER_TOLD[language]
    return texts["line"].format(
        partner=f"{told.partner.name} ({told.partner.country})",
        date=long_date(told.told_on, language),
        how=texts[told.method.value],
    )


def _corrected_fields(detail: requests.RequestDetail) -> list[str]:
    """Fields the rectifications on the request's timeline corrected, first first."""
    fields = (entry.rectified_field for entry in detail.timeline if entry.rectified_field)
    return list(dict.fromkeys(fields))


def record_unarchived(
    session: Session, actor: Actor, request_id: int, kind: LetterKind, language: str, pdf: bytes
) -> str:
    """Note a letter that must not be kept (an erasure confirmation names the erased person):
    the timeline and the audit log get its kind and SHA-256, the database not the PDF."""
    digest = hashlib.sha256(pdf).hexdigest()
    reference = requests.note_on_request(
        session,
        actor,
        request_id,
        f"Letter: {kind.value} ({language}) sha256:{digest}",
        RequestEventKind.LETTER,
    )
    audit.record(
        session,
        actor,
        AuditAction.LETTER_PRODUCED_UNARCHIVED,
        "request",
        request_id,
        reference or "",
        {"kind": kind.value, "language": language, "sha256": digest},
    )
    session.flush()
    return digest
