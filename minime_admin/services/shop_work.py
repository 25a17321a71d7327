"""A shop import's records put in the order they are written and cut into batches.

Accounts come first, then the guests (one profile per e-mail, from their orders' billing
data), then the orders, which need both. A record the shop listed twice (it changed while
being paged through) is written once, as last seen.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from minime_admin.importers.records import OrderRecord, PersonRecord

CUSTOMERS, GUESTS, ORDERS = "customers", "guests", "orders"

Item = tuple[int, Any]  # the record's position in its source (line, or place in the list)
Work = list[tuple[str, list[Item]]]  # (kind, batch), in the order they are written


def plan(
    customers: Sequence[tuple[int, PersonRecord]],
    orders: Sequence[tuple[int, OrderRecord]],
    batch_size: int,
    order_batch_size: int | None = None,
) -> Work:
    """Accounts, then guests, then orders (which need both), cut into batches of
    ``batch_size`` records (orders: ``order_batch_size``, when given)."""
    kinds: list[tuple[str, list[Item], int]] = [
        (CUSTOMERS, _once(customers), batch_size),
        (GUESTS, list(_guests(orders)), batch_size),
        (ORDERS, _once(orders), order_batch_size or batch_size),
    ]
    return [
        (kind, items[start : start + size])
        for kind, items, size in kinds
        for start in range(0, len(items), size)
    ]


def _once(records: Sequence[tuple[int, PersonRecord | OrderRecord]]) -> list[Item]:
    """Each shop id once (a record can show up twice when the shop changes while paging)."""
    latest = {_key(record): (position, record) for position, record in records}
    return sorted(latest.values(), key=lambda item: item[0])


def _key(record: PersonRecord | OrderRecord) -> str:
    """The shop's id; a person without one (a guest in a customers file) by e-mail."""
    if record.external_id is None and isinstance(record, PersonRecord):
        return "@" + record.email.lower()
    return str(record.external_id)


def _guests(orders: Sequence[tuple[int, OrderRecord]]) -> Iterator[Item]:
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
