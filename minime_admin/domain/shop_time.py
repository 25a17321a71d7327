"""The shop's time zone: days of receipt and deadlines are Riga days."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

SHOP_ZONE = ZoneInfo("Europe/Riga")


def shop_day(instant: datetime) -> date:
    """The calendar day in Riga on which ``instant`` (time-zone aware) fell."""
    return instant.astimezone(SHOP_ZONE).date()
