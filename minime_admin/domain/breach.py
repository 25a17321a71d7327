"""Personal data breaches: the ENISA (2013) severity score and the Art. 33 clock.

Severity: SE = DPC × EI + CB (docs/legal.md §6). DPC 1–4 (data processing context),
EI 0.25/0.5/0.75/1 (ease of identification), CB the sum of the circumstance points (loss
of confidentiality 0/0.25/0.5, integrity 0/0.25/0.5, availability 0/0.25/0.5, malicious
intent 0/0.5). Bands are half-open: < 2 low, [2, 3) medium, [3, 4) high, ≥ 4 very high.
The level is guidance for the people deciding; it is not a legal threshold.

Clock: the DVI notice is due 72 real hours after the shop became aware (Art. 33(1)); hours
are not moved by weekends or holidays, and instants make it right across a DST change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import StrEnum

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
    due_at: datetime  # awareness + 72 h: the target shown and counted
    legal_outer_limit: datetime  # the hour of awareness not counted (Reg. 1182/71 Art. 3(1))

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
    next_hour = aware_at.replace(minute=0, second=0, microsecond=0)
    if next_hour < aware_at:
        next_hour += timedelta(hours=1)
    return Clock(aware_at, due, next_hour + timedelta(hours=NOTICE_HOURS))
