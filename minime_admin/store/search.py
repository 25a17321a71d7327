"""The customer search index behind a small interface: SQLite's FTS5, or PostgreSQL.

The index holds only folded tokens (contentless FTS5: no second plain copy of the rows),
and is kept in step by the services that change customer data (refresh/remove), with a
full rebuild for bulk loads. After removals, ``optimize`` merges the index segments so the
removed tokens are gone from the file too (docs/architecture.md, security model).

On PostgreSQL (``PgTrigramIndex``) the same documents are kept as folded text, one row per
customer, with a pg_trgm GIN index over all of it; a query token matches the start of a
word (``' ' || text LIKE '% token%'``). The folding is the app's own (domain/text.py), done
before the text reaches the server, rather than the server's ``unaccent``: one fold for
both backends is what makes them find the same people for the same typed text.

Both backends also put the hits in the same order (``RANK_WEIGHTS``, then customer id), so
that a limit keeps the same people on both. They used to rank each in its own way (FTS5's
bm25, PostgreSQL a weight of the columns the first token matched, ties in no shared order):
the full hit sets were equal, but a common name with more hits than the limit kept a
different subset on each (benchmarks/pg_search.py: 128 of 200 queries alike at 100,000
customers), and even under the limit the list came in a different order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from itertools import combinations
from typing import Protocol

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from minime_admin.domain import search_terms
from minime_admin.domain.search_terms import SearchQuery
from minime_admin.progress import Progress, report
from minime_admin.store.models import Address, Customer, Invoice, Order, VisitRecord

TABLE = "customer_search"
COLUMNS = ("names", "contact", "addresses", "orders", "ips")
CREATE_FTS5 = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
    + ", ".join(COLUMNS)
    + ", content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', "
    "prefix='2 3')"
)
# The prefix indexes stay: measured on 100,000 customers (benchmarks/customer_search.py,
# the definitions taking turns query by query), the p95 of typed searches was 4-5 % higher
# with '2' alone and 7-8 % with none (medians alike), while writing '3' costs a large
# import about 0.2 CPU seconds and both about 0.5 (benchmarks/results/import_csv.txt).
_INSERT = f"INSERT INTO {TABLE}(rowid, {', '.join(COLUMNS)}) VALUES (?{', ?' * len(COLUMNS)})"
_BATCH = 1000
_MAX_IPS = 500  # distinct addresses indexed per customer: enough to find them by IP
# The rank both backends share: the sum of the weights of the columns in which a query
# token matches (a name above contacts, above addresses, above order numbers and IPs);
# equal ranks by customer id. A rule each backend can compute exactly, so that a limit
# cuts both lists at the same person (bm25's scores have no PostgreSQL counterpart).
RANK_WEIGHTS = {"names": 10, "contact": 5, "addresses": 2, "orders": 1, "ips": 1}


class SearchIndex(Protocol):
    # True where the index folds text itself as search_terms.words does for the characters
    # search_terms.IndexWords hands over unfolded (FTS5's tokenizer); False: folded text only.
    folds_text: bool

    def search(self, session: Session, query: SearchQuery, limit: int) -> list[int]: ...
    def refresh(self, session: Session, customer_ids: Sequence[int]) -> None: ...
    def remove(self, session: Session, customer_ids: Sequence[int]) -> None: ...
    def add(self, session: Session, documents: Sequence[tuple[int, dict[str, str]]]) -> None: ...
    def rebuild(self, session: Session, progress: Progress | None = None) -> int: ...
    def optimize(self, session: Session) -> None: ...
    def size(self, session: Session) -> int: ...


class Fts5Index:
    """The SQLite/SQLCipher implementation."""

    folds_text = True  # unicode61 remove_diacritics 2 (tests/test_search_words.py)

    def search(self, session: Session, query: SearchQuery, limit: int) -> list[int]:
        # bm25 with weight 1 for one column and 0 for the others is below zero exactly when
        # a query token matched in that column (FTS5 keeps every term's IDF above zero).
        rank = " + ".join(
            f"(CASE WHEN bm25({TABLE}, {_unit_weights(c)}) < 0 THEN {RANK_WEIGHTS[c]} ELSE 0 END)"
            for c in query.columns or COLUMNS
        )
        rows = session.execute(
            text(
                f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :m"
                f" ORDER BY {rank} DESC, rowid LIMIT :n"
            ),
            {"m": query.fts5(), "n": limit},
        )
        return [row[0] for row in rows]

    def refresh(self, session: Session, customer_ids: Sequence[int]) -> None:
        words = self._words()
        for start in range(0, len(customer_ids), _BATCH):
            batch = list(customer_ids[start : start + _BATCH])
            self.remove(session, batch)
            self._insert(session, _documents(session, batch, words))

    def _words(self) -> Callable[[str], list[str]]:
        """How documents are cut into words: handed to FTS5 unfolded where it folds alike
        (``search_terms.IndexWords``), else folded here, each word once. One per call, so no
        personal data outlives it. A shop import refreshes every customer its orders touch
        (a batch of 5,000 orders: thousands of documents); folding them word by word here
        cost as long as FTS5's own indexing."""
        return search_terms.IndexWords() if self.folds_text else search_terms.BatchWords()

    def add(self, session: Session, documents: Sequence[tuple[int, dict[str, str]]]) -> None:
        """Index customers whose documents the caller built (new ones: it knows all they
        hold); a row already under one of their ids is replaced."""
        self.remove(session, self._indexed_among(session, [cid for cid, _ in documents]))
        self._insert(session, documents)

    def _indexed_among(self, session: Session, customer_ids: list[int]) -> list[int]:
        """The ids that may have a row: none above the largest rowid in the index (new
        customers' ids usually are), so a large import deletes nothing in vain."""
        largest = session.execute(
            text(f"SELECT rowid FROM {TABLE} ORDER BY rowid DESC LIMIT 1")
        ).scalar_one_or_none()
        return [] if largest is None else [cid for cid in customer_ids if cid <= largest]

    def remove(self, session: Session, customer_ids: Sequence[int]) -> None:
        if customer_ids:
            session.connection().exec_driver_sql(
                f"DELETE FROM {TABLE} WHERE rowid = ?", [(i,) for i in customer_ids]
            )

    def rebuild(self, session: Session, progress: Progress | None = None) -> int:
        session.execute(text(f"DELETE FROM {TABLE}"))
        ids = list(session.execute(select(Customer.id).order_by(Customer.id)).scalars())
        words = self._words()
        for start in range(0, len(ids), _BATCH):
            self._insert(session, _documents(session, ids[start : start + _BATCH], words))
            report(progress, min(start + _BATCH, len(ids)), len(ids))
        self.optimize(session)
        return len(ids)

    def optimize(self, session: Session) -> None:
        session.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')"))

    def size(self, session: Session) -> int:
        count: int = session.execute(text(f"SELECT count(*) FROM {TABLE}")).scalar_one()
        return count

    def _insert(self, session: Session, documents: Iterable[tuple[int, dict[str, str]]]) -> None:
        # Tuples straight to the driver's executemany: SQLAlchemy's per-row processing of
        # a dict of plain strings cost as much as FTS5's own tokenising (a large import).
        rows = [(cid, *(doc[c] for c in COLUMNS)) for cid, doc in documents]
        if rows:
            session.connection().exec_driver_sql(_INSERT, rows)


class PgTrigramIndex(Fts5Index):
    """The PostgreSQL implementation: folded text per column (migration 0025).

    Writing, removing and rebuilding are the FTS5 index's statements with ``customer_id``
    for ``rowid``; only searching differs. A removed row is gone from every query at once;
    its old tuple lingers on disk until autovacuum reuses the space (the server's disk
    encryption covers it, docs/team-server.md)."""

    folds_text = False  # LIKE over the app's folded text: the documents must hold it

    def search(self, session: Session, query: SearchQuery, limit: int) -> list[int]:
        columns = query.columns or COLUMNS
        scope = " || ' ' || ".join(columns)
        params: dict[str, object] = {"n": limit}
        tests = []
        for n, token in enumerate(query.tokens):
            params[f"t{n}"] = "% " + _like_escaped(token) + "%"
            # The trigram index is on the whole document; the column list narrows after it.
            tests.append(f"' ' || everything LIKE :t{n}")
            if query.columns is not None:
                tests.append(f"' ' || {scope} LIKE :t{n}")
        where = " AND ".join(tests)
        rank = " + ".join(
            f"(CASE WHEN {_any_token_in(c, len(query.tokens))} THEN {RANK_WEIGHTS[c]} ELSE 0 END)"
            for c in columns
        )
        if limit <= _COMMON_LIMIT:
            found = _common_query(session, query, columns, where, rank, params, limit)
            if found is not None:
                return found
        rows = session.execute(
            text(
                f"SELECT customer_id FROM {TABLE} WHERE {where}"
                f" ORDER BY {rank} DESC, customer_id LIMIT :n"
            ),
            params,
        )
        return [row[0] for row in rows]

    def _indexed_among(self, session: Session, customer_ids: list[int]) -> list[int]:
        return customer_ids

    def remove(self, session: Session, customer_ids: Sequence[int]) -> None:
        if customer_ids:
            session.execute(
                text(f"DELETE FROM {TABLE} WHERE customer_id = :id"),
                [{"id": i} for i in customer_ids],
            )

    def optimize(self, session: Session) -> None:
        """Nothing to merge: a deleted row is out of every query once committed."""

    def _insert(self, session: Session, documents: Iterable[tuple[int, dict[str, str]]]) -> None:
        rows = [{"customer_id": cid, **doc} for cid, doc in documents]
        if rows:
            columns = ", ".join(COLUMNS)
            values = ", ".join(f":{c}" for c in COLUMNS)
            session.execute(
                text(
                    f"INSERT INTO {TABLE}(customer_id, {columns}) VALUES (:customer_id, {values})"
                ),
                rows,
            )


# A query that most customers match ("mm" of the order numbers, "lv" of the postcodes,
# "371" of the phones: typed as the first letters of a common word, or a word every number
# shares) has tens of thousands of hits; ranking them all meant reading every document's
# text, some 300 ms at 100,000 customers (benchmarks/pg_search.py), however short the token.
# Such a query is told by its hits among the first customers by id (_PROBE_ROWS): the
# highest rank that many of them share there, ``top``, splits the answer in two parts that
# indexes find without reading everyone: the customers ranked above ``top`` (fewer, or the
# probe would have seen more of them: found through the per-column word index ``tagged``,
# migration 0028), then those ranked ``top``, lowest ids first (a walk along the primary
# key that stops at the limit, short because so many share that rank). That is exactly the
# single query's order; where the two parts hold fewer than the limit (hits ranked below
# ``top`` would be needed, or the walk found that rank rarer than the probe promised), the
# single query answers after all.
_PROBE_ROWS = 200
_COMMON_HITS = 10  # of _PROBE_ROWS (5 %): the walk reads about limit / 5 % documents
_COMMON_LIMIT = 500  # the service's largest limit; a longer list is the single query's
# ``tagged`` (migration 0028) is the document with each word led by its column's letter:
# "nberzins cberzins ariga omm", so "a word of the names starts with mm" is the indexable
# ``tagged LIKE '% nmm%'``, with the same answer as ``' ' || names LIKE '% mm%'``.
_TAGS = {"names": "n", "contact": "c", "addresses": "a", "orders": "o", "ips": "i"}


def _common_query(
    session: Session,
    query: SearchQuery,
    columns: Sequence[str],
    where: str,
    rank: str,
    params: dict[str, object],
    limit: int,
) -> list[int] | None:
    """PostgreSQL: the hits of a query most customers match (above), or None for a rare
    query and where the two parts fall short of ``limit``."""
    ranks = Counter(
        session.execute(
            text(
                f"SELECT {rank} FROM (SELECT * FROM {TABLE}"
                f" ORDER BY customer_id LIMIT {_PROBE_ROWS}) AS first WHERE {where}"
            ),
            params,
        ).scalars()
    )
    common = [level for level, hits in ranks.items() if hits >= _COMMON_HITS]
    if not common:
        return None
    top = max(common)
    # psycopg prepares a statement run five times on one connection, and the server may then
    # plan it once for any token (a "generic plan"): for the walk along the primary key that
    # plan reads every document (0.4 s instead of 1 ms). Plans for the tokens at hand, for
    # the two parts only (planning each time costs a millisecond or two: not for every query).
    # A failure leaves the setting to the transaction's rollback, which undoes it.
    before = _set_locally(session, plan_cache_mode="force_custom_plan")
    found = _two_parts(session, query, columns, where, rank, params, limit, top, ranks[top])
    _set_locally(session, **before)
    return found


def _two_parts(
    session: Session,
    query: SearchQuery,
    columns: Sequence[str],
    where: str,
    rank: str,
    params: dict[str, object],
    limit: int,
    top: int,
    probed: int,
) -> list[int] | None:
    """The customers ranked above ``top``, then those ranked ``top`` (``probed`` of them among
    the probe's documents), lowest ids first; None where they are fewer than ``limit``."""
    tagged = dict(params)
    for column in columns:
        for n, token in enumerate(query.tokens):
            tagged[f"{column}{n}"] = "% " + _TAGS[column] + _like_escaped(token) + "%"
    above = [
        "("
        + " AND ".join(
            "(" + " OR ".join(f"tagged LIKE :{c}{n}" for n in range(len(query.tokens))) + ")"
            for c in subset
        )
        + ")"
        for subset in _outranking(columns, top)
    ]
    better: list[int] = []
    if above:
        better = list(
            session.execute(
                text(
                    f"SELECT customer_id FROM {TABLE} WHERE {where} AND ({' OR '.join(above)})"
                    f" AND {rank} > :top ORDER BY {rank} DESC, customer_id LIMIT :n"
                ),
                {**tagged, "top": top},
            ).scalars()
        )
    if len(better) == limit:
        return better
    # The walk reads at most a few times the documents the probe's density promises (the
    # first customers may match more often than the later ones: numbers counted up); the
    # subquery keeps it in id order, so it stops at the limit.
    needed = limit - len(better)
    scan = _PROBE_ROWS * max(1, -(-needed * 4 // probed))
    level = list(
        session.execute(
            text(
                f"SELECT customer_id FROM (SELECT * FROM {TABLE} ORDER BY customer_id"
                f" LIMIT :scan) AS walk WHERE {where} AND {rank} = :top"
                " ORDER BY customer_id LIMIT :n"
            ),
            {**params, "top": top, "n": needed, "scan": scan},
        ).scalars()
    )
    if len(better) + len(level) < limit:
        return None
    return better + level


def _set_locally(session: Session, **settings: str) -> dict[str, str]:
    """PostgreSQL: set planner settings for the rest of the transaction (or until set back
    with what this returns: their values before)."""
    names = list(settings)
    assignments = ", ".join(
        f"current_setting('{name}'), set_config('{name}', :v{n}, true)"
        for n, name in enumerate(names)
    )
    row = session.execute(
        text(f"SELECT {assignments}"), {f"v{n}": settings[name] for n, name in enumerate(names)}
    ).one()
    return {name: row[2 * n] for n, name in enumerate(names)}


def _outranking(columns: Sequence[str], top: int) -> list[tuple[str, ...]]:
    """The smallest sets of columns whose weights add up to more than ``top``: a customer
    ranks above ``top`` exactly when a query token matches in every column of one of them."""
    heavy = [
        subset
        for size in range(1, len(columns) + 1)
        for subset in combinations(columns, size)
        if sum(RANK_WEIGHTS[c] for c in subset) > top
    ]
    return [s for s in heavy if not any(set(t) < set(s) for t in heavy)]


def _unit_weights(column: str) -> str:
    """bm25's column weights counting only ``column``."""
    return ", ".join("1.0" if c == column else "0.0" for c in COLUMNS)


def _any_token_in(column: str, tokens: int) -> str:
    """PostgreSQL: does any of the query's tokens (``:t0``...) start a word in ``column``."""
    return "(" + " OR ".join(f"' ' || {column} LIKE :t{n}" for n in range(tokens)) + ")"


def _like_escaped(token: str) -> str:
    """Tokens are [0-9a-z] words or digits (domain/search_terms.py); escaped all the same."""
    return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def index_for(session: Session) -> SearchIndex:
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return Fts5Index()
    if dialect == "postgresql":
        return PgTrigramIndex()
    raise NotImplementedError(f"no customer search index for {dialect}")


def _documents(
    session: Session, ids: list[int], words: Callable[[str], list[str]]
) -> list[tuple[int, dict[str, str]]]:
    if not ids:
        return []
    people = session.execute(
        select(
            Customer.id, Customer.first_name, Customer.last_name, Customer.email, Customer.phone
        ).where(Customer.id.in_(ids))
    ).all()
    addresses: dict[int, list[str]] = defaultdict(list)
    for cid, street, city, postal in session.execute(
        select(Address.customer_id, Address.street, Address.city, Address.postal_code).where(
            Address.customer_id.in_(ids)
        )
    ):
        addresses[cid].append(f"{street} {city} {postal}")
    # Orders and visits may belong to nobody (an erased customer's kept records); the
    # queries ask only for these customers, so a None owner never turns up here.
    numbers: dict[int | None, list[str]] = defaultdict(list)
    for owner, number in session.execute(
        select(Order.customer_id, Order.number).where(Order.customer_id.in_(ids))
    ):
        numbers[owner].append(number)
    for owner, number in session.execute(
        select(Order.customer_id, Invoice.number)
        .join(Invoice, Invoice.order_id == Order.id)
        .where(Order.customer_id.in_(ids))
    ):
        numbers[owner].append(number)
    ips: dict[int | None, list[str]] = defaultdict(list)
    for owner, address in session.execute(
        select(VisitRecord.customer_id, VisitRecord.ip_address)
        .where(VisitRecord.customer_id.in_(ids))
        .group_by(VisitRecord.customer_id, VisitRecord.ip_address)
        .order_by(VisitRecord.customer_id, func.max(VisitRecord.visited_at).desc())
    ):
        if len(ips[owner]) < _MAX_IPS:
            ips[owner].append(address)
    return [
        (
            cid,
            search_terms.document(
                [f"{first} {last}"],
                [email],
                [phone],
                addresses[cid],
                numbers[cid],
                ips[cid],
                words,
            ),
        )
        for cid, first, last, email, phone in people
    ]
