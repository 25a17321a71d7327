"""Creating and unlocking the encrypted store, and every bad input the issue names.

Each refusal must leave the file's bytes exactly as they were.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from conftest import TEST_NOW
from sqlalchemy import text

from minime_admin import errors
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.services import database as db_service
from minime_admin.store import migrate
from minime_admin.store.keychain import Keychain
from minime_admin.store.sqlcipher import SQLITE_MAGIC, Secret, database_id, make_engine

PASSPHRASE = "Ģirts Ķēniņš-Žūriņa 2026"


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's hash and the names of everything beside it (no -wal/-shm left behind)."""
    siblings = sorted(p.name for p in path.parent.iterdir())
    return hashlib.sha256(path.read_bytes()).hexdigest(), siblings


def test_new_database_is_encrypted_and_keyed_from_the_keychain(
    created: db_service.Created, keychain: Keychain
) -> None:
    database = created.database
    database.close()
    head = database.path.read_bytes()[:16]
    assert head != SQLITE_MAGIC
    assert keychain.get(database_id(database.path)) is not None
    reopened = db_service.open_database(database.path, keychain, clock=FixedClock(TEST_NOW))
    assert reopened.unlocked_by is db_service.Unlock.KEYCHAIN
    reopened.close()


def test_secure_delete_and_wal_are_on(database: db_service.Database) -> None:
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA secure_delete")).scalar_one() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar_one() == 1


def test_recovery_key_opens_on_a_new_machine_and_is_remembered(
    created: db_service.Created, tmp_path: Path
) -> None:
    from keyring_backend import MemoryKeyring

    created.database.close()
    new_machine = Keychain(MemoryKeyring())
    with pytest.raises(errors.KeyNeeded):
        db_service.open_database(created.database.path, new_machine, clock=FixedClock(TEST_NOW))
    opened = db_service.open_database(
        created.database.path, new_machine, created.recovery_key, clock=FixedClock(TEST_NOW)
    )
    assert opened.unlocked_by is db_service.Unlock.RECOVERY_KEY
    opened.close()
    again = db_service.open_database(created.database.path, new_machine, clock=FixedClock(TEST_NOW))
    assert again.unlocked_by is db_service.Unlock.KEYCHAIN
    again.close()


def test_recovery_key_typo_is_told_apart_from_a_wrong_key(created: db_service.Created) -> None:
    created.database.close()
    key = created.recovery_key
    typo = key[:-1] + ("0" if key[-1] != "0" else "1")
    before = fingerprint(created.database.path)
    with pytest.raises(errors.BadRecoveryKey):
        db_service.open_database(
            created.database.path, Keychain(), typo, clock=FixedClock(TEST_NOW)
        )
    assert fingerprint(created.database.path) == before


def test_passphrase_mode_without_a_keychain(
    tmp_path: Path, no_keychain: Keychain, clerk: Actor
) -> None:
    path = tmp_path / "office.db"
    with pytest.raises(errors.PassphraseRequired):
        db_service.create_database(path, clerk, no_keychain, clock=FixedClock(TEST_NOW))
    with pytest.raises(errors.WeakPassphrase):
        db_service.create_database(
            path, clerk, no_keychain, passphrase="short", clock=FixedClock(TEST_NOW)
        )
    assert not path.exists()


@pytest.mark.parametrize(
    ("passphrase", "refusal"),
    [
        ("aaaaaaaaaaaa", errors.GuessablePassphrase),
        ("password123", errors.GuessablePassphrase),
        ("qwertyuiop12", errors.GuessablePassphrase),
        ("minimeadmin", errors.GuessablePassphrase),
        # A recovery key typed as a passphrase would later be read as a key.
        (
            "ABCDE-FGHJK-MNPQR-STVWX-YZ234-56789-ABCDE-FGHJK-MNPQR-STVWX-YZ234",
            errors.KeyShapedPassphrase,
        ),
    ],
)
def test_a_guessable_or_key_shaped_passphrase_is_refused_before_any_file(
    tmp_path: Path, no_keychain: Keychain, clerk: Actor, passphrase: str, refusal: type
) -> None:
    path = tmp_path / "office.db"
    with pytest.raises(refusal):
        db_service.create_database(
            path, clerk, no_keychain, passphrase=passphrase, clock=FixedClock(TEST_NOW)
        )
    assert not path.exists()

    created = db_service.create_database(
        path, clerk, no_keychain, passphrase=PASSPHRASE, clock=FixedClock(TEST_NOW)
    )
    created.database.close()
    with pytest.raises(errors.KeyNeeded):
        db_service.open_database(path, no_keychain, clock=FixedClock(TEST_NOW))
    by_passphrase = db_service.open_database(
        path, no_keychain, PASSPHRASE, clock=FixedClock(TEST_NOW)
    )
    assert by_passphrase.unlocked_by is db_service.Unlock.PASSPHRASE
    by_passphrase.close()
    # The recovery key of a passphrase database is the key SQLCipher derives from it.
    by_recovery = db_service.open_database(
        path, no_keychain, created.recovery_key, clock=FixedClock(TEST_NOW)
    )
    assert by_recovery.unlocked_by is db_service.Unlock.RECOVERY_KEY
    by_recovery.close()


def test_wrong_passphrase_is_a_clear_error_and_changes_nothing(
    tmp_path: Path, no_keychain: Keychain, clerk: Actor
) -> None:
    path = tmp_path / "office.db"
    db_service.create_database(
        path, clerk, no_keychain, passphrase=PASSPHRASE, clock=FixedClock(TEST_NOW)
    ).database.close()
    before = fingerprint(path)
    with pytest.raises(errors.WrongKey) as caught:
        db_service.open_database(
            path, no_keychain, "not the passphrase", clock=FixedClock(TEST_NOW)
        )
    assert str(path) in str(caught.value)
    assert fingerprint(path) == before


def test_plain_sqlite_file_is_refused_untouched(tmp_path: Path, keychain: Keychain) -> None:
    path = tmp_path / "plain.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customers (name TEXT)")
    connection.execute("INSERT INTO customers VALUES ('Ģirts Ķēniņš-Žūriņa')")
    connection.commit()
    connection.close()
    before = fingerprint(path)
    with pytest.raises(errors.NotEncrypted):
        db_service.open_database(path, keychain, PASSPHRASE, clock=FixedClock(TEST_NOW))
    assert fingerprint(path) == before


def test_truncated_file_is_refused_untouched(
    created: db_service.Created, keychain: Keychain
) -> None:
    path = created.database.path
    created.database.close()
    path.write_bytes(path.read_bytes()[:5000])
    before = fingerprint(path)
    with pytest.raises(errors.DatabaseDamaged):
        db_service.open_database(path, keychain, clock=FixedClock(TEST_NOW))
    assert fingerprint(path) == before


def test_damaged_first_page_with_the_right_key_says_damaged(
    created: db_service.Created, keychain: Keychain
) -> None:
    path = created.database.path
    created.database.close()
    data = bytearray(path.read_bytes())
    data[100:200] = os.urandom(100)  # inside page 1, after the salt
    path.write_bytes(bytes(data))
    before = fingerprint(path)
    with pytest.raises(errors.DatabaseDamaged):
        db_service.open_database(path, keychain, clock=FixedClock(TEST_NOW))
    assert fingerprint(path) == before


def test_random_file_is_refused_untouched(tmp_path: Path, keychain: Keychain) -> None:
    path = tmp_path / "office" / "random.db"  # a folder of its own, apart from the data folder
    path.parent.mkdir()
    path.write_bytes(os.urandom(4096 * 3))
    before = fingerprint(path)
    with pytest.raises(errors.KeyNeeded):
        db_service.open_database(path, keychain, clock=FixedClock(TEST_NOW))
    with pytest.raises(errors.WrongKey):
        db_service.open_database(path, keychain, PASSPHRASE, clock=FixedClock(TEST_NOW))
    assert fingerprint(path) == before


@pytest.mark.parametrize("content", [b"", b"hello, not a database\n"])
def test_tiny_or_empty_file_is_damaged(tmp_path: Path, keychain: Keychain, content: bytes) -> None:
    path = tmp_path / "tiny.db"
    path.write_bytes(content)
    with pytest.raises(errors.DatabaseDamaged):
        db_service.open_database(path, keychain, PASSPHRASE, clock=FixedClock(TEST_NOW))
    assert path.read_bytes() == content


def test_missing_path_names_the_command_to_create_it(tmp_path: Path, keychain: Keychain) -> None:
    path = tmp_path / "nowhere" / "minime.db"
    with pytest.raises(errors.DatabaseMissing) as caught:
        db_service.open_database(path, keychain, clock=FixedClock(TEST_NOW))
    assert "init" in str(caught.value)
    assert not path.parent.exists()


def test_creating_over_an_existing_file_is_refused(
    created: db_service.Created, keychain: Keychain, clerk: Actor
) -> None:
    created.database.close()
    before = fingerprint(created.database.path)
    with pytest.raises(errors.DatabaseExists):
        db_service.create_database(
            created.database.path, clerk, keychain, clock=FixedClock(TEST_NOW)
        )
    assert fingerprint(created.database.path) == before


def test_folder_that_is_a_file_cannot_hold_a_database(
    tmp_path: Path, keychain: Keychain, clerk: Actor
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(errors.FolderNotWritable):
        db_service.create_database(
            blocker / "minime.db", clerk, keychain, clock=FixedClock(TEST_NOW)
        )


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """The folder made read-only: by permissions, or (as root, who ignores them) by a
    read-only bind mount of it; skipped where neither is possible."""
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)
        return
    view = folder.with_name(folder.name + "-ro")
    view.mkdir()
    mounted = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(folder), str(view)], capture_output=True, check=False
    )
    if mounted.returncode != 0:
        pytest.skip("cannot make a read-only folder as root here")
    try:
        yield view
    finally:
        subprocess.run(["umount", str(view)], check=True)


def test_read_only_folder_is_refused_untouched(
    tmp_path: Path, keychain: Keychain, clerk: Actor
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    created = db_service.create_database(
        folder / "minime.db", clerk, keychain, clock=FixedClock(TEST_NOW)
    )
    created.database.close()
    before = fingerprint(folder / "minime.db")
    with read_only(folder) as locked:
        with pytest.raises(errors.FolderNotWritable):
            db_service.open_database(locked / "minime.db", keychain, clock=FixedClock(TEST_NOW))
        with pytest.raises(errors.FolderNotWritable):
            db_service.create_database(
                locked / "second.db", clerk, keychain, clock=FixedClock(TEST_NOW)
            )
    assert fingerprint(folder / "minime.db") == before


def test_keychain_failure_on_create_leaves_no_file(tmp_path: Path, clerk: Actor) -> None:
    from keyring_backend import MemoryKeyring

    class BrokenKeyring(MemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise OSError("the keychain is locked")

    path = tmp_path / "office" / "minime.db"  # a folder of its own, apart from the data folder
    with pytest.raises(errors.KeychainUnavailable):
        db_service.create_database(
            path, clerk, Keychain(BrokenKeyring()), clock=FixedClock(TEST_NOW)
        )
    assert list(path.parent.iterdir()) == []


def test_database_from_a_newer_version_is_refused_untouched(
    created: db_service.Created, keychain: Keychain
) -> None:
    with created.database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    created.database.close()
    before = fingerprint(created.database.path)
    with pytest.raises(errors.NewerDatabase):
        db_service.open_database(created.database.path, keychain, clock=FixedClock(TEST_NOW))
    assert fingerprint(created.database.path) == before


def test_some_other_sqlcipher_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlcipher3.connect(str(path))
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    connection.execute("CREATE TABLE notes (body TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(errors.DatabaseDamaged):
        db_service.open_database(path, Keychain(), PASSPHRASE, clock=FixedClock(TEST_NOW))


def test_an_older_schema_is_migrated_after_a_safety_copy(
    tmp_path: Path, keychain: Keychain
) -> None:
    path = tmp_path / "old.db"
    secret = Secret(raw_key=os.urandom(32))
    engine = make_engine(path, secret)
    migrate.upgrade(engine, None, target="0001")
    engine.dispose()

    opened = db_service.open_with_secret(
        path, secret, db_service.Unlock.KEYCHAIN, clock=FixedClock(TEST_NOW)
    )
    assert migrate.current_revision(opened.engine) == migrate.head_revision()
    backup = opened.migrated_from_backup
    opened.close()
    # A regular backup in the backup folder (issue #17.5), keyed like the database.
    assert backup is not None and backup.suffix == ".mmbak"
    old = make_engine(backup, secret)
    assert migrate.current_revision(old) == "0001"
    old.dispose()


def test_models_and_migrations_agree(database: db_service.Database) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from minime_admin.store.base import Base

    def outside_the_orm(name: str | None, type_: str, parent_names: object) -> bool:
        return not (type_ == "table" and (name or "").startswith("customer_search"))

    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": outside_the_orm})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_database_file_is_readable_by_its_owner_only(database: db_service.Database) -> None:
    assert database.path.stat().st_mode & 0o777 == 0o600
    assert len(database.database_id) == 32
