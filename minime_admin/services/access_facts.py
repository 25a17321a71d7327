"""What an access answer (Art. 15) states about one customer, in the letter's language:
(a) purposes, (b) categories, (c) the actual disclosures on the register, (d) retention, and
under Art. 15(2) each transfer to a third country with its safeguard. The same facts answer a
request and an export made without one; the legal-basis answer reuses them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from minime_admin.domain.categories import DataCategory
from minime_admin.domain.category_info import BY_CATEGORY
from minime_admin.domain.shop_time import shop_day
from minime_admin.domain.transfers import recognise
from minime_admin.letters import catalogue
from minime_admin.letters.dates import before_date, long_date, until_date
from minime_admin.services.customer_page import CustomerPage
from minime_admin.services.retention_rules import Rules, current_rules
from minime_admin.store import customer_repo

# Up to this many disclosures to one partner are dated one by one; more are given as a span.
DATES_LISTED = 3


@dataclass(frozen=True)
class AccessFacts:
    purposes: tuple[str, ...]
    categories_held: tuple[str, ...]
    recipients: tuple[str, ...]  # one line per partner: when, what, third country, safeguard
    retention: tuple[str, ...]
    transfers: tuple[str, ...]  # Art. 15(2): each third-country recipient and its safeguard
    legal_bases: tuple[str, ...]  # per category: the Art. 6(1) basis (the legal-basis answer)
    partners: tuple[str, ...]  # "Omniva (EE)": every recipient, for Art. 19 lists


def access_facts(session: Session, page: CustomerPage, language: str) -> AccessFacts:
    names = catalogue.CATEGORY_TEXTS[language]
    bases = catalogue.LEGAL_BASES[language]
    in_force = current_rules(session)
    held, purposes, retention, legal_bases = [], [], [], []
    for section in page.sections:
        if not section.total:
            continue
        category = section.info.category
        name, purpose = names[category.value]
        held.append(f"{name} ({section.total})")
        purposes.append(f"{name}: {purpose}")
        retention.append(f"{name}: {retention_phrase(category, language, in_force)}")
        legal_bases.append(f"{name}: {bases[section.info.legal_basis.value]}")
    recipients, transfers, partners = _disclosures(session, page.customer_id, language)
    return AccessFacts(
        tuple(purposes),
        tuple(held),
        recipients,
        tuple(retention),
        transfers,
        tuple(legal_bases),
        partners,
    )


def retention_phrase(category: DataCategory, language: str, rules: Rules) -> str:
    rule = rules[BY_CATEGORY[category].retention_rule]
    phrases = catalogue.RETENTION_PHRASES[language]
    immediate = f"{rule.trigger.value}_0"
    if rule.months == 0 and immediate in phrases:
        return phrases[immediate]
    return phrases[rule.trigger.value].format(months=rule.months)


def _disclosures(
    session: Session, customer_id: int, language: str
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The register's disclosures of this customer, one line per partner, oldest first."""
    phrases = catalogue.ACCESS_PHRASES[language]
    countries = catalogue.COUNTRY_NAMES[language]
    names = catalogue.CATEGORY_TEXTS[language]
    days: dict[int, list[date]] = defaultdict(list)
    categories: dict[int, set[str]] = defaultdict(set)
    partners = {}
    for disclosure, partner in customer_repo.disclosures_of(session, customer_id):
        partners[partner.id] = partner
        days[partner.id].append(shop_day(disclosure.disclosed_at))
        categories[partner.id].update(c for c in disclosure.data_categories.split(",") if c)
    recipients, transfers, listed = [], [], []
    for partner_id in sorted(partners, key=lambda p: min(days[p])):
        partner = partners[partner_id]
        country = countries.get(partner.country, partner.country)
        data = ", ".join(
            names[c.value][0] for c in DataCategory if c.value in categories[partner_id]
        )
        line = phrases["recipient"].format(
            partner=partner.name, country=country, data=data, when=_when(days[partner_id], language)
        )
        if partner.third_country:
            safeguard = _safeguard(partner.safeguards, language)
            line += phrases["third_country"].format(safeguard=safeguard)
            transfers.append(
                phrases["transfer"].format(
                    partner=partner.name, country=country, safeguard=safeguard
                )
            )
        recipients.append(line)
        listed.append(f"{partner.name} ({partner.country})")
    if transfers:
        transfers.append(phrases["copy"])
    return tuple(recipients), tuple(transfers), tuple(listed)


def _when(days: list[date], language: str) -> str:
    phrases = catalogue.ACCESS_PHRASES[language]
    ordered = sorted(set(days))
    if len(ordered) == 1:
        return phrases["once"].format(date=long_date(ordered[0], language))
    if len(days) <= DATES_LISTED:
        return phrases["dates"].format(dates=", ".join(long_date(d, language) for d in ordered))
    count = len(days)
    form = "span_1" if count % 10 == 1 and count % 100 != 11 else "span"
    return phrases[form].format(
        count=count,
        first=before_date(ordered[0], language),  # "no" takes the genitive
        last=until_date(ordered[-1], language),  # "līdz" the dative
    )


def _safeguard(recorded: str | None, language: str) -> str:
    """The safeguard in the letter's language; a text naming no known mechanism as written."""
    mechanism = recognise(recorded)
    if mechanism is not None:
        return catalogue.TRANSFER_SAFEGUARDS[language][mechanism]
    if recorded and recorded.strip():
        return recorded.strip()
    return catalogue.ACCESS_PHRASES[language]["no_safeguard"]
