"""Dates and times as the UI shows them in tables, lists and short messages (issue #15.11):
`28.11.2029 14:05` in Latvian, `28 Nov 2029, 14:05` in English, always on the shop's (Riga)
clock. The same forms as the letters' tables (letters/dates.py), so one thing reads one way."""

from __future__ import annotations

from datetime import date, datetime

from minime_admin.gui import language
from minime_admin.letters import dates


def table_date(day: date) -> str:
    return dates.short_date(day, language.current_language())


def table_time(instant: datetime) -> str:
    """An aware instant in Riga time; a naive one is taken as Riga wall-clock time already."""
    return dates.short_datetime(instant, language.current_language())
