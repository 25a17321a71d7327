"""The plain data a letter is made from. No database, no Qt: services fill it in."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class LetterKind(StrEnum):
    ACKNOWLEDGMENT = "acknowledgment"
    IDENTITY_REQUEST = "identity_request"
    EXTENSION_NOTICE = "extension_notice"
    ACCESS_COVER = "access_cover"
    PORTABILITY_COVER = "portability_cover"
    RECTIFICATION_DONE = "rectification_done"
    ERASURE_DONE = "erasure_done"
    RESTRICTION_APPLIED = "restriction_applied"
    RESTRICTION_LIFT_NOTICE = "restriction_lift_notice"
    OBJECTION_OUTCOME = "objection_outcome"
    MARKETING_OPT_OUT = "marketing_opt_out"
    NEWSLETTER_UNSUBSCRIBED = "newsletter_unsubscribed"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    REFUSAL = "refusal"
    BREACH_NOTICE = "breach_notice"
    LEGAL_BASIS_ANSWER = "legal_basis_answer"  # the basis per category and the transfers


LANGUAGES = ("lv", "en")


@dataclass(frozen=True)
class Letterhead:
    company_name: str
    registration_number: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    logo_png: bytes | None = None


@dataclass(frozen=True)
class Recipient:
    name: str
    address_lines: tuple[str, ...] = ()  # none: the letter goes by e-mail
    email: str | None = None


@dataclass(frozen=True)
class Signer:
    name: str
    role: str  # e.g. "Privacy office" / "Datu aizsardzības jautājumi"


@dataclass(frozen=True)
class KeptItem:
    """Something not erased: what, why (the law), and until when."""

    what: str
    why: str
    until: date | None


@dataclass(frozen=True)
class Facts:
    """Everything a letter may state. Each kind uses the fields its text names."""

    request_type: str | None = None  # domain.requests.RequestType value
    received: date | None = None
    due: date | None = None
    extended_due: date | None = None
    extension_reason: str = ""
    identity_needed: str = ""
    refusal_reason: str | None = None  # domain.requests.RefusalReason value
    refusal_text: str = ""  # the ground written out (also an objection's compelling grounds)
    erasure_exception: str | None = None  # domain.requests.ErasureException value ("a".."e")
    fields_corrected: tuple[str, ...] = ()
    partners_informed: tuple[str, ...] = ()  # recipients not (yet) on record as told
    partners_told: tuple[str, ...] = ()  # recipients the Art. 19 record shows told, and when
    consents_withdrawn: tuple[str, ...] = ()  # purposes, as catalogue.CONSENT_PURPOSES names
    erased: tuple[str, ...] = ()
    kept: tuple[KeptItem, ...] = ()
    # Within how many days the rotation removes the last backup that still holds an erased
    # person (Settings › Backups; services/backup.py); None: no automatic backups to speak of.
    backups_gone_days: int | None = None
    lift_date: date | None = None
    lift_reason: str = ""
    objection_upheld: bool | None = None
    files: tuple[str, ...] = ()
    categories_held: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    retention: tuple[str, ...] = ()
    transfers: tuple[str, ...] = ()  # "Mailchimp (US): EU standard contractual clauses"
    legal_bases: tuple[str, ...] = ()  # "Orders: performing our contract with you (...)"
    breach_description: str = ""
    breach_consequences: str = ""
    breach_measures: str = ""
    breach_advice: str = ""
    contact_point: str = ""


@dataclass(frozen=True)
class AppendixTable:
    """Data shown after the letter (an export's readable copy); long tables are cut short."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    more: int = 0  # rows left out here, with where to find them
    more_note: str = ""


@dataclass(frozen=True)
class LetterData:
    kind: LetterKind
    language: str  # "lv" | "en"
    letterhead: Letterhead
    recipient: Recipient
    reference: str
    date: date
    signer: Signer
    facts: Facts = field(default_factory=Facts)
    free_paragraph: str = ""  # the worker's own words, placed before the closing
    appendix: tuple[AppendixTable, ...] = ()
    draft: bool = False  # watermarked "MELNRAKSTS / DRAFT" until a manager signs off
    draft_note: str = ""  # a draft's boxed warning: what is still missing before it is final
    signoff_note: str = ""  # a final's visible sign-off: who, when, key, how to verify


@dataclass(frozen=True)
class DocumentData:
    """A field-by-field document (a notice to the authority, a website notice, a report)."""

    language: str
    letterhead: Letterhead
    title: str
    reference: str
    date: date
    sections: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # heading, (label, value)
    intro: str = ""
    draft: bool = False
    draft_note: str = ""  # a draft's boxed warning: what is still missing before it is final
    signoff_note: str = ""  # a final's visible sign-off: who, when, key, how to verify
