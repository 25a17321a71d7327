"""Backups under faults (issue #17): a read-only or full backup folder, a file-size limit,
and kill -9 in the middle of a backup. Each leaves the earlier backups and the database as
they were, no file under a backup name that is not a whole backup, and one clear sentence."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SeedShop

from minime_admin.domain.actor import Actor
from minime_admin.errors import BackupFolderFull, BackupFolderNotWritable, BackupNotWritten
from minime_admin.services import audit, backup, files, restore
from minime_admin.services import database as db_service
from minime_admin.store.keychain import Keychain


@contextlib.contextmanager
def mounted_tmpfs(where: Path, options: str) -> Iterator[Path]:
    """A real small (or read-only) file system, when this test may mount one (root)."""
    where.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, f"minime-{uuid.uuid4().hex[:8]}", str(where)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _backup_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.suffix == ".mmbak")


def test_a_read_only_folder_gets_no_backup_and_one_sentence(
    tmp_path: Path, database: db_service.Database, clerk: Actor
) -> None:
    if os.geteuid() == 0:
        context = mounted_tmpfs(tmp_path / "ro", "ro,size=1m")
    else:
        (tmp_path / "ro").mkdir(mode=0o500)
        context = contextlib.nullcontext(tmp_path / "ro")
    with context as folder:
        with pytest.raises(BackupFolderNotWritable) as raised:
            backup.make_backup(database, folder, clerk, remember=True)
        assert str(folder) in raised.value.message() and "No backup was made" in str(raised.value)
        assert list(folder.iterdir()) == []
    state = backup.load_state()
    assert state.failure_kind == "BackupFolderNotWritable" and state.failed_since_good()


def test_a_full_disk_leaves_no_partial_backup_and_the_earlier_ones_untouched(
    tmp_path: Path, seed_shop: SeedShop, clerk: Actor
) -> None:
    database = seed_shop(customers=40)
    size = database.path.stat().st_size
    with mounted_tmpfs(tmp_path / "small", f"size={size + size // 2}") as folder:
        first = backup.make_backup(database, folder, clerk)
        kept = first.path.read_bytes()
        with pytest.raises(BackupFolderFull) as raised:
            backup.make_backup(database, folder, clerk)
        assert "disk is full" in str(raised.value)
        assert [p.name for p in folder.iterdir()] == [first.path.name]  # no temp file either
        assert first.path.read_bytes() == kept
    with database.session() as session:
        assert audit.verify(session).intact


LIMITED = textwrap.dedent(
    """
    import resource, sys
    from datetime import UTC, datetime
    from pathlib import Path
    from minime_admin.domain.actor import Actor, Role
    from minime_admin.domain.clock import FixedClock
    from minime_admin.errors import KnownError
    from minime_admin.services import backup
    from minime_admin.services import database as db_service
    from minime_admin.store.sqlcipher import Secret

    path, key, folder, limit = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    database = db_service.open_with_secret(
        path, Secret(raw_key=bytes.fromhex(key)), db_service.Unlock.KEYCHAIN,
        clock=FixedClock(datetime(2026, 11, 26, 10, tzinfo=UTC)),
    )
    # Python ignores SIGXFSZ, so a write beyond the limit fails with EFBIG, as on a file
    # system that takes no file this large (FAT32 at 4 GB).
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        backup.make_backup(database, folder, Actor("Test Clerk", Role.STAFF))
    except KnownError as error:
        print(error.message())
    """
)


def test_a_file_size_limit_stops_the_backup_cleanly(
    tmp_path: Path, seed_shop: SeedShop, clerk: Actor, keychain: Keychain
) -> None:
    database = seed_shop(customers=40)
    key = keychain.get(database.database_id)
    assert key is not None
    folder = tmp_path / "backups"
    folder.mkdir()
    limit = database.path.stat().st_size // 2
    database.close()
    child = subprocess.run(
        [sys.executable, "-c", LIMITED, str(database.path), key.hex(), str(folder), str(limit)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    # SQLite reports EFBIG as an I/O error (only ENOSPC as "full"): the sentence says so.
    expected = BackupNotWritten(path=str(folder), detail="disk I/O error").message()
    assert child.stdout.strip() == expected, child.stdout + child.stderr
    assert list(folder.iterdir()) == []


KILLED = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import UTC, datetime
    from pathlib import Path
    from minime_admin.domain.actor import Actor, Role
    from minime_admin.domain.clock import FixedClock
    from minime_admin.services import backup
    from minime_admin.services import database as db_service
    from minime_admin.store import backup_file
    from minime_admin.store.sqlcipher import Secret

    path, key, folder = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    database = db_service.open_with_secret(
        path, Secret(raw_key=bytes.fromhex(key)), db_service.Unlock.KEYCHAIN,
        clock=FixedClock(datetime(2026, 11, 26, 10, tzinfo=UTC)),
    )
    backup_file.PAGES_PER_STEP = 8  # many steps, so the kill lands in the middle

    def die(done, total):
        if done >= total // 2:
            os.kill(os.getpid(), signal.SIGKILL)
        return True

    backup.make_backup(database, folder, Actor("Test Clerk", Role.STAFF), progress=die)
    print("the backup finished without being killed")
    """
)


def test_kill_9_during_a_backup_leaves_nothing_under_a_backup_name(
    tmp_path: Path, seed_shop: SeedShop, clerk: Actor, keychain: Keychain
) -> None:
    database = seed_shop(customers=40)
    folder = tmp_path / "backups"
    folder.mkdir()
    earlier = backup.make_backup(database, folder, clerk)
    earlier_bytes = earlier.path.read_bytes()
    key = keychain.get(database.database_id)
    assert key is not None
    path = database.path
    database.close()
    database_bytes = path.read_bytes()

    child = subprocess.run(
        [sys.executable, "-c", KILLED, str(path), key.hex(), str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    assert _backup_names(folder) == [earlier.path.name]
    assert earlier.path.read_bytes() == earlier_bytes
    hidden = [p for p in folder.iterdir() if p.name.startswith(".")]
    assert hidden and all(p.suffix == ".part" for p in hidden)
    assert all((p.stat().st_mode & 0o777) == 0o600 for p in hidden)
    assert files.clean_leftovers() == len(hidden)  # the next start removes the half copy
    assert list(folder.iterdir()) == [earlier.path]
    assert path.read_bytes() == database_bytes  # a backup only reads the database
    assert restore.verify(earlier.path, keychain).intact
    again = db_service.open_database(path, keychain, clock=database.clock)
    try:
        with again.session() as session:
            assert audit.verify(session).intact
    finally:
        again.close()
