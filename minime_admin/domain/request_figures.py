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
        return refusal_ground_of(self.outcome, self.refusal_exception)


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
    # The same two of the days each answered request was allowed: to its due date in force,
    # an Art. 12(3) extension included. The chart's limit marks.
    median_allowed: float | None = None
    p90_allowed: int | None = None
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


def refusal_ground_of(outcome: str | None, exception: str | None) -> str:
    """A refused request's ground as the report names it: "art_12_5", "art_17_3(e)"."""
    ground = outcome or _OTHER
    if ground == _EXCEPTION and exception:
        return f"{ground}({exception})"
    return ground


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


@dataclass(frozen=True)
class Cell:
    """How many requests of one month of receipt and type share every other fact the
    figures use: what the database's GROUP BY returns, so that 100,000 requests arrive as a
    few hundred cells. ``days``, ``allowed`` and ``on_time`` are set for answered ones only."""

    month: str
    type: str
    status: str
    extended: bool
    outcome: str | None
    refusal_exception: str | None
    days: int | None  # calendar days from receipt to the Riga day of the answer
    allowed: int | None  # calendar days from receipt to the due date in force
    on_time: bool | None
    count: int
    # Set for open requests only: days from today to their due date (negative: overdue).
    days_left: int | None = None

    @property
    def refusal_ground(self) -> str | None:
        if self.status != _REFUSED:
            return None
        return refusal_ground_of(self.outcome, self.refusal_exception)


def _at_rank(histogram: Sequence[tuple[int, int]], rank: int) -> int:
    """The value at 1-based ``rank`` of the values ``histogram`` (value, count) counts."""
    seen = 0
    for value, count in histogram:
        seen += count
        if seen >= rank:
            return value
    raise ValueError("rank beyond the values")


def median_and_p90(counts: dict[int, int]) -> tuple[float | None, int | None]:
    """The median (the mean of the two middle values when their number is even, as
    statistics.median) and the nearest-rank 90th percentile of the values ``counts``
    counts (value -> how often)."""
    total = sum(counts.values())
    if not total:
        return None, None
    histogram = sorted(counts.items())
    if total % 2:
        median = float(_at_rank(histogram, (total + 1) // 2))
    else:
        median = (_at_rank(histogram, total // 2) + _at_rank(histogram, total // 2 + 1)) / 2
    return median, _at_rank(histogram, max(1, math.ceil(0.9 * total)))


def figures(cells: Iterable[Cell], month: str = "", kind: str = "") -> Figures:
    """The figures of ``cells`` (already narrowed to one month and type, or not)."""
    received = answered = on_time = late = extended = withdrawn = 0
    open_now = overdue_now = 0
    fewest_days_left: int | None = None
    refused: dict[str, int] = {}
    days: dict[int, int] = {}
    allowed: dict[int, int] = {}
    for cell in cells:
        n = cell.count
        received += n
        extended += n if cell.extended else 0
        if cell.status == _WITHDRAWN:
            withdrawn += n
        ground = cell.refusal_ground
        if ground is not None:
            refused[ground] = refused.get(ground, 0) + n
        if cell.days is not None and cell.status in ANSWERED:
            answered += n
            if cell.on_time:
                on_time += n
            else:
                late += n
            days[cell.days] = days.get(cell.days, 0) + n
            if cell.allowed is not None:
                allowed[cell.allowed] = allowed.get(cell.allowed, 0) + n
        left = cell.days_left
        if left is not None:
            open_now += n
            overdue_now += n if left < 0 else 0
            fewest_days_left = left if fewest_days_left is None else min(fewest_days_left, left)
    median, p90 = median_and_p90(days)
    median_allowed, p90_allowed = median_and_p90(allowed)
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
        median_days=median,
        p90_days=p90,
        median_allowed=median_allowed,
        p90_allowed=p90_allowed,
        open_now=open_now,
        overdue_now=overdue_now,
        fewest_days_left=fewest_days_left,
    )


def grouped(cells: Sequence[Cell], by_month: bool, by_type: bool) -> list[Figures]:
    """One Figures per month of receipt and/or request type that had any request, in order."""
    groups: dict[tuple[str, str], list[Cell]] = {}
    for cell in cells:
        key = (cell.month if by_month else "", cell.type if by_type else "")
        groups.setdefault(key, []).append(cell)
    return [figures(group, month, kind) for (month, kind), group in sorted(groups.items())]


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


def days_left_bands(cells: Iterable[Cell]) -> dict[str, int]:
    """How many open requests fall in each of DAYS_LEFT_BANDS."""
    counts = {name: 0 for name, _, _ in DAYS_LEFT_BANDS}
    for cell in cells:
        left = cell.days_left
        if left is None:
            continue
        for name, low, high in DAYS_LEFT_BANDS:
            if (low is None or left >= low) and (high is None or left <= high):
                counts[name] += cell.count
                break
    return counts
