"""No lost update (issue #18.4): two app instances on one database (two Database objects on one
file or one server, as two desktops would open it) both load request R and both change it; the
second save is refused, naming who changed it, when and what, and nothing of it is stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import reopen_database
from sqlalchemy import select, text

from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.errors import ChangedMeanwhile
from minime_admin.services import breaches, customer_actions, requests, versions
from minime_admin.services import database as db_service
from minime_admin.store.request_models import DataRequest
from minime_admin.store.sqlcipher import Secret

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

ANNA = Actor("Anna", Role.STAFF)
GUNTIS = Actor("Guntis", Role.STAFF)


@pytest.fixture
def second(database: db_service.Database, clock: FixedClock) -> Iterator[db_service.Database]:
    """A second app instance on the same database, with its own engine and connections."""
    other = reopen_database(database.location, clock)
    yield other
    other.close()


def _new_request(database: db_service.Database) -> int:
    with database.unit_of_work() as session:
        return requests.open_request(
            session,
            ANNA,
            requests.NewRequest(
                RequestType.ACCESS,
                Channel.EMAIL,
                datetime(2026, 11, 24, 9, tzinfo=UTC),
                "Ilze Bērziņa",
                "Please send me my data.",
            ),
        ).request_id


def test_the_second_save_of_one_request_is_refused_naming_who_when_and_what(
    database: db_service.Database, second: db_service.Database, clock: FixedClock
) -> None:
    request_id = _new_request(database)
    with database.session() as session:
        seen_by_anna = requests.get_request(session, request_id)
    with second.session() as session:
        seen_by_guntis = requests.get_request(session, request_id)
    assert seen_by_anna.seen == seen_by_guntis.seen

    clock.advance(timedelta(minutes=5))
    with database.unit_of_work() as session:  # Anna saves first: stored
        assert seen_by_anna.seen is not None
        versions.require_unchanged(session, seen_by_anna.seen, seen_by_anna.reference)
        requests.extend(session, ANNA, request_id, "Many records to collect.")
    clock.advance(timedelta(minutes=1))
    assert seen_by_guntis.seen is not None
    with (
        pytest.raises(versions.ChangedBy) as refused,  # Guntis saves second: refused
        second.unit_of_work() as session,
    ):
        versions.require_unchanged(session, seen_by_guntis.seen, seen_by_guntis.reference)
        requests.assign(session, GUNTIS, request_id, GUNTIS.name)
    error = refused.value
    assert isinstance(error, ChangedMeanwhile)
    assert (error.who, error.record) == ("Anna", seen_by_guntis.reference)
    assert error.when == datetime(2026, 11, 25, 10, 5, tzinfo=UTC)
    assert error.actions == ("Request deadline extended",)
    assert error.message() == (
        f"{seen_by_guntis.reference} was changed by Anna at 25 Nov 2026, 12:05 (Request "
        "deadline extended) after you opened it. Your change was not saved: reload it to see "
        "the new values, then make your change again."
    )
    with second.session() as session:  # nothing of Guntis's save, Anna's change whole
        now = requests.get_request(session, request_id)
    assert now.assignee is None and now.extended
    assert now.seen is not None and now.seen.version == seen_by_guntis.seen.version + 1

    # Reloaded, Guntis redoes his change and it is stored.
    with second.unit_of_work() as session:
        versions.require_unchanged(session, now.seen, now.reference)
        requests.assign(session, GUNTIS, request_id, GUNTIS.name)
    with database.session() as session:
        assert requests.get_request(session, request_id).assignee == "Guntis"


def test_a_read_in_between_is_no_change(
    database: db_service.Database, second: db_service.Database
) -> None:
    """An attachment read or a customer page opened writes the audit log, not the record."""
    request_id = _new_request(database)
    with database.session() as session:
        seen = requests.get_request(session, request_id).seen
    assert seen is not None
    with second.unit_of_work() as session:
        requests.add_note(session, GUNTIS, request_id, "Called the person.")  # no field changed
    with database.unit_of_work() as session:
        versions.require_unchanged(session, seen)
        requests.assign(session, ANNA, request_id, ANNA.name)


def test_an_update_racing_past_the_check_fails_at_the_version_column(
    database: db_service.Database,
) -> None:
    """On a server two transactions can both pass the check; the UPDATE itself carries
    WHERE version = the one read, so the later one matches no row and stores nothing."""
    request_id = _new_request(database)
    with pytest.raises(ChangedMeanwhile), database.unit_of_work() as session:
        request = session.get(DataRequest, request_id)
        assert request is not None
        # Another writer's committed change, as the server would show it to this UPDATE.
        session.execute(
            text("UPDATE requests SET version = version + 1 WHERE id = :id"),
            {"id": request_id},
        )
        request.assignee = "Anna"
    with database.session() as session:
        stored = session.execute(
            select(DataRequest.assignee, DataRequest.version).where(DataRequest.id == request_id)
        ).one()
    assert tuple(stored) == (None, 1)


def test_customers_and_breaches_carry_a_version_too(
    seed_shop: object, database: db_service.Database, second: db_service.Database
) -> None:
    seed_shop(customers=3, seed=5)  # type: ignore[operator]
    with database.session() as session:
        customer_seen = versions.seen(session, "customer", 1)
    with second.unit_of_work() as session:
        customer_actions.rectify(session, GUNTIS, 1, "phone", "+37120000000", "Asked by phone")
    with pytest.raises(versions.ChangedBy) as refused, database.unit_of_work() as session:
        versions.require_unchanged(session, customer_seen)
    assert refused.value.who == "Guntis"
    assert refused.value.actions == ("Customer data corrected",)

    with database.unit_of_work() as session:
        breach_id = breaches.new_breach(
            session, ANNA, "Lost laptop", datetime(2026, 11, 25, 8, tzinfo=UTC)
        )
    with database.session() as session:
        breach_seen = versions.seen(session, "breach", breach_id)
    with second.unit_of_work() as session:
        breaches.update_breach(session, GUNTIS, breach_id, cause="Left on a train")
    with pytest.raises(versions.ChangedBy) as refused, database.unit_of_work() as session:
        versions.require_unchanged(session, breach_seen, "BR")
    assert refused.value.who == "Guntis"


def test_migration_0024_keeps_every_row_and_starts_each_at_version_1(tmp_path: Path) -> None:
    """A database at 0023 with a customer, their request, a user and a sign-off referring to
    the user (foreign keys on) migrates: every row kept, each at version 1, and the users
    table takes its database-role column without being copied."""
    import os

    from sqlalchemy import MetaData, insert

    from minime_admin.store import migrate
    from minime_admin.store.sqlcipher import make_engine

    engine = make_engine(tmp_path / "old.db", Secret(raw_key=os.urandom(32)))
    migrate.upgrade(engine, None, target="0023")
    tables = MetaData()
    tables.reflect(engine)

    def filled(table: str, **given: object) -> dict[str, object]:
        row = dict(given)
        for column in tables.tables[table].columns:
            if column.name in row or column.nullable or column.primary_key:
                continue
            if column.server_default is not None:
                continue
            python = column.type.python_type
            row[column.name] = {
                int: 1,
                bool: False,
                bytes: b"x",
                datetime: datetime(2026, 11, 1, tzinfo=UTC),
            }.get(python, "x")
            if python.__name__ == "date":
                row[column.name] = datetime(2026, 11, 1).date()
        return row

    with engine.begin() as connection:
        for table, values in (
            ("customers", {"id": 1}),
            ("requests", {"id": 1, "customer_id": 1, "reference": "DSR-2026-0001"}),
            ("staff_users", {"id": 1, "name": "Anna"}),
            ("breaches", {"id": 1, "reference": "BR-2026-001"}),
            ("breach_signoffs", {"id": 1, "breach_id": 1, "user_id": 1}),
        ):
            connection.execute(insert(tables.tables[table]).values(filled(table, **values)))
    migrate.upgrade(engine, None)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version FROM requests")).scalar_one() == 1
        assert connection.execute(text("SELECT version FROM customers")).scalar_one() == 1
        assert connection.execute(text("SELECT db_role FROM staff_users")).scalar_one() is None
        assert connection.execute(text("SELECT count(*) FROM breach_signoffs")).scalar_one() == 1
    engine.dispose()
