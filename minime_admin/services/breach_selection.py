"""Who a breach affected: the four ways of choosing the customers, and the words that
record how they were chosen, for the breach page and `minime-admin breach affected` alike.

Each way gives the customer ids and a short record of how they were chosen; that record is
saved with the breach (``affected_query``), so it reads the same whichever face made it.
Counting, previewing and saving are services.breaches.select_affected.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from email.utils import getaddresses
from enum import StrEnum
from pathlib import Path
from urllib.parse import unquote

from sqlalchemy.orm import Session

from minime_admin.domain.breach import OutputKind
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.errors import QT_TRANSLATE_NOOP, InvalidInput, KnownError
from minime_admin.store import breach_repo


class Kind(StrEnum):
    """The ways of choosing, in the order the breach page offers them."""

    ORDERS = "orders"  # customers with an order placed in the period
    NEWSLETTER = "newsletter"  # newsletter subscribers
    VISITS = "visits"  # customers with a visit record in the period
    FILE = "file"  # customers named in a list file of e-mails or order numbers


@dataclass(frozen=True)
class Query:
    kind: Kind
    start: datetime | None = None  # [start, end) for orders and visits
    end: datetime | None = None
    path: Path | None = None  # the list file


class Unmatched(StrEnum):
    """Why a row of a list file chose nobody; every such row is reported with its line."""

    NOTHING = QT_TRANSLATE_NOOP("errors", "no e-mail address or order number in the row")
    NO_CUSTOMER = QT_TRANSLATE_NOOP("errors", "no customer has this e-mail address or order number")
    UNREADABLE = QT_TRANSLATE_NOOP(
        "errors", "the row could not be read (a broken quote or a cell over 10,000 characters)"
    )


@dataclass(frozen=True)
class ListRow:
    line: int  # 1-based, as a spreadsheet numbers it
    emails: tuple[str, ...]
    numbers: tuple[str, ...]


@dataclass(frozen=True)
class Selection:
    customer_ids: list[int]
    how: str  # saved with the breach: how the list was made
    unmatched: tuple[tuple[int, Unmatched], ...] = ()  # (line, why) of a list file's rows


class ListUnreadable(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "{name} is not a list that can be read (text or CSV in UTF-8, UTF-16 or "
        "windows-1257, under 50 MB); nobody was selected.",
    )


MAX_LIST_BYTES = 50 * 1024 * 1024
CELL_LIMIT = 10_000  # no e-mail address or order number is longer


class PeriodBackwards(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "The period must end after it starts: check the two dates."
    )


def days(first: date, last: date) -> tuple[datetime, datetime]:
    """Riga days, both included, as the instants [start, end) a period query takes."""
    start = datetime.combine(first, time(), tzinfo=SHOP_ZONE)
    return start, datetime.combine(last + timedelta(days=1), time(), tzinfo=SHOP_ZONE)


def select(session: Session, query: Query) -> Selection:
    """The customers ``query`` chooses, with the words that record how."""
    if query.kind is Kind.NEWSLETTER:
        return newsletter_subscribers(session)
    if query.kind is Kind.FILE:
        if query.path is None:
            raise InvalidInput(field="file", problem="no list file was given")
        return from_list_file(session, query.path)
    if query.start is None or query.end is None:
        raise InvalidInput(field=query.kind.value, problem="the period needs two dates")
    between = orders_between if query.kind is Kind.ORDERS else visits_between
    return between(session, query.start, query.end)


def orders_between(session: Session, start: datetime, end: datetime) -> Selection:
    """Customers with an order placed in [start, end)."""
    _check_period(start, end)
    ids = breach_repo.customers_with_orders_between(session, start, end)
    return Selection(ids, f"orders {_period(start, end)}")


def visits_between(session: Session, start: datetime, end: datetime) -> Selection:
    """Customers with a visit record in [start, end)."""
    _check_period(start, end)
    ids = breach_repo.customers_with_visits_between(session, start, end)
    return Selection(ids, f"visits {_period(start, end)}")


def newsletter_subscribers(session: Session) -> Selection:
    return Selection(breach_repo.newsletter_subscribers(session), "newsletter subscribers")


def from_list_file(session: Session, path: Path) -> Selection:
    """Customers named in a CSV or plain list of e-mails and order numbers; every row that
    names nobody is reported with its line, never dropped silently (#14.11).

    Shops export in UTF-8 (with or without a BOM), UTF-16 with a BOM (Excel's "Unicode
    text") or, from older Windows tools, windows-1257 (Baltic).
    """
    try:
        if path.stat().st_size > MAX_LIST_BYTES:
            raise ListUnreadable(name=path.name)
        raw = path.read_bytes()
    except OSError as error:  # gone, unreadable: say so, as for any bad input
        raise InvalidInput(field=path.name, problem=error.strerror or str(error)) from error
    rows, unmatched = read_rows(raw, path.name)
    by_email, by_number = breach_repo.match_emails_and_orders(
        session,
        [e for row in rows for e in row.emails],
        [n for row in rows for n in row.numbers],
    )
    found: set[int] = set()
    for row in rows:
        ids = {by_email[e.lower()] for e in row.emails if e.lower() in by_email}
        ids |= {by_number[n] for n in row.numbers if n in by_number}
        if not ids:
            unmatched.append((row.line, Unmatched.NO_CUSTOMER))
        found |= ids
    emails = sum(len(r.emails) for r in rows)
    numbers = sum(len(r.numbers) for r in rows)
    how = f"list {path.name}: {emails} e-mails, {numbers} order numbers"
    if unmatched:
        how += f", {len(unmatched)} rows matched nobody"
    return Selection(sorted(found), how, tuple(sorted(unmatched)))


def _check_period(start: datetime, end: datetime) -> None:
    if start >= end:
        raise PeriodBackwards()


def _period(start: datetime, end: datetime) -> str:
    """The period in Riga time, whatever zone it was given in; the end is not included."""
    first, last = start.astimezone(SHOP_ZONE), end.astimezone(SHOP_ZONE)
    return f"{first:%Y-%m-%d %H:%M} – {last:%Y-%m-%d %H:%M} Riga time, end not included"


def read_rows(raw: bytes, name: str = "list") -> tuple[list[ListRow], list[tuple[int, Unmatched]]]:
    """The e-mails and order numbers (``1234`` or ``#1234``) of each row, and the rows that
    hold neither or cannot be read; a first row holding neither is a header."""
    text = _decoded(raw, name)
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel
    with contextlib.suppress(csv.Error):  # Latvian Excel writes ";"-separated CSV
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    rows: list[ListRow] = []
    unmatched: list[tuple[int, Unmatched]] = []
    lines = text.splitlines()
    reader = csv.reader(lines, dialect)
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            unmatched.append((line, Unmatched.UNREADABLE))
            continue
        if not any(c.strip() for c in cells):
            continue
        if any(len(c) > CELL_LIMIT for c in cells):
            unmatched.append((line, Unmatched.UNREADABLE))
            continue
        emails, numbers = _values(cells)
        if emails or numbers:
            rows.append(ListRow(line, tuple(emails), tuple(numbers)))
        elif line > 1:
            unmatched.append((line, Unmatched.NOTHING))
    return rows, unmatched


def read_list(raw: bytes) -> tuple[list[str], list[str]]:
    """Every e-mail and order number of a list, whatever row they are in."""
    rows, _ = read_rows(raw)
    return [e for r in rows for e in r.emails], [n for r in rows for n in r.numbers]


def _decoded(raw: bytes, name: str) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise ListUnreadable(name=name) from None
    if b"\x00" in raw:  # binary, or UTF-16 without its byte-order mark
        raise ListUnreadable(name=name)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1257")
    except UnicodeDecodeError:
        raise ListUnreadable(name=name) from None


def _values(cells: list[str]) -> tuple[list[str], list[str]]:
    """E-mails (also from ``Name <e-mail>`` and ``mailto:`` links) and order numbers."""
    emails: list[str] = []
    numbers: list[str] = []
    for cell in (c.strip() for c in cells):
        if "@" in cell:
            for _, address in getaddresses([_without_mailto(cell)]):
                address = _without_mailto(address)
                if "@" in address and " " not in address:
                    emails.append(address)
        elif cell.lstrip("#").isascii() and cell.lstrip("#").isdigit():
            numbers.append(cell.lstrip("#"))
    return emails, numbers


def _without_mailto(text: str) -> str:
    """``mailto:a@b.lv?subject=x`` → ``a@b.lv``."""
    text = text.strip()
    if text.lower().startswith("mailto:"):
        text = unquote(text[len("mailto:") :].split("?", 1)[0])
    return text


def breaches_with_final_dvi_notice(session: Session) -> set[int]:
    """Ids of breaches whose final (signed) DVI notice has been made: their clock has
    done its job, so the register shows them without urgency."""
    return breach_repo.breaches_with_output(session, OutputKind.DVI)
