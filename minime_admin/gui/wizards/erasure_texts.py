"""What the erasure plan's codes mean, in the UI's language and in plain words.

The service speaks in stable codes (Action, Reason); these are the sentences a worker reads
before erasing, and that explain to them why something stays.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from minime_admin.domain.erasure import Action, Decision, Reason
from minime_admin.gui.customers.labels import format_date, legal_basis_label

CONTEXT = "ErasureTexts"

ACTIONS: dict[Action, str] = {
    Action.ERASE: QT_TRANSLATE_NOOP("ErasureTexts", "Erase"),
    Action.ANONYMISE: QT_TRANSLATE_NOOP(
        "ErasureTexts", "Anonymise (keep, cut loose from the person)"
    ),
    Action.RETAIN: QT_TRANSLATE_NOOP("ErasureTexts", "Retain"),
}

REASON_TITLES: dict[Reason, str] = {
    Reason.ACCOUNTING: QT_TRANSLATE_NOOP("ErasureTexts", "Accounting law"),
    Reason.LEGAL_HOLD: QT_TRANSLATE_NOOP("ErasureTexts", "Legal hold"),
    Reason.RELEASED_HOLD: QT_TRANSLATE_NOOP("ErasureTexts", "Released legal hold"),
    Reason.OPEN_ORDER: QT_TRANSLATE_NOOP("ErasureTexts", "Open order"),
    Reason.CONSENT_EVIDENCE: QT_TRANSLATE_NOOP("ErasureTexts", "Consent evidence"),
    Reason.OBJECTION: QT_TRANSLATE_NOOP("ErasureTexts", "Marketing objection"),
    Reason.ACCOUNTABILITY: QT_TRANSLATE_NOOP("ErasureTexts", "Accountability"),
    Reason.STUB: QT_TRANSLATE_NOOP("ErasureTexts", "Anonymous stub"),
}

REASON_SENTENCES: dict[Reason, str] = {
    Reason.ACCOUNTING: QT_TRANSLATE_NOOP(
        "ErasureTexts",
        "Latvian accounting law makes the shop keep its accounting documents (GDPR "
        "Art. 17(3)(b)): invoices stay unchanged, with the buyer's name; orders stay without "
        "the delivery address.",
    ),
    Reason.LEGAL_HOLD: QT_TRANSLATE_NOOP(
        "ErasureTexts",
        "An open dispute or chargeback: the records it covers are kept for the establishment, "
        "exercise or defence of legal claims (GDPR Art. 17(3)(e)) until the hold is lifted.",
    ),
    Reason.RELEASED_HOLD: QT_TRANSLATE_NOOP(
        "ErasureTexts",
        "The record of a dispute or chargeback that has ended: kept for its retention period "
        "after the release (GDPR Art. 17(3)(e)); what it held follows its own rule.",
    ),
    Reason.OPEN_ORDER: QT_TRANSLATE_NOOP(
        "ErasureTexts",
        "The order is still being delivered or paid: the contract is not yet performed. Erase "
        "it when it is completed.",
    ),
    Reason.CONSENT_EVIDENCE: QT_TRANSLATE_NOOP(
        "ErasureTexts",
        "Proof that consent was given or withdrawn (GDPR Art. 7(1)): kept with the e-mail "
        "address replaced by a salted hash.",
    ),
    Reason.OBJECTION: QT_TRANSLATE_NOOP(
        "ErasureTexts",
        "The objection to direct marketing is kept so that it is still honoured (GDPR "
        "Art. 21(3)); it no longer names the person.",
    ),
    Reason.ACCOUNTABILITY: QT_TRANSLATE_NOOP(
        "ErasureTexts",
        "The record of which partners received the data (GDPR Art. 5(2), 19): kept without "
        "personal data, so the shop can show whom it informed.",
    ),
    Reason.STUB: QT_TRANSLATE_NOOP(
        "ErasureTexts",
        "The customer record becomes an anonymous stub that the kept records point to: no "
        "name, e-mail or phone remains.",
    ),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def action_label(action: Action) -> str:
    return tr(ACTIONS[action])


def reason_title(reason: Reason | None) -> str:
    return tr(REASON_TITLES[reason]) if reason else ""


def until_text(until: date | None) -> str:
    if until is None:
        return QCoreApplication.translate("ErasureTexts", "while the reason lasts")
    return format_date(until)


def until_phrase(until: date | None) -> str:
    """ "until 31.12.2031", or "while the reason lasts" where no date applies."""
    if until is None:
        return until_text(None)
    return QCoreApplication.translate("ErasureTexts", "until {date}").format(
        date=format_date(until)
    )


def explanation(decision: Decision, untils: list[date | None] | None = None) -> str:
    """The reason in plain words, its legal basis and until when the record stays (one
    reason may keep records until several dates: ``untils`` lists them all)."""
    if decision.reason is None:
        return ""
    basis = legal_basis_label(decision.basis.value) if decision.basis else ""
    dates = untils if untils is not None else [decision.until]
    sentence = QCoreApplication.translate(
        "ErasureTexts", "{reason} Legal basis: {basis}. Kept until: {until}."
    )
    return sentence.format(
        reason=tr(REASON_SENTENCES[decision.reason]),
        basis=basis,
        until=", ".join(until_text(day) for day in dates),
    )
