"""ENISA severity worked cases and the 72-hour clock (across a daylight-saving change)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from minime_admin.domain.breach import (
    Circumstances,
    Duty,
    Level,
    ScoreOutOfRange,
    assess,
    clock,
    level_of,
)

RIGA = ZoneInfo("Europe/Riga")
D = Decimal


@pytest.mark.parametrize(
    ("dpc", "ei", "cb", "score", "level"),
    [
        # supermarket customer list, limited identification, known recipients
        (1, "0.5", Circumstances(confidentiality=D("0.25")), "0.75", Level.LOW),
        # e-shop order history exposed publicly, names attached
        (2, "1", Circumstances(confidentiality=D("0.5")), "2.5", Level.MEDIUM),
        # full card data, stolen by hackers, published
        (4, "1", Circumstances(confidentiality=D("0.5"), malicious=D("0.5")), "5", Level.VERY_HIGH),
        # delivery addresses of an adult shop, identifiable, known number of recipients
        (3, "1", Circumstances(confidentiality=D("0.25")), "3.25", Level.HIGH),
        # boundaries are half-open
        (2, "1", Circumstances(), "2", Level.MEDIUM),
        (3, "1", Circumstances(), "3", Level.HIGH),
        (4, "1", Circumstances(), "4", Level.VERY_HIGH),
        (4, "0.25", Circumstances(), "1", Level.LOW),
        # the maximum: 4 × 1 + 2
        (4, "1", Circumstances(D("0.5"), D("0.5"), D("0.5"), D("0.5")), "6", Level.VERY_HIGH),
        # ransomware, backups exist (availability temporary), malicious
        (
            2,
            "0.75",
            Circumstances(availability=D("0.25"), malicious=D("0.5")),
            "2.25",
            Level.MEDIUM,
        ),
    ],
)
def test_enisa_worked_cases(dpc: int, ei: str, cb: Circumstances, score: str, level: Level) -> None:
    severity = assess(dpc, ei, cb)
    assert severity.score == Decimal(score) and severity.level is level


def test_suggested_duty_follows_the_level_but_is_only_a_suggestion() -> None:
    assert assess(1, "0.5", Circumstances()).suggested is Duty.REGISTER_ONLY
    assert assess(2, "1", Circumstances()).suggested is Duty.NOTIFY_DVI
    assert assess(3, "1", Circumstances()).suggested is Duty.NOTIFY_DVI_AND_PEOPLE


@pytest.mark.parametrize(
    ("dpc", "ei", "cb"),
    [
        (0, "1", Circumstances()),
        (5, "1", Circumstances()),
        (2, "0.3", Circumstances()),
        (2, "1", Circumstances(confidentiality=D("0.75"))),
        (2, "1", Circumstances(malicious=D("0.25"))),
    ],
)
def test_scores_out_of_range_are_refused(dpc: int, ei: str, cb: Circumstances) -> None:
    with pytest.raises(ScoreOutOfRange):
        assess(dpc, ei, cb)


def test_level_bands() -> None:
    assert [level_of(D(x)) for x in ("1.99", "2", "2.99", "3", "3.99", "4")] == [
        Level.LOW,
        Level.MEDIUM,
        Level.MEDIUM,
        Level.HIGH,
        Level.HIGH,
        Level.VERY_HIGH,
    ]


def test_72_hours_are_real_hours_across_the_autumn_clock_change() -> None:
    # Riga goes from EEST (+3) to EET (+2) at 04:00 on Sunday 25 October 2026.
    aware = datetime(2026, 10, 23, 14, 30, tzinfo=RIGA)
    due = clock(aware).due_at.astimezone(RIGA)
    assert due == datetime(2026, 10, 26, 13, 30, tzinfo=RIGA)  # not 14:30: one hour fell back
    assert (clock(aware).due_at - aware).total_seconds() == 72 * 3600


def test_72_hours_across_the_spring_clock_change() -> None:
    aware = datetime(2026, 3, 27, 9, 0, tzinfo=RIGA)  # clocks go forward 29 March 03:00
    assert clock(aware).due_at.astimezone(RIGA) == datetime(2026, 3, 30, 10, 0, tzinfo=RIGA)


def test_weekends_do_not_move_the_clock_and_lateness() -> None:
    aware = datetime(2026, 11, 27, 14, 30, tzinfo=RIGA)  # a Friday
    c = clock(aware)
    assert c.due_at.astimezone(RIGA) == datetime(2026, 11, 30, 14, 30, tzinfo=RIGA)  # Monday
    assert c.legal_outer_limit.astimezone(RIGA) == datetime(2026, 11, 30, 15, 0, tzinfo=RIGA)
    assert c.hours_left(datetime(2026, 11, 29, 14, 30, tzinfo=RIGA)) == 24
    assert not c.is_late(c.due_at) and c.is_late(datetime(2026, 11, 30, 15, 0, tzinfo=RIGA))


def test_naive_awareness_is_refused() -> None:
    with pytest.raises(ValueError):
        clock(datetime(2026, 11, 27, 14, 30))
