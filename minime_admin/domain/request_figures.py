"""How the office handled data-subject requests, in figures (issue #20.1): pure arithmetic over
plain facts, so that every figure can be checked against a direct count.

A request belongs to the month it was received in (a cohort): its answer, lateness and
refusal count under that month, so "on time" and "late" are shares of what came in. A
request is *answered* when it was completed or refused (the person got an answer), *on
time* when that answer fell on or before the due date in force (extended or not), *late*
after it. A withdrawn request is neither. Days to answer are calendar days from the day of
receipt to the Riga day of the answer. Open requests are counted as they stand ``today``.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from minime_admin.domain.requests import OPEN_STATUSES, RefusalReason, Status

ANSWERED = frozenset({Status.COMPLETED.value, Status.REFUSED.value})
# Plain strings, read once: an enum member's .value costs a descriptor call, and these are
# asked for every one of 100,000 requests several times over.
_OPEN = frozenset(status.value for status in OPEN_STATUSES)
_WITHDRAWN, _REFUSED = Status.WITHDRAWN.value, Status.REFUSED.value
_EXCEPTION, _OTHER = RefusalReason.ERASURE_EXCEPTION.value, RefusalReason.OTHER.value
# Open requests by days left to their due date: the chart's bars, left to right.
DAYS_LEFT_BANDS: tuple[tuple[str, int | None, int | None], ...] = (
    ("overdue", None, -1),
    ("0-7", 0, 7),
    ("8-14", 8, 14),
    ("15+", 15, None),
)


@dataclass(frozen=True)
class RequestFact:
    """One request as the report needs it; no name, no address."""

    reference: str
    type: str
    status: str
    received_on: date
    due_on: date
    extended: bool
    answered_on: date | None  # the Riga day it was closed, if closed
    outcome: str | None  # the refusal ground (RefusalReason) or the status reached
    refusal_exception: str | None = None  # the Art. 17(3) point of an erasure refusal
    closing_note: str | None = None  # what the worker wrote when closing it

    @property
    def answered(self) -> bool:
        return self.status in ANSWERED and self.answered_on is not None

    @property
    def open(self) -> bool:
        return self.status in _OPEN

    @property
    def days_to_answer(self) -> int | None:
        return (
            (self.answered_on - self.received_on).days
            if self.answered and self.answered_on
            else None
        )

    @property
    def on_time(self) -> bool | None:
        if not self.answered or self.answered_on is None:
            return None
        return self.answered_on <= self.due_on

    @property
    def refusal_ground(self) -> str | None:
        """The ground of a refusal, an erasure's Art. 17(3) point attached: "art_17_3(e)"."""
        if self.status != _REFUSED:
            return None
        ground = self.outcome or _OTHER
        if ground == _EXCEPTION and self.refusal_exception:
            return f"{ground}({self.refusal_exception})"
        return ground


@dataclass(frozen=True)
class Figures:
    """The figures of one month and request type (or of a whole period: month/type "")."""

    month: str  # "2026-03"; "" for a total
    type: str  # a RequestType value; "" for every type
    received: int = 0
    answered: int = 0
    on_time: int = 0
    late: int = 0
    extended: int = 0
    withdrawn: int = 0
    refused: dict[str, int] = field(default_factory=dict)  # ground -> count
    median_days: float | None = None
    p90_days: int | None = None
    open_now: int = 0
    overdue_now: int = 0  # open and past the due date today
    fewest_days_left: int | None = None  # of the open ones; negative: days overdue

    @property
    def refused_total(self) -> int:
        return sum(self.refused.values())


@dataclass(frozen=True)
class LateAnswer:
    reference: str
    type: str
    received_on: date
    due_on: date
    answered_on: date
    days_late: int
    reason: str | None  # the note written when it was closed; None: nothing was written


@dataclass(frozen=True)
class OpenRequest:
    reference: str
    type: str
    received_on: date
    due_on: date
    days_left: int  # negative: overdue


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def percentile(values: Sequence[int], share: float) -> int | None:
    """The nearest-rank percentile: the smallest value at or above ``share`` of the values,
    always one that occurred (the 90th of 1..10 is 9)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def figures(facts: Iterable[RequestFact], today: date, month: str = "", kind: str = "") -> Figures:
    """The figures of ``facts`` (already narrowed to one month and type, or not)."""
    received = answered = on_time = late = extended = withdrawn = open_now = overdue = 0
    refused: dict[str, int] = {}
    days: list[int] = []
    fewest: int | None = None
    for fact in facts:
        received += 1
        extended += fact.extended
        if fact.status == _WITHDRAWN:
            withdrawn += 1
        ground = fact.refusal_ground
        if ground is not None:
            refused[ground] = refused.get(ground, 0) + 1
        answered_on = fact.answered_on
        if answered_on is not None and fact.status in ANSWERED:
            answered += 1
            if answered_on <= fact.due_on:
                on_time += 1
            else:
                late += 1
            days.append((answered_on - fact.received_on).days)
        elif fact.open:
            open_now += 1
            left = (fact.due_on - today).days
            overdue += left < 0
            fewest = left if fewest is None else min(fewest, left)
    return Figures(
        month=month,
        type=kind,
        received=received,
        answered=answered,
        on_time=on_time,
        late=late,
        extended=extended,
        withdrawn=withdrawn,
        refused=dict(sorted(refused.items())),
        median_days=float(statistics.median(days)) if days else None,
        p90_days=percentile(days, 0.9),
        open_now=open_now,
        overdue_now=overdue,
        fewest_days_left=fewest,
    )


def by_month_and_type(facts: Sequence[RequestFact], today: date) -> list[Figures]:
    """One Figures per month of receipt and request type that had any request, in order."""
    groups: dict[tuple[str, str], list[RequestFact]] = {}
    for fact in facts:
        groups.setdefault((month_of(fact.received_on), fact.type), []).append(fact)
    return [figures(group, today, month, kind) for (month, kind), group in sorted(groups.items())]


def by_month(facts: Sequence[RequestFact], today: date) -> list[Figures]:
    groups: dict[str, list[RequestFact]] = {}
    for fact in facts:
        groups.setdefault(month_of(fact.received_on), []).append(fact)
    return [figures(group, today, month) for month, group in sorted(groups.items())]


def by_type(facts: Sequence[RequestFact], today: date) -> list[Figures]:
    """One Figures per request type over the whole period."""
    groups: dict[str, list[RequestFact]] = {}
    for fact in facts:
        groups.setdefault(fact.type, []).append(fact)
    return [figures(group, today, "", kind) for kind, group in sorted(groups.items())]


def late_answers(facts: Iterable[RequestFact]) -> list[LateAnswer]:
    late = []
    for fact in facts:
        if fact.answered and fact.answered_on is not None and fact.on_time is False:
            late.append(
                LateAnswer(
                    fact.reference,
                    fact.type,
                    fact.received_on,
                    fact.due_on,
                    fact.answered_on,
                    (fact.answered_on - fact.due_on).days,
                    (fact.closing_note or "").strip() or None,
                )
            )
    return sorted(late, key=lambda item: (item.received_on, item.reference))


def open_requests(facts: Iterable[RequestFact], today: date) -> list[OpenRequest]:
    """Open requests, the closest to (or furthest past) their due date first."""
    found = [
        OpenRequest(f.reference, f.type, f.received_on, f.due_on, (f.due_on - today).days)
        for f in facts
        if f.open
    ]
    return sorted(found, key=lambda item: (item.days_left, item.reference))


def days_left_bands(open_now: Iterable[OpenRequest]) -> dict[str, int]:
    """How many open requests fall in each of DAYS_LEFT_BANDS."""
    counts = {name: 0 for name, _, _ in DAYS_LEFT_BANDS}
    for item in open_now:
        for name, low, high in DAYS_LEFT_BANDS:
            if (low is None or item.days_left >= low) and (high is None or item.days_left <= high):
                counts[name] += 1
                break
    return counts
