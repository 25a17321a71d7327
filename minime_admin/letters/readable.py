"""The readable copy in answer.pdf: an exported table as a person reads it.

Column names become labels in the letter's language, technical columns (ids, foreign keys,
hashes, visitor ids) are left out, amounts read "14,90 €" / "€14.90", yes/no instead of
True/False, instants in the shop's (Riga) time, stored codes as words. Only the PDF: the
package's data.json and CSV files keep every column and raw value, for machines.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from minime_admin.domain.categories import DataCategory
from minime_admin.domain.category_info import CATEGORIES
from minime_admin.letters import catalogue
from minime_admin.letters.dates import short_date, short_datetime
from minime_admin.letters.model import AppendixTable

EMPTY = "—"
# Technical columns: they mean nothing to the person (the files keep them).
HIDDEN = frozenset(
    {"id", "external_id", "identity_hash", "erased_at", "visitor_id", "line_key", "partner_id",
     "currency",  # the currency is part of each amount
     "version"}  # how many times the office's copy was saved (issue #18.4)
)  # fmt: skip
ORDER_REFERENCE = "order_id"  # shown as the order's number when the package has the orders
CODE_COLUMNS = frozenset({"status", "kind", "action", "channel", "scope", "purpose", "language"})
COUNTRY_COLUMNS = frozenset({"country", "partner_country"})
# Instants whose clock time tells the person nothing: the day is enough.
DATE_ONLY = frozenset(
    {"created_at", "last_activity_at", "last_login_at", "issued_at", "published_at",
     "completed_at", "started_at", "lifted_at"}
)  # fmt: skip
_POLICY_ORDER = {info.category: rank for rank, info in enumerate(CATEGORIES)}


def policy_rank(category: DataCategory) -> int:
    """Where the privacy policy lists a category: the copy follows its order."""
    return _POLICY_ORDER.get(category, len(_POLICY_ORDER))


def column_label(table: str, column: str, language: str) -> str:
    labels = catalogue.EXPORT_COLUMNS[language]
    return labels.get(f"{table}.{column}") or labels.get(column) or column


def shown_columns(columns: Iterable[str], orders: Mapping[int, str]) -> list[str]:
    return [c for c in columns if c not in HIDDEN and (c != ORDER_REFERENCE or bool(orders))]


def money(cents: int, currency: str, language: str) -> str:
    """`14,90 €` in Latvian, `€14.90` in English; another currency keeps its code."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    if language == "lv":
        number = f"{whole:,}".replace(",", "\u00a0") + f",{part:02d}"
    else:
        number = f"{whole:,}.{part:02d}"
    if currency.upper() != "EUR":
        return f"{sign}{number}\u00a0{currency.upper()}"
    return f"{sign}{number}\u00a0€" if language == "lv" else f"{sign}€{number}"


def cell(
    table: str,
    column: str,
    row: Mapping[str, Any],
    language: str,
    orders: Mapping[int, str] | None = None,
) -> str:
    """One value of ``row`` as the person reads it."""
    value = row.get(column)
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        yes, no = catalogue.YES_NO[language]
        return yes if value else no
    if isinstance(value, datetime):
        day_only = column in DATE_ONLY
        return short_date(value, language) if day_only else short_datetime(value, language)
    if isinstance(value, date):
        return short_date(value, language)
    if column.endswith("_cents") and isinstance(value, int):
        return money(value, str(row.get("currency") or "EUR"), language)
    if column == ORDER_REFERENCE:
        return (orders or {}).get(value, EMPTY)
    text = str(value)
    if column in CODE_COLUMNS:
        return catalogue.EXPORT_VALUES[language].get(text, text)
    if column in COUNTRY_COLUMNS:
        return catalogue.COUNTRY_NAMES[language].get(text, text)
    if column == "legal_basis":
        return catalogue.LEGAL_BASES[language].get(text, text)
    if column == "safeguards":
        return catalogue.TRANSFER_SAFEGUARDS[language].get(text, text)
    if column == "data_categories":
        names = catalogue.CATEGORY_TEXTS[language]
        codes = (code.strip() for code in text.split(","))
        return ", ".join(names[code][0] if code in names else code for code in codes)
    return text


def table_title(category: DataCategory, table: str, language: str) -> str:
    """The category's name; a category's further table (an order's items) adds its own."""
    title = catalogue.CATEGORY_TEXTS[language][category.value][0]
    part = catalogue.EXPORT_TABLES[language].get(table)
    return f"{title} — {part}" if part else title


def readable_table(
    category: DataCategory,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Mapping[str, Any]],
    language: str,
    orders: Mapping[int, str] | None = None,
    more: int = 0,
    more_note: str = "",
) -> AppendixTable:
    shown = shown_columns(columns, orders or {})
    return AppendixTable(
        table_title(category, table, language),
        tuple(column_label(table, c, language) for c in shown),
        tuple(tuple(cell(table, c, row, language, orders) for c in shown) for row in rows),
        more,
        more_note,
    )
