"""The SQLite/SQLCipher adapter: keys, pragmas and telling a wrong key from a damaged file.

Everything SQLCipher-specific sits here so that the rest of store/ stays portable to
PostgreSQL. Nothing in this module writes to a file before the key has been proven.
"""

from __future__ import annotations

import os
import weakref
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text

from minime_admin.errors import (
    DatabaseDamaged,
    DatabaseDamagedInUse,
    FolderNotWritable,
    NotEncrypted,
    WrongKey,
)
from minime_admin.store import cipher_key

# The key's names were this module's until #19.5 moved them; they stay reachable here.
KDF_ITERATIONS = cipher_key.KDF_ITERATIONS
SALT_BYTES = cipher_key.SALT_BYTES
Secret = cipher_key.Secret
database_id = cipher_key.database_id
derived_raw_key = cipher_key.derived_raw_key
file_salt = cipher_key.file_salt

SQLITE_MAGIC = b"SQLite format 3\x00"
PAGE_SIZE = 4096  # SQLCipher 4 default


def check_file_shape(path: Path) -> None:
    """Refuse what cannot be a SQLCipher database without opening it."""
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if head == SQLITE_MAGIC:
        raise NotEncrypted(path=str(path))
    size = path.stat().st_size
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise DatabaseDamaged(path=str(path))


def check_folder_writable(folder: Path) -> None:
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise FolderNotWritable(path=str(folder))


# What SQLCipher reports when a page fails its HMAC (or SQLite finds a broken page).
DAMAGE_CODES = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})
# Engines that have met a damaged page: nothing more is written through them (#14.9).
_DAMAGED: weakref.WeakSet[Engine] = weakref.WeakSet()

BUSY_TIMEOUT_MS = 15_000  # how long a writer waits for another process's transaction
IMMEDIATE = "minime_immediate"  # execution option: this transaction will write


def make_engine(path: Path, secret: Secret, **engine_options: Any) -> Engine:
    """An engine whose every new connection is keyed before anything else runs.

    Transactions are SQLAlchemy's, not the driver's: the driver's own transaction handling
    (Python's sqlite3 legacy mode) leaves DDL outside any transaction, so a killed schema
    migration could stop halfway. Here every transaction starts with an explicit BEGIN, which
    makes a migration all-or-nothing, and one that will write (``IMMEDIATE``, used by every
    unit of work) takes the write lock at its start: two processes then queue for it (up to
    BUSY_TIMEOUT_MS) instead of one failing with "database is locked" halfway through, and a
    number read for the next reference or audit entry cannot be read twice.
    """
    engine = create_engine(f"sqlite:///{path}", module=sqlcipher3.dbapi2, **engine_options)

    @event.listens_for(engine, "handle_error")
    def _damaged(context: Any) -> None:
        """A damaged page met by any statement marks the file damaged, once and for all."""
        if getattr(context.original_exception, "sqlite_errorname", None) in DAMAGE_CODES:
            _DAMAGED.add(engine)
            raise DatabaseDamagedInUse(path=str(path)) from context.original_exception

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    @event.listens_for(engine, "connect")
    def _key_connection(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # no implicit BEGIN: see above
        cursor = dbapi_connection.cursor()
        # SQLCipher logs a failed decryption to stderr; we report it ourselves, once.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(secret.pragma())
        cursor.execute("PRAGMA cipher_compatibility = 4")
        cursor.execute("PRAGMA foreign_keys = ON")
        # Deleted content is overwritten, not left in free pages.
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()

    return engine


def is_damaged(engine: Engine) -> bool:
    """True once any statement on ``engine`` has met a damaged page."""
    return engine in _DAMAGED


def prove_key(engine: Engine, path: Path, *, from_keychain: bool) -> None:
    """Read the schema: fails on a wrong key or a damaged first page, writes nothing."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except Exception as error:  # sqlcipher3.DatabaseError arrives wrapped by SQLAlchemy
        engine.dispose()
        _DAMAGED.discard(engine)  # a wrong key is not a damaged file
        # A key from the keychain was filed under this file's own salt: if it fails,
        # the file is damaged, not the key wrong.
        problem = DatabaseDamaged if from_keychain else WrongKey
        raise problem(path=str(path)) from error
    quick_check(engine, path)


def quick_check(engine: Engine, path: Path) -> None:
    """Read the first row of every table once the key is proven: their root pages and the
    schema sit in the file's first pages, so damage there is caught before anything is
    written (a full ``cipher_integrity_check`` reads the whole file: about 1 s per 80 MB)."""
    try:
        with engine.connect() as connection:
            names = connection.execute(
                text(
                    "SELECT name FROM sqlite_master"
                    " WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
                )
            ).scalars()
            for name in list(names):
                quoted = name.replace('"', '""')
                connection.execute(text(f'SELECT * FROM "{quoted}" LIMIT 1')).all()
    except DatabaseDamaged as error:
        engine.dispose()
        raise DatabaseDamaged(path=str(path)) from error  # not changed: nothing was written


def enable_wal(engine: Engine) -> None:
    """WAL for a responsive GUI; only after the key is proven, as it writes the header."""
    outside_transaction(engine, "PRAGMA journal_mode = WAL")


def checkpoint_truncate(engine: Engine) -> None:
    """Fold the WAL into the file and empty it, so no old page versions linger there.
    A server database has no WAL file of the app's: nothing to do there."""
    if engine.dialect.name != "sqlite":
        return
    outside_transaction(engine, "PRAGMA wal_checkpoint(TRUNCATE)")


def outside_transaction(engine: Engine, pragma: str) -> None:
    """Run a pragma that SQLite refuses (or ignores) inside a transaction."""
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute(pragma)
        cursor.fetchall()
        cursor.close()
    finally:
        connection.close()
