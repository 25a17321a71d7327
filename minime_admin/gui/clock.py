"""The current instant for the pages, which take it as a parameter so tests set the clock."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)
