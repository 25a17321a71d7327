"""A restore never replaces a database file someone has open, and nobody opens a file while a
restore replaces it (services/in_use.py): real second processes hold the file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minime_admin import paths
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import FixedClock
from minime_admin.errors import DatabaseBeingRestored, RestoreTargetInUse
from minime_admin.services import audit, backup, restore
from minime_admin.services import database as db_service
from minime_admin.store.keychain import Keychain

ROOT = Path(__file__).resolve().parent.parent
TESTS = Path(__file__).resolve().parent


def _environment(keychain: Keychain, database_id: str, folder: Path) -> dict[str, str]:
    """A child process with this test's data folder and a keychain holding the key."""
    key = keychain.get(database_id)
    assert key is not None
    keyring_file = folder / "keyring.json"
    keyring_file.write_text(json.dumps({f"minime-admin/{database_id}": key.hex()}))
    return {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring_backend.FileKeyring",
        "MINIME_TEST_KEYRING": str(keyring_file),
        "PYTHONPATH": f"{TESTS}{os.pathsep}{ROOT}",
        "QT_QPA_PLATFORM": "offscreen",
    }


def _wait_for(condition: object, process: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert process.poll() is None, "the app ended before it had the file open"
        assert time.monotonic() < deadline, "the app did not open the file in time"
        time.sleep(0.1)


def _restore_command(
    backup_file: Path, path: Path, folder: Path, environment: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            *(sys.executable, "-m", "minime_admin", "restore", str(backup_file)),
            *("--db", str(path), "--replace", "--folder", str(folder)),
        ],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def test_restore_replace_refuses_while_the_app_has_the_file_open(
    tmp_path: Path, created: db_service.Created, clerk: Actor, keychain: Keychain
) -> None:
    database = created.database
    folder = tmp_path / "backups"
    folder.mkdir()
    made = backup.make_backup(database, folder, clerk)
    path, database_id = database.path, database.database_id
    assert path is not None
    database.close()
    environment = _environment(keychain, database_id, tmp_path)
    log = paths.logs_dir() / "minime-admin.log"

    app = subprocess.Popen(
        [sys.executable, "-m", "minime_admin", "--db", str(path)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        # The app logs this once the file is unlocked and open (it then asks for the
        # first manager and waits: the file stays open).
        _wait_for(lambda: log.is_file() and "opened with the" in log.read_text(), app, 120)
        inode = path.stat().st_ino

        refused = _restore_command(made.path, path, folder, environment)

        assert app.poll() is None
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=30)
        assert app.stderr is not None
        app.stderr.close()
    assert refused.returncode != 0
    assert refused.stderr.strip() == (
        f"minime-admin: {path} is open in minime-admin (a window or a command), so it was "
        "left untouched. "
        "Close it there, then restore again."
    )
    assert "Traceback" not in refused.stderr
    assert path.stat().st_ino == inode  # the same file, not one renamed into its place
    assert [p.name for p in folder.iterdir()] == [made.path.name]  # not even backed up
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".part")]

    # The app has ended (the operating system dropped its lock): the same command restores.
    done = _restore_command(made.path, path, folder, environment)
    assert done.returncode == 0, done.stderr
    assert path.stat().st_ino != inode
    again = db_service.open_database(path, keychain, clock=FixedClock(made.taken_at))
    try:
        with again.session() as session:
            assert audit.newest_first(session, limit=1)[0].action == AuditAction.DATABASE_RESTORED
    finally:
        again.close()


HOLDER = """
import sys
from pathlib import Path
from minime_admin.services import in_use
with in_use.hold_for_restore(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.readline()
"""


def test_nothing_opens_a_file_while_a_restore_replaces_it(
    tmp_path: Path, created: db_service.Created, keychain: Keychain, clock: FixedClock
) -> None:
    path = created.database.path
    assert path is not None
    created.database.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseBeingRestored) as refused:
            db_service.open_database(path, keychain, clock=clock)
        assert refused.value.message() == (
            f"The database {path} is being restored from a backup just now. Open it again "
            "when the restore has finished."
        )
    finally:
        holder.stdin.close()  # the restore ends
        holder.wait(timeout=30)
        holder.stdout.close()
    db_service.open_database(path, keychain, clock=clock).close()


def test_a_restore_in_this_process_refuses_a_file_this_process_has_open(
    tmp_path: Path, created: db_service.Created, clerk: Actor, keychain: Keychain, clock: FixedClock
) -> None:
    database = created.database
    folder = tmp_path / "backups"
    folder.mkdir()
    made = backup.make_backup(database, folder, clerk)
    assert database.path is not None
    with pytest.raises(RestoreTargetInUse):
        restore.restore(
            made.path, database.path, keychain, clerk, clock, folder=folder, replace=True
        )
    assert [p.name for p in folder.iterdir()] == [made.path.name]
    database.close()  # closed: the restore goes ahead, opening the old file itself to back it up
    restored = restore.restore(
        made.path, database.path, keychain, clerk, clock, folder=folder, replace=True
    )
    assert restored.replaced_backup is not None
