"""ENISA severity worked cases and the 72-hour clock (across a daylight-saving change)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from minime_admin.domain.breach import (
    Circumstances,
    Duty,
    Element,
    Level,
    ScoreOutOfRange,
    assess,
    clock,
    level_of,
    localised,
    missing_elements,
    missing_translations,
)
from minime_admin.domain.shop_time import AmbiguousTime, NonexistentTime, wall_clock_instant

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
    # Issue #13.14: the legal outer limit is the 72-hour deadline to the minute.
    assert c.legal_outer_limit == c.due_at
    assert c.hours_left(datetime(2026, 11, 29, 14, 30, tzinfo=RIGA)) == 24
    assert not c.is_late(c.due_at) and c.is_late(datetime(2026, 11, 30, 15, 0, tzinfo=RIGA))


def test_naive_awareness_is_refused() -> None:
    with pytest.raises(ValueError):
        clock(datetime(2026, 11, 27, 14, 30))


COMPLETE = {
    "description": "Nozagts klēpjdators",
    "subject_categories": "klienti",
    "people": 120,
    "data_categories": "vārds, adrese",
    "records": 300,
    "contact_point": "dpo@minime.lv",
    "consequences": "Pikšķerēšana",
    "measures_taken": "",
    "measures_proposed": "Paroles maiņa",
}


def test_every_art_33_3_element_is_required() -> None:
    """Issue #13.10: each empty element is named; measures taken OR proposed suffice."""
    assert missing_elements(COMPLETE) == ()
    for element in Element:
        names = ("measures_proposed",) if element is Element.MEASURES else (element.value,)
        emptied = {
            **COMPLETE,
            **dict.fromkeys(names, None if element.value in ("people", "records") else " "),
        }
        assert missing_elements(emptied) == (element,), element


def test_english_outputs_read_only_english_facts() -> None:
    """Issue #13.12: no Latvian fact text in an English output; a gap is named."""
    facts = {**COMPLETE, "description_en": "A stolen laptop", "consequences_en": ""}
    english = localised(facts, "en")
    assert english["description"] == "A stolen laptop" and english["consequences"] == ""
    assert Element.CONSEQUENCES in missing_elements(facts, "en")
    assert set(missing_translations(facts, "en")) == {
        "data_categories",
        "consequences",
        "measures_proposed",
    }
    assert missing_translations(facts, "lv") == ()


def test_riga_wall_clock_times_are_asked_about_not_guessed() -> None:
    """Issue #13.14: the spring gap is refused; the autumn repeated hour needs a choice."""
    with pytest.raises(NonexistentTime):
        wall_clock_instant(datetime(2026, 3, 29, 3, 30))
    with pytest.raises(AmbiguousTime) as asked:
        wall_clock_instant(datetime(2026, 10, 25, 3, 30))
    assert (asked.value.later - asked.value.earlier).total_seconds() == 3600
    first = wall_clock_instant(datetime(2026, 10, 25, 3, 30), fold=0)
    second = wall_clock_instant(datetime(2026, 10, 25, 3, 30), fold=1)
    assert (second - first).total_seconds() == 3600
    assert clock(second).due_at - clock(first).due_at == second - first
    plain = wall_clock_instant(datetime(2026, 11, 24, 14, 30))
    assert plain == datetime(2026, 11, 24, 14, 30, tzinfo=RIGA)
