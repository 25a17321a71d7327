"""What an erasure does to each record: erase, anonymise (keep, cut loose from the person)
or retain (with the reason, the legal basis and until when). Pure rules; services feed them
plain facts about the records and carry the plan out.

Erasure goes as far as the law allows and no less: a legal hold (an open dispute or
chargeback, Art. 17(3)(e)) retains what it covers; an invoice that accounting law requires
be kept unchanged is retained; an open order is still being performed; everything else goes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from minime_admin.domain.categories import DataCategory, LegalBasis
from minime_admin.domain.recognition import identity_hash as identity_hash  # re-exported
from minime_admin.domain.retention import RULES_BY_KEY, RetentionRule
from minime_admin.domain.text import fold, normalise_phone

Rules = dict[str, RetentionRule]


class Action(StrEnum):
    ERASE = "erase"
    ANONYMISE = "anonymise"
    RETAIN = "retain"


class Reason(StrEnum):
    ACCOUNTING = "accounting_law"  # Latvian accounting law; GDPR Art. 17(3)(b)
    LEGAL_HOLD = "legal_hold"  # Art. 17(3)(e)
    RELEASED_HOLD = "released_hold"  # the record of a hold now released, for its own period
    OPEN_ORDER = "open_order"  # contract still being performed
    CONSENT_EVIDENCE = "consent_evidence"  # Art. 7(1), 5(2): proof, kept as a hash
    OBJECTION = "marketing_objection"  # kept so the objection is honoured (Art. 21(3))
    ACCOUNTABILITY = "accountability"  # Art. 5(2): record of a disclosure, no personal data
    STUB = "anonymous_stub"  # what retained records point to


BASIS = {
    Reason.ACCOUNTING: LegalBasis.LEGAL_OBLIGATION,
    Reason.LEGAL_HOLD: LegalBasis.LEGITIMATE_INTERESTS,
    Reason.RELEASED_HOLD: LegalBasis.LEGITIMATE_INTERESTS,
    Reason.OPEN_ORDER: LegalBasis.CONTRACT,
    Reason.CONSENT_EVIDENCE: LegalBasis.LEGAL_OBLIGATION,
    Reason.OBJECTION: LegalBasis.LEGITIMATE_INTERESTS,
    Reason.ACCOUNTABILITY: LegalBasis.LEGAL_OBLIGATION,
    Reason.STUB: LegalBasis.LEGAL_OBLIGATION,
}

OPEN_ORDER_STATUSES = frozenset({"pending"})
INVOICED_STATUSES = frozenset({"completed", "refunded"})


@dataclass(frozen=True)
class Decision:
    action: Action
    reason: Reason | None = None
    until: date | None = None

    @property
    def basis(self) -> LegalBasis | None:
        return BASIS[self.reason] if self.reason else None


ERASE = Decision(Action.ERASE)


def for_order(
    status: str, placed_on: date, held: bool, today: date, rules: Rules = RULES_BY_KEY
) -> Decision:
    """An order (with its items); payments and invoices follow from it."""
    if held:
        return Decision(Action.RETAIN, Reason.LEGAL_HOLD)
    if status in OPEN_ORDER_STATUSES:
        return Decision(Action.RETAIN, Reason.OPEN_ORDER)
    if status in INVOICED_STATUSES:
        until = rules["accounting_document"].kept_until(placed_on)
        if until is not None and until >= today:
            return Decision(Action.ANONYMISE, Reason.ACCOUNTING, until)
    return ERASE


def for_invoice(issued_on: date, held: bool, today: date, rules: Rules = RULES_BY_KEY) -> Decision:
    """Kept unchanged while accounting law requires: the buyer's name stays on it."""
    if held:
        return Decision(Action.RETAIN, Reason.LEGAL_HOLD)
    until = rules["accounting_document"].kept_until(issued_on)
    if until is not None and until >= today:
        return Decision(Action.RETAIN, Reason.ACCOUNTING, until)
    return ERASE


def for_payment(order_status: str, held: bool) -> Decision:
    if held:
        return Decision(Action.RETAIN, Reason.LEGAL_HOLD)
    if order_status in OPEN_ORDER_STATUSES:
        return Decision(Action.RETAIN, Reason.OPEN_ORDER)
    return ERASE  # the policy: transaction data goes once the purchase completes


def for_consent_event(
    withdrawn_on: date | None, today: date, rules: Rules = RULES_BY_KEY
) -> Decision:
    """Proof of consent is kept (as a hash of the identifier) for its retention period."""
    until = rules["consent_evidence"].kept_until(withdrawn_on or today)
    if until is not None and until >= today:
        return Decision(Action.ANONYMISE, Reason.CONSENT_EVIDENCE, until)
    return ERASE


def for_category(category: DataCategory, held_profile: bool) -> Decision:
    """Records with no further facts to weigh."""
    if category in (DataCategory.PROFILE, DataCategory.ADDRESS) and held_profile:
        return Decision(Action.RETAIN, Reason.LEGAL_HOLD)
    if category is DataCategory.PROFILE:
        return Decision(Action.ANONYMISE, Reason.STUB)
    if category is DataCategory.MARKETING_OBJECTION:
        return Decision(Action.ANONYMISE, Reason.OBJECTION)
    if category is DataCategory.DISCLOSURE:
        return Decision(Action.ANONYMISE, Reason.ACCOUNTABILITY)
    if category is DataCategory.LEGAL_HOLD:
        return Decision(Action.RETAIN, Reason.LEGAL_HOLD)
    return ERASE


def for_legal_hold(released_on: date | None, today: date, rules: Rules = RULES_BY_KEY) -> Decision:
    """A hold in force keeps itself (and what it covers); once released, its record follows
    the legal_hold rule (kept for a while after the release, then erased)."""
    if released_on is None:
        return Decision(Action.RETAIN, Reason.LEGAL_HOLD)
    until = rules["legal_hold"].kept_until(released_on)
    if until is not None and until >= today:
        return Decision(Action.RETAIN, Reason.RELEASED_HOLD, until)
    return ERASE


_PHONE_SEPARATORS = re.compile(r"[\s\-.()/+]")


def phone_tail(phone: str | None) -> str | None:
    """The last 8 digits of a phone number (a Latvian number without its country code), by
    which a text names it however it is written; None when there are fewer digits."""
    number = normalise_phone(phone or "")
    return number[-8:] if len(number) >= 8 else None


def names_person(text: str | None, email: str | None, tail: str | None) -> bool:
    """Does ``text`` quote this e-mail (as a whole address, any case) or this phone (its
    last 8 digits, however spaced)? What makes an erasure scrub a request or an audit note."""
    if not text:
        return False
    if email:
        whole = rf"(?<![\w.+-]){re.escape(fold(email.strip()))}(?![\w-]|\.\w)"
        if re.search(whole, fold(text)):
            return True
    return tail is not None and tail in _PHONE_SEPARATORS.sub("", text)
