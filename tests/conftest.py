"""Test session setup: offscreen Qt, a private keychain, a private data folder per test."""

from __future__ import annotations

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
    result.database.close()


@pytest.fixture
def database(created: db_service.Created) -> db_service.Database:
    return created.database


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
