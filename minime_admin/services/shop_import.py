"""Shop data in (issue #12): the use case every shop importer shares.

First everything is downloaded and turned into normalised records (importers/), so that a
shop that fails halfway writes nothing. Then accounts, guests and orders are written in
batches, each its own unit of work, updating in place by the shop's id (guests by e-mail):
a second identical run changes nothing. A person who was erased is never re-created; they
are reported as rejected. A dry run does the same work in one transaction and rolls it back,
so its counts are the real run's. One audit entry per run holds the counts, nothing personal.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from minime_admin import collector
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.import_runs import ImportSource, RunOutcome
from minime_admin.errors import KnownError
from minime_admin.importers import woocommerce_mapping as mapping
from minime_admin.importers.records import (
    OrderRecord,
    PersonRecord,
    Rejected,
    Rejection,
)
from minime_admin.importers.woocommerce import WooCommerceClient
from minime_admin.progress import Cancelled, Progress, report
from minime_admin.services import audit, import_runs
from minime_admin.services.shop_batch import rejection, write_batch
from minime_admin.services.shop_work import CUSTOMERS, GUESTS, ORDERS, Work, plan
from minime_admin.store import session as store_session
from minime_admin.store.import_repo import Outcome
from minime_admin.store.session import UnitsOfWork

# Records per unit of work. Each commit, and each batch's new segment of the search index,
# costs the same for 50 rows as for 5,000; a batch of 5,000 customers still takes well
# under a second, so a cancel is not kept waiting.
BATCH = 5000
# Orders: what a batch reads and rebuilds grows with the customers its orders belong to (their
# rows, and their search entries, each with all their orders), and a shop's orders are spread
# over its customers: at 20,000 orders of 6,000 customers a batch of 5,000 touched ~4,750 of
# them, so four batches rebuilt 19,000 entries. Twice as many orders a batch made the writes
# ~30 % cheaper (benchmarks/results/import_woocommerce.txt); one still takes about half a
# second.
ORDER_BATCH = 10_000
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
                    data.rejections.append(rejection(resource, position, raw, rejected))
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
    batch_size: int | None = None,
    started_at: datetime | None = None,
) -> ImportResult:
    """Write ``data``, each batch in its own unit of work (``units()`` opens the next);
    ``batch_size`` records a batch (when not given BATCH, orders ORDER_BATCH, read at the
    call).

    The run goes into the history (services/import_runs) in the unit of work that ends it:
    finished, cancelled (the batches written stay) or failed."""
    with collector.held_back():
        sizes = (batch_size or BATCH, batch_size or ORDER_BATCH)
        return _import(units, data, source, dry_run, progress, sizes, started_at, actor)


def _import(
    units: UnitsOfWork,
    data: ShopData,
    source: str,
    dry_run: bool,
    progress: Progress | None,
    batch_sizes: tuple[int, int],  # people, orders
    started_at: datetime | None,
    actor: Actor,
) -> ImportResult:
    counts = {kind: Counts() for kind in (CUSTOMERS, GUESTS, ORDERS)}
    rejections = list(data.rejections)
    warnings: list[Rejection] = []
    for refused in rejections:
        counts[refused.source].rejected += 1
    work = plan(data.customers, data.orders, *batch_sizes)
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


def _write(
    units: UnitsOfWork | Any,
    work: Work,
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
            batch_counts, batch_rejections, batch_warnings = write_batch(session, kind, batch)
        # Counted only once the batch has committed.
        for outcome, number in batch_counts.items():
            setattr(counts[kind], outcome.value, getattr(counts[kind], outcome.value) + number)
        counts[kind].rejected += len(batch_rejections)
        rejections.extend(batch_rejections)
        warnings.extend(batch_warnings)
        done += len(batch)
        report(progress, done, total)
