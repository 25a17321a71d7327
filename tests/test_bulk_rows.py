"""The bulk write helpers (store/bulk.py, store/base.py) against SQLAlchemy's own path.

``bulk.one_of`` puts a key list in one bound parameter (JSON on SQLite, an array on
PostgreSQL) and must find exactly what ``column.in_(keys)`` finds, with the column's own
collation; ``base.bind_processor`` must give the text SQLAlchemy itself stores for an
instant, since imported rows are compared with rows written through the ORM.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from csv_shop import customer, header, write
from sqlalchemy import func, select
from sqlalchemy.dialects import sqlite

from minime_admin.domain.actor import Actor
from minime_admin.importers import csv_presets
from minime_admin.importers.csv_presets import Kind
from minime_admin.services import csv_import
from minime_admin.services.database import Database
from minime_admin.store import bulk
from minime_admin.store.base import UTCDateTime, bind_processor
from minime_admin.store.models import Customer

BOTH_BACKENDS = True

PEOPLE = [
    ("ext-1", "Anna", "Anna.Berzina@Example.LV"),
    ("ext-2", "Jānis", "janis@example.lv"),
    ("ext-3", "Līga", "LIGA@example.lv"),
]


def _seed(database: Database) -> dict[str, int]:
    ids = {}
    with database.unit_of_work() as session:
        for external, first, email in PEOPLE:
            customer = Customer(
                external_id=external,
                first_name=first,
                last_name="Test",
                email=email,
                created_at=datetime(2026, 1, 2, tzinfo=UTC),
            )
            session.add(customer)
            session.flush()
            ids[external] = customer.id
    return ids


def test_one_of_finds_what_in_finds(database: Database) -> None:
    ids = _seed(database)
    with database.unit_of_work() as session:
        wanted = ["ext-1", "ext-3", "nobody", "ext-3"]
        found = set(
            session.execute(
                select(Customer.external_id).where(
                    bulk.one_of(session, Customer.external_id, wanted)
                )
            ).scalars()
        )
        assert found == {"ext-1", "ext-3"}
        numbers = [ids["ext-2"], ids["ext-3"], 10**9]
        by_id = set(
            session.execute(
                select(Customer.id).where(bulk.one_of(session, Customer.id, numbers))
            ).scalars()
        )
        assert by_id == {ids["ext-2"], ids["ext-3"]}
        none = session.execute(
            select(Customer.id).where(bulk.one_of(session, Customer.external_id, []))
        ).all()
        assert none == []


def test_one_of_keeps_the_columns_folding(database: Database, backend: str) -> None:
    """As import_repo.prefetch asks for e-mails: NOCASE on SQLite, lower() on PostgreSQL."""
    _seed(database)
    with database.unit_of_work() as session:
        folded = (
            Customer.email.collate("NOCASE") if backend == "sqlite" else func.lower(Customer.email)
        )
        wanted = ["anna.berzina@example.lv", "liga@example.lv", "janis@example.com"]
        found = set(
            session.execute(
                select(Customer.first_name).where(bulk.one_of(session, folded, wanted))
            ).scalars()
        )
        assert found == {"Anna", "Līga"}


@pytest.mark.parametrize(
    "instant",
    [
        datetime(2026, 12, 7, 18, 0, tzinfo=UTC),
        datetime(2026, 3, 29, 1, 30, 5, 123456, tzinfo=UTC),
        datetime(2026, 3, 29, 3, 30, 5, 7, tzinfo=timezone(timedelta(hours=3))),
        datetime(999, 1, 1, 0, 0, 1, tzinfo=timezone(timedelta(hours=-5))),
        None,
    ],
)
def test_sqlite_instants_are_stored_as_sqlalchemy_stores_them(instant: datetime | None) -> None:
    dialect = sqlite.dialect()
    ours = bind_processor(UTCDateTime(), dialect)
    theirs = UTCDateTime()._cached_bind_processor(dialect)
    assert ours is not None and theirs is not None
    assert ours(instant) == theirs(instant)


def test_a_naive_instant_is_refused_as_by_sqlalchemy() -> None:
    ours = bind_processor(UTCDateTime(), sqlite.dialect())
    assert ours is not None
    with pytest.raises(ValueError, match="naive"):
        ours(datetime(2026, 1, 1))


def test_a_csv_import_on_each_backend(database: Database, clerk: Actor, tmp_path: Path) -> None:
    """The import's look-ups (one key list a query) and writes on SQLite and PostgreSQL: a
    second identical run changes nothing, a changed name updates one customer and moves its
    version on, and nobody else's."""
    columns = header(csv_presets.WOOCOMMERCE_CUSTOMERS)
    rows = [customer(n) for n in range(30)]
    path = write(tmp_path / "customers.csv", columns, rows)

    def run() -> dict[str, int]:
        result = csv_import.import_csv(database.unit_of_work, clerk, path, Kind.CUSTOMERS)
        return result.counts["customers"].as_dict()

    assert run() == {"new": 30, "updated": 0, "unchanged": 0, "rejected": 0}
    assert run() == {"new": 0, "updated": 0, "unchanged": 30, "rejected": 0}
    rows[7] = {**rows[7], "first_name": "Ērika Anna"}
    write(path, columns, rows)
    assert run() == {"new": 0, "updated": 1, "unchanged": 29, "rejected": 0}
    with database.session() as session:
        versions = dict(session.execute(select(Customer.first_name, Customer.version)).all())
    assert versions.pop("Ērika Anna") == 2
    assert set(versions.values()) == {1}
