"""Shop data in (issue #12): the use case every shop importer shares.

First everything is downloaded and turned into normalised records (importers/), so that a
shop that fails halfway writes nothing. Then accounts, guests and orders are written in
batches, each its own unit of work, updating in place by the shop's id (guests by e-mail):
a second identical run changes nothing. A person who was erased is never re-created; they
are reported as rejected. A dry run does the same work in one transaction and rolls it back,
so its counts are the real run's. One audit entry per run holds the counts, nothing personal.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from minime_admin import collector
from minime_admin.domain import recognition
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.import_runs import ImportSource, RunOutcome
from minime_admin.domain.retention import add_months
from minime_admin.domain.shop_time import shop_day
from minime_admin.errors import KnownError
from minime_admin.importers import woocommerce_mapping as mapping
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
from minime_admin.importers.woocommerce import WooCommerceClient
from minime_admin.progress import Cancelled, Progress, report
from minime_admin.services import audit, customer_search, import_runs
from minime_admin.services.retention_rules import current_rules
from minime_admin.store import erasure_repo, import_repo, import_writes, newsletter_repo
from minime_admin.store import session as store_session
from minime_admin.store.import_repo import Outcome, StoredCustomer
from minime_admin.store.session import UnitsOfWork

# Records a unit of work. Each commit, and each batch's new segment of the search index,
# costs the same for 50 rows as for 5,000; a batch of 5,000 customers still takes well
# under a second, so a cancel is not kept waiting.
BATCH = 5000
CUSTOMERS, GUESTS, ORDERS = "customers", "guests", "orders"
WOOCOMMERCE = ImportSource.WOOCOMMERCE.value


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)

    def as_dict(self) -> dict[str, int]:
        return {**{o.value: getattr(self, o.value) for o in Outcome}, "rejected": self.rejected}


@dataclass
class ShopData:
    """Everything read from the shop, before anything is written."""

    customers: list[tuple[int, PersonRecord]] = field(default_factory=list)
    orders: list[tuple[int, OrderRecord]] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    source: str
    dry_run: bool
    counts: dict[str, Counts]
    rejections: tuple[Rejection, ...]
    warnings: tuple[Rejection, ...] = ()  # imported, but a person should look

    def as_dict(self, translate: Any = None) -> dict[str, Any]:
        def listed(found: tuple[Rejection, ...]) -> list[dict[str, Any]]:
            return [
                {
                    "source": r.source,
                    "position": r.position,
                    "id": r.external_id,
                    "reason": r.message(translate),
                }
                for r in found
            ]

        return {
            "source": self.source,
            "dry_run": self.dry_run,
            "counts": {kind: c.as_dict() for kind, c in self.counts.items()},
            "rejected": listed(self.rejections),
            "warnings": listed(self.warnings),
        }


def download_woocommerce(
    client: WooCommerceClient,
    progress: Progress | None = None,
    orders_since: datetime | None = None,
) -> ShopData:
    """Every customer and order (or the orders changed since ``orders_since``) as records;
    raises a KnownError, writes nothing."""
    data = ShopData()
    done = 0
    for resource, convert in (
        (CUSTOMERS, mapping.customer_from_json),
        (ORDERS, mapping.order_from_json),
    ):
        position = 0
        since = orders_since if resource == ORDERS else None
        for page in client.pages(resource, modified_after=since):
            for raw in page.records:
                position += 1
                try:
                    record = convert(raw)
                except Rejected as rejected:
                    data.rejections.append(_rejection(resource, position, raw, rejected))
                    continue
                if isinstance(record, OrderRecord):
                    data.orders.append((position, record))
                else:
                    data.customers.append((position, record))
            done += len(page.records)
            report(progress, done, 0)
    return data


def import_shop(
    units: UnitsOfWork,
    actor: Actor,
    data: ShopData,
    source: str = WOOCOMMERCE,
    dry_run: bool = False,
    progress: Progress | None = None,
    batch_size: int = BATCH,
    started_at: datetime | None = None,
) -> ImportResult:
    """Write ``data``, each batch in its own unit of work (``units()`` opens the next).

    The run goes into the history (services/import_runs) in the unit of work that ends it:
    finished, cancelled (the batches written stay) or failed."""
    with collector.held_back():
        return _import(units, data, source, dry_run, progress, batch_size, started_at, actor)


def _import(
    units: UnitsOfWork,
    data: ShopData,
    source: str,
    dry_run: bool,
    progress: Progress | None,
    batch_size: int,
    started_at: datetime | None,
    actor: Actor,
) -> ImportResult:
    counts = {kind: Counts() for kind in (CUSTOMERS, GUESTS, ORDERS)}
    rejections = list(data.rejections)
    warnings: list[Rejection] = []
    for rejection in rejections:
        counts[rejection.source].rejected += 1
    work = _work(data, batch_size)
    total = sum(len(batch) for _, batch in work)
    if dry_run:
        outcome = RunOutcome.FINISHED
        started = started_at
        try:
            with units() as session:
                started = started_at or store_session.now(session)
                _write(
                    lambda: nullcontext(session),
                    work,
                    counts,
                    rejections,
                    warnings,
                    progress,
                    total,
                )
                raise _Preview
        except _Preview:
            pass
        except Cancelled:
            outcome = RunOutcome.CANCELLED
            raise
        finally:
            with units() as session:  # the preview's own work was rolled back; its run is kept
                import_runs.record_run(
                    session, source, True, outcome, _plain(counts), rejections, started
                )
        return ImportResult(source, True, counts, tuple(rejections), tuple(warnings))
    outcome, error = RunOutcome.FAILED, None
    try:
        with units() as session:
            started = started_at or store_session.now(session)
        _write(units, work, counts, rejections, warnings, progress, total)
        outcome = RunOutcome.FINISHED
    except Cancelled:
        outcome = RunOutcome.CANCELLED
        raise
    except KnownError as failure:
        error = failure
        raise
    finally:
        with units() as session:
            # One entry per run, even a cancelled one: what was written stays written.
            audit.record(
                session,
                actor,
                AuditAction.SHOP_IMPORTED,
                "shop",
                source,
                "",
                {"counts": _plain(counts)},
            )
            import_runs.record_run(
                session, source, False, outcome, _plain(counts), rejections, started, error
            )
    return ImportResult(source, False, counts, tuple(rejections), tuple(warnings))


def import_woocommerce(
    units: UnitsOfWork,
    actor: Actor,
    client: WooCommerceClient,
    dry_run: bool = False,
    progress: Progress | None = None,
    full: bool = False,
) -> ImportResult:
    """Download, then write. Orders changed since the last finished real run are asked for
    (``import_runs.modified_after``), all of them the first time or with ``full``; the
    customers' list has no such filter in WooCommerce and is always read whole."""
    with units() as session:
        started = store_session.now(session)
        since = None if full else import_runs.modified_after(session, WOOCOMMERCE)
    with collector.held_back():  # every record downloaded stays alive until the end
        return _download_and_write(units, actor, client, dry_run, progress, started, since)


def _download_and_write(
    units: UnitsOfWork,
    actor: Actor,
    client: WooCommerceClient,
    dry_run: bool,
    progress: Progress | None,
    started: datetime,
    since: datetime | None,
) -> ImportResult:
    try:
        data = download_woocommerce(client, progress, since)
    except (KnownError, Cancelled) as stopped:
        failed = isinstance(stopped, KnownError)
        with units() as session:  # nothing was written; the history says why
            import_runs.record_run(
                session,
                WOOCOMMERCE,
                dry_run,
                RunOutcome.FAILED if failed else RunOutcome.CANCELLED,
                {},
                (),
                started,
                stopped if isinstance(stopped, KnownError) else None,
            )
        raise
    return import_shop(units, actor, data, WOOCOMMERCE, dry_run, progress, started_at=started)


def _plain(counts: dict[str, Counts]) -> dict[str, dict[str, int]]:
    return {kind: c.as_dict() for kind, c in counts.items()}


class _Preview(Exception):
    """Rolls back a dry run's one transaction."""


_Item = tuple[int, Any]
_Work = list[tuple[str, list[_Item]]]


def _work(data: ShopData, batch_size: int) -> _Work:
    """Accounts, then guests, then orders (which need both), cut into batches."""
    kinds: list[tuple[str, list[_Item]]] = [
        (CUSTOMERS, _once(data.customers)),
        (GUESTS, list(_guests(data.orders))),
        (ORDERS, _once(data.orders)),
    ]
    return [
        (kind, items[start : start + batch_size])
        for kind, items in kinds
        for start in range(0, len(items), batch_size)
    ]


def _once(records: Sequence[tuple[int, PersonRecord | OrderRecord]]) -> list[_Item]:
    """Each shop id once (a record can show up twice when the shop changes while paging)."""
    latest = {_key(record): (position, record) for position, record in records}
    return sorted(latest.values(), key=lambda item: item[0])


def _key(record: PersonRecord | OrderRecord) -> str:
    """The shop's id; a person without one (a guest in a customers file) by e-mail."""
    if record.external_id is None and isinstance(record, PersonRecord):
        return "@" + record.email.lower()
    return str(record.external_id)


def _guests(orders: Sequence[tuple[int, OrderRecord]]) -> Iterator[_Item]:
    """One profile per guest e-mail: the newest order's billing data, since the first order.

    Taking one order's data (not each order's in turn) keeps a second run from flipping a
    guest's details back and forth."""
    newest: dict[str, tuple[int, OrderRecord]] = {}
    first: dict[str, OrderRecord] = {}
    for position, order in orders:
        if order.customer_external_id is not None:
            continue
        key = order.buyer.email.lower()
        if key not in newest or order.placed_at >= newest[key][1].placed_at:
            newest[key] = (position, order)
        if key not in first or order.placed_at < first[key].placed_at:
            first[key] = order
    for key, (position, order) in newest.items():
        buyer = order.buyer
        yield (
            position,
            GuestProfile(
                None,
                buyer.first_name,
                buyer.last_name,
                buyer.email,
                buyer.phone,
                first[key].placed_at,
                addresses=buyer.addresses,
                last_order_at=order.placed_at,
            ),
        )


@dataclass(frozen=True)
class GuestProfile(PersonRecord):
    """A guest's profile and the order it was taken from: an incremental run sees only the
    changed orders, which must not overwrite details from a newer order already stored."""

    last_order_at: datetime | None = None


def _write(
    units: UnitsOfWork | Any,
    work: _Work,
    counts: dict[str, Counts],
    rejections: list[Rejection],
    warnings: list[Rejection],
    progress: Progress | None,
    total: int,
) -> None:
    done = 0
    for kind, batch in work:
        opened: AbstractContextManager[Session] = units()
        with opened as session:
            batch_counts, batch_rejections, batch_warnings = _batch(session, kind, batch)
        # Counted only once the batch has committed.
        for outcome, number in batch_counts.items():
            setattr(counts[kind], outcome.value, getattr(counts[kind], outcome.value) + number)
        counts[kind].rejected += len(batch_rejections)
        rejections.extend(batch_rejections)
        warnings.extend(batch_warnings)
        done += len(batch)
        report(progress, done, total)


@dataclass
class _Batch:
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


def _batch(
    session: Session, kind: str, batch: list[_Item]
) -> tuple[dict[Outcome, int], list[Rejection], list[Rejection]]:
    today = store_session.today(session)
    records = [record for _, record in batch]
    people = [r for r in records if isinstance(r, PersonRecord)]
    orders = [r for r in records if isinstance(r, OrderRecord)]
    known = import_repo.prefetch(
        session,
        customer_ids=[r.external_id for r in people if r.external_id]
        + [o.customer_external_id for o in orders if o.customer_external_id],
        emails=[r.email for r in people] + [o.buyer.email for o in orders],
        order_ids=[o.external_id for o in orders],
        numbers=[o.number for o in orders],
    )
    state = _Batch(
        erased=_erased_in(session, batch, known),
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
            rejected.append(_rejection(source, position, record, refusal))
            continue
        outcomes[outcome] += 1
    accounts_changed = import_writes.sync_accounts(session, state.writes, state.people)
    state.writes.flush(session)
    moved = len(accounts_changed & state.unchanged)  # only the login changed: updated too
    outcomes[Outcome.UNCHANGED] -= moved
    outcomes[Outcome.UPDATED] += moved
    state.touched |= accounts_changed
    fresh = state.fresh
    customer_search.refresh_customers(session, sorted(state.touched - set(fresh)))
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


def _prefetch_more(session: Session, kind: str, state: _Batch) -> None:
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


def _erased_in(session: Session, batch: list[_Item], known: import_repo.Known) -> dict[int, Any]:
    """Position in the batch → when that record's person was erased, for erased people.

    The recognition hash is slow on purpose (domain/recognition.py), so it is computed only
    where an erased person could be: when anyone was erased at all, and for records that
    match no live customer (a live customer is nobody's erased stub)."""
    if not erasure_repo.has_stubs(session):
        return {}
    salt = erasure_repo.identity_salt(session)
    wanted: dict[int, tuple[str, ...]] = {}
    for index, (_, record) in enumerate(batch):
        email = _email_of(record)
        if not email or _live_match(record, known) is not None:
            continue
        wanted[index] = recognition.candidates(salt, email)
    erased_by_hash = import_repo.erased_on(
        session, [h for hashes in wanted.values() for h in hashes]
    )
    found: dict[int, Any] = {}
    for index, hashes in wanted.items():
        moments = [erased_by_hash[h] for h in hashes if h in erased_by_hash]
        if moments:
            found[index] = min(moments)
    return found


def _live_match(record: Any, known: import_repo.Known) -> StoredCustomer | None:
    if isinstance(record, OrderRecord):
        if record.customer_external_id is not None:
            return known.by_external_id.get(record.customer_external_id)
        return known.customer_by_email(record.buyer.email)
    if record.external_id is not None and record.external_id in known.by_external_id:
        return known.by_external_id[record.external_id]
    return known.customer_by_email(record.email)


def _person(
    kind: str, position: int, record: PersonRecord, erased_at: Any, state: _Batch
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
    state: _Batch, existing: StoredCustomer, record: PersonRecord
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


def _order(record: OrderRecord, erased_at: Any, state: _Batch) -> Outcome:
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


def _email_of(record: Any) -> str:
    if isinstance(record, OrderRecord):
        return record.buyer.email
    return str(getattr(record, "email", ""))


def _rejection(source: str, position: int, raw: Any, refusal: Rejected) -> Rejection:
    ident = raw.get("id") if isinstance(raw, dict) else getattr(raw, "external_id", None)
    shown = str(ident) if isinstance(ident, int | str) and len(str(ident)) <= 64 else None
    return Rejection(source, position, shown, refusal.reason, refusal.params)
