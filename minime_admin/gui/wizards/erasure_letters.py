"""The letters an erasure ends with, made from the plan: the confirmation to the person
(LetterKind.ERASURE_DONE) and a notice to each partner who received the data (Art. 19).

Both are written in the letter's language, not the UI's; their sentences are in the letter
catalogue (ERASURE_KEPT_WHY, PARTNER_NOTICE). Pure functions: no Qt, no database.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from minime_admin.domain.categories import DataCategory
from minime_admin.domain.erasure import Action, Reason
from minime_admin.domain.requests import RequestType
from minime_admin.letters.catalogue import CATEGORY_TEXTS, ERASURE_KEPT_WHY, PARTNER_NOTICE
from minime_admin.letters.dates import long_date
from minime_admin.letters.model import DocumentData, Facts, KeptItem, Letterhead
from minime_admin.services.customer_actions import Recipient
from minime_admin.services.erasure import ErasurePlan

LABELLED = (DataCategory.ORDER, DataCategory.INVOICE)  # their labels are numbers a person knows
SHOWN_LABELS = 5

# Their texts live in the letter catalogue with every other letter's.
KEPT_WHY: dict[str, dict[Reason, str]] = {
    language: {Reason(key): text for key, text in texts.items()}
    for language, texts in ERASURE_KEPT_WHY.items()
}
NOTICE = PARTNER_NOTICE


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
        request_type=RequestType.ERASURE.value,
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
