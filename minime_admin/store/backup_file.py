"""SQLCipher's side of a backup: an online page copy of the open database into a new file
keyed like it, and opening such a file read-only.

The copy goes through SQLite's online backup API on a connection of the live engine, so it is
consistent even while another connection writes (the API restarts on a change made by another
connection) and never copies the raw main file of a WAL database, whose newest pages may still
sit in the -wal file. The new file is keyed with the same raw key *and salt* (SQLCipher's
``x'<key><salt>'`` form), so the recovery key, the keychain entry (filed under the salt) and,
for a passphrase database, the passphrase all open it; it is switched from WAL to a rollback
journal before it is closed, so that it is one self-contained file that opens read-only.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, text
from sqlalchemy.pool import NullPool

from minime_admin.store import sqlcipher
from minime_admin.store.sqlcipher import Secret

PAGES_PER_STEP = 2048  # 8 MB a step: progress and cancel without slowing the copy


def copy_online(
    engine: Engine,
    target: Path,
    raw_key: bytes,
    salt: bytes,
    step: Callable[[int, int], bool] | None = None,
) -> None:
    """Write a consistent copy of ``engine``'s database to ``target`` (which must not exist),
    fsynced. ``step(done_pages, total_pages)`` may return False to stop: the partial target
    is then removed and InterruptedError raised. On any failure ``target`` is removed."""
    source = engine.raw_connection()
    destination: Any = None
    try:
        destination = sqlcipher3.connect(str(target), isolation_level=None)
        destination.execute("PRAGMA cipher_log_level = NONE")
        destination.execute(f"PRAGMA key = \"x'{raw_key.hex()}{salt.hex()}'\"")
        destination.execute("PRAGMA cipher_compatibility = 4")
        # No rollback journal while copying: a copy cut short is thrown away whole, and a
        # kill -9 then leaves one hidden temp file (which the write journal names), not two.
        destination.execute("PRAGMA journal_mode = OFF").fetchall()

        def progress(_status: int, remaining: int, total: int) -> None:
            if step is not None and not step(total - remaining, total):
                raise InterruptedError("backup cancelled")

        source.driver_connection.backup(  # type: ignore[union-attr]
            destination, pages=PAGES_PER_STEP, progress=progress
        )
        destination.execute("PRAGMA journal_mode = DELETE").fetchall()
        destination.close()
        destination = None
        fsync_file(target)
    except BaseException:
        if destination is not None:
            with contextlib.suppress(Exception):
                destination.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(f"{target}{suffix}").unlink()
        raise
    finally:
        source.close()


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (not possible, nor needed, on Windows)."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def open_read_only(path: Path, secret: Secret) -> Engine:
    """An engine that can only read ``path``: a verify never changes a backup. Proves the key
    (WrongKey, or DatabaseDamaged for a damaged first page) before returning."""
    uri = f"file:{path.resolve().as_posix()}?mode=ro"

    def connect() -> Any:
        return sqlcipher3.connect(uri, uri=True, check_same_thread=False)

    engine = sqlcipher.make_engine(path, secret, creator=connect, poolclass=NullPool)
    sqlcipher.prove_key(engine, path, from_keychain=False)
    return engine


def integrity_problems(engine: Engine, limit: int = 20) -> list[str]:
    """What ``cipher_integrity_check`` (every page's HMAC) and ``integrity_check`` (every
    b-tree) report; empty when the file is intact. The texts name pages, never content."""
    problems: list[str] = []
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("PRAGMA cipher_integrity_check")
        problems += [str(row[0]) for row in cursor.fetchall()][:limit]
        if not problems:
            cursor.execute(f"PRAGMA integrity_check({limit})")
            found = [str(row[0]) for row in cursor.fetchall()]
            problems += [p for p in found if p != "ok"]
        cursor.close()
    except sqlcipher3.DatabaseError as error:
        problems.append(str(error))
    finally:
        connection.close()
    return problems


def table_counts(engine: Engine, tables: tuple[str, ...]) -> dict[str, int]:
    with engine.connect() as connection:
        present = set(
            connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
            .scalars()
            .all()
        )
        return {
            table: int(connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())
            for table in tables
            if table in present
        }


def erased_stubs(engine: Engine) -> list[tuple[int, str, str | None]]:
    """Every erasure a database records, as (customer stub id, when, salted identity hash):
    the list a restore compares against. Plain SQL over two columns every revision has, so
    it reads a backup of an older version too, and (with ix_customers_erased) touches only
    the stubs."""
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT id, erased_at, identity_hash FROM customers"
                " WHERE erased_at IS NOT NULL ORDER BY id"
            )
        ).all()
    return [(int(row[0]), str(row[1]), row[2]) for row in rows]


IDENTITY_SALT_KEY = "erasure.identity_salt"  # store/erasure_repo.py's key, read as plain SQL


def identity_salt(engine: Engine) -> str | None:
    """The salt a database's stubs are hashed with (None before its first erasure), so a
    restore that re-applies erasures hashes them as the newer copy did."""
    with engine.connect() as connection:
        value = connection.execute(
            text("SELECT value FROM app_settings WHERE key = :key"), {"key": IDENTITY_SALT_KEY}
        ).scalar()
    return str(value) if value is not None else None
