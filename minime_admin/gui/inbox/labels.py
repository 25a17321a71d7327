"""Translated names for the request inbox's codes: types, statuses, channels, reasons.

The domain speaks in stable codes (``erasure``, ``on_hold``, ``art_12_6``); people read
these labels. Every text is marked with QT_TRANSLATE_NOOP under one fixed context so that
lupdate collects it, and is translated when shown, so a language switch needs no rebuild.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from minime_admin.domain.proofs import HandoverMethod, IdentityCheck
from minime_admin.domain.requests import (
    Channel,
    ErasureException,
    HoldReason,
    RefusalReason,
    RequestEventKind,
    RequestType,
    Status,
)

CONTEXT = "RequestLabels"

TYPES: dict[str, str] = {
    RequestType.ACCESS: QT_TRANSLATE_NOOP("RequestLabels", "Access (Art. 15)"),
    RequestType.RECTIFICATION: QT_TRANSLATE_NOOP("RequestLabels", "Rectification"),
    RequestType.ERASURE: QT_TRANSLATE_NOOP("RequestLabels", "Erasure"),
    RequestType.RESTRICTION: QT_TRANSLATE_NOOP("RequestLabels", "Restriction"),
    RequestType.PORTABILITY: QT_TRANSLATE_NOOP("RequestLabels", "Portability"),
    RequestType.OBJECTION: QT_TRANSLATE_NOOP("RequestLabels", "Objection"),
    RequestType.MARKETING_OBJECTION: QT_TRANSLATE_NOOP(
        "RequestLabels", "Objection to direct marketing"
    ),
    RequestType.CONSENT_WITHDRAWAL: QT_TRANSLATE_NOOP("RequestLabels", "Consent withdrawal"),
    RequestType.UNSUBSCRIBE: QT_TRANSLATE_NOOP("RequestLabels", "Newsletter unsubscribe"),
    RequestType.LEGAL_BASIS_QUESTION: QT_TRANSLATE_NOOP(
        "RequestLabels", "Question on legal basis or transfers"
    ),
    RequestType.OTHER: QT_TRANSLATE_NOOP("RequestLabels", "Other"),
}

STATUSES: dict[str, str] = {
    Status.RECEIVED: QT_TRANSLATE_NOOP("RequestLabels", "Received"),
    Status.IDENTITY_CHECK: QT_TRANSLATE_NOOP("RequestLabels", "Identity check"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("RequestLabels", "In progress"),
    Status.ON_HOLD: QT_TRANSLATE_NOOP("RequestLabels", "On hold"),
    Status.COMPLETED: QT_TRANSLATE_NOOP("RequestLabels", "Completed"),
    Status.REFUSED: QT_TRANSLATE_NOOP("RequestLabels", "Refused"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("RequestLabels", "Withdrawn"),
}

CHANNELS: dict[str, str] = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("RequestLabels", "E-mail"),
    Channel.WEB_FORM: QT_TRANSLATE_NOOP("RequestLabels", "Web form"),
    Channel.PHONE: QT_TRANSLATE_NOOP("RequestLabels", "Phone"),
    Channel.LETTER: QT_TRANSLATE_NOOP("RequestLabels", "Letter"),
    Channel.IN_PERSON: QT_TRANSLATE_NOOP("RequestLabels", "In person"),
}

HOLD_REASONS: dict[str, str] = {
    HoldReason.AWAITING_IDENTITY: QT_TRANSLATE_NOOP("RequestLabels", "Awaiting proof of identity"),
    HoldReason.AWAITING_CLARIFICATION: QT_TRANSLATE_NOOP("RequestLabels", "Awaiting clarification"),
    HoldReason.LEGAL_REVIEW: QT_TRANSLATE_NOOP("RequestLabels", "Legal review"),
}

REFUSAL_REASONS: dict[str, str] = {
    RefusalReason.UNFOUNDED_OR_EXCESSIVE: QT_TRANSLATE_NOOP(
        "RequestLabels", "Manifestly unfounded or excessive (Art. 12(5))"
    ),
    RefusalReason.IDENTITY_NOT_CONFIRMED: QT_TRANSLATE_NOOP(
        "RequestLabels", "Identity not confirmed (Art. 12(6))"
    ),
    RefusalReason.ERASURE_EXCEPTION: QT_TRANSLATE_NOOP(
        "RequestLabels", "An erasure exception (Art. 17(3))"
    ),
    RefusalReason.COMPELLING_GROUNDS: QT_TRANSLATE_NOOP(
        "RequestLabels", "Compelling legitimate grounds (Art. 21(1))"
    ),
    RefusalReason.OTHER: QT_TRANSLATE_NOOP("RequestLabels", "Another reason, written out"),
}

ERASURE_EXCEPTIONS: dict[str, str] = {
    ErasureException.FREEDOM_OF_EXPRESSION: QT_TRANSLATE_NOOP(
        "RequestLabels", "(a) Freedom of expression and information"
    ),
    ErasureException.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP(
        "RequestLabels", "(b) A legal obligation or a task in the public interest"
    ),
    ErasureException.PUBLIC_HEALTH: QT_TRANSLATE_NOOP("RequestLabels", "(c) Public health"),
    ErasureException.ARCHIVING_RESEARCH: QT_TRANSLATE_NOOP(
        "RequestLabels", "(d) Archiving, research or statistics"
    ),
    ErasureException.LEGAL_CLAIMS: QT_TRANSLATE_NOOP(
        "RequestLabels", "(e) Establishment, exercise or defence of legal claims"
    ),
}

# What the office does with a request: the verb on the button that moves it there.
ACTIONS: dict[str, str] = {
    Status.IDENTITY_CHECK: QT_TRANSLATE_NOOP("RequestLabels", "Check identity"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("RequestLabels", "Start work"),
    Status.ON_HOLD: QT_TRANSLATE_NOOP("RequestLabels", "Put on hold…"),
    Status.COMPLETED: QT_TRANSLATE_NOOP("RequestLabels", "Complete…"),
    Status.REFUSED: QT_TRANSLATE_NOOP("RequestLabels", "Refuse…"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("RequestLabels", "Mark withdrawn…"),
}

TIMELINE_KINDS: dict[str, str] = {
    RequestEventKind.CREATED: QT_TRANSLATE_NOOP("RequestLabels", "Opened"),
    RequestEventKind.TRANSITION: QT_TRANSLATE_NOOP("RequestLabels", "Status"),
    RequestEventKind.NOTE: QT_TRANSLATE_NOOP("RequestLabels", "Note"),
    RequestEventKind.EXTENSION: QT_TRANSLATE_NOOP("RequestLabels", "Extended"),
    RequestEventKind.ATTACHMENT: QT_TRANSLATE_NOOP("RequestLabels", "Attachment"),
    RequestEventKind.LETTER: QT_TRANSLATE_NOOP("RequestLabels", "Letter made"),
    RequestEventKind.ACTION: QT_TRANSLATE_NOOP("RequestLabels", "Done"),
    RequestEventKind.CUSTOMER_LINKED: QT_TRANSLATE_NOOP("RequestLabels", "Customer"),
    RequestEventKind.ASSIGNED: QT_TRANSLATE_NOOP("RequestLabels", "Assigned to"),
    RequestEventKind.IDENTITY: QT_TRANSLATE_NOOP("RequestLabels", "Identity confirmed"),
    RequestEventKind.PACKAGE_MADE: QT_TRANSLATE_NOOP("RequestLabels", "Export package made"),
    RequestEventKind.HANDED_OVER: QT_TRANSLATE_NOOP("RequestLabels", "Package handed over"),
}

MATCHED_BY: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("RequestLabels", "by e-mail"),
    "phone": QT_TRANSLATE_NOOP("RequestLabels", "by phone"),
    "order": QT_TRANSLATE_NOOP("RequestLabels", "by order number"),
}

# Deadline.skipped names weekend days in English and holidays by the `holidays` package's
# English names; the common ones are translated here, any other name is shown as given.
DAY_REASONS: dict[str, str] = {
    "Saturday": QT_TRANSLATE_NOOP("RequestLabels", "Saturday"),
    "Sunday": QT_TRANSLATE_NOOP("RequestLabels", "Sunday"),
    "New Year's Day": QT_TRANSLATE_NOOP("RequestLabels", "New Year's Day"),
    "Good Friday": QT_TRANSLATE_NOOP("RequestLabels", "Good Friday"),
    "Easter Sunday": QT_TRANSLATE_NOOP("RequestLabels", "Easter Sunday"),
    "Easter Monday": QT_TRANSLATE_NOOP("RequestLabels", "Easter Monday"),
    "Labor Day": QT_TRANSLATE_NOOP("RequestLabels", "Labour Day"),
    "Constitutional Assembly Convocation Day": QT_TRANSLATE_NOOP(
        "RequestLabels", "Constitutional Assembly Convocation Day"
    ),
    "Restoration of Independence Day": QT_TRANSLATE_NOOP(
        "RequestLabels", "Restoration of Independence Day"
    ),
    "Restoration of Independence Day (observed)": QT_TRANSLATE_NOOP(
        "RequestLabels", "Restoration of Independence Day (observed)"
    ),
    "Mother's Day": QT_TRANSLATE_NOOP("RequestLabels", "Mother's Day"),
    "Pentecost": QT_TRANSLATE_NOOP("RequestLabels", "Pentecost"),
    "Midsummer Eve": QT_TRANSLATE_NOOP("RequestLabels", "Midsummer Eve"),
    "Midsummer Day": QT_TRANSLATE_NOOP("RequestLabels", "Midsummer Day"),
    "Republic of Latvia Proclamation Day": QT_TRANSLATE_NOOP(
        "RequestLabels", "Republic of Latvia Proclamation Day"
    ),
    "Republic of Latvia Proclamation Day (observed)": QT_TRANSLATE_NOOP(
        "RequestLabels", "Republic of Latvia Proclamation Day (observed)"
    ),
    "Nationwide Latvian Song and Dance Celebration Final Day": QT_TRANSLATE_NOOP(
        "RequestLabels", "Closing day of the Song and Dance Festival"
    ),
    "Christmas Eve": QT_TRANSLATE_NOOP("RequestLabels", "Christmas Eve"),
    "Christmas Day": QT_TRANSLATE_NOOP("RequestLabels", "Christmas Day"),
    "Second Day of Christmas": QT_TRANSLATE_NOOP("RequestLabels", "Second Day of Christmas"),
    "New Year's Eve": QT_TRANSLATE_NOOP("RequestLabels", "New Year's Eve"),
}


def _label(table: dict[str, str], code: str | None) -> str:
    if code is None:
        return ""
    text = table.get(str(code))
    return QCoreApplication.translate(CONTEXT, text) if text else str(code)


def type_label(code: str | None) -> str:
    return _label(TYPES, code)


def status_label(code: str | None) -> str:
    return _label(STATUSES, code)


def channel_label(code: str | None) -> str:
    return _label(CHANNELS, code)


def hold_reason_label(code: str | None) -> str:
    return _label(HOLD_REASONS, code)


def refusal_reason_label(code: str | None) -> str:
    return _label(REFUSAL_REASONS, code)


def erasure_exception_label(code: str | None) -> str:
    return _label(ERASURE_EXCEPTIONS, code)


IDENTITY_CHECKS: dict[str, str] = {
    IdentityCheck.ID_DOCUMENT_IN_PERSON: QT_TRANSLATE_NOOP(
        "RequestLabels", "ID document seen in person"
    ),
    IdentityCheck.E_SIGNATURE: QT_TRANSLATE_NOOP(
        "RequestLabels", "Signed with eParaksts or another e-signature"
    ),
    IdentityCheck.SMART_ID: QT_TRANSLATE_NOOP("RequestLabels", "Smart-ID or a bank link"),
    IdentityCheck.PHONE_CALLBACK: QT_TRANSLATE_NOOP(
        "RequestLabels", "Called back on the phone number on the account"
    ),
    IdentityCheck.ACCOUNT_EMAIL: QT_TRANSLATE_NOOP(
        "RequestLabels", "Wrote from the e-mail address on the account"
    ),
    IdentityCheck.OTHER: QT_TRANSLATE_NOOP("RequestLabels", "Other"),
}

HANDOVER_METHODS: dict[str, str] = {
    HandoverMethod.IN_PERSON: QT_TRANSLATE_NOOP("RequestLabels", "In person"),
    HandoverMethod.REGISTERED_POST: QT_TRANSLATE_NOOP("RequestLabels", "By registered post"),
    HandoverMethod.SECURE_LINK: QT_TRANSLATE_NOOP("RequestLabels", "Secure download link"),
    HandoverMethod.USB_STICK: QT_TRANSLATE_NOOP("RequestLabels", "On a USB stick"),
    HandoverMethod.OTHER: QT_TRANSLATE_NOOP("RequestLabels", "Other"),
}


def identity_check_label(code: str) -> str:
    return _label(IDENTITY_CHECKS, code)


def handover_method_label(code: str) -> str:
    return _label(HANDOVER_METHODS, code)


def identity_text(check: str | None, note: str | None) -> str:
    """How identity was confirmed, in words: the method and the note (older records: the
    note alone, as it was written)."""
    parts = [identity_check_label(check) if check else "", (note or "").strip()]
    return ": ".join(part for part in parts if part)


def reason_label(code: str | None) -> str:
    """A timeline's reason code: a hold reason or a refusal reason."""
    if code in HOLD_REASONS:
        return hold_reason_label(code)
    return refusal_reason_label(code)


def action_label(target: str) -> str:
    return _label(ACTIONS, target)


def timeline_kind_label(kind: str) -> str:
    return _label(TIMELINE_KINDS, kind)


def matched_by_label(how: str) -> str:
    return _label(MATCHED_BY, how)


def day_reason_label(reason: str) -> str:
    """A skipped day's reason; joined holiday names ("A; B") are translated one by one."""
    return "; ".join(_label(DAY_REASONS, part) for part in reason.split("; "))
