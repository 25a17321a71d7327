"""Migration 0029: the SQLite search index with the two-letter prefix index only, rebuilt on
opening; a no-op on PostgreSQL. Each way on a real SQLCipher file and real PostgreSQL."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from sqlalchemy.orm import Session

from minime_admin.domain.clock import FixedClock
from minime_admin.services import customer_search
from minime_admin.services import database as db_service
from minime_admin.store import bulk, migrate, postgres
from minime_admin.store.models import Customer
from minime_admin.store.sqlcipher import Secret, make_engine

CREATED = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)


def _add_customer(session: Session) -> None:
    bulk.insert_rows(session, Customer, [{
        "id": 1, "external_id": "501", "first_name": "Jānis", "last_name": "Bērziņš",
        "email": "janis@example.lv", "phone": "+371 29123456", "language": "lv",
        "created_at": CREATED, "last_activity_at": CREATED,
    }])  # fmt: skip
    customer_search.refresh_customers(session, [1])


def _definition(connection: sa.Connection) -> str:
    return str(
        connection.execute(
            sa.text("SELECT sql FROM sqlite_master WHERE name = 'customer_search'")
        ).scalar_one()
    )


def _to(engine: sa.Engine, revision: str, down: bool = False) -> None:
    with engine.begin() as connection:
        config = migrate._config()
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def test_sqlite_index_is_remade_with_one_prefix_index_and_rebuilt_on_opening(
    tmp_path: Path, clock: FixedClock
) -> None:
    path, secret = tmp_path / "old.db", Secret(raw_key=os.urandom(32))
    engine = make_engine(path, secret)
    migrate.upgrade(engine, None, target="0027")
    with Session(engine) as session:
        _add_customer(session)
        session.commit()
    with engine.connect() as connection:
        assert "prefix='2 3'" in _definition(connection)
    engine.dispose()

    database = db_service.open_with_secret(path, secret, db_service.Unlock.KEYCHAIN, clock=clock)
    try:
        with database.unit_of_work() as session:
            assert "prefix='2')" in _definition(session.connection())
            # Rebuilt from the customers when opened: the same searches find them.
            for query in ("berz", "BĒRZIŅŠ", "ja", "29 123", "janis@example"):
                assert [hit.id for hit in customer_search.search(session, query)] == [1], query
    finally:
        database.close()

    engine = make_engine(path, secret)
    try:
        _to(engine, "0027", down=True)
        with engine.connect() as connection:
            assert "prefix='2 3'" in _definition(connection)
    finally:
        engine.dispose()


def test_postgresql_is_left_as_it_is(pg_url: str) -> None:
    engine = postgres.make_engine(postgres.parse_url(pg_url), None, None)
    try:
        with Session(engine) as session:
            _add_customer(session)
            session.commit()
        _to(engine, "0027", down=True)
        _to(engine, "head")
        with Session(engine) as session:
            assert migrate.current_revision(engine) == migrate.head_revision()
            assert [hit.id for hit in customer_search.search(session, "berz")] == [1]
    finally:
        engine.dispose()
