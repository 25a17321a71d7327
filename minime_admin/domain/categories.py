"""What kinds of personal data the shop holds, as its privacy policy lists them."""

from __future__ import annotations

from enum import StrEnum


class DataCategory(StrEnum):
    """One value per group the customer data page, exports and erasure plans are built from."""

    PROFILE = "profile"  # name, e-mail, phone, language
    ADDRESS = "address"
    ACCOUNT = "account"
    ORDER = "order"  # orders and their items: accounting records
    INVOICE = "invoice"  # accounting documents
    PAYMENT = "payment"  # payment transaction data (PCI DSS)
    NEWSLETTER = "newsletter"
    CONSENT = "consent"  # consent events: the evidence that consent was given or withdrawn
    MARKETING_OBJECTION = "marketing_objection"
    COOKIE_CONSENT = "cookie_consent"
    REVIEW = "review"  # published content
    VISIT = "visit"  # automatically collected visit data
    DISCLOSURE = "disclosure"  # disclosures to partners (Art. 19 recipients)
    RESTRICTION = "restriction"
    LEGAL_HOLD = "legal_hold"


class LegalBasis(StrEnum):
    """GDPR Art. 6(1) bases the privacy policy names."""

    CONSENT = "consent"  # Art. 6(1)(a)
    CONTRACT = "contract"  # Art. 6(1)(b)
    LEGAL_OBLIGATION = "legal_obligation"  # Art. 6(1)(c)
    PUBLIC_INTEREST = "public_interest"  # Art. 6(1)(e)
    LEGITIMATE_INTERESTS = "legitimate_interests"  # Art. 6(1)(f)
