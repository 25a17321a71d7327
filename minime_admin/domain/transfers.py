"""Transfers to third countries (GDPR Chapter V): which safeguard a partner's transfer rests
on, so that a letter can name it in the person's own language (Art. 15(2), Art. 13(1)(f)).

A partner's safeguard is recorded as free text (``partners.safeguards``); the mechanism is
recognised from the article it cites or from its usual name. A text that names none of them
is shown as written, never guessed at.
"""

from __future__ import annotations

import re
from enum import StrEnum


class TransferSafeguard(StrEnum):
    ADEQUACY = "adequacy"  # Art. 45: an adequacy decision (e.g. the EU-US Data Privacy Framework)
    STANDARD_CLAUSES = "standard_clauses"  # Art. 46(2)(c): the Commission's standard clauses
    CORPORATE_RULES = "corporate_rules"  # Art. 46(2)(b), 47: binding corporate rules
    DEROGATION = "derogation"  # Art. 49: a derogation for a specific situation


# Checked in this order: a text citing "Art. 46(2)(c)" and an adequacy decision names both;
# the more specific mechanism wins.
_PATTERNS: tuple[tuple[TransferSafeguard, re.Pattern[str]], ...] = (
    (
        TransferSafeguard.STANDARD_CLAUSES,
        re.compile(r"46\s*\(2\)\s*\(c\)|standard contractual clauses|līguma klauzul", re.I),
    ),
    (
        TransferSafeguard.CORPORATE_RULES,
        re.compile(r"\b47\b|46\s*\(2\)\s*\(b\)|binding corporate rules|saistošie", re.I),
    ),
    (
        TransferSafeguard.ADEQUACY,
        re.compile(r"\b45\b|adequacy|data privacy framework|aizsardzības līmen", re.I),
    ),
    (TransferSafeguard.DEROGATION, re.compile(r"\b49\b|derogation|atkāp", re.I)),
)


def recognise(text: str | None) -> TransferSafeguard | None:
    """The mechanism a recorded safeguard names; None when it names none we know."""
    if not text or not text.strip():
        return None
    for safeguard, pattern in _PATTERNS:
        if pattern.search(text):
            return safeguard
    return None
