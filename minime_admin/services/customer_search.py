"""Find customers as the worker types: by name, e-mail, phone, address, order or IP."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy.orm import Session

from minime_admin.domain import search_terms
from minime_admin.domain.shop_time import shop_day
from minime_admin.progress import Progress
from minime_admin.store import customer_repo
from minime_admin.store.search import index_for

DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class CustomerHit:
    id: int
    name: str
    email: str | None
    phone: str | None
    city: str | None
    restricted: bool
    street: str | None = None
    last_order: str | None = None  # the newest order's number
    last_order_on: date | None = None  # its Riga day

    @property
    def address(self) -> str:
        return ", ".join(part for part in (self.street, self.city) if part)


def search(session: Session, query: str, limit: int = DEFAULT_LIMIT) -> list[CustomerHit]:
    """Best matches first; an empty, too short or unusable query finds nobody."""
    parsed = search_terms.parse_query(query)
    if parsed is None:
        return []
    ids = index_for(session).search(session, parsed, max(1, min(limit, 500)))
    summaries = customer_repo.summaries(session, ids)
    return [_hit(s) for s in (summaries[i] for i in ids if i in summaries)]


def hit(session: Session, customer_id: int) -> CustomerHit | None:
    """One customer as the search shows them (a request links to them by id)."""
    summary = customer_repo.summaries(session, [customer_id]).get(customer_id)
    return _hit(summary) if summary is not None else None


def _hit(s: customer_repo.CustomerSummary) -> CustomerHit:
    return CustomerHit(
        s.id,
        f"{s.first_name} {s.last_name}",
        s.email,
        s.phone,
        s.city,
        s.restricted,
        s.street,
        s.last_order_number,
        shop_day(s.last_order_at) if s.last_order_at is not None else None,
    )


def rebuild_index(session: Session, progress: Progress | None = None) -> int:
    """Index every customer afresh (after a bulk load); the caller commits."""
    return index_for(session).rebuild(session, progress)


def refresh_customers(session: Session, customer_ids: list[int]) -> None:
    """Keep the index in step after customers' data changed; the caller commits."""
    index_for(session).refresh(session, customer_ids)


def index_new_customers(session: Session, customers: list[NewCustomer]) -> None:
    """Index customers just written, from what was written: a new customer has no orders,
    invoices or visits yet (foreign keys hold, so nothing else can name their id), so their
    entry is the one ``refresh_customers`` would read back (FTS5 is given most texts
    unfolded, to fold them itself: the same tokens, search_terms.IndexWords). The caller
    commits."""
    index = index_for(session)
    words = search_terms.IndexWords() if index.folds_text else search_terms.BatchWords()
    documents = [
        (
            c.id,
            search_terms.document(
                [f"{c.first_name} {c.last_name}"],
                [c.email],
                [c.phone],
                [f"{street} {city} {postal}" for street, city, postal in c.addresses],
                [],
                [],
                words,
            ),
        )
        for c in customers
    ]
    index.add(session, documents)


class NewCustomer(NamedTuple):
    """A tuple, not a dataclass: an import makes one per new customer (100,000 at once)."""

    id: int
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    addresses: list[tuple[str, str, str]]  # street, city, postal code; in the stored order


def index_is_stale(session: Session) -> bool:
    """True for a database whose customers were never indexed (made before the index)."""
    return index_for(session).size(session) == 0 and customer_repo.any_customer(session)


def remove_customers(session: Session, customer_ids: list[int]) -> None:
    index_for(session).remove(session, customer_ids)


def optimize_index(session: Session) -> None:
    """Merge the index's segments: a removed row's tokens leave the file only then."""
    index_for(session).optimize(session)
