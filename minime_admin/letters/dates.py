"""Dates as a letter writes them: `2026. gada 24. novembrī` in Latvian, `24 November 2026`.

Latvian dates take the case their sentence needs: locative for "when" (`long_date`),
dative after "līdz" (`until_date`), genitive after "pirms" and "no" (`before_date`,
`from_date`), nominative as subject or predicate (`nominative_date`).
"""

from __future__ import annotations

from datetime import date, datetime

from minime_admin.domain.shop_time import SHOP_ZONE

_LV_MONTHS_LOCATIVE = (
    "janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā",
    "jūlijā", "augustā", "septembrī", "oktobrī", "novembrī", "decembrī",
)  # fmt: skip
# After "līdz" (until) Latvian takes the dative: "līdz 2027. gada 22. februārim".
_LV_MONTHS_DATIVE = (
    "janvārim", "februārim", "martam", "aprīlim", "maijam", "jūnijam",
    "jūlijam", "augustam", "septembrim", "oktobrim", "novembrim", "decembrim",
)  # fmt: skip
# After "pirms" (before) and "no" (from) it takes the genitive: "pirms 2026. gada 24. decembra".
_LV_MONTHS_GENITIVE = (
    "janvāra", "februāra", "marta", "aprīļa", "maija", "jūnija",
    "jūlija", "augusta", "septembra", "oktobra", "novembra", "decembra",
)  # fmt: skip
# Where the date is the subject or predicate ("termiņš ir ..."), the nominative:
# "2026. gada 24. decembris".
_LV_MONTHS_NOMINATIVE = (
    "janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs",
    "jūlijs", "augusts", "septembris", "oktobris", "novembris", "decembris",
)  # fmt: skip
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def long_date(value: date, language: str) -> str:
    if language == "lv":
        return f"{value.year}. gada {value.day}. {_LV_MONTHS_LOCATIVE[value.month - 1]}"
    return f"{value.day} {_EN_MONTHS[value.month - 1]} {value.year}"


def until_date(value: date, language: str) -> str:
    """The date after "until": `līdz 2027. gada 22. februārim`, `until 22 February 2027`."""
    if language == "lv":
        return f"{value.year}. gada {value.day}. {_LV_MONTHS_DATIVE[value.month - 1]}"
    return long_date(value, language)


def before_date(value: date, language: str) -> str:
    """The date after "before": `pirms 2026. gada 24. decembra`, `before 24 December 2026`."""
    if language == "lv":
        return f"{value.year}. gada {value.day}. {_LV_MONTHS_GENITIVE[value.month - 1]}"
    return long_date(value, language)


def nominative_date(value: date, language: str) -> str:
    """The date as subject or predicate: `termiņš ir 2026. gada 24. decembris`."""
    if language == "lv":
        return f"{value.year}. gada {value.day}. {_LV_MONTHS_NOMINATIVE[value.month - 1]}"
    return long_date(value, language)


def from_date(value: date, language: str) -> str:
    """The date after "from": `no 2026. gada 24. novembra`, `from 24 November 2026`."""
    return before_date(value, language)  # "no", like "pirms", takes the genitive


def long_datetime(value: datetime, language: str) -> str:
    """The shop's (Riga) wall-clock time of an aware instant, written out."""
    if value.tzinfo is not None:
        value = value.astimezone(SHOP_ZONE)
    time = value.strftime("%H:%M")
    if language == "lv":
        return f"{long_date(value, language)}, plkst. {time}"
    return f"{long_date(value, language)}, {time}"


_EN_MONTHS_SHORT = tuple(month[:3] for month in _EN_MONTHS)


def short_date(value: date, language: str) -> str:
    """A date in a table: `28.11.2029` in Latvian, `28 Nov 2029` in English."""
    if language == "lv":
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    return f"{value.day} {_EN_MONTHS_SHORT[value.month - 1]} {value.year}"


def short_datetime(value: datetime, language: str) -> str:
    """An instant in a table, in the shop's (Riga) time: `28.11.2029 14:05` in Latvian,
    `28 Nov 2029, 14:05` in English."""
    if value.tzinfo is not None:
        value = value.astimezone(SHOP_ZONE)
    separator = " " if language == "lv" else ", "
    return f"{short_date(value, language)}{separator}{value.strftime('%H:%M')}"
