"""The retention rule catalogue: how long each kind of record is kept, from what event, why.

These are defaults. Issue #7 makes them editable by a manager; the code that applies them
(erasure plans, the retention sweep) reads rules from here by key. Periods marked
``review=True`` are the shop's stated choices, not periods fixed by law: the office should
confirm them with its accountant or lawyer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from minime_admin.domain.categories import LegalBasis


class Trigger(StrEnum):
    """The event from which a retention period runs."""

    COLLECTED = "collected"
    PURCHASE_COMPLETED = "purchase_completed"
    FINANCIAL_YEAR_END = "financial_year_end"
    LAST_ACTIVITY = "last_activity"
    WITHDRAWN = "withdrawn"
    LIFTED = "lifted"
    CLOSED = "closed"  # a request answered, refused or withdrawn
    # A request's identity confirmed (work started or done) or refused, or the request closed
    IDENTITY_SETTLED = "identity_settled"
    NEVER = "never"  # kept while the thing it records stands (e.g. a marketing objection)


class EndAction(StrEnum):
    DELETE = "delete"
    ANONYMISE = "anonymise"  # keep the record, cut it loose from the person


@dataclass(frozen=True)
class RetentionRule:
    key: str
    months: int  # 0 = as soon as the trigger happens
    trigger: Trigger
    end_action: EndAction
    legal_basis: LegalBasis
    reference: str  # where the period comes from; shown to staff and in Art. 15 answers
    review: bool = False  # a stated default rather than a period fixed by law

    def kept_until(self, trigger_date: date | None) -> date | None:
        """The last day the record may be kept; None while the trigger has not happened."""
        if self.trigger is Trigger.NEVER or trigger_date is None:
            return None
        if self.trigger is Trigger.FINANCIAL_YEAR_END:
            trigger_date = date(trigger_date.year, 12, 31)
        return add_months(trigger_date, self.months)


def financial_year_cutoff(cutoff: date) -> date:
    """Records of a financial year (a calendar year) have outlived a rule counted from the
    year's end when that end lies before ``cutoff`` (today less the period): every record
    dated before 1 January of ``cutoff``'s year, and none after it."""
    return date(cutoff.year, 1, 1)


def add_months(start: date, months: int) -> date:
    """Same day ``months`` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(start.day, _days_in_month(year, month)))


def _days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


_POLICY = "SIA Mini Me privacy policy"

DEFAULT_RULES: tuple[RetentionRule, ...] = (
    RetentionRule(
        "payment_transaction",
        0,
        Trigger.PURCHASE_COMPLETED,
        EndAction.DELETE,
        LegalBasis.CONTRACT,
        f"{_POLICY}, 'Payments': transaction data only until the purchase completes (PCI DSS)",
    ),
    RetentionRule(
        "accounting_document",
        60,
        Trigger.FINANCIAL_YEAR_END,
        EndAction.ANONYMISE,
        LegalBasis.LEGAL_OBLIGATION,
        "Latvian Accounting Law (Grāmatvedības likums): source documents kept after the "
        "financial year, then the invoices are deleted and the orders cut loose from the "
        "person; GDPR Art. 17(3)(b)",
        review=True,
    ),
    RetentionRule(
        "customer_profile",
        36,
        Trigger.LAST_ACTIVITY,
        EndAction.DELETE,
        LegalBasis.CONTRACT,
        f"{_POLICY}: kept while contracts and disputes need it",
        review=True,
    ),
    RetentionRule(
        "inactive_account",
        36,
        Trigger.LAST_ACTIVITY,
        EndAction.DELETE,
        LegalBasis.CONTRACT,
        "Account unused for three years is closed and deleted",
        review=True,
    ),
    RetentionRule(
        "consent_evidence",
        36,
        Trigger.WITHDRAWN,
        EndAction.DELETE,
        LegalBasis.LEGAL_OBLIGATION,
        "GDPR Art. 7(1): the shop must be able to prove consent; kept three years after withdrawal",
        review=True,
    ),
    RetentionRule(
        "newsletter_subscription",
        0,
        Trigger.WITHDRAWN,
        EndAction.DELETE,
        LegalBasis.CONSENT,
        f"{_POLICY}, 'Newsletters': opt-out at any time",
    ),
    RetentionRule(
        "marketing_objection",
        0,
        Trigger.NEVER,
        EndAction.DELETE,
        LegalBasis.LEGITIMATE_INTERESTS,
        "GDPR Art. 21(3): kept so that the objection can be honoured",
    ),
    RetentionRule(
        "cookie_consent",
        13,
        Trigger.COLLECTED,
        EndAction.DELETE,
        LegalBasis.LEGAL_OBLIGATION,
        "Proof of the cookie choice; asked again after a year",
        review=True,
    ),
    RetentionRule(
        "published_content",
        0,
        Trigger.WITHDRAWN,
        EndAction.DELETE,
        LegalBasis.CONSENT,
        f"{_POLICY}: published content, until removed",
    ),
    RetentionRule(
        "visit_record",
        14,
        Trigger.COLLECTED,
        EndAction.DELETE,
        LegalBasis.LEGITIMATE_INTERESTS,
        f"{_POLICY}, 'Automatic collection'; aggregates kept only in non-identifying form",
        review=True,
    ),
    RetentionRule(
        "disclosure_record",
        60,
        Trigger.COLLECTED,
        EndAction.DELETE,
        LegalBasis.LEGAL_OBLIGATION,
        "GDPR Art. 5(2), 19, 30: record of recipients, kept to answer and inform",
        review=True,
    ),
    RetentionRule(
        "restriction_record",
        36,
        Trigger.LIFTED,
        EndAction.DELETE,
        LegalBasis.LEGAL_OBLIGATION,
        "GDPR Art. 18: kept while in force and three years after",
        review=True,
    ),
    RetentionRule(
        "request_record",
        60,
        Trigger.CLOSED,
        EndAction.ANONYMISE,
        LegalBasis.LEGAL_OBLIGATION,
        "GDPR Art. 5(2): proof that each request was answered; after five years the "
        "requester's identifiers are replaced by a salted hash",
        review=True,
    ),
    RetentionRule(
        "identity_document",
        0,
        Trigger.IDENTITY_SETTLED,
        EndAction.DELETE,
        LegalBasis.LEGAL_OBLIGATION,
        "GDPR Art. 12(6), 5(1)(c): files sent with a request (copies of ID documents) only "
        "until the requester's identity is confirmed or refused",
    ),
    RetentionRule(
        "request_letter",
        60,
        Trigger.CLOSED,
        EndAction.DELETE,
        LegalBasis.LEGAL_OBLIGATION,
        "GDPR Art. 5(2): the letters that answered a request are kept with the request's "
        "record, five years after closing",
        review=True,
    ),
    RetentionRule(
        "breach_affected_list",
        60,
        Trigger.COLLECTED,
        EndAction.DELETE,
        LegalBasis.LEGAL_OBLIGATION,
        "GDPR Art. 33(5): the breach stays documented; after five years the list of the "
        "individual customers affected goes (their number stays)",
        review=True,
    ),
    RetentionRule(
        "legal_hold",
        12,
        Trigger.LIFTED,
        EndAction.DELETE,
        LegalBasis.LEGITIMATE_INTERESTS,
        "GDPR Art. 17(3)(e): establishment, exercise or defence of legal claims",
        review=True,
    ),
)

RULES_BY_KEY: dict[str, RetentionRule] = {rule.key: rule for rule in DEFAULT_RULES}
