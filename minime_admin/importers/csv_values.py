"""Reading one CSV cell: text (formulas refused), dates, money, e-mail addresses.

Every rule here says what it accepts; anything else raises ``Rejected`` (the row is reported
with its line and the reason), never a guess.

- **Formulas.** A text cell is refused when, after leading spaces and tabs, it starts with
  ``=`` or ``@`` (a spreadsheet formula or function), or with ``+`` or ``-`` followed by
  anything other than digits, spaces and ``( ) . , - /``. So ``+371 29 123 456`` and
  ``-12,50`` are a phone number and an amount, and ``+SUM(A1)`` or ``-cmd|' /c calc'!A0``
  are formulas. The shop's exporter writes a leading ``'`` before such a cell to defuse it;
  that apostrophe is removed first, so the value is judged (and kept) as the shop holds it.
- **Dates.** ISO 8601 with or without a time and offset (``2026-11-25``,
  ``2026-11-25 10:00:00``, ``2026-11-25T10:00:00+02:00``, ``…Z``), ``2026/11/25``,
  ``25.11.2026`` (always day first), each optionally with ``HH:MM[:SS]``; and ``a/b/2026``
  (with an optional AM/PM), where day/month or month/day is decided from the whole column:
  a first number over 12 somewhere means day first, a second over 12 month first. A column
  where every such date could be read both ways is not guessed: those rows are rejected.
  A time without an offset is shop time (Europe/Riga); a date alone is its midnight there.
- **Money.** ``12.50``, ``12,50``, ``1 234,50``, ``1.234,50``, ``1,234.50``, an optional
  ``€``: the last ``.`` or ``,`` followed by one or two digits is the decimal point; a
  separator followed by exactly three digits groups thousands. The result is in cents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.errors import QT_TRANSLATE_NOOP
from minime_admin.importers.records import Rejected

FORMULA = QT_TRANSLATE_NOOP(
    "errors", "the column {field} starts like a spreadsheet formula (=, +, -, @)"
)
BAD_DATE = QT_TRANSLATE_NOOP("errors", "the date in the column {field} cannot be read")
AMBIGUOUS_DATE = QT_TRANSLATE_NOOP(
    "errors",
    "the date in the column {field} could be day/month or month/day, and no other date in "
    "the column settles which",
)
BAD_AMOUNT = QT_TRANSLATE_NOOP("errors", "the amount in the column {field} cannot be read")

_SIGNED_NUMBER = re.compile(r"[+-][\d\s().,/-]*")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_TIME = r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?"
_DOTTED = re.compile(rf"(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}})\.?{_TIME}")
_SLASHED = re.compile(rf"(\d{{1,2}})/(\d{{1,2}})/(\d{{4}}){_TIME}")
_YEAR_FIRST = re.compile(rf"(\d{{4}})/(\d{{1,2}})/(\d{{1,2}}){_TIME}")
_MONEY = re.compile(r"(-?)([0-9]{1,3}(?:[ .,'][0-9]{3})+|[0-9]+)(?:[.,]([0-9]{1,2}))?")


FORMULA_STARTS = "=@+-"  # ``is_formula`` is False for text starting otherwise


def clean(value: str) -> str:
    """One line, trimmed, without the exporter's defusing apostrophe."""
    # Most cells are clean already: printable text holds no whitespace but the plain space,
    # so without a space at either end or two together it is what split/join would give.
    if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " ":
        text = value
    else:
        text = " ".join(value.split())
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@":
        return text[1:]
    return text


def is_formula(text: str) -> bool:
    """``text`` as returned by ``clean``."""
    if not text:
        return False
    if text[0] in "=@":
        return True
    return text[0] in "+-" and _SIGNED_NUMBER.fullmatch(text) is None


def email(text: str) -> str | None:
    if len(text) > 254 or _EMAIL.fullmatch(text) is None:
        return None
    return text


def cents(text: str, field: str) -> int:
    found = _MONEY.fullmatch(text.replace("€", "").replace("\u00a0", " ").strip())
    if found is None:
        raise Rejected(BAD_AMOUNT, field=field)
    sign, whole, fraction = found.groups()
    digits = re.sub(r"\D", "", whole) + "." + (fraction or "0")
    try:
        amount = Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern admits digits only
        raise Rejected(BAD_AMOUNT, field=field) from None
    if amount >= 10**9:
        raise Rejected(BAD_AMOUNT, field=field)
    value = int((amount * 100).quantize(Decimal(1)))
    return -value if sign else value


class DayOrder:
    """How one column writes a/b/yyyy dates, learnt from the dates that settle it."""

    def __init__(self) -> None:
        self.day_first_seen = False
        self.month_first_seen = False

    @property
    def day_first(self) -> bool | None:
        if self.day_first_seen != self.month_first_seen:
            return self.day_first_seen
        return None


@dataclass
class Undecided(Exception):
    """A/b/yyyy with both numbers ≤ 12: read once the whole column has been seen."""

    field: str


def instant(text: str, field: str, order: DayOrder, final: bool = False) -> datetime:
    """The moment ``text`` names, in UTC. ``final``: the column has been read to its end."""
    if "." not in text and "/" not in text:  # none of the patterns below: ISO 8601 or nothing
        return _iso(text, field)
    found = _DOTTED.fullmatch(text)
    if found:
        day, month, year = found.group(1, 2, 3)
        return _local(year, month, day, found, field)
    found = _YEAR_FIRST.fullmatch(text)
    if found:
        year, month, day = found.group(1, 2, 3)
        return _local(year, month, day, found, field)
    found = _SLASHED.fullmatch(text)
    if found:
        first, second, year = found.group(1, 2, 3)
        if int(first) > 12:
            order.day_first_seen = True
            return _local(year, second, first, found, field)
        if int(second) > 12:
            order.month_first_seen = True
            return _local(year, first, second, found, field)
        day_first = order.day_first
        if day_first is None:
            if final:
                raise Rejected(AMBIGUOUS_DATE, field=field)
            raise Undecided(field)
        day, month = (first, second) if day_first else (second, first)
        return _local(year, month, day, found, field)
    return _iso(text, field)


def _iso(text: str, field: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except (ValueError, OverflowError):
        raise Rejected(BAD_DATE, field=field) from None
    return _utc(moment, field)


def _local(year: str, month: str, day: str, found: re.Match[str], field: str) -> datetime:
    hour, minute, second, noon = found.group(4, 5, 6, 7)
    try:
        hours = int(hour or 0)
        if noon:
            if not 1 <= hours <= 12:
                raise ValueError
            hours = hours % 12 + (12 if noon.lower() == "pm" else 0)
        moment = datetime(
            int(year), int(month), int(day), hours, int(minute or 0), int(second or 0)
        )
    except (ValueError, OverflowError):
        raise Rejected(BAD_DATE, field=field) from None
    return _utc(moment, field)


def _utc(moment: datetime, field: str) -> datetime:
    try:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=SHOP_ZONE)
        moment = moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise Rejected(BAD_DATE, field=field) from None
    if not 1970 <= moment.year <= 2100:
        raise Rejected(BAD_DATE, field=field)
    return moment
