"""The letters an erasure ends with, made from the plan: the confirmation to the person
(LetterKind.ERASURE_DONE) and a notice to each partner who received the data (Art. 19).

Both are written in the letter's language, not the UI's, so their few sentences sit here
beside the letter catalogue's own (letters/catalogue.py has no partner notice and no
wording for the erasure reasons yet; they belong there once it does). Pure functions:
no Qt, no database.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from minime_admin.domain.categories import DataCategory
from minime_admin.domain.erasure import Action, Reason
from minime_admin.letters.catalogue import CATEGORY_TEXTS
from minime_admin.letters.dates import long_date
from minime_admin.letters.model import DocumentData, Facts, KeptItem, Letterhead
from minime_admin.services.customer_actions import Recipient
from minime_admin.services.erasure import ErasurePlan

LABELLED = (DataCategory.ORDER, DataCategory.INVOICE)  # their labels are numbers a person knows
SHOWN_LABELS = 5

KEPT_WHY: dict[str, dict[Reason, str]] = {
    "lv": {
        Reason.ACCOUNTING: "Grāmatvedības likums prasa glabāt grāmatvedības dokumentus "
        "(VDAR 17. panta 3. punkta b) apakšpunkts)",
        Reason.LEGAL_HOLD: "neatrisināts strīds vai maksājuma apstrīdējums (VDAR 17. panta "
        "3. punkta e) apakšpunkts)",
        Reason.OPEN_ORDER: "pasūtījums vēl tiek izpildīts",
        Reason.CONSENT_EVIDENCE: "piekrišanas pierādījums (VDAR 7. panta 1. punkts); e-pasta "
        "adrese aizstāta ar neatgriezenisku kodu",
        Reason.OBJECTION: "lai arī turpmāk ievērotu Jūsu iebildumu pret tiešo tirgvedību "
        "(VDAR 21. panta 3. punkts)",
        Reason.ACCOUNTABILITY: "ziņas par to, kuriem partneriem dati tika nodoti (VDAR 5. panta "
        "2. punkts un 19. pants), bez personas datiem",
    },
    "en": {
        Reason.ACCOUNTING: "Latvian accounting law requires accounting documents to be kept "
        "(GDPR Art. 17(3)(b))",
        Reason.LEGAL_HOLD: "an open dispute or chargeback (GDPR Art. 17(3)(e))",
        Reason.OPEN_ORDER: "the order is still being performed",
        Reason.CONSENT_EVIDENCE: "proof of consent (GDPR Art. 7(1)); the e-mail address is "
        "replaced by an irreversible code",
        Reason.OBJECTION: "so that your objection to direct marketing is still honoured "
        "(GDPR Art. 21(3))",
        Reason.ACCOUNTABILITY: "the record of which partners received the data (GDPR Art. 5(2) "
        "and 19), without personal data",
    },
}

NOTICE: dict[str, dict[str, str]] = {
    "lv": {
        "title": "Paziņojums par personas datu dzēšanu (VDAR 19. pants)",
        "intro": "Labdien! Saskaņā ar Vispārīgās datu aizsardzības regulas (VDAR) 17. un "
        "19. pantu informējam, ka pēc datu subjekta pieprasījuma esam dzēsuši šīs personas "
        "datus. Lūdzam dzēst arī tos šīs personas datus, ko esam Jums nodevuši, ja vien "
        "likums Jums neliek tos glabāt, un apstiprināt to, rakstot uz {email}.",
        "subject": "Datu subjekts",
        "name": "Vārds, uzvārds",
        "email": "E-pasts",
        "erasure": "Dzēšana",
        "erased_on": "Dzēsts",
        "reference": "Mūsu atsauce",
        "recipient": "Saņēmējs",
        "partner": "Partneris",
        "country": "Valsts",
        "contact": "Kontakts",
    },
    "en": {
        "title": "Notice of erasure of personal data (GDPR Art. 19)",
        "intro": "Under Articles 17 and 19 of the General Data Protection Regulation (GDPR) "
        "we inform you that, at the data subject's request, we have erased this person's "
        "data. Please erase the personal data of this person that we disclosed to you, "
        "unless the law makes you keep it, and confirm this by writing to {email}.",
        "subject": "Data subject",
        "name": "Name",
        "email": "E-mail",
        "erasure": "Erasure",
        "erased_on": "Erased on",
        "reference": "Our reference",
        "recipient": "Recipient",
        "partner": "Partner",
        "country": "Country",
        "contact": "Contact",
    },
}


@dataclass(frozen=True)
class Person:
    """Who was erased, as the notices must name them: kept in memory only, never stored."""

    name: str
    email: str | None


def erasure_facts(plan: ErasurePlan, language: str, received: date | None) -> Facts:
    """ERASURE_DONE's facts: what was erased, what is kept (why, until when), who was told."""
    names = {code: texts[0] for code, texts in CATEGORY_TEXTS[language].items()}
    erased: Counter[DataCategory] = Counter()
    kept: dict[tuple[DataCategory, Reason | None, date | None], list[str]] = {}
    counts: Counter[tuple[DataCategory, Reason | None, date | None]] = Counter()
    for group in plan.groups:
        decision = group.decision
        if decision.action is Action.ERASE or decision.reason is Reason.STUB:
            erased[group.category] += len(group.ids)  # the stub keeps nothing of the person
            continue
        key = (group.category, decision.reason, decision.until)
        kept.setdefault(key, []).extend(group.labels if group.category in LABELLED else ())
        counts[key] += len(group.ids)
    erased_lines = tuple(
        names[c.value] if c is DataCategory.PROFILE else f"{names[c.value]} ({n})"
        for c, n in sorted(erased.items(), key=lambda item: list(DataCategory).index(item[0]))
    )
    kept_items = tuple(
        KeptItem(_what(names[category.value], labels, counts[(category, reason, until)]),
                 KEPT_WHY[language][reason] if reason else "", until)
        for (category, reason, until), labels in kept.items()
    )  # fmt: skip
    return Facts(
        request_type="erasure",
        received=received,
        erased=erased_lines,
        kept=kept_items,
        partners_informed=tuple(f"{r.name} ({r.country})" for r in plan.recipients),
    )


def _what(name: str, labels: list[str], count: int) -> str:
    if not labels:
        return f"{name} ({count})"
    shown = ", ".join(labels[:SHOWN_LABELS])
    more = f" … (+{len(labels) - SHOWN_LABELS})" if len(labels) > SHOWN_LABELS else ""
    return f"{name}: {shown}{more}"


def notice_language(recipient: Recipient) -> str:
    return "lv" if recipient.country.upper() == "LV" else "en"


def partner_notice(
    recipient: Recipient,
    person: Person,
    letterhead: Letterhead,
    reference: str,
    erased_on: date,
) -> DocumentData:
    """The Art. 19 notice to one partner: who was erased and what the partner should do."""
    language = notice_language(recipient)
    text = NOTICE[language]
    return DocumentData(
        language=language,
        letterhead=letterhead,
        title=text["title"],
        reference=reference,
        date=erased_on,
        intro=text["intro"].format(email=letterhead.email),
        sections=(
            (text["subject"], ((text["name"], person.name), (text["email"], person.email or ""))),
            (
                text["erasure"],
                ((text["erased_on"], long_date(erased_on, language)),
                 (text["reference"], reference)),
            ),
            (
                text["recipient"],
                ((text["partner"], recipient.name), (text["country"], recipient.country),
                 (text["contact"], recipient.contact_email or "")),
            ),
        ),
    )  # fmt: skip


def notice_file_name(recipient: Recipient, reference: str) -> str:
    partner = "".join(ch if ch.isalnum() else "-" for ch in recipient.name.lower()).strip("-")
    return f"art19-notice-{partner}-{reference}.pdf"
