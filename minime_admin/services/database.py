"""Creating, unlocking and closing the encrypted database (docs/architecture.md, security model).

Keys: a new database gets a random 256-bit raw key kept in the OS keychain, filed under the
file's own salt. Without a keychain the user chooses a passphrase (SQLCipher's KDF). Either
way a recovery key is shown once at creation; it is the raw key, so it opens the file on any
machine. A failed open never writes to the file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from minime_admin.domain import recovery_key
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import Clock
from minime_admin.domain.passphrase import MIN_LENGTH, Verdict
from minime_admin.domain.passphrase import judge as judge_passphrase
from minime_admin.errors import (
    BadRecoveryKey,
    DatabaseDamaged,
    DatabaseDamagedInUse,
    DatabaseExists,
    DatabaseMissing,
    FolderNotWritable,
    GuessablePassphrase,
    KeyNeeded,
    KeyShapedPassphrase,
    PassphraseRequired,
    WeakPassphrase,
)
from minime_admin.services import audit, in_use
from minime_admin.store import migrate, sqlcipher
from minime_admin.store import session as store_session
from minime_admin.store.keychain import Keychain

__all__ = ["Keychain"]  # the GUI and CLI name the type without reaching into store/
from minime_admin.store.sqlcipher import Secret

MIN_PASSPHRASE = MIN_LENGTH
_log = logging.getLogger(__name__)
PASSPHRASE_VARIABLE = "MINIME_ADMIN_PASSPHRASE"


class Unlock(StrEnum):
    """How the open database was unlocked; the status bar says it."""

    KEYCHAIN = "keychain"
    PASSPHRASE = "passphrase"
    RECOVERY_KEY = "recovery_key"
    DEMO_KEY = "demo_key"
    SERVER = "server"  # a database on the office's server (services/server_database.py)


@dataclass
class Database:
    path: Path | None  # the encrypted file; None for a database on a server
    engine: Engine
    unlocked_by: Unlock
    clock: Clock  # the one clock, chosen by the entry point (domain/clock.py)
    migrated_from_backup: Path | None = None
    # What unlocked it: a backup keys its copy with the same key (services/backup.py).
    secret: Secret | None = field(default=None, repr=False, compare=False)
    server: str | None = None  # a server database's URL, without any password
    server_id: str | None = None  # its keychain name (services/server_database.py)
    # The file's shared in-use lock (services/in_use.py): no restore replaces it while open.
    file_lock: in_use.Hold | None = field(default=None, repr=False, compare=False)
    # Set by close(): a timer or a late task must not reopen a pool the engine has disposed
    # (on a server that would leave a connection nobody closes).
    closed: bool = field(default=False, init=False, repr=False, compare=False)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _writing: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = store_session.session_factory(self.engine, self.clock)
        self._writing = store_session.writing_session_factory(self.engine, self.clock)

    def session(self) -> Session:
        """A session for reading; writes go through ``unit_of_work``."""
        return self._sessions()

    @contextlib.contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One use case's transaction: committed at the end of the block, or not at all.

        Refused once any read has met a damaged page: a damaged file is never written to."""
        if sqlcipher.is_damaged(self.engine):
            raise DatabaseDamagedInUse(path=self.location)
        with store_session.unit_of_work(self._writing, self.server) as session:
            yield session

    @property
    def location(self) -> str:
        """Where it is, for the user: the file's path or the server's URL."""
        return self.server if self.server is not None else str(self.path)

    @property
    def on_server(self) -> bool:
        return self.server is not None

    @property
    def database_id(self) -> str:
        """The keychain name: the file's salt (printed on the recovery sheet), or the
        server database's id."""
        if self.server_id is not None:
            return self.server_id
        assert self.path is not None
        return sqlcipher.database_id(self.path)

    def close(self) -> None:
        # Not skipped when closed already: a caller that read after closing (the tests'
        # command-line runs) has a new connection in the pool, which this closes too.
        self.closed = True
        try:
            if not self.on_server and not sqlcipher.is_damaged(self.engine):
                # Not on a damaged file: folding the WAL back would write to it.
                with contextlib.suppress(Exception):
                    sqlcipher.checkpoint_truncate(self.engine)
            self.engine.dispose()
        finally:
            if self.file_lock is not None:
                self.file_lock.release()


@dataclass(frozen=True)
class Created:
    database: Database
    recovery_key: str  # show once, print on the recovery sheet, never store


def secret_from_input(text: str) -> tuple[Secret, Unlock]:
    """What the user typed: a recovery key (by its shape) or a passphrase."""
    if recovery_key.looks_like_recovery_key(text):
        try:
            return Secret(raw_key=recovery_key.decode(text)), Unlock.RECOVERY_KEY
        except recovery_key.RecoveryKeyTypo as error:
            raise BadRecoveryKey() from error
    return Secret(passphrase=text), Unlock.PASSPHRASE


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a new database's passphrase that is short, guessable or shaped like a key."""
    verdict = judge_passphrase(passphrase)
    if verdict is Verdict.TOO_SHORT:
        raise WeakPassphrase(minimum=MIN_PASSPHRASE)
    if verdict is Verdict.KEY_SHAPED:
        raise KeyShapedPassphrase()
    if verdict is Verdict.GUESSABLE:
        raise GuessablePassphrase()


def create_database(
    path: Path,
    actor: Actor,
    keychain: Keychain,
    passphrase: str | None = None,
    *,
    clock: Clock,
) -> Created:
    """A new, empty, migrated database; its key goes to the keychain or is the passphrase."""
    if passphrase is None and not keychain.available:
        raise PassphraseRequired(minimum=MIN_PASSPHRASE)
    if passphrase is not None:
        check_new_passphrase(passphrase)
    if passphrase is not None:
        secret, unlock = Secret(passphrase=passphrase), Unlock.PASSPHRASE
    else:
        secret, unlock = Secret(raw_key=secrets.token_bytes(32)), Unlock.KEYCHAIN

    database = _create_file(path, secret, unlock, actor, clock)
    try:
        salt = sqlcipher.file_salt(path)
        if secret.raw_key is not None:
            keychain.put(salt.hex(), secret.raw_key)
            raw = secret.raw_key
        else:
            raw = sqlcipher.derived_raw_key(secret.passphrase or "", salt)
    except BaseException:
        database.close()
        _remove_new_file(path)
        raise
    return Created(database, recovery_key.encode(raw))


def create_with_secret(
    path: Path, secret: Secret, unlock: Unlock, actor: Actor, clock: Clock
) -> Database:
    """A new database keyed with a given secret (the demo's key file)."""
    return _create_file(path, secret, unlock, actor, clock)


def _create_file(
    path: Path, secret: Secret, unlock: Unlock, actor: Actor, clock: Clock
) -> Database:
    if path.exists():
        raise DatabaseExists(path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FolderNotWritable(path=str(path.parent)) from error
    sqlcipher.check_folder_writable(path.parent)
    hold = in_use.hold_open(path)
    engine = sqlcipher.make_engine(path, secret)
    try:
        migrate.upgrade(engine, None)
        sqlcipher.enable_wal(engine)
        _owner_only(path)
        database = Database(path, engine, unlock, clock=clock, secret=secret, file_lock=hold)
        with database.unit_of_work() as session:
            audit.record(
                session, actor, AuditAction.DATABASE_CREATED, "database", reason=unlock.value
            )
        _log.info("database %s (%s) created for the %s", database.database_id, path.name, unlock)
    except BaseException:
        engine.dispose()
        _remove_new_file(path)
        hold.release()
        raise
    return database


def open_database(
    path: Path,
    keychain: Keychain,
    typed_secret: str | None = None,
    remember_in_keychain: bool = True,
    *,
    clock: Clock,
) -> Database:
    """Unlock an existing database with the keychain's key or what the user typed.

    ``typed_secret`` is a passphrase or a recovery key (told apart by shape). A database
    opened with its recovery key on a machine with a keychain is remembered there.
    """
    _check_existing(path)
    database_id = sqlcipher.database_id(path)
    if typed_secret is not None:
        secret, unlock = secret_from_input(typed_secret)
        from_keychain = False
    else:
        stored = keychain.get(database_id)
        if stored is None:
            raise KeyNeeded(path=str(path))
        secret, unlock, from_keychain = Secret(raw_key=stored), Unlock.KEYCHAIN, True

    database = open_with_secret(path, secret, unlock, from_keychain=from_keychain, clock=clock)
    if unlock is Unlock.RECOVERY_KEY and remember_in_keychain and keychain.available:
        assert secret.raw_key is not None
        with contextlib.suppress(Exception):  # remembering is a convenience, not a must
            keychain.put(database_id, secret.raw_key)
    return database


def open_with_secret(
    path: Path,
    secret: Secret,
    unlock: Unlock,
    *,
    from_keychain: bool = False,
    clock: Clock,
    safety_copy: migrate.SafetyCopy | None = None,
) -> Database:
    """``safety_copy``: how to copy the file before a migration; by default a regular backup
    in the backup folder (services/backup.py)."""
    _check_existing(path)
    hold = in_use.hold_open(path)  # before the first read: a restore may be replacing it
    engine = sqlcipher.make_engine(path, secret)
    try:
        sqlcipher.prove_key(engine, path, from_keychain=from_keychain)
        if migrate.is_foreign(engine):
            raise DatabaseDamaged(path=str(path))  # some other SQLCipher database
        if safety_copy is None:
            safety_copy = _migration_backup(path, secret, clock)
        backup = migrate.upgrade(engine, path, at=clock.now(), safety_copy=safety_copy)
        sqlcipher.enable_wal(engine)
        # A WAL left behind means the last process died before folding it in, e.g. right
        # after an erasure committed: the file's pages still hold what it removed. Finish
        # that now (issue #14.3); on a cleanly closed file the WAL is empty and this is free.
        # Fresh connections: one a migration used may still hold a read open, which the
        # checkpoint would refuse ("table is locked").
        engine.dispose()
        sqlcipher.checkpoint_truncate(engine)
        database = Database(
            path,
            engine,
            unlock,
            migrated_from_backup=backup,
            clock=clock,
            secret=secret,
            file_lock=hold,
        )
        _index_customers_once(database)
        _log.info("database %s (%s) opened with the %s", database.database_id, path.name, unlock)
    except BaseException:
        engine.dispose()
        hold.release()
        raise
    return database


def _migration_backup(path: Path, secret: Secret, clock: Clock) -> migrate.SafetyCopy:
    def copy(engine: Engine, _revision: str) -> Path | None:
        from minime_admin.services import backup

        return backup.migration_backup(engine, path, secret, clock.now(), backup.load_settings())

    return copy


def _index_customers_once(database: Database) -> None:
    """A database filled before the search index existed gets it built, once."""
    from minime_admin.services import customer_search

    with database.unit_of_work() as session:
        if customer_search.index_is_stale(session):
            customer_search.rebuild_index(session)


def system_keychain() -> Keychain:
    """The operating system's keychain, through keyring's chosen backend."""
    return Keychain()


def passphrase_from_environment() -> str | None:
    return os.environ.get(PASSPHRASE_VARIABLE) or None


def _check_existing(path: Path) -> None:
    if not path.is_file():
        raise DatabaseMissing(path=str(path))
    sqlcipher.check_file_shape(path)
    # WAL mode needs to create files beside the database.
    sqlcipher.check_folder_writable(path.parent)


def _owner_only(path: Path) -> None:
    """Encrypted or not, the file is nobody else's business on a shared computer."""
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").chmod(0o600)


def _remove_new_file(path: Path) -> None:
    """Only for a file this module has just created and that holds nothing yet."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
