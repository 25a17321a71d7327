"""Opening a database on the office's PostgreSQL server (issue #18) instead of a file.

``location_of(text)`` decides what the user named: a server URL
(``postgresql+psycopg://user@host/dbname``) or a file path. A server database is a
``Database`` like a file's (services/database.py): the same sessions, units of work and
services run on it. What differs is only how it is reached: TLS (verify-full with the CA file
from the settings, unless the URL says its own ``sslmode``), and a password from the
keychain (filed under the URL), what the user typed, or MINIME_ADMIN_DB_PASSWORD, never a
setting or a file. Encryption at rest is the server's disk encryption (docs/team-server.md).
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import Clock
from minime_admin.errors import (
    DatabaseExists,
    DatabaseUrlInvalid,
    NewerDatabase,
    ServerDatabaseEmpty,
    ServerDatabaseNotEmpty,
)
from minime_admin.services import audit
from minime_admin.services.database import Database, Unlock
from minime_admin.store import migrate, postgres
from minime_admin.store.keychain import Keychain

PASSWORD_VARIABLE = "MINIME_ADMIN_DB_PASSWORD"
CA_FILE_VARIABLE = "MINIME_ADMIN_DB_CA_FILE"  # for scripts; the GUI keeps it in its settings
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerLocation:
    """A database on a server: its URL (never with a password) and the CA file for TLS."""

    url: URL
    ca_file: Path | None = None

    @property
    def shown(self) -> str:
        return postgres.display(self.url)

    @property
    def database_id(self) -> str:
        """What the keychain files this database's secrets under (its password, the mail
        password): the same URL names the same entry on every start."""
        return "server-" + hashlib.sha256(self.shown.encode("utf-8")).hexdigest()[:24]


def is_server(text: str) -> bool:
    return postgres.is_server_url(text)


def location_of(text: str, ca_file: Path | None = None) -> ServerLocation | Path:
    """A server URL becomes a ServerLocation (a password in it is dropped: use the keychain
    or MINIME_ADMIN_DB_PASSWORD); anything else is a file path, as before."""
    if is_server(text):
        return ServerLocation(postgres.parse_url(text), ca_file)
    return Path(text).expanduser()


def saved_ca_file() -> Path | None:
    """The CA file named by MINIME_ADMIN_DB_CA_FILE (a path, not a secret), if any."""
    named = os.environ.get(CA_FILE_VARIABLE)
    return Path(named).expanduser() if named else None


def not_a_server(text: str) -> DatabaseUrlInvalid:
    return DatabaseUrlInvalid(url=text[:80])


def _password_name(location: ServerLocation) -> str:
    return location.database_id + "-password"


def stored_password(keychain: Keychain, location: ServerLocation) -> str | None:
    raw = keychain.get(_password_name(location))
    return raw.decode("utf-8") if raw is not None else None


def save_password(keychain: Keychain, location: ServerLocation, password: str) -> None:
    """Kept in the keychain only (KeychainUnavailable when there is none)."""
    keychain.put(_password_name(location), password.encode("utf-8"))


def password_for(keychain: Keychain, location: ServerLocation, typed: str | None) -> str | None:
    """What was typed, else MINIME_ADMIN_DB_PASSWORD, else the keychain's; None: try without
    (a socket or certificate sign-in needs none)."""
    return typed or os.environ.get(PASSWORD_VARIABLE) or stored_password(keychain, location)


def connect(location: ServerLocation, password: str | None) -> Engine:
    """An engine that has reached the server once: every fault is one clear sentence."""
    engine = postgres.make_engine(location.url, password, location.ca_file)
    postgres.prove(engine, location.url)
    return engine


def open_server(location: ServerLocation, password: str | None, *, clock: Clock) -> Database:
    """Open the app's database on the server, bringing an older schema up to date.

    Refused: an empty database (``init`` or ``migrate-to-server`` first) and one made by a
    newer app version (untouched)."""
    engine = connect(location, password)
    try:
        revision = _revision(engine, location)
        if revision is None:
            raise ServerDatabaseEmpty(url=location.shown)
        if revision != migrate.head_revision():
            try:
                migrate.upgrade(engine, None, at=clock.now())
            except NewerDatabase:
                raise NewerDatabase(path=location.shown) from None
        database = _database(engine, location, clock)
        _log.info("server database %s opened", location.database_id)
    except BaseException:
        engine.dispose()
        raise
    return database


def create_on_server(
    location: ServerLocation, password: str | None, actor: Actor, *, clock: Clock
) -> Database:
    """Set up the app's tables in an empty server database (``init --db URL``)."""
    engine = connect(location, password)
    try:
        if _has_tables(engine, location):
            raise DatabaseExists(path=location.shown)
        _upgrade(engine, location)
        database = _database(engine, location, clock)
        with database.unit_of_work() as session:
            audit.record(session, actor, AuditAction.DATABASE_CREATED, "database", reason="server")
    except BaseException:
        engine.dispose()
        raise
    return database


def connect_empty(location: ServerLocation, password: str | None) -> Engine:
    """An engine on a server database that must hold no tables yet (the move's target)."""
    engine = connect(location, password)
    if _has_tables(engine, location):
        engine.dispose()
        raise ServerDatabaseNotEmpty(url=location.shown)
    return engine


def _database(engine: Engine, location: ServerLocation, clock: Clock) -> Database:
    return Database(
        None,
        engine,
        Unlock.SERVER,
        clock=clock,
        server=location.shown,
        server_id=location.database_id,
    )


def _upgrade(engine: Engine, location: ServerLocation) -> None:
    try:
        migrate.upgrade(engine, None)
    except DBAPIError as error:
        raise postgres.connection_problem(error, location.url) from error


def _revision(engine: Engine, location: ServerLocation) -> str | None:
    try:
        revision = migrate.current_revision(engine)
        if revision is not None and not migrate.is_known(revision):
            raise NewerDatabase(path=location.shown)
        return revision
    except DBAPIError as error:
        raise postgres.connection_problem(error, location.url) from error


def _has_tables(engine: Engine, location: ServerLocation) -> bool:
    try:
        return bool(inspect(engine).get_table_names())
    except DBAPIError as error:
        raise postgres.connection_problem(error, location.url) from error
