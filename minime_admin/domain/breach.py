"""Personal data breaches: the ENISA (2013) severity score and the Art. 33 clock.

Severity: SE = DPC × EI + CB (docs/legal.md §6). DPC 1–4 (data processing context),
EI 0.25/0.5/0.75/1 (ease of identification), CB the sum of the circumstance points (loss
of confidentiality 0/0.25/0.5, integrity 0/0.25/0.5, availability 0/0.25/0.5, malicious
intent 0/0.5). Bands are half-open: < 2 low, [2, 3) medium, [3, 4) high, ≥ 4 very high.
The level is guidance for the people deciding; it is not a legal threshold.

Clock: the DVI notice is due 72 real hours after the shop became aware (Art. 33(1)); hours
are not moved by weekends or holidays, and instants make it right across a DST change.
A Riga wall-clock awareness time is turned into an instant by shop_time.wall_clock_instant,
which refuses the spring gap and asks which of the autumn's repeated hours is meant.

Elements: a sign-off, a final notice and a final letter need every Art. 33(3)/34(2)
element (``missing_elements``); an output in a language reads only that language's facts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from minime_admin.errors import QT_TRANSLATE_NOOP

NOTICE_HOURS = 72


class Level(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    VERY_HIGH = "very_high"


class Duty(StrEnum):
    """What the level suggests: a practitioners' convention, never decided by the app."""

    REGISTER_ONLY = "register_only"
    NOTIFY_DVI = "notify_dvi"
    NOTIFY_DVI_AND_PEOPLE = "notify_dvi_and_people"


class OutputKind(StrEnum):
    """What a breach produces; kept on the register of outputs (``breach_outputs.kind``)."""

    DVI = "dvi"  # the notice to the Data State Inspectorate (Art. 33)
    CUSTOMER = "customer"  # a letter to one affected customer (Art. 34)
    WEBSITE = "website"  # the public notice
    REPORT = "report"  # the internal report


class NoticePhase(StrEnum):
    """The DVI notice: the first one, or a follow-up with what was learnt since (Art. 33(4))."""

    INITIAL = "initial"
    FOLLOW_UP = "follow_up"


class BreachEventKind(StrEnum):
    """What an entry on a breach's timeline records."""

    OPENED = "opened"
    UPDATED = "updated"
    ASSESSED = "assessed"
    DECIDED = "decided"
    AFFECTED = "affected"
    SIGNED_OFF = "signed_off"
    SIGNOFF_VOIDED = "signoff_voided"
    NOTICE_PREPARED = "notice_prepared"  # a final DVI notice was saved: not yet sent
    DVI_NOTIFIED = "dvi_notified"  # a person recorded the submission: the clock stops
    AWARENESS_CORRECTED = "awareness_corrected"  # the awareness time changed, with a reason
    VOIDED = "voided"  # registered in error: stays on the register (Art. 33(5))


class BreachStatus(StrEnum):
    """A breach stays on the register for good; one registered in error is marked void."""

    OPEN = "open"
    VOID = "void"


class DviChannel(StrEnum):
    """How the notice reached the DVI, as the person who submitted it records it."""

    ONLINE_FORM = "online-form"  # the DVI's online form
    EXCEL = "excel"  # the signed Excel form
    EMAIL = "email"  # by e-mail


class Element(StrEnum):
    """An element the notice (Art. 33(3)) and the letters (Art. 34(2)) must state; each
    names the fact that holds it (``measures``: taken or proposed, either will do)."""

    DESCRIPTION = "description"  # (a) the nature of the breach
    SUBJECT_CATEGORIES = "subject_categories"  # (a) categories of people
    PEOPLE = "people"  # (a) their approximate number
    DATA_CATEGORIES = "data_categories"  # (a) categories of records
    RECORDS = "records"  # (a) their approximate number
    CONTACT_POINT = "contact_point"  # (b)
    CONSEQUENCES = "consequences"  # (c)
    MEASURES = "measures"  # (d) measures taken or proposed


# What an error or a form calls each element (translated by the GUI and the CLI).
ELEMENT_LABELS: dict[Element, str] = {
    Element.DESCRIPTION: QT_TRANSLATE_NOOP("errors", "what happened (the nature of the breach)"),
    Element.SUBJECT_CATEGORIES: QT_TRANSLATE_NOOP("errors", "categories of people"),
    Element.PEOPLE: QT_TRANSLATE_NOOP("errors", "approximate number of people"),
    Element.DATA_CATEGORIES: QT_TRANSLATE_NOOP("errors", "categories of data records"),
    Element.RECORDS: QT_TRANSLATE_NOOP("errors", "approximate number of records"),
    Element.CONTACT_POINT: QT_TRANSLATE_NOOP("errors", "contact point"),
    Element.CONSEQUENCES: QT_TRANSLATE_NOOP("errors", "likely consequences"),
    Element.MEASURES: QT_TRANSLATE_NOOP("errors", "measures taken or proposed"),
}

# Facts shown to customers (letters, website notice) are kept in Latvian (the plain column)
# and in English (the column + "_en"); an English output reads only the English ones.
TRANSLATED_FACTS = (
    "description",
    "data_categories",
    "consequences",
    "measures_taken",
    "measures_proposed",
    "advice",
)
LANGUAGES = ("lv", "en")
FACT_LABELS: dict[str, str] = {
    "description": QT_TRANSLATE_NOOP("errors", "what happened"),
    "data_categories": QT_TRANSLATE_NOOP("errors", "categories of data records"),
    "consequences": QT_TRANSLATE_NOOP("errors", "likely consequences"),
    "measures_taken": QT_TRANSLATE_NOOP("errors", "measures taken"),
    "measures_proposed": QT_TRANSLATE_NOOP("errors", "measures proposed"),
    "advice": QT_TRANSLATE_NOOP("errors", "advice to the people"),
}
LANGUAGE_NAMES: dict[str, str] = {
    "lv": QT_TRANSLATE_NOOP("errors", "Latvian"),
    "en": QT_TRANSLATE_NOOP("errors", "English"),
}


def fact_column(name: str, language: str) -> str:
    """The column that holds a fact in a language: ``advice`` / ``advice_en``."""
    return f"{name}_en" if language == "en" and name in TRANSLATED_FACTS else name


def localised(facts: Mapping[str, object], language: str) -> dict[str, object]:
    """The facts as an output in ``language`` states them: never the other language's text."""
    out = dict(facts)
    for name in TRANSLATED_FACTS:
        out[name] = facts.get(fact_column(name, language)) or ""
    return out


def _given(value: object) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def missing_elements(facts: Mapping[str, object], language: str = "lv") -> tuple[Element, ...]:
    """The Art. 33(3)/34(2) elements still empty, in that language; none may be missing
    when a breach is signed off or a final notice or letter is made."""
    local = localised(facts, language)
    missing: list[Element] = [
        element
        for element in Element
        if element is not Element.MEASURES and not _given(local.get(element.value))
    ]
    if not (_given(local.get("measures_taken")) or _given(local.get("measures_proposed"))):
        missing.append(Element.MEASURES)
    return tuple(missing)


def people_count_differs(people: object, listed: int) -> bool:
    """Whether the facts' approximate number of people affected (Art. 33(3)(a)) differs
    from the number of customers on the affected list. Not an error: the facts may rightly
    count people who are not customers, so the worker is warned and confirms or corrects
    (#15.10). Neither given (no number, nobody listed) is no difference."""
    counted = people if isinstance(people, int) else None
    if counted is None:
        return listed > 0
    return counted != listed


def missing_translations(facts: Mapping[str, object], language: str) -> tuple[str, ...]:
    """Customer-facing facts given in one language but not yet in ``language``."""
    other = "en" if language == "lv" else "lv"
    return tuple(
        name
        for name in TRANSLATED_FACTS
        if _given(facts.get(fact_column(name, other)))
        and not _given(facts.get(fact_column(name, language)))
    )


EASE_OF_IDENTIFICATION = (Decimal("0.25"), Decimal("0.5"), Decimal("0.75"), Decimal("1"))
CIRCUMSTANCE_STEPS = (Decimal("0"), Decimal("0.25"), Decimal("0.5"))
MALICE_STEPS = (Decimal("0"), Decimal("0.5"))


class ScoreOutOfRange(ValueError):
    """A criterion outside the ENISA scale."""


@dataclass(frozen=True)
class Circumstances:
    confidentiality: Decimal = Decimal("0")
    integrity: Decimal = Decimal("0")
    availability: Decimal = Decimal("0")
    malicious: Decimal = Decimal("0")

    @property
    def total(self) -> Decimal:
        return self.confidentiality + self.integrity + self.availability + self.malicious


def circumstances_from_total(total: Decimal) -> Circumstances:
    """When only the CB sum is known: the three losses filled in order, then malice.
    The score is the same whatever the split; the breakdown is for display."""
    if total < 0 or total > 2 or (total * 4) % 1:
        raise ScoreOutOfRange(f"CB must be 0 to 2 in steps of 0.25, not {total}")
    parts, left = [], total
    for cap in (Decimal("0.5"), Decimal("0.5"), Decimal("0.5")):
        take = min(left, cap)
        parts.append(take)
        left -= take
    if left not in MALICE_STEPS:  # e.g. 1.75: 0.5 + 0.5 + 0.25 + 0.5
        parts[2], left = parts[2] - Decimal("0.25"), left + Decimal("0.25")
    return Circumstances(parts[0], parts[1], parts[2], left)


@dataclass(frozen=True)
class Severity:
    dpc: int
    ei: Decimal
    cb: Decimal
    score: Decimal
    level: Level
    suggested: Duty


def assess(dpc: int, ei: Decimal | float | str, circumstances: Circumstances) -> Severity:
    ei = Decimal(str(ei))
    if dpc not in (1, 2, 3, 4):
        raise ScoreOutOfRange(f"DPC must be 1 to 4, not {dpc}")
    if ei not in EASE_OF_IDENTIFICATION:
        raise ScoreOutOfRange(f"EI must be 0.25, 0.5, 0.75 or 1, not {ei}")
    for name in ("confidentiality", "integrity", "availability"):
        if getattr(circumstances, name) not in CIRCUMSTANCE_STEPS:
            raise ScoreOutOfRange(f"{name} must be 0, 0.25 or 0.5")
    if circumstances.malicious not in MALICE_STEPS:
        raise ScoreOutOfRange("malicious intent adds 0 or 0.5")
    score = Decimal(dpc) * ei + circumstances.total
    level = level_of(score)
    return Severity(dpc, ei, circumstances.total, score, level, _DUTY[level])


def level_of(score: Decimal) -> Level:
    if score < 2:
        return Level.LOW
    if score < 3:
        return Level.MEDIUM
    if score < 4:
        return Level.HIGH
    return Level.VERY_HIGH


_DUTY = {
    Level.LOW: Duty.REGISTER_ONLY,
    Level.MEDIUM: Duty.NOTIFY_DVI,
    Level.HIGH: Duty.NOTIFY_DVI_AND_PEOPLE,
    Level.VERY_HIGH: Duty.NOTIFY_DVI_AND_PEOPLE,
}


# Deciding to tell the people (Art. 34(1): "likely to result in a high risk") while not
# notifying the DVI (Art. 33(1): "unlikely to result in a risk") contradicts itself unless
# a separate, explicit reason says why (e.g. the DVI already knows of it through another
# channel). The reason is kept after the DVI reasoning, under this heading.
def needs_dvi_exemption(notify_dvi: bool, notify_people: bool) -> bool:
    """True when the two decisions contradict each other without an explicit reason."""
    return notify_people and not notify_dvi


@dataclass(frozen=True)
class Clock:
    aware_at: datetime
    due_at: datetime  # awareness + 72 real hours (Art. 33(1)): the target shown and counted
    # The latest lawful moment, shown beside the countdown. It is the same instant as due_at,
    # to the minute: Art. 33(1) counts 72 hours from awareness, and the app no longer adds
    # the rest of the hour of awareness (a reading of Reg. 1182/71 Art. 3(1) that let the
    # two figures disagree by up to an hour).
    legal_outer_limit: datetime

    def hours_left(self, now: datetime) -> float:
        return (self.due_at - now).total_seconds() / 3600

    def is_late(self, at: datetime) -> bool:
        return at > self.due_at


def clock(aware_at: datetime) -> Clock:
    if aware_at.tzinfo is None:
        raise ValueError("awareness must be an instant (time-zone aware)")
    # Python adds hours to zoned datetimes on the wall clock; in UTC they are real hours.
    aware_at = aware_at.astimezone(UTC)
    due = aware_at + timedelta(hours=NOTICE_HOURS)
    return Clock(aware_at, due, due)
