"""Art. 19 notices to the partners who received a customer's data, after a rectification or a
restriction (the erasure notice is in services/erasure_letters.py).

A notice names the person and, for a rectification, the corrected values, so it is never
archived: it is noted by kind and SHA-256 on the request's timeline and in the audit log,
and written to a file the worker sends. Preparing it is not telling the partner: the
worker records that with partner_notices.mark_told once it went out.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.partner_notices import Change
from minime_admin.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from minime_admin.letters import render as engine  # ReportLab when first used
from minime_admin.letters.catalogue import FIELD_NAMES, PARTNER_CHANGE_NOTICE
from minime_admin.letters.dates import nominative_date
from minime_admin.letters.model import DocumentData
from minime_admin.services import audit, customer_actions, requests
from minime_admin.services.erasure_letters import letterhead_of, notice_language
from minime_admin.services.partner_notices import recipients
from minime_admin.store import customer_repo
from minime_admin.store import session as store_session

NOTICE_KIND = {
    Change.RECTIFICATION: "rectification_notice",
    Change.RESTRICTION: "restriction_notice",
}
NAME_IN_FILE = 40


class NoticeChangeUnsupported(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Partner notices for an erasure are made with the erasure itself (erase "
        "--partner-notices). Nothing was made.",
    )


class NoFieldsCorrected(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Name the corrected fields (or a request whose timeline records the rectification): "
        "a rectification notice says what was corrected. Nothing was made.",
    )


@dataclass(frozen=True)
class ChangeNotice:
    partner_id: int
    partner: str
    language: str
    file_name: str
    pdf: bytes
    sha256: str


def change_notices(
    session: Session,
    actor: Actor,
    customer_id: int,
    change: Change,
    fields: tuple[str, ...] = (),
    request_id: int | None = None,
) -> list[ChangeNotice]:
    """One notice per partner who received the data the change touched; flushed, not
    committed. A rectification needs its fields (given, or from the request's timeline)."""
    if change not in NOTICE_KIND:
        raise NoticeChangeUnsupported()
    person = customer_repo.customer(session, customer_id)
    if person is None:
        raise NotFound(kind="customer", ident=customer_id)
    reference = requests.get_request(session, request_id).reference if request_id else ""
    if change is Change.RECTIFICATION:
        if not fields and request_id is not None:
            timeline = requests.get_request(session, request_id).timeline
            fields = tuple(dict.fromkeys(e.rectified_field for e in timeline if e.rectified_field))
        if not fields:
            raise NoFieldsCorrected()
        touched = {
            r.partner_id
            for category in (DataCategory.PROFILE, DataCategory.ADDRESS)
            for r in customer_actions.recipients_of(session, customer_id, category)
        }
        partners = [p for p in recipients(session, customer_id) if p.id in touched]
    else:
        partners = recipients(session, customer_id)
    today = store_session.today(session)
    head = letterhead_of(session)
    made = []
    for partner in partners:
        language = notice_language(
            customer_actions.Recipient(
                partner.id, partner.name, partner.contact_email, partner.country
            )
        )
        text = PARTNER_CHANGE_NOTICE[language]
        values = _values(person, fields, language)
        document = DocumentData(
            language=language,
            letterhead=head,
            title=text[f"{change.value}_title"],
            reference=reference or f"C-{customer_id}",
            date=today,
            intro=text[f"{change.value}_intro"].format(email=head.email),
            sections=(
                (
                    text["subject"],
                    ((text["name"], f"{person.first_name} {person.last_name}".strip()),
                     (text["email"], person.email or "")),
                ),
                *(((text["corrected"], values),) if values else ()),
                (
                    text["change"],
                    ((text["changed_on"], nominative_date(today, language)),
                     (text["reference"], reference or "—")),
                ),
                (
                    text["recipient"],
                    ((text["partner"], partner.name), (text["country"], partner.country),
                     (text["contact"], partner.contact_email or "")),
                ),
            ),
        )  # fmt: skip
        pdf = engine.render_document(document)
        digest = hashlib.sha256(pdf).hexdigest()
        kind = NOTICE_KIND[change]
        requests.note_on_request(
            session,
            actor,
            request_id,
            f"Letter: {kind} to {partner.name} ({language}) sha256:{digest}",
        )
        audit.record(
            session,
            actor,
            AuditAction.LETTER_PRODUCED_UNARCHIVED,
            "customer",
            customer_id,
            reference,
            {"kind": kind, "language": language, "sha256": digest, "partner_id": partner.id},
        )
        made.append(
            ChangeNotice(
                partner.id,
                partner.name,
                language,
                _file_name(change, partner.name, reference, customer_id),
                pdf,
                digest,
            )
        )
    session.flush()
    return made


def _values(person: object, fields: tuple[str, ...], language: str) -> tuple[tuple[str, str], ...]:
    names = FIELD_NAMES[language]
    shown = []
    for field in fields:
        if field in customer_actions.PROFILE_FIELDS:
            shown.append((names.get(field, field), str(getattr(person, field, "") or "")))
        else:  # an address field: every address's current value
            for address in getattr(person, "addresses", []):
                shown.append((names.get(field, field), str(getattr(address, field, "") or "")))
    return tuple(shown)


def _file_name(change: Change, partner: str, reference: str, customer_id: int) -> str:
    short = "".join(ch if ch.isalnum() else "-" for ch in partner[:NAME_IN_FILE].lower())
    return f"art19-{change.value}-{short.strip('-')}-{reference or customer_id}.pdf"
