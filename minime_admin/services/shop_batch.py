"""One batch of a shop import: compared with what is stored, written in one go.

A batch reads every stored row its records could match in a few queries
(``import_repo.prefetch``), decides each record in Python (new, updated, unchanged or
rejected: an erased person, an order of an unknown account, a number another order holds),
sends its writes as one executemany per table (``import_writes.Writes``), and keeps the
search index and newsletter links in step, all in the caller's unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.retention import add_months
from minime_admin.domain.shop_time import shop_day
from minime_admin.importers.records import (
    ERASED_ON,
    NUMBER_TAKEN,
    RECTIFIED_HERE,
    UNKNOWN_CUSTOMER,
    OrderRecord,
    PersonRecord,
    Rejected,
    Rejection,
)
from minime_admin.services import customer_search
from minime_admin.services.retention_rules import current_rules
from minime_admin.services.shop_erased import erased_in
from minime_admin.services.shop_work import CUSTOMERS, GUESTS, ORDERS, GuestProfile, Item
from minime_admin.store import import_repo, import_writes, newsletter_repo, version_repo
from minime_admin.store import session as store_session
from minime_admin.store.import_repo import Outcome, StoredCustomer


@dataclass
class _State:
    """What one batch learns as it goes: written once, at its end (``import_writes.Writes``)."""

    erased: dict[int, Any]  # position in the batch → when that person was erased
    visit_cutoff: Any
    known: import_repo.Known
    writes: import_writes.Writes
    newest_orders: dict[int, datetime] = field(default_factory=dict)  # guests: by customer id
    corrected: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    owners_erased: dict[int, datetime | None] = field(default_factory=dict)
    people: list[tuple[StoredCustomer, PersonRecord]] = field(default_factory=list)
    fresh: dict[int, StoredCustomer] = field(default_factory=dict)  # new, by id
    unchanged: set[int] = field(default_factory=set)  # so far: their account may differ
    touched: set[int] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    warnings: list[Rejection] = field(default_factory=list)


def write_batch(
    session: Session, kind: str, batch: list[Item]
) -> tuple[dict[Outcome, int], list[Rejection], list[Rejection]]:
    """Compare one batch with what is stored and write the differences; returns the
    counts, the rejections and the warnings (imported, but a person should look)."""
    today = store_session.today(session)
    records = [record for _, record in batch]
    people = [r for r in records if isinstance(r, PersonRecord)]
    orders = [r for r in records if isinstance(r, OrderRecord)]
    # An order is matched to its account by the shop's id, to a guest by e-mail: only a
    # guest's order needs its e-mail looked up, and no order its customer's addresses (at
    # 20,000 orders, reading every buyer's e-mail and addresses again in each batch cost
    # more than the orders' own look-ups).
    known = import_repo.prefetch(
        session,
        customer_ids=[r.external_id for r in people if r.external_id]
        + [o.customer_external_id for o in orders if o.customer_external_id],
        emails=[r.email for r in people]
        + [o.buyer.email for o in orders if o.customer_external_id is None],
        order_ids=[o.external_id for o in orders],
        numbers=[o.number for o in orders],
        addresses=kind != ORDERS,
    )
    state = _State(
        erased=erased_in(session, batch, known),
        visit_cutoff=add_months(today, -current_rules(session)["visit_record"].months),
        known=known,
        writes=import_writes.Writes.start(session),
    )
    _prefetch_more(session, kind, state)
    outcomes: dict[Outcome, int] = {o: 0 for o in Outcome}
    rejected: list[Rejection] = []
    source = ORDERS if kind in (GUESTS, ORDERS) else CUSTOMERS
    # Look-ups see only what earlier batches wrote; this batch is written once, at the end.
    for index, (position, record) in enumerate(batch):
        erased_at = state.erased.get(index)
        try:
            if kind == ORDERS:
                outcome = _order(record, erased_at, state)
            else:
                outcome = _person(kind, position, record, erased_at, state)
        except Rejected as refusal:
            rejected.append(rejection(source, position, record, refusal))
            continue
        outcomes[outcome] += 1
    accounts_changed = import_writes.sync_accounts(session, state.writes, state.people)
    state.writes.flush(session)
    moved = len(accounts_changed & state.unchanged)  # only the login changed: updated too
    outcomes[Outcome.UNCHANGED] -= moved
    outcomes[Outcome.UPDATED] += moved
    state.touched |= accounts_changed
    fresh = state.fresh
    changed = sorted(state.touched - set(fresh))
    version_repo.bump(session, "customer", changed)  # an open customer page notices
    customer_search.refresh_customers(session, changed)
    customer_search.index_new_customers(
        session,
        [
            customer_search.NewCustomer(
                c.id,
                c.first_name,
                c.last_name,
                c.email,
                c.phone,
                [(street, city, postal) for _, street, city, postal, _ in c.addresses],
            )
            for c in fresh.values()
        ],
    )
    # A newsletter subscriber read before they were a customer becomes theirs now.
    newsletter_repo.link_subscriptions(session, sorted(state.touched))
    return outcomes, rejected, state.warnings


def _prefetch_more(session: Session, kind: str, state: _State) -> None:
    """What only some records need, read for the whole batch at once: the newest stored
    order of guests already here, the corrections made here (Art. 16) of customers the
    shop's record differs from, the owners of orders already here."""
    known = state.known
    customers = {c.id: c for c in (*known.by_external_id.values(), *known.by_email.values())}
    if kind == GUESTS:
        guests = [c.id for c in customers.values() if c.external_id is None]
        state.newest_orders = import_repo.newest_orders_at(session, guests)
    if kind != ORDERS:
        state.corrected = import_repo.details_by_subject(
            session, AuditAction.CUSTOMER_RECTIFIED, "customer", [str(c) for c in customers]
        )
    else:
        owners = [o.customer_id for o in known.orders.values() if o.customer_id is not None]
        state.owners_erased = import_repo.owners_erased_at(session, owners)


def _person(
    kind: str, position: int, record: PersonRecord, erased_at: Any, state: _State
) -> Outcome:
    if kind == CUSTOMERS and record.external_id is not None:
        existing = state.known.by_external_id.get(record.external_id)
        if existing is None:  # a guest (or someone typed in here) who has opened an account
            known = state.known.customer_by_email(record.email)
            existing = known if known is not None and known.external_id is None else None
    else:
        existing = state.known.customer_by_email(record.email)
        if existing is not None and existing.external_id is not None:
            return Outcome.UNCHANGED  # a shop account: its profile comes from /customers
    if existing is None and erased_at is not None:
        raise Rejected(ERASED_ON, day=shop_day(erased_at).isoformat())
    if isinstance(record, GuestProfile) and existing is not None:
        stored = state.newest_orders.get(existing.id)
        newer = stored is not None and record.last_order_at is not None
        if newer and record.last_order_at < stored:  # type: ignore[operator]
            return Outcome.UNCHANGED  # a newer order already gave these details
        # Only changed orders may have been read: the guest was here since the earliest.
        record = replace(record, created_at=min(record.created_at, existing.created_at))
    countries = {a.country for a in record.addresses}
    language = "lv" if not countries or countries & {"LV", ""} else "en"
    keep = _corrected_here(state, existing, record) if existing is not None else frozenset()
    for name in sorted(keep):
        source = ORDERS if kind == GUESTS else CUSTOMERS
        state.warnings.append(Rejection(source, position, record.external_id, RECTIFIED_HERE[name]))
    customer, outcome = import_writes.upsert_customer(
        state.writes, existing, record, language, keep
    )
    state.people.append((customer, record))
    if outcome is Outcome.NEW:
        state.fresh[customer.id] = customer
    if outcome is not Outcome.UNCHANGED:
        state.touched.add(customer.id)
    else:
        state.unchanged.add(customer.id)
    return outcome


def _corrected_here(
    state: _State, existing: StoredCustomer, record: PersonRecord
) -> frozenset[str]:
    """The differing fields the office corrected here (Art. 16): the shop must not undo them.

    Only where the shop's record differs does it matter, so an unchanged customer costs
    nothing (the corrections were read for the whole batch, ``_prefetch_more``)."""
    differing = import_repo.differing_fields(existing, record)
    if not differing:
        return frozenset()
    corrected = {
        import_repo.ADDRESSES if entry.get("address_id") is not None else str(entry.get("field"))
        for entry in state.corrected.get(str(existing.id), ())
    }
    return frozenset(differing & corrected)


def _order(record: OrderRecord, erased_at: Any, state: _State) -> Outcome:
    existing = state.known.orders.get(record.external_id)
    owner = existing.customer_id if existing is not None else None
    owner_erased = state.owners_erased.get(owner) if owner is not None else None
    if owner_erased is not None:
        raise Rejected(ERASED_ON, day=shop_day(owner_erased).isoformat())
    if record.customer_external_id is not None:
        customer = state.known.by_external_id.get(record.customer_external_id)
    else:
        customer = state.known.customer_by_email(record.buyer.email)
    if customer is None:
        if erased_at is not None:
            raise Rejected(ERASED_ON, day=shop_day(erased_at).isoformat())
        raise Rejected(UNKNOWN_CUSTOMER, ident=record.customer_external_id or "0")
    if record.number in state.numbers or state.known.number_taken(
        record.number, record.external_id
    ):
        raise Rejected(NUMBER_TAKEN, number=record.number)
    state.numbers.add(record.number)
    keep_visit = shop_day(record.placed_at) > state.visit_cutoff
    outcome = import_writes.upsert_order(
        state.writes, existing, record, customer.id, keep_visit, state.known
    )
    if outcome is not Outcome.UNCHANGED:
        state.touched.add(customer.id)
        if owner is not None and owner in state.owners_erased:
            state.touched.add(owner)
    return outcome


def rejection(source: str, position: int, raw: Any, refusal: Rejected) -> Rejection:
    ident = raw.get("id") if isinstance(raw, dict) else getattr(raw, "external_id", None)
    shown = str(ident) if isinstance(ident, int | str) and len(str(ident)) <= 64 else None
    return Rejection(source, position, shown, refusal.reason, refusal.params)
