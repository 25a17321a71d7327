"""What the Latvian (and English) UI calls each retention rule, the event its period runs
from, and its legal reference: English sources marked for translation (context
"retention"), so a Latvian screen never shows `payment_transaction` or "GDPR Art. 7(1)".

The references are looked up by their exact English text (tests/test_breach_rules.py checks
that every default rule's reference has an entry); a reference changed without its entry
here falls back to the English text rather than to a wrong translation.
"""

from __future__ import annotations

from minime_admin.domain.retention import Trigger
from minime_admin.errors import QT_TRANSLATE_NOOP

CONTEXT = "retention"

RULE_TITLES: dict[str, str] = {
    "payment_transaction": QT_TRANSLATE_NOOP("retention", "Payment transaction data"),
    "accounting_document": QT_TRANSLATE_NOOP("retention", "Accounting documents"),
    "customer_profile": QT_TRANSLATE_NOOP("retention", "Customer profile"),
    "inactive_account": QT_TRANSLATE_NOOP("retention", "Inactive account"),
    "consent_evidence": QT_TRANSLATE_NOOP("retention", "Consent evidence"),
    "newsletter_subscription": QT_TRANSLATE_NOOP("retention", "Newsletter subscription"),
    "marketing_objection": QT_TRANSLATE_NOOP("retention", "Objection to direct marketing"),
    "cookie_consent": QT_TRANSLATE_NOOP("retention", "Cookie choice"),
    "published_content": QT_TRANSLATE_NOOP("retention", "Published reviews"),
    "visit_record": QT_TRANSLATE_NOOP("retention", "Website visit records"),
    "disclosure_record": QT_TRANSLATE_NOOP("retention", "Records of disclosures to partners"),
    "restriction_record": QT_TRANSLATE_NOOP("retention", "Restrictions of processing"),
    "request_record": QT_TRANSLATE_NOOP("retention", "Data-subject requests"),
    "breach_affected_list": QT_TRANSLATE_NOOP("retention", "Breaches: list of people affected"),
    "legal_hold": QT_TRANSLATE_NOOP("retention", "Legal holds"),
    "identity_document": QT_TRANSLATE_NOOP("retention", "Identity documents sent with a request"),
    "request_letter": QT_TRANSLATE_NOOP("retention", "Letters answering a request"),
}

TRIGGERS: dict[Trigger, str] = {
    Trigger.COLLECTED: QT_TRANSLATE_NOOP("retention", "collection"),
    Trigger.PURCHASE_COMPLETED: QT_TRANSLATE_NOOP("retention", "completion of the purchase"),
    Trigger.FINANCIAL_YEAR_END: QT_TRANSLATE_NOOP("retention", "end of the financial year"),
    Trigger.LAST_ACTIVITY: QT_TRANSLATE_NOOP("retention", "last activity"),
    Trigger.WITHDRAWN: QT_TRANSLATE_NOOP("retention", "withdrawal"),
    Trigger.LIFTED: QT_TRANSLATE_NOOP("retention", "lifting"),
    Trigger.CLOSED: QT_TRANSLATE_NOOP("retention", "closing of the request"),
    Trigger.IDENTITY_SETTLED: QT_TRANSLATE_NOOP(
        "retention", "confirmation or refusal of the requester's identity"
    ),
    Trigger.NEVER: QT_TRANSLATE_NOOP("retention", "kept while the reason lasts"),
}

REFERENCES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "retention",
        "GDPR Art. 12(6), 5(1)(c): files sent with a request (copies of ID documents) only "
        "until the requester's identity is confirmed or refused",
    ),
    QT_TRANSLATE_NOOP(
        "retention",
        "GDPR Art. 5(2): the letters that answered a request are kept with the request's "
        "record, five years after closing",
    ),
    QT_TRANSLATE_NOOP(
        "retention",
        "SIA Mini Me privacy policy, 'Payments': transaction data only until the purchase "
        "completes (PCI DSS)",
    ),
    QT_TRANSLATE_NOOP(
        "retention",
        "Latvian Accounting Law (Grāmatvedības likums): source documents kept after the "
        "financial year, then the invoices are deleted and the orders cut loose from the "
        "person; GDPR Art. 17(3)(b)",
    ),
    QT_TRANSLATE_NOOP(
        "retention", "SIA Mini Me privacy policy: kept while contracts and disputes need it"
    ),
    QT_TRANSLATE_NOOP("retention", "Account unused for three years is closed and deleted"),
    QT_TRANSLATE_NOOP(
        "retention",
        "GDPR Art. 7(1): the shop must be able to prove consent; kept three years after withdrawal",
    ),
    QT_TRANSLATE_NOOP(
        "retention", "SIA Mini Me privacy policy, 'Newsletters': opt-out at any time"
    ),
    QT_TRANSLATE_NOOP("retention", "GDPR Art. 21(3): kept so that the objection can be honoured"),
    QT_TRANSLATE_NOOP("retention", "Proof of the cookie choice; asked again after a year"),
    QT_TRANSLATE_NOOP("retention", "SIA Mini Me privacy policy: published content, until removed"),
    QT_TRANSLATE_NOOP(
        "retention",
        "SIA Mini Me privacy policy, 'Automatic collection'; aggregates kept only in "
        "non-identifying form",
    ),
    QT_TRANSLATE_NOOP(
        "retention", "GDPR Art. 5(2), 19, 30: record of recipients, kept to answer and inform"
    ),
    QT_TRANSLATE_NOOP("retention", "GDPR Art. 18: kept while in force and three years after"),
    QT_TRANSLATE_NOOP(
        "retention",
        "GDPR Art. 5(2): proof that each request was answered; after five years the "
        "requester's identifiers are replaced by a salted hash",
    ),
    QT_TRANSLATE_NOOP(
        "retention",
        "GDPR Art. 33(5): the breach stays documented; after five years the list of the "
        "individual customers affected goes (their number stays)",
    ),
    QT_TRANSLATE_NOOP(
        "retention", "GDPR Art. 17(3)(e): establishment, exercise or defence of legal claims"
    ),
)

# What the records of each swept table are, for the retention view's "Records" column.
TABLES: dict[str, str] = {
    "payment_transactions": QT_TRANSLATE_NOOP("retention", "payment transactions"),
    "visit_records": QT_TRANSLATE_NOOP("retention", "website visits"),
    "cookie_consents": QT_TRANSLATE_NOOP("retention", "cookie choices"),
    "newsletter_subscriptions": QT_TRANSLATE_NOOP("retention", "newsletter subscriptions"),
    "consent_events": QT_TRANSLATE_NOOP("retention", "consent records"),
    "accounts": QT_TRANSLATE_NOOP("retention", "accounts"),
    "disclosures": QT_TRANSLATE_NOOP("retention", "disclosures to partners"),
    "restrictions": QT_TRANSLATE_NOOP("retention", "restrictions"),
    "legal_holds": QT_TRANSLATE_NOOP("retention", "legal holds"),
    "requests": QT_TRANSLATE_NOOP("retention", "requests"),
    "request_attachments": QT_TRANSLATE_NOOP("retention", "files sent with requests"),
    "letters": QT_TRANSLATE_NOOP("retention", "letters"),
    "orders": QT_TRANSLATE_NOOP("retention", "orders"),
    "customers": QT_TRANSLATE_NOOP("retention", "customers"),
    "breaches": QT_TRANSLATE_NOOP("retention", "breach lists of people affected"),
}
