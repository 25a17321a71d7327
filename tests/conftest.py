"""Test session setup: offscreen Qt, a private keychain, a private data folder per test."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent))

import keyring
import pytest
from keyring.backends import fail
from keyring_backend import MemoryKeyring

from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock, SystemClock
from minime_admin.services import database as db_service
from minime_admin.store import session as store_session
from minime_admin.store.keychain import Keychain

# Nothing may reach the real keychain, even before a fixture runs.
keyring.set_keyring(MemoryKeyring())


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("MINIME_ADMIN_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("MINIME_ADMIN_PASSPHRASE", raising=False)
    monkeypatch.setenv("MINIME_ADMIN_USER", "Test Clerk")
    return backend


@pytest.fixture(autouse=True)
def english_for_gui_tests(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every GUI test (test_gui_*) starts in English and leaves English behind, so a test
    that switches to Latvian cannot change the next one's texts."""
    if not request.module.__name__.startswith("test_gui_"):
        yield
        return
    from minime_admin.gui import language

    request.getfixturevalue("qapp")
    language.apply_language("en")
    yield
    language.apply_language("en")


@pytest.fixture
def keychain(isolated_environment: MemoryKeyring) -> Keychain:
    return Keychain(isolated_environment)


@pytest.fixture
def no_keychain() -> Keychain:
    backend = fail.Keyring()
    keyring.set_keyring(backend)
    return Keychain(backend)


@pytest.fixture
def clerk() -> Actor:
    return Actor("Test Clerk", Role.STAFF)


# The instant every test starts at unless it sets its own: a Wednesday in Riga's winter.
TEST_NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def no_wall_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that reaches the computer's clock would pass or fail by the day it runs."""

    def refuse(_self: SystemClock) -> datetime:
        raise AssertionError("a test read the wall clock: pass it a FixedClock")

    monkeypatch.setattr(SystemClock, "now", refuse)


@pytest.fixture
def clock() -> FixedClock:
    """The one clock of the test; move it with ``clock.set`` or ``clock.advance``."""
    return FixedClock(TEST_NOW)


@pytest.fixture
def created(
    tmp_path: Path, keychain: Keychain, clerk: Actor, clock: FixedClock
) -> db_service.Created:
    """A new keychain-mode database in tmp_path, closed at the end of the test."""
    result = db_service.create_database(tmp_path / "shop.db", clerk, keychain, clock=clock)
    yield result
    _drain_gui_tasks()
    result.database.close()


def _drain_gui_tasks() -> None:
    """Before a test's database closes: a page's background read still running would take a
    connection from the pool after it was disposed, one nobody closes (on a server, a
    ResourceWarning in some later test). Only where the test loaded the GUI's tasks."""
    tasks = sys.modules.get("minime_admin.gui.tasks")
    if tasks is not None:
        assert tasks.cancel_all_and_wait(20_000)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which store ``database`` is: "sqlite" (an encrypted file), unless the test module sets
    ``BOTH_BACKENDS = True``, which runs each of its tests on "postgresql" too."""
    return str(getattr(request, "param", "sqlite"))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if getattr(metafunc.module, "BOTH_BACKENDS", False) and "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def database(request: pytest.FixtureRequest, backend: str) -> db_service.Database:
    if backend == "postgresql":
        server_db: db_service.Database = request.getfixturevalue("server_database")
        return server_db
    created: db_service.Created = request.getfixturevalue("created")
    return created.database


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A real PostgreSQL for the session (tests/pg_server.py), with a template database
    migrated to the app's schema once; skipped with the reason where it cannot start."""
    from pg_server import TEMPLATE, running_postgres

    from minime_admin.store import migrate, postgres

    with running_postgres() as server:
        server.new_database(template=None)  # warms up; also proves CREATE DATABASE works
        server.sql(f'CREATE DATABASE "{TEMPLATE}" OWNER office TEMPLATE template0')
        server.sql("CREATE EXTENSION unaccent; CREATE EXTENSION pg_trgm", dbname=TEMPLATE)
        engine = postgres.make_engine(postgres.parse_url(server.url(TEMPLATE)), None, None)
        try:
            migrate.upgrade(engine, None)
        finally:
            engine.dispose()
        yield server


@pytest.fixture
def pg_url(pg_server: object) -> Iterator[str]:
    """The socket URL of a fresh database of the app's schema (no rows), dropped after."""
    name = pg_server.new_database()  # type: ignore[attr-defined]
    yield pg_server.url(name)  # type: ignore[attr-defined]
    pg_server.drop_database(name)  # type: ignore[attr-defined]


@pytest.fixture
def server_database(pg_url: str, clerk: Actor, clock: FixedClock) -> Iterator[db_service.Database]:
    """The server twin of ``created``: an open database on PostgreSQL, with the creation
    recorded in its audit log as ``init`` would."""
    from minime_admin.domain.audit_actions import AuditAction
    from minime_admin.services import audit, server_database

    location = server_database.location_of(pg_url)
    assert isinstance(location, server_database.ServerLocation)
    opened = server_database.open_server(location, None, clock=clock)
    with opened.unit_of_work() as session:
        audit.record(session, clerk, AuditAction.DATABASE_CREATED, "database", reason="server")
    yield opened
    _drain_gui_tasks()
    opened.close()
    # A connection the test left open warns when collected; collect now, so that the warning
    # fails this test rather than whichever test the collector happens to run in later.
    gc.collect()


SeedShop = Callable[..., db_service.Database]


@pytest.fixture
def seed_shop(database: db_service.Database, clerk: Actor) -> SeedShop:
    """Fills the test's database with invented customers (their history up to the test's
    day) and indexes them for search: ``seed_shop(customers=40, seed=11)``."""

    def seed(customers: int = 40, seed: int = 11) -> db_service.Database:
        from minime_admin.demo.customers import seed_demo
        from minime_admin.services import customer_search

        with database.unit_of_work() as session:
            as_of = store_session.today(session)
            seed_demo(session, customers=customers, seed=seed, as_of=as_of, actor=clerk)
            customer_search.rebuild_index(session)
        return database

    return seed


KNOWN_MANAGER_PASSWORD = "Test manager's password"


@pytest.fixture
def known_clerk(database: db_service.Database, clerk: Actor) -> Actor:
    """The clerk as a user a manager added: the command line signs letters only as a known
    user (MINIME_ADMIN_USER names them, issue #15.5)."""
    from minime_admin.services import users

    with database.unit_of_work() as session:
        users.add_user(session, clerk, "Test Manager", Role.MANAGER, KNOWN_MANAGER_PASSWORD)
        users.add_user(
            session, clerk, clerk.name, Role.STAFF, by=("Test Manager", KNOWN_MANAGER_PASSWORD)
        )
    return clerk


@pytest.fixture
def imap_server() -> Iterator[object]:
    """A real Dovecot on 127.0.0.1 with a throwaway mailbox (tests/imap_server.py)."""
    from imap_server import running_dovecot

    with running_dovecot() as server:
        yield server


def reopen_database(location: str, clock: FixedClock) -> db_service.Database:
    """Open again what ``Database.location`` named: the file (keychain) or the server URL."""
    from minime_admin.services import server_database

    where = server_database.location_of(location)
    if isinstance(where, server_database.ServerLocation):
        return server_database.open_server(where, None, clock=clock)
    return db_service.open_database(where, Keychain(), clock=clock)
