"""SQL for erasure: the facts a plan weighs, and deleting or blanking rows by id."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, Table, delete, false, func, or_, select, update
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from minime_admin.domain import erasure as rules
from minime_admin.domain.requests import RequestType
from minime_admin.store import personal_data
from minime_admin.store.base import Base, rows_changed, table_of
from minime_admin.store.models import (
    ConsentEvent,
    Customer,
    Invoice,
    LegalHold,
    Order,
    OrderItem,
    PaymentTransaction,
)
from minime_admin.store.request_models import (
    ArchivedLetter,
    DataRequest,
    RequestAttachment,
    RequestEvent,
)
from minime_admin.store.system_models import AppSetting, AuditNote

CHUNK = 5000
_SALT_KEY = "erasure.identity_salt"


def _t(model: type[Base]) -> Table:
    return table_of(model)


def customer_row(session: Session, customer_id: int) -> Customer | None:
    return session.get(Customer, customer_id)


def ids_of(session: Session, model: type[Base], customer_id: int) -> list[int]:
    table = _t(model)
    rows = session.execute(select(table.c.id).where(personal_data.belongs_to(model, customer_id)))
    return [row[0] for row in rows]


def orders_of(session: Session, customer_id: int) -> list[Any]:
    statement = select(Order.id, Order.number, Order.status, Order.placed_at).where(
        Order.customer_id == customer_id
    )
    return list(session.execute(statement).all())


def items_of(session: Session, order_ids: Sequence[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for start in range(0, len(order_ids), CHUNK):
        statement = select(OrderItem.order_id, OrderItem.id).where(
            OrderItem.order_id.in_(order_ids[start : start + CHUNK])
        )
        for order_id, item_id in session.execute(statement):
            found.setdefault(order_id, []).append(item_id)
    return found


def invoices_of(session: Session, customer_id: int) -> list[Any]:
    statement = (
        select(Invoice.id, Invoice.number, Invoice.issued_at, Invoice.order_id)
        .join(Order, Order.id == Invoice.order_id)
        .where(Order.customer_id == customer_id)
    )
    return list(session.execute(statement).all())


def payments_of(session: Session, customer_id: int) -> list[Any]:
    statement = (
        select(PaymentTransaction.id, PaymentTransaction.order_id, Order.status)
        .join(Order, Order.id == PaymentTransaction.order_id)
        .where(Order.customer_id == customer_id)
    )
    return list(session.execute(statement).all())


def consent_events_of(session: Session, customer_id: int) -> list[Any]:
    statement = select(
        ConsentEvent.id, ConsentEvent.purpose, ConsentEvent.action, ConsentEvent.occurred_at
    ).where(ConsentEvent.customer_id == customer_id)
    return list(session.execute(statement).all())


def holds_of(session: Session, customer_id: int) -> list[Any]:
    statement = select(LegalHold.id, LegalHold.order_id, LegalHold.kind).where(
        LegalHold.customer_id == customer_id, LegalHold.released_on.is_(None)
    )
    return list(session.execute(statement).all())


def all_holds_of(session: Session, customer_id: int) -> list[Any]:
    """Every hold, in force or released: a released one's record has its own period."""
    statement = select(LegalHold.id, LegalHold.released_on).where(
        LegalHold.customer_id == customer_id
    )
    return list(session.execute(statement).all())


def delete_ids(session: Session, model: type[Base], ids: Sequence[int]) -> int:
    table = _t(model)
    removed = 0
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        removed += rows_changed(session.execute(delete(table).where(table.c.id.in_(chunk))))
    return removed


def blank_shipping_addresses(session: Session, order_ids: Sequence[int]) -> None:
    for start in range(0, len(order_ids), CHUNK):
        session.execute(
            update(Order)
            .where(Order.id.in_(order_ids[start : start + CHUNK]))
            .values(shipping_address=None)
        )


def make_stub(session: Session, customer_id: int, identity_hash: str | None, at: datetime) -> None:
    session.execute(
        update(Customer)
        .where(Customer.id == customer_id)
        .values(
            external_id=None,
            first_name="",
            last_name="",
            email=None,
            phone=None,
            last_activity_at=None,
            erased_at=at,
            identity_hash=identity_hash,
        )
    )


# What a written phone number may have between its digits (domain.erasure.names_person
# strips the same, and any other white space, before it looks for the number).
_SEPARATORS = (" ", "-", ".", "(", ")", "/", "+", "\t", "\n", "\r", "\u00a0")


def _digits_only(column: Any) -> Any:
    for separator in _SEPARATORS:
        column = func.replace(column, separator, "")
    return column


def _position(haystack: Any, needle: str) -> Any:
    """Where ``needle`` starts in ``haystack`` (1-based, 0 if absent) on either dialect:
    SQLite's instr, PostgreSQL's strpos (both take the arguments in this order)."""
    return _Position(haystack, needle)


class _Position(FunctionElement[int]):
    inherit_cache = True
    type = Integer()


@compiles(_Position)
def _position_default(element: Any, compiler: Any, **kw: Any) -> str:
    return f"instr({compiler.process(element.clauses, **kw)})"


@compiles(_Position, "postgresql")
def _position_postgresql(element: Any, compiler: Any, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


def _may_name(column: Any, email: str | None, tail: str | None) -> Any:
    """A cheap first sieve in SQL: ``column`` contains the e-mail (ASCII case ignored) or
    the phone's last 8 digits however spaced; names_person then decides row by row."""
    tests = []
    if email:
        tests.append(_position(func.lower(column), email.strip().lower()) > 0)
    if tail:
        tests.append(_position(_digits_only(column), tail) > 0)
    return or_(false(), *tests)


_REQUEST_TEXTS = (
    DataRequest.text,
    DataRequest.subject,
    DataRequest.outcome_text,
    DataRequest.extension_reason,
    DataRequest.identity_method,
    DataRequest.requester_email,
    DataRequest.requester_phone,
)


def requests_naming(
    session: Session, customer_id: int, email: str | None, phone: str | None
) -> list[int]:
    """Every request the person's erasure must scrub: linked to them, sent from their e-mail
    or phone, or whose words or timeline quote their e-mail or phone (linked or not)."""
    tail = rules.phone_tail(phone)
    found = set(
        session.execute(
            select(DataRequest.id).where(DataRequest.customer_id == customer_id)
        ).scalars()
    )
    if not (email or tail):
        return sorted(found)
    sieve = or_(*(_may_name(c, email, tail) for c in _REQUEST_TEXTS))
    for row in session.execute(select(DataRequest.id, *_REQUEST_TEXTS).where(sieve)):
        if any(rules.names_person(value, email, tail) for value in row[1:]):
            found.add(row[0])
    events = select(RequestEvent.request_id, RequestEvent.text).where(
        _may_name(RequestEvent.text, email, tail)
    )
    for request_id, text in session.execute(events):
        if rules.names_person(text, email, tail):
            found.add(request_id)
    return sorted(found)


def scrub_requests(session: Session, request_ids: Sequence[int], identity_hash: str | None) -> None:
    """The requests keep their reference, type, dates, status and outcome code; the
    requester's identifiers and every free text go, with their attachments and letters."""
    for start in range(0, len(request_ids), CHUNK):
        _scrub_chunk(session, request_ids[start : start + CHUNK], identity_hash)


def _scrub_chunk(session: Session, request_ids: Sequence[int], identity_hash: str | None) -> None:
    session.execute(
        update(DataRequest)
        .where(DataRequest.id.in_(request_ids))
        .values(
            requester_name="",
            requester_email=None,
            requester_phone=None,
            requester_folded="",
            subject=None,
            text="",
            outcome_text=None,
            extension_reason=None,
            identity_method=None,
            requester_hash=identity_hash,
        )
    )
    session.execute(
        update(RequestEvent)
        .where(RequestEvent.request_id.in_(request_ids))
        .values(text="", letter_id=None)  # the letters themselves go next
    )
    session.execute(delete(RequestAttachment).where(RequestAttachment.request_id.in_(request_ids)))
    session.execute(delete(ArchivedLetter).where(ArchivedLetter.request_id.in_(request_ids)))


def delete_notes_naming(
    session: Session, customer_id: int, email: str | None, phone: str | None
) -> int:
    """The audit log's free-text notes about the person: written about them, or quoting
    their e-mail or phone. Their entries keep the note's id and salted hash only."""
    tail = rules.phone_tail(phone)
    doomed = set(
        session.execute(select(AuditNote.id).where(AuditNote.customer_id == customer_id)).scalars()
    )
    if email or tail:
        candidates = select(AuditNote.id, AuditNote.text).where(
            _may_name(AuditNote.text, email, tail)
        )
        for note_id, text in session.execute(candidates):
            if rules.names_person(text, email, tail):
                doomed.add(note_id)
    return delete_ids(session, AuditNote, sorted(doomed))


def identity_salt(session: Session) -> bytes:
    """One random salt per database, made on first use."""
    stored = session.get(AppSetting, _SALT_KEY)
    if stored is None:
        stored = AppSetting(key=_SALT_KEY, value=secrets.token_hex(16))
        session.add(stored)
        session.flush()
    return bytes.fromhex(stored.value)


def set_identity_salt(session: Session, salt: bytes) -> None:
    """A restore re-applying erasures takes the newer copy's salt (services/restore.py)."""
    session.add(AppSetting(key=_SALT_KEY, value=salt.hex()))
    session.flush()


def stored_salt(session: Session) -> bytes | None:
    """The salt, if one was ever made (reading must not make one: nobody was erased yet)."""
    stored = session.get(AppSetting, _SALT_KEY)
    return bytes.fromhex(stored.value) if stored is not None else None


def last_erasure_of(session: Session, *identity_hashes: str) -> tuple[datetime, str | None] | None:
    """When the person with one of these hashes was last erased, and the erasure request's
    reference (the current and the legacy hash: domain/recognition.py)."""
    statement = (
        select(Customer.id, Customer.erased_at)
        .where(Customer.identity_hash.in_(identity_hashes), Customer.erased_at.is_not(None))
        .order_by(Customer.erased_at.desc())
        .limit(1)
    )
    found = session.execute(statement).first()
    if found is None:
        return None
    reference = session.execute(
        select(DataRequest.reference)
        .where(
            DataRequest.customer_id == found.id,
            DataRequest.type == RequestType.ERASURE.value,
        )
        .order_by(DataRequest.received_at.desc())
        .limit(1)
    ).scalar()
    return found.erased_at, reference


def customers_with_hash(session: Session, *identity_hashes: str) -> int:
    """How many stubs hold one of these hashes (the current and the legacy one)."""
    statement = select(Customer.id).where(Customer.identity_hash.in_(identity_hashes))
    return len(session.execute(statement).all())


def has_stubs(session: Session) -> bool:
    """Has anyone with an e-mail been erased? (If not, nobody needs the slow recognition
    hash: a stub without a hash can match nobody.) Only an erased stub carries an identity
    hash, and max() reads the end of that column's index: one page, where looking for an
    ``erased_at`` scanned the whole table (each batch of a large import asks)."""
    largest = session.execute(select(func.max(Customer.identity_hash))).scalar_one_or_none()
    return largest is not None
