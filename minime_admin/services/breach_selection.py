"""Who a breach affected: the selection queries, as the breach page asks for them.

Thin wrappers over store.breach_repo so that the GUI runs no SQL. Each returns the customer
ids and a short record of how they were chosen; that record is saved with the breach
(``affected_query``) in the same wording the command line uses. Counting, previewing and
saving are services.breaches.select_affected.
"""

from __future__ import annotations

import contextlib
import csv
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from minime_admin.domain.breach import OutputKind
from minime_admin.store import breach_repo


@dataclass(frozen=True)
class Selection:
    customer_ids: list[int]
    how: str  # saved with the breach: how the list was made


def orders_between(session: Session, start: datetime, end: datetime) -> Selection:
    """Customers with an order placed in [start, end)."""
    ids = breach_repo.customers_with_orders_between(session, start, end)
    return Selection(ids, f"orders {start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}")


def visits_between(session: Session, start: datetime, end: datetime) -> Selection:
    """Customers with a visit record in [start, end)."""
    ids = breach_repo.customers_with_visits_between(session, start, end)
    return Selection(ids, f"visits {start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}")


def newsletter_subscribers(session: Session) -> Selection:
    return Selection(breach_repo.newsletter_subscribers(session), "newsletter subscribers")


def from_list_file(session: Session, path: Path) -> Selection:
    """Customers named in a CSV or plain list of e-mails and order numbers.

    Shops export in UTF-8 (with or without a BOM) or, from older Windows tools, in
    windows-1257 (Baltic): UTF-8 is tried first because it fails loudly on cp1257 bytes.
    """
    emails, numbers = read_list(path.read_bytes())
    ids = breach_repo.customers_by_emails_or_orders(session, emails, numbers)
    return Selection(ids, f"list {path.name}: {len(emails)} e-mails, {len(numbers)} order numbers")


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
