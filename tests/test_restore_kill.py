"""kill -9 during `restore --replace` (issue #17, #14.5): wherever the restore dies, the file
in the database's place is the old database, whole and unchanged in what it holds, or the
finished restore; what the dead restore was writing is hidden and removed at the next start;
and the next restore goes through.

The real command line runs in a child process, which SIGKILLs itself at one moment of the
restore (each phase in turn), so every phase is hit, not just whichever a timer lands in.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import SeedShop
from sqlalchemy import text

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import FixedClock
from minime_admin.services import audit, backup, files, restore
from minime_admin.services import database as db_service
from minime_admin.services import erasure as erasure_service
from minime_admin.store.keychain import Keychain

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent

# The child: the real `minime-admin restore`, with one step wrapped to SIGKILL the process.
CHILD = textwrap.dedent(
    """
    import os, shutil, signal, sys
    from minime_admin.cli import main
    from minime_admin.services import backup, erasure, restore
    from minime_admin.store import backup_file

    where, argv = sys.argv[1], sys.argv[2:]

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    if where == "backing up the old file":
        backup_file.PAGES_PER_STEP = 4
        real_backup = backup.make_backup

        def make_backup(*args, **kwargs):
            return real_backup(*args, progress=lambda done, total: done < total // 2 or die(),
                               **kwargs)

        restore.backup.make_backup = make_backup
    elif where == "copying the backup":
        def half_copy(source, target):
            data = open(source, "rb").read()
            with open(target, "wb") as out:
                out.write(data[: len(data) // 2])
                out.flush()
                os.fsync(out.fileno())
            die()

        restore.shutil.copyfile = half_copy
    elif where == "re-applying an erasure":
        real_erasure = erasure.execute_erasure

        def execute_erasure(*args, **kwargs):
            real_erasure(*args, **kwargs)
            args[0].flush()  # written into the copy's open transaction, not committed
            die()

        restore.erasure_service.execute_erasure = execute_erasure
    elif where in ("renaming into place", "after the rename"):
        real_replace = os.replace

        def replace(source, target):  # the restore's rename, not the backup's before it
            if not str(target).endswith(".db"):
                return real_replace(source, target)
            if where == "after the rename":
                real_replace(source, target)
            die()

        restore.os.replace = replace
    sys.exit(main(argv))
    """
)
PHASES = (
    "backing up the old file",
    "copying the backup",
    "re-applying an erasure",
    "renaming into place",
    "after the rename",
)


def _environment(keychain: Keychain, database_id: str, folder: Path) -> dict[str, str]:
    key = keychain.get(database_id)
    assert key is not None
    keyring_file = folder / "keyring.json"
    keyring_file.write_text(json.dumps({f"minime-admin/{database_id}": key.hex()}))
    return {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring_backend.FileKeyring",
        "MINIME_TEST_KEYRING": str(keyring_file),
        "PYTHONPATH": f"{TESTS}{os.pathsep}{ROOT}",
    }


def _holdings(database: db_service.Database) -> tuple[int, list[int], int]:
    """What the file holds for the office: customers, who is erased, requests."""
    with database.engine.connect() as connection:
        customers = connection.execute(text("SELECT count(*) FROM customers")).scalar_one()
        erased = connection.execute(
            text("SELECT id FROM customers WHERE erased_at IS NOT NULL ORDER BY id")
        ).scalars()
        requests = connection.execute(text("SELECT count(*) FROM requests")).scalar_one()
        return int(customers), [int(i) for i in erased], int(requests)


@pytest.mark.parametrize("where", PHASES)
def test_kill_9_during_a_restore_leaves_the_old_database_or_the_restored_one(
    where: str,
    tmp_path: Path,
    seed_shop: SeedShop,
    clerk: Actor,
    keychain: Keychain,
    clock: FixedClock,
) -> None:
    database = seed_shop(customers=40)
    folder = tmp_path / "backups"
    folder.mkdir()
    made = backup.make_backup(database, folder, clerk)
    clock.advance(timedelta(hours=1))
    with database.unit_of_work() as session:  # erased after the backup: the restore redoes it
        plan = erasure_service.plan_erasure(session, 3)
        erasure_service.execute_erasure(session, clerk, plan, reason="test", planned_now=True)
    old = _holdings(database)
    path, database_id = database.path, database.database_id
    assert path is not None
    database.close()
    inode = path.stat().st_ino
    backup_bytes = made.path.read_bytes()
    command = ["restore", str(made.path), "--db", str(path), "--replace", "--folder", str(folder)]
    environment = _environment(keychain, database_id, tmp_path)

    child = subprocess.run(
        [sys.executable, "-c", CHILD, where, *command],
        capture_output=True,
        text=True,
        env=environment,
        timeout=180,
        check=False,
    )

    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    assert made.path.read_bytes() == backup_bytes  # the backup itself is never changed
    # What the app would open: the old database (the same file, holding what it held), or,
    # once the rename happened, the whole restored one. Never anything in between.
    renamed = where == "after the rename"
    assert (path.stat().st_ino != inode) is renamed
    found = db_service.open_database(path, keychain, clock=clock)
    try:
        with found.session() as session:
            assert audit.verify(session).intact
            newest = audit.newest_first(session, limit=1)[0].action
        assert (newest == AuditAction.DATABASE_RESTORED) is renamed
        if not renamed:
            assert _holdings(found) == old
        else:
            assert _holdings(found)[1] == old[1]  # the erasure re-applied
    finally:
        found.close()
    # Half-written files are hidden (a dot, never the database's name) and owner-only, and
    # the next start removes every one: beside the database and in the backup folder.
    hidden = [p for place in (path.parent, folder) for p in place.iterdir() if p.name[0] == "."]
    assert all(".part" in p.name and p.stat().st_mode & 0o077 == 0 for p in hidden), hidden
    files.clean_leftovers()
    assert not [p for place in (path.parent, folder) for p in place.iterdir() if p.name[0] == "."]
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) in (
        [path.name],
        [path.name, f"{path.name}-shm", f"{path.name}-wal"],
    )
    for listed in backup.list_backups(folder):  # any backup under a backup name is whole
        assert restore.verify(listed.path, keychain).intact

    # The killed restore held no lock past its death: the same command now goes through.
    again = subprocess.run(
        [sys.executable, "-m", "minime_admin", *command],
        capture_output=True,
        text=True,
        env=environment,
        timeout=180,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    restored = db_service.open_database(path, keychain, clock=clock)
    try:
        assert _holdings(restored)[1] == old[1]
        with restored.session() as session:
            assert audit.verify(session).intact
    finally:
        restored.close()
