"""Who a breach affected: the four ways of choosing the customers, and the words that
record how they were chosen, for the breach page and `minime-admin breach affected` alike.

Each way gives the customer ids and a short record of how they were chosen; that record is
saved with the breach (``affected_query``), so it reads the same whichever face made it.
Counting, previewing and saving are services.breaches.select_affected.
"""

from __future__ import annotations

import contextlib
import csv
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path

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


@dataclass(frozen=True)
class Selection:
    customer_ids: list[int]
    how: str  # saved with the breach: how the list was made


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
    """Customers named in a CSV or plain list of e-mails and order numbers.

    Shops export in UTF-8 (with or without a BOM) or, from older Windows tools, in
    windows-1257 (Baltic): UTF-8 is tried first because it fails loudly on cp1257 bytes.
    """
    try:
        raw = path.read_bytes()
    except OSError as error:  # gone, unreadable: say so, as for any bad input
        raise InvalidInput(field=path.name, problem=error.strerror or str(error)) from error
    emails, numbers = read_list(raw)
    ids = breach_repo.customers_by_emails_or_orders(session, emails, numbers)
    return Selection(ids, f"list {path.name}: {len(emails)} e-mails, {len(numbers)} order numbers")


def _check_period(start: datetime, end: datetime) -> None:
    if start >= end:
        raise PeriodBackwards()


def _period(start: datetime, end: datetime) -> str:
    """The period in Riga time, whatever zone it was given in; the end is not included."""
    first, last = start.astimezone(SHOP_ZONE), end.astimezone(SHOP_ZONE)
    return f"{first:%Y-%m-%d %H:%M} – {last:%Y-%m-%d %H:%M} Riga time, end not included"


def read_list(raw: bytes) -> tuple[list[str], list[str]]:
    """E-mails and order numbers (``1234`` or ``#1234``) from any cell of a CSV."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1257", errors="replace")
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel
    with contextlib.suppress(csv.Error):  # Latvian Excel writes ";"-separated CSV
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    emails: list[str] = []
    numbers: list[str] = []
    for row in csv.reader(text.splitlines(), dialect):
        for cell in (c.strip() for c in row):
            if "@" in cell:
                emails.append(cell)
            elif cell.lstrip("#").isdigit():
                numbers.append(cell.lstrip("#"))
    return emails, numbers


def breaches_with_final_dvi_notice(session: Session) -> set[int]:
    """Ids of breaches whose final (signed) DVI notice has been made: their clock has
    done its job, so the register shows them without urgency."""
    return breach_repo.breaches_with_output(session, OutputKind.DVI)
