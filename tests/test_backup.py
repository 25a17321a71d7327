"""Backups and restore (issue #17) on real SQLCipher files: the copy, its audit entry, verify,
restore with erasures re-applied, and the migration copy as a regular backup."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import SeedShop
from sqlalchemy import text

from minime_admin.domain import backups as rules
from minime_admin.domain import recovery_key
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import FixedClock
from minime_admin.errors import (
    BackupDamaged,
    BackupFolderMissing,
    BackupKeyNeeded,
    BackupNewer,
    BackupWrongKey,
    RestoreTargetExists,
)
from minime_admin.services import audit, backup, restore
from minime_admin.services import database as db_service
from minime_admin.services import erasure as erasure_service
from minime_admin.store import backup_file, migrate
from minime_admin.store.keychain import Keychain
from minime_admin.store.sqlcipher import Secret, make_engine


def _counts(database: db_service.Database) -> dict[str, int]:
    return backup_file.table_counts(database.engine, restore.COUNTED)


def _erase(database: db_service.Database, clerk: Actor, customer_id: int) -> None:
    with database.unit_of_work() as session:
        plan = erasure_service.plan_erasure(session, customer_id)
        erasure_service.execute_erasure(session, clerk, plan, reason="test", planned_now=True)


def _living_customers(database: db_service.Database, how_many: int) -> list[int]:
    with database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT c.id FROM customers c WHERE erased_at IS NULL AND NOT EXISTS"
                " (SELECT 1 FROM legal_holds h WHERE h.customer_id = c.id) ORDER BY id LIMIT :n"
            ),
            {"n": how_many},
        )
        return [int(row[0]) for row in rows]


def test_a_backup_is_a_consistent_encrypted_copy_recorded_in_the_audit_log(
    tmp_path: Path, created: db_service.Created, seed_shop: SeedShop, clerk: Actor
) -> None:
    database = seed_shop(customers=30)
    _erase(database, clerk, _living_customers(database, 1)[0])
    folder = tmp_path / "backups"
    folder.mkdir()
    # Committed but still only in the -wal file: a raw copy of the main file would miss it.
    with database.unit_of_work() as session:
        audit.record(session, clerk, AuditAction.HOLIDAY_ADDED, "holiday", 1)
    assert Path(f"{database.path}-wal").stat().st_size > 0
    expected = _counts(database)

    made = backup.make_backup(database, folder, clerk)

    name = rules.parse_name(made.path.name)
    assert name is not None and name.database_id == database.database_id
    assert made.path.parent == folder and made.path.suffix == ".mmbak"
    assert [p.name for p in folder.iterdir()] == [made.path.name]  # no temp file left
    assert (made.path.stat().st_mode & 0o777) == 0o600
    assert backup.file_digest(made.path) == (made.sha256, made.size)
    assert made.revision == migrate.head_revision() and made.erasures == 1
    # The recovery key alone opens it: the same key and salt as the live file.
    key = recovery_key.decode(created.recovery_key)
    engine = backup_file.open_read_only(made.path, Secret(raw_key=key))
    try:
        assert backup_file.table_counts(engine, restore.COUNTED) == expected
    finally:
        engine.dispose()
    with database.session() as session:
        entry = audit.newest_first(session, limit=1)[0]
    assert entry.action == AuditAction.BACKUP_MADE and entry.reason == made.path.name
    with database.engine.connect() as connection:
        details = connection.execute(
            text("SELECT details FROM audit_log ORDER BY seq DESC LIMIT 1")
        ).scalar_one()
    assert made.sha256 in str(details) and str(made.size) in str(details)


def test_verify_reports_an_intact_backup_with_keychain_or_recovery_key(
    tmp_path: Path,
    created: db_service.Created,
    seed_shop: SeedShop,
    clerk: Actor,
    keychain: Keychain,
) -> None:
    database = seed_shop(customers=20)
    made = backup.make_backup(database, tmp_path, clerk)
    before = made.path.read_bytes()

    by_keychain = restore.verify(made.path, keychain)
    by_key = restore.verify(made.path, keychain, created.recovery_key)

    for verdict in (by_keychain, by_key):
        assert verdict.intact and verdict.chain_checked > 0
        assert verdict.counts["customers"] == 20 and verdict.sha256 == made.sha256
    assert made.path.read_bytes() == before  # read-only: not even the header changed
    assert not Path(f"{made.path}-wal").exists()


def test_verify_refuses_a_wrong_recovery_key_and_an_unknown_key(
    tmp_path: Path, database: db_service.Database, clerk: Actor, no_keychain: Keychain
) -> None:
    made = backup.make_backup(database, tmp_path, clerk)
    other = recovery_key.encode(os.urandom(32))
    with pytest.raises(BackupWrongKey):
        restore.verify(made.path, no_keychain, other)
    with pytest.raises(BackupKeyNeeded):
        restore.verify(made.path, no_keychain)


def _verify_says_damaged(path: Path, keychain: Keychain) -> bool:
    """Damage found before the file opens is a BackupDamaged; after, a verdict not intact."""
    try:
        return not restore.verify(path, keychain).intact
    except BackupDamaged:
        return True


def test_a_truncated_or_corrupted_backup_is_reported_and_never_restored(
    tmp_path: Path, seed_shop: SeedShop, clerk: Actor, keychain: Keychain
) -> None:
    database = seed_shop(customers=60)
    (tmp_path / "b").mkdir()
    made = backup.make_backup(database, tmp_path / "b", clerk)
    data = made.path.read_bytes()
    cut = tmp_path / "cut.mmbak"
    cut.write_bytes(data[: len(data) - 1000])  # not a whole number of pages
    cut_pages = tmp_path / "cut_pages.mmbak"
    cut_pages.write_bytes(data[: len(data) // 2 // 4096 * 4096])
    flipped = tmp_path / "flipped.mmbak"
    middle = len(data) // 2
    flipped.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :])

    for damaged in (cut, cut_pages, flipped):
        assert _verify_says_damaged(damaged, keychain)
        before = damaged.read_bytes()
        with pytest.raises(BackupDamaged):
            restore.restore(damaged, tmp_path / "new.db", keychain, clerk, database.clock)
        assert damaged.read_bytes() == before
    assert not (tmp_path / "new.db").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".new.db")]


def test_a_backup_from_a_newer_version_is_refused_untouched(
    tmp_path: Path, database: db_service.Database, clerk: Actor, keychain: Keychain
) -> None:
    made = backup.make_backup(database, tmp_path, clerk)
    key = keychain.get(database.database_id)
    assert key is not None
    engine = make_engine(made.path, Secret(raw_key=key))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    before = made.path.read_bytes()
    with pytest.raises(BackupNewer):
        restore.verify(made.path, keychain)
    with pytest.raises(BackupNewer):
        restore.restore(made.path, tmp_path / "new.db", keychain, clerk, database.clock)
    assert made.path.read_bytes() == before and not (tmp_path / "new.db").exists()


def test_a_missing_backup_folder_is_not_created(
    tmp_path: Path, database: db_service.Database, clerk: Actor
) -> None:
    with pytest.raises(BackupFolderMissing):
        backup.make_backup(database, tmp_path / "share" / "unmounted", clerk)
    assert not (tmp_path / "share").exists()


def test_restore_re_applies_erasures_a_newer_backup_lists(
    tmp_path: Path, seed_shop: SeedShop, clerk: Actor, keychain: Keychain, clock: FixedClock
) -> None:
    database = seed_shop(customers=30)
    folder = tmp_path / "backups"
    folder.mkdir()
    first, second, third = _living_customers(database, 3)
    old = backup.make_backup(database, folder, clerk)  # before anyone was erased: no salt yet
    clock.advance(timedelta(days=1))
    _erase(database, clerk, first)
    middle = backup.make_backup(database, folder, clerk)
    clock.advance(timedelta(days=1))
    _erase(database, clerk, second)
    _erase(database, clerk, third)
    newer = backup.make_backup(database, folder, clerk)
    assert (old.erasures, middle.erasures, newer.erasures) == (0, 1, 3)
    hashes = {row[0]: row[2] for row in backup_file.erased_stubs(database.engine)}
    database.close()

    restored = restore.restore(
        old.path, tmp_path / "restored.db", keychain, clerk, clock, folder=folder
    )

    assert restored.reapplied == (first, second, third)
    assert restored.reference == newer.path.name  # the newest, not the one after the old
    again = db_service.open_database(restored.path, keychain, clock=clock)
    try:
        # The same stubs with the same salted hashes: a returning person is still recognised.
        assert {row[0]: row[2] for row in backup_file.erased_stubs(again.engine)} == hashes
        with again.session() as session:
            assert audit.verify(session).intact
            assert audit.newest_first(session, limit=1)[0].action == AuditAction.DATABASE_RESTORED
    finally:
        again.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_restore_over_an_existing_file_needs_the_flag_and_backs_it_up_first(
    tmp_path: Path, seed_shop: SeedShop, clerk: Actor, keychain: Keychain, clock: FixedClock
) -> None:
    database = seed_shop(customers=10)
    folder = tmp_path / "backups"
    folder.mkdir()
    made = backup.make_backup(database, folder, clerk)
    clock.advance(timedelta(hours=1))
    _erase(database, clerk, _living_customers(database, 1)[0])
    path = database.path
    database.close()
    before = path.read_bytes()
    with pytest.raises(RestoreTargetExists):
        restore.restore(made.path, path, keychain, clerk, clock, folder=folder)
    assert path.read_bytes() == before

    clock.advance(timedelta(hours=1))
    restored = restore.restore(made.path, path, keychain, clerk, clock, folder=folder, replace=True)

    assert restored.replaced_backup is not None and restored.replaced_backup.parent == folder
    assert restored.reference == "current database" and len(restored.reapplied) == 1
    assert len(backup.list_backups(folder)) == 2


def test_a_migration_copy_is_a_regular_backup_in_the_backup_folder(
    tmp_path: Path, keychain: Keychain, clock: FixedClock
) -> None:
    path, key = tmp_path / "office.db", os.urandom(32)
    engine = make_engine(path, Secret(raw_key=key))
    migrate.upgrade(engine, None, target="0008")
    engine.dispose()
    folder = backup.default_folder()
    folder.mkdir(parents=True)

    database = db_service.open_with_secret(
        path, Secret(raw_key=key), db_service.Unlock.KEYCHAIN, clock=clock
    )
    database.close()

    assert database.migrated_from_backup is not None
    assert database.migrated_from_backup.parent == folder
    listed = backup.list_backups(folder)
    assert [b.path for b in listed] == [database.migrated_from_backup]
    copy = backup_file.open_read_only(listed[0].path, Secret(raw_key=key))
    try:
        assert migrate.current_revision(copy) == "0008"
    finally:
        copy.dispose()
    assert not list(tmp_path.glob("office.db.before-*"))


def test_a_server_database_is_refused_and_nothing_is_written(
    server_database: db_service.Database, clerk: Actor, tmp_path: Path
) -> None:
    """A PostgreSQL database is backed up on the server (pg_dump): the app says so, writes
    no file and records no backup."""
    from minime_admin.errors import BackupOfServerDatabase

    folder = tmp_path / "backups"
    folder.mkdir()
    with pytest.raises(BackupOfServerDatabase):
        backup.make_backup(server_database, folder, clerk)
    assert list(folder.iterdir()) == []
    with server_database.session() as session:
        assert audit.entry_count(session, AuditAction.BACKUP_MADE) == 0
