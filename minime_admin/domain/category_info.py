"""What the customer page says about each category of data: where it comes from, why the
shop may hold it, which retention rule governs it. Texts are English sources marked for
translation (context "categories"); the GUI and letters translate them.
"""

from __future__ import annotations

from dataclasses import dataclass

from minime_admin.domain.categories import DataCategory, LegalBasis
from minime_admin.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class CategoryInfo:
    category: DataCategory
    title: str
    source: str
    purpose: str
    legal_basis: LegalBasis
    retention_rule: str


CATEGORIES: tuple[CategoryInfo, ...] = (
    CategoryInfo(
        DataCategory.PROFILE, QT_TRANSLATE_NOOP("categories", "Profile"),
        QT_TRANSLATE_NOOP("categories", "Given by the customer: account, checkout and forms"),
        QT_TRANSLATE_NOOP("categories", "Customer support, orders and notifications"),
        LegalBasis.CONTRACT, "customer_profile",
    ),
    CategoryInfo(
        DataCategory.ADDRESS, QT_TRANSLATE_NOOP("categories", "Addresses"),
        QT_TRANSLATE_NOOP("categories", "Given by the customer at checkout or in the profile"),
        QT_TRANSLATE_NOOP("categories", "Delivery and invoicing"),
        LegalBasis.CONTRACT, "customer_profile",
    ),
    CategoryInfo(
        DataCategory.ACCOUNT, QT_TRANSLATE_NOOP("categories", "Account"),
        QT_TRANSLATE_NOOP("categories", "Created by the customer on the website"),
        QT_TRANSLATE_NOOP("categories", "Signing in, order history, saved details"),
        LegalBasis.CONTRACT, "inactive_account",
    ),
    CategoryInfo(
        DataCategory.ORDER, QT_TRANSLATE_NOOP("categories", "Orders"),
        QT_TRANSLATE_NOOP("categories", "Purchases in the web shop"),
        QT_TRANSLATE_NOOP("categories", "Selling and delivering goods; accounting records"),
        LegalBasis.CONTRACT, "accounting_document",
    ),
    CategoryInfo(
        DataCategory.INVOICE, QT_TRANSLATE_NOOP("categories", "Invoices"),
        QT_TRANSLATE_NOOP("categories", "Issued by the shop for purchases"),
        QT_TRANSLATE_NOOP("categories", "Accounting, as Latvian accounting law requires"),
        LegalBasis.LEGAL_OBLIGATION, "accounting_document",
    ),
    CategoryInfo(
        DataCategory.PAYMENT, QT_TRANSLATE_NOOP("categories", "Payments"),
        QT_TRANSLATE_NOOP("categories", "The payment provider, at checkout"),
        QT_TRANSLATE_NOOP("categories", "Taking payment; deleted when the purchase completes"),
        LegalBasis.CONTRACT, "payment_transaction",
    ),
    CategoryInfo(
        DataCategory.NEWSLETTER, QT_TRANSLATE_NOOP("categories", "Newsletter"),
        QT_TRANSLATE_NOOP("categories", "The customer's sign-up on the website"),
        QT_TRANSLATE_NOOP("categories", "Sending the newsletter"),
        LegalBasis.CONSENT, "newsletter_subscription",
    ),
    CategoryInfo(
        DataCategory.CONSENT, QT_TRANSLATE_NOOP("categories", "Consents"),
        QT_TRANSLATE_NOOP("categories", "Recorded when consent was given or withdrawn"),
        QT_TRANSLATE_NOOP("categories", "Proving consent (GDPR Art. 7(1))"),
        LegalBasis.LEGAL_OBLIGATION, "consent_evidence",
    ),
    CategoryInfo(
        DataCategory.MARKETING_OBJECTION, QT_TRANSLATE_NOOP("categories", "Marketing objections"),
        QT_TRANSLATE_NOOP("categories", "The customer's objection"),
        QT_TRANSLATE_NOOP(
            "categories", "Keeping the customer out of direct marketing (Art. 21(3))"
        ),
        LegalBasis.LEGITIMATE_INTERESTS, "marketing_objection",
    ),
    CategoryInfo(
        DataCategory.COOKIE_CONSENT, QT_TRANSLATE_NOOP("categories", "Cookie choices"),
        QT_TRANSLATE_NOOP("categories", "The cookie banner on the website"),
        QT_TRANSLATE_NOOP("categories", "Honouring and proving the cookie choice"),
        LegalBasis.LEGAL_OBLIGATION, "cookie_consent",
    ),
    CategoryInfo(
        DataCategory.REVIEW, QT_TRANSLATE_NOOP("categories", "Reviews"),
        QT_TRANSLATE_NOOP("categories", "Published by the customer on the website"),
        QT_TRANSLATE_NOOP("categories", "Showing product reviews"),
        LegalBasis.CONSENT, "published_content",
    ),
    CategoryInfo(
        DataCategory.VISIT, QT_TRANSLATE_NOOP("categories", "Website visits"),
        QT_TRANSLATE_NOOP("categories", "Collected automatically by the website"),
        QT_TRANSLATE_NOOP("categories", "Security and improving the website"),
        LegalBasis.LEGITIMATE_INTERESTS, "visit_record",
    ),
    CategoryInfo(
        DataCategory.DISCLOSURE, QT_TRANSLATE_NOOP("categories", "Disclosures to partners"),
        QT_TRANSLATE_NOOP("categories", "Recorded by the shop when data was passed on"),
        QT_TRANSLATE_NOOP("categories", "Knowing whom to inform (Art. 19) and answering requests"),
        LegalBasis.LEGAL_OBLIGATION, "disclosure_record",
    ),
    CategoryInfo(
        DataCategory.RESTRICTION, QT_TRANSLATE_NOOP("categories", "Restrictions"),
        QT_TRANSLATE_NOOP("categories", "The customer's request (Art. 18)"),
        QT_TRANSLATE_NOOP("categories", "Keeping the data stored only, used for nothing else"),
        LegalBasis.LEGAL_OBLIGATION, "restriction_record",
    ),
    CategoryInfo(
        DataCategory.LEGAL_HOLD, QT_TRANSLATE_NOOP("categories", "Legal holds"),
        QT_TRANSLATE_NOOP("categories", "Recorded by the shop: disputes, chargebacks, authorities"),
        QT_TRANSLATE_NOOP("categories", "Establishing or defending legal claims (Art. 17(3)(e))"),
        LegalBasis.LEGITIMATE_INTERESTS, "legal_hold",
    ),
)  # fmt: skip

BY_CATEGORY: dict[DataCategory, CategoryInfo] = {info.category: info for info in CATEGORIES}

LEGAL_BASIS_LABELS: dict[LegalBasis, str] = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("categories", "Consent (Art. 6(1)(a))"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP("categories", "Contract (Art. 6(1)(b))"),
    LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("categories", "Legal obligation (Art. 6(1)(c))"),
    LegalBasis.PUBLIC_INTEREST: QT_TRANSLATE_NOOP("categories", "Public interest (Art. 6(1)(e))"),
    LegalBasis.LEGITIMATE_INTERESTS: QT_TRANSLATE_NOOP(
        "categories", "Legitimate interests (Art. 6(1)(f))"
    ),
}
