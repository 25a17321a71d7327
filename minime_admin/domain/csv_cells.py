"""Cells for the CSV files the app writes, safe to open in a spreadsheet.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by Excel, LibreOffice and Google Sheets ("CSV injection"): a customer named
``=HYPERLINK(...)`` would become a live link in the office's mail-merge file. As OWASP
recommends, such a cell gets a leading apostrophe, which spreadsheets show as text. A plain
number (``-12.50``, a phone number ``+37129123456``) cannot be a formula and is left alone,
so amounts stay numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def neutralise(cell: str) -> str:
    if cell.startswith(_TRIGGERS) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def safe_row(cells: Iterable[object]) -> list[str]:
    """A row for csv.writer: every value as text, formulas neutralised (None → empty)."""
    return [neutralise("" if cell is None else str(cell)) for cell in cells]
