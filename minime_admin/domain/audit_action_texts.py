"""What the audit log page, its CSV and `audit list` call each action: English sources
marked for translation (context "audit_actions"), so nobody has to read `request.transition`.

Every AuditAction has words here (tests/test_audit_filters.py fails on one without); a code
the enum does not know (an entry written by a newer version) is shown as its code.
"""

from __future__ import annotations

from collections.abc import Callable

from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.retention_texts import CONTEXT as RETENTION_CONTEXT
from minime_admin.domain.retention_texts import RULE_TITLES
from minime_admin.errors import QT_TRANSLATE_NOOP

CONTEXT = "audit_actions"
A = AuditAction

ACTION_WORDS: dict[AuditAction, str] = {
    A.DATABASE_CREATED: QT_TRANSLATE_NOOP("audit_actions", "Database created"),
    A.BACKUP_MADE: QT_TRANSLATE_NOOP("audit_actions", "Backup made"),
    A.DATABASE_RESTORED: QT_TRANSLATE_NOOP("audit_actions", "Database restored from a backup"),
    A.DEMO_SEEDED: QT_TRANSLATE_NOOP("audit_actions", "Demo data added"),
    A.DEMO_REQUESTS_SEEDED: QT_TRANSLATE_NOOP("audit_actions", "Demo requests added"),
    A.USER_CREATED: QT_TRANSLATE_NOOP("audit_actions", "Staff profile created"),
    A.USER_ROLE_LINKED: QT_TRANSLATE_NOOP("audit_actions", "Database role linked to a user"),
    A.HOLIDAY_ADDED: QT_TRANSLATE_NOOP("audit_actions", "Holiday added"),
    A.HOLIDAY_REMOVED: QT_TRANSLATE_NOOP("audit_actions", "Holiday removed"),
    A.SETTINGS_LETTERHEAD_CHANGED: QT_TRANSLATE_NOOP("audit_actions", "Letterhead changed"),
    A.SETTINGS_INTERNAL_TARGET_CHANGED: QT_TRANSLATE_NOOP(
        "audit_actions", "Internal answer target changed"
    ),
    A.SETTINGS_SHOP_CHANGED: QT_TRANSLATE_NOOP("audit_actions", "Shop settings changed"),
    A.SETTINGS_MAIL_DOMAINS_CHANGED: QT_TRANSLATE_NOOP(
        "audit_actions", "The shop's e-mail domains changed"
    ),
    A.SETTINGS_MAIL_CHANGED: QT_TRANSLATE_NOOP("audit_actions", "Mailbox settings changed"),
    A.RETENTION_RULE_CHANGED: QT_TRANSLATE_NOOP("audit_actions", "Retention period changed"),
    A.RETENTION_SWEPT: QT_TRANSLATE_NOOP("audit_actions", "Retention sweep run"),
    A.RETENTION_BATCH_SWEPT: QT_TRANSLATE_NOOP("audit_actions", "Retention sweep batch run"),
    A.ROPA_CHANGED: QT_TRANSLATE_NOOP("audit_actions", "Records of processing changed"),
    A.INSPECTION_PACK_MADE: QT_TRANSLATE_NOOP("audit_actions", "Inspection pack made"),
    A.SHOP_IMPORTED: QT_TRANSLATE_NOOP("audit_actions", "Shop data imported"),
    A.MAIL_FETCHED: QT_TRANSLATE_NOOP("audit_actions", "Mail fetched from the mailbox"),
    A.MAIL_SET_ASIDE: QT_TRANSLATE_NOOP("audit_actions", "Fetched message set aside"),
    A.ACCESS_LOG_IMPORTED: QT_TRANSLATE_NOOP("audit_actions", "Access log imported"),
    A.VISITS_LOOKED_UP: QT_TRANSLATE_NOOP("audit_actions", "Visits looked up"),
    A.REQUEST_OPENED: QT_TRANSLATE_NOOP("audit_actions", "Request registered"),
    A.REQUEST_TRANSITION: QT_TRANSLATE_NOOP("audit_actions", "Request status changed"),
    A.REQUEST_EXTENDED: QT_TRANSLATE_NOOP("audit_actions", "Request deadline extended"),
    A.REQUEST_NOTE: QT_TRANSLATE_NOOP("audit_actions", "Request note added"),
    A.REQUEST_ATTACHMENT_READ: QT_TRANSLATE_NOOP("audit_actions", "Request attachment opened"),
    A.REQUEST_CUSTOMER_LINKED: QT_TRANSLATE_NOOP("audit_actions", "Request linked to a customer"),
    A.REQUEST_ASSIGNED: QT_TRANSLATE_NOOP("audit_actions", "Request assigned"),
    A.CUSTOMER_VIEWED: QT_TRANSLATE_NOOP("audit_actions", "Customer data viewed"),
    A.CUSTOMER_RECTIFIED: QT_TRANSLATE_NOOP("audit_actions", "Customer data corrected"),
    A.CUSTOMER_RESTRICTED: QT_TRANSLATE_NOOP("audit_actions", "Processing restricted"),
    A.CUSTOMER_RESTRICTION_LIFTED: QT_TRANSLATE_NOOP("audit_actions", "Restriction lifted"),
    A.CUSTOMER_MARKETING_OBJECTION: QT_TRANSLATE_NOOP(
        "audit_actions", "Objection to marketing recorded"
    ),
    A.CUSTOMER_UNSUBSCRIBED: QT_TRANSLATE_NOOP("audit_actions", "Newsletter unsubscribed"),
    A.CUSTOMER_CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP("audit_actions", "Consent withdrawn"),
    A.CUSTOMER_LEGAL_HOLD_RELEASED: QT_TRANSLATE_NOOP("audit_actions", "Legal hold released"),
    A.PARTNER_TOLD: QT_TRANSLATE_NOOP("audit_actions", "Partner told of a change"),
    A.CUSTOMER_ERASED: QT_TRANSLATE_NOOP("audit_actions", "Customer data erased"),
    A.EXPORT_CREATED: QT_TRANSLATE_NOOP("audit_actions", "Data export created"),
    A.EXPORT_HANDED_OVER: QT_TRANSLATE_NOOP("audit_actions", "Export package handed over"),
    A.LETTER_PRODUCED: QT_TRANSLATE_NOOP("audit_actions", "Letter produced"),
    A.LETTER_EMAILED: QT_TRANSLATE_NOOP("audit_actions", "Letter sent by e-mail"),
    A.LETTER_PRODUCED_UNARCHIVED: QT_TRANSLATE_NOOP(
        "audit_actions", "Letter produced (not archived)"
    ),
    A.LETTER_REOPENED: QT_TRANSLATE_NOOP("audit_actions", "Archived letter opened"),
    A.BREACH_OPENED: QT_TRANSLATE_NOOP("audit_actions", "Breach registered"),
    A.BREACH_UPDATED: QT_TRANSLATE_NOOP("audit_actions", "Breach facts changed"),
    A.BREACH_ASSESSED: QT_TRANSLATE_NOOP("audit_actions", "Breach risk assessed"),
    A.BREACH_DECIDED: QT_TRANSLATE_NOOP("audit_actions", "Breach notification decided"),
    A.BREACH_AFFECTED: QT_TRANSLATE_NOOP("audit_actions", "Affected people chosen"),
    A.BREACH_SIGNED_OFF: QT_TRANSLATE_NOOP("audit_actions", "Breach decision signed off"),
    A.BREACH_SIGNOFF_VOIDED: QT_TRANSLATE_NOOP("audit_actions", "Breach sign-off voided"),
    A.BREACH_LETTERS: QT_TRANSLATE_NOOP("audit_actions", "Breach letters produced"),
    A.BREACH_LETTER_EMAILED: QT_TRANSLATE_NOOP("audit_actions", "Breach letter sent by e-mail"),
    A.BREACH_NOTICE_PREPARED: QT_TRANSLATE_NOOP("audit_actions", "Notice to DVI prepared"),
    A.BREACH_DVI_NOTIFIED: QT_TRANSLATE_NOOP("audit_actions", "DVI notification recorded"),
    A.BREACH_AWARENESS_CORRECTED: QT_TRANSLATE_NOOP(
        "audit_actions", "Breach awareness time corrected"
    ),
    A.BREACH_VOIDED: QT_TRANSLATE_NOOP("audit_actions", "Breach voided"),
}


def action_words(code: str, translate: Callable[[str, str], str] | None = None) -> str:
    """The action in words (translated when ``translate(context, text)`` is given)."""
    try:
        source = ACTION_WORDS[AuditAction(code)]
    except (ValueError, KeyError):
        return code
    return translate(CONTEXT, source) if translate else source


# What each kind of subject is called ("customer 42" reads "klients 42" in Latvian).
SUBJECT_WORDS: dict[str, str] = {
    "breach": QT_TRANSLATE_NOOP("audit_actions", "breach"),
    "customer": QT_TRANSLATE_NOOP("audit_actions", "customer"),
    "database": QT_TRANSLATE_NOOP("audit_actions", "database"),
    "holiday": QT_TRANSLATE_NOOP("audit_actions", "holiday"),
    "letter": QT_TRANSLATE_NOOP("audit_actions", "letter"),
    "newsletter": QT_TRANSLATE_NOOP("audit_actions", "newsletter"),
    "request": QT_TRANSLATE_NOOP("audit_actions", "request"),
    "retention_rule": QT_TRANSLATE_NOOP("audit_actions", "retention rule"),
    "settings": QT_TRANSLATE_NOOP("audit_actions", "settings"),
    "shop": QT_TRANSLATE_NOOP("audit_actions", "shop"),
    "user": QT_TRANSLATE_NOOP("audit_actions", "user"),
    "visits": QT_TRANSLATE_NOOP("audit_actions", "visits"),
}
Translate = Callable[[str, str], str]


def subject_words(subject: str, translate: Translate) -> str:
    """ "customer 42" in words: the kind translated; a retention rule by its title."""
    kind, _, ident = subject.partition(" ")
    source = SUBJECT_WORDS.get(kind)
    if source is None:
        return subject
    title = RULE_TITLES.get(ident) if kind == "retention_rule" else None
    if title is not None:
        ident = f"«{translate(RETENTION_CONTEXT, title)}»"
    return f"{translate(CONTEXT, source)} {ident}".strip()


def subject_code(typed: str, translate: Translate) -> str:
    """What the user typed in the subject filter, with a translated kind ("klients 42")
    turned back into the log's own ("customer 42")."""
    text = typed.strip()
    folded = text.casefold()
    for code, source in SUBJECT_WORDS.items():
        for word in (translate(CONTEXT, source), source):
            if folded == word.casefold() or folded.startswith(word.casefold() + " "):
                return code + text[len(word) :]
    return text
