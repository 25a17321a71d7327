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


_C = "categories"
CATEGORIES: tuple[CategoryInfo, ...] = (
    CategoryInfo(
        DataCategory.PROFILE, QT_TRANSLATE_NOOP(_C, "Profile"),
        QT_TRANSLATE_NOOP(_C, "Given by the customer: account, checkout and forms"),
        QT_TRANSLATE_NOOP(_C, "Customer support, orders and notifications"),
        LegalBasis.CONTRACT, "customer_profile",
    ),
    CategoryInfo(
        DataCategory.ADDRESS, QT_TRANSLATE_NOOP(_C, "Addresses"),
        QT_TRANSLATE_NOOP(_C, "Given by the customer at checkout or in the profile"),
        QT_TRANSLATE_NOOP(_C, "Delivery and invoicing"),
        LegalBasis.CONTRACT, "customer_profile",
    ),
    CategoryInfo(
        DataCategory.ACCOUNT, QT_TRANSLATE_NOOP(_C, "Account"),
        QT_TRANSLATE_NOOP(_C, "Created by the customer on the website"),
        QT_TRANSLATE_NOOP(_C, "Signing in, order history, saved details"),
        LegalBasis.CONTRACT, "inactive_account",
    ),
    CategoryInfo(
        DataCategory.ORDER, QT_TRANSLATE_NOOP(_C, "Orders"),
        QT_TRANSLATE_NOOP(_C, "Purchases in the web shop"),
        QT_TRANSLATE_NOOP(_C, "Selling and delivering goods; accounting records"),
        LegalBasis.CONTRACT, "accounting_document",
    ),
    CategoryInfo(
        DataCategory.INVOICE, QT_TRANSLATE_NOOP(_C, "Invoices"),
        QT_TRANSLATE_NOOP(_C, "Issued by the shop for purchases"),
        QT_TRANSLATE_NOOP(_C, "Accounting, as Latvian accounting law requires"),
        LegalBasis.LEGAL_OBLIGATION, "accounting_document",
    ),
    CategoryInfo(
        DataCategory.PAYMENT, QT_TRANSLATE_NOOP(_C, "Payments"),
        QT_TRANSLATE_NOOP(_C, "The payment provider, at checkout"),
        QT_TRANSLATE_NOOP(_C, "Taking payment; deleted when the purchase completes"),
        LegalBasis.CONTRACT, "payment_transaction",
    ),
    CategoryInfo(
        DataCategory.NEWSLETTER, QT_TRANSLATE_NOOP(_C, "Newsletter"),
        QT_TRANSLATE_NOOP(_C, "The customer's sign-up on the website"),
        QT_TRANSLATE_NOOP(_C, "Sending the newsletter"),
        LegalBasis.CONSENT, "newsletter_subscription",
    ),
    CategoryInfo(
        DataCategory.CONSENT, QT_TRANSLATE_NOOP(_C, "Consents"),
        QT_TRANSLATE_NOOP(_C, "Recorded when consent was given or withdrawn"),
        QT_TRANSLATE_NOOP(_C, "Proving consent (GDPR Art. 7(1))"),
        LegalBasis.LEGAL_OBLIGATION, "consent_evidence",
    ),
    CategoryInfo(
        DataCategory.MARKETING_OBJECTION, QT_TRANSLATE_NOOP(_C, "Marketing objections"),
        QT_TRANSLATE_NOOP(_C, "The customer's objection"),
        QT_TRANSLATE_NOOP(_C, "Keeping the customer out of direct marketing (Art. 21(3))"),
        LegalBasis.LEGITIMATE_INTERESTS, "marketing_objection",
    ),
    CategoryInfo(
        DataCategory.COOKIE_CONSENT, QT_TRANSLATE_NOOP(_C, "Cookie choices"),
        QT_TRANSLATE_NOOP(_C, "The cookie banner on the website"),
        QT_TRANSLATE_NOOP(_C, "Honouring and proving the cookie choice"),
        LegalBasis.LEGAL_OBLIGATION, "cookie_consent",
    ),
    CategoryInfo(
        DataCategory.REVIEW, QT_TRANSLATE_NOOP(_C, "Reviews"),
        QT_TRANSLATE_NOOP(_C, "Published by the customer on the website"),
        QT_TRANSLATE_NOOP(_C, "Showing product reviews"),
        LegalBasis.CONSENT, "published_content",
    ),
    CategoryInfo(
        DataCategory.VISIT, QT_TRANSLATE_NOOP(_C, "Website visits"),
        QT_TRANSLATE_NOOP(_C, "Collected automatically by the website"),
        QT_TRANSLATE_NOOP(_C, "Security and improving the website"),
        LegalBasis.LEGITIMATE_INTERESTS, "visit_record",
    ),
    CategoryInfo(
        DataCategory.DISCLOSURE, QT_TRANSLATE_NOOP(_C, "Disclosures to partners"),
        QT_TRANSLATE_NOOP(_C, "Recorded by the shop when data was passed on"),
        QT_TRANSLATE_NOOP(_C, "Knowing whom to inform (Art. 19) and answering requests"),
        LegalBasis.LEGAL_OBLIGATION, "disclosure_record",
    ),
    CategoryInfo(
        DataCategory.RESTRICTION, QT_TRANSLATE_NOOP(_C, "Restrictions"),
        QT_TRANSLATE_NOOP(_C, "The customer's request (Art. 18)"),
        QT_TRANSLATE_NOOP(_C, "Keeping the data stored only, used for nothing else"),
        LegalBasis.LEGAL_OBLIGATION, "restriction_record",
    ),
    CategoryInfo(
        DataCategory.LEGAL_HOLD, QT_TRANSLATE_NOOP(_C, "Legal holds"),
        QT_TRANSLATE_NOOP(_C, "Recorded by the shop: disputes, chargebacks, authorities"),
        QT_TRANSLATE_NOOP(_C, "Establishing or defending legal claims (Art. 17(3)(e))"),
        LegalBasis.LEGITIMATE_INTERESTS, "legal_hold",
    ),
)  # fmt: skip

BY_CATEGORY: dict[DataCategory, CategoryInfo] = {info.category: info for info in CATEGORIES}

LEGAL_BASIS_LABELS: dict[LegalBasis, str] = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP(_C, "Consent (Art. 6(1)(a))"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP(_C, "Contract (Art. 6(1)(b))"),
    LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP(_C, "Legal obligation (Art. 6(1)(c))"),
    LegalBasis.PUBLIC_INTEREST: QT_TRANSLATE_NOOP(_C, "Public interest (Art. 6(1)(e))"),
    LegalBasis.LEGITIMATE_INTERESTS: QT_TRANSLATE_NOOP(_C, "Legitimate interests (Art. 6(1)(f))"),
}
