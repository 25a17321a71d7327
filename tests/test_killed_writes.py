# ruff: noqa: F811  (the fixtures imported from test_breaches are parameters here)
"""A killed export leaves no readable leftover (#14.5).

A real child process is killed with SIGKILL in the middle of writing (from a SQLAlchemy
after_cursor_execute hook, or from the progress callback of a bulk letter run): no cleanup
handler runs. The half-written export is owner-only and is removed at the next start or
export; a killed bulk-letter run leaves its letters only in a folder named INCOMPLETE, and
the next run resumes there.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.services import breach_outputs as outputs
from minime_admin.services import breaches
from minime_admin.services import database as db_service
from minime_admin.services.export import export_customer
from minime_admin.store.keychain import Keychain
from tests.test_breaches import PASSWORD, breach_id, shop  # noqa: F401  (fixtures)

OPEN = """
import faulthandler, os, signal, sys
faulthandler.dump_traceback_later(120, exit=True)  # a hang fails the test, with its stack
from datetime import UTC, datetime
from pathlib import Path
from sqlalchemy import event
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.services import database as db_service
from minime_admin.services.export import export_customer
from minime_admin.store.sqlcipher import Secret

path, key, out = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), Path(sys.argv[3])
database = db_service.open_with_secret(
    path, Secret(raw_key=key), db_service.Unlock.KEYCHAIN,
    clock=FixedClock(datetime(2026, 11, 25, 10, tzinfo=UTC)),
)
clerk = Actor("Test Clerk", Role.STAFF)
"""

EXPORT = OPEN + textwrap.dedent(
    """
    from minime_admin.services.export import export_customer
    statements = 0

    @event.listens_for(database.engine, "after_cursor_execute")
    def die(*_args):
        global statements
        if list(out.glob(".minime-export-*.part")):  # the package is being written
            statements += 1
            if statements == 8:
                os.kill(os.getpid(), signal.SIGKILL)

    with database.unit_of_work() as session:
        export_customer(session, clerk, 1, out)
    print("export finished without being killed")
    """
)

LETTERS = OPEN + textwrap.dedent(
    """
    from minime_admin.services import breach_outputs as outputs
    outputs.LETTER_CHUNK = 2

    def progress(done, total):
        if done >= 2:  # the first letters are written, the run is not finished
            os.kill(os.getpid(), signal.SIGKILL)
        return True

    with database.unit_of_work() as session:
        outputs.customer_letters(
            session, clerk, int(sys.argv[4]), out, final=True, progress=progress, workers=1
        )
    print("letters finished without being killed")
    """
)


def _killed(script: str, *args: object) -> None:
    """Run ``script`` in a child of its own process group; it must die by SIGKILL. Letter
    workers it spawned are orphaned by the kill (holding its output open), so the output
    goes to a file and the group is ended here."""
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(
            [sys.executable, "-c", script, *map(str, args)],
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,
        )
        try:
            child.wait(timeout=300)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.pid, signal.SIGKILL)
        err.seek(0)
        assert child.returncode == -signal.SIGKILL, err.read().decode(errors="replace")[-2000:]


def test_a_killed_export_is_owner_only_and_gone_at_the_next_start_or_export(
    seed_shop: Callable[..., db_service.Database],
    created: db_service.Created,
    keychain: Keychain,
    clerk: Actor,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    database = created.database
    seed_shop(customers=5)
    key = keychain.get(database.database_id)
    assert key is not None
    out = tmp_path / "exports"
    out.mkdir()

    _killed(EXPORT, database.path, key.hex(), out)
    (leftover,) = out.glob(".minime-export-*.part")
    assert stat.S_IMODE(leftover.stat().st_mode) == 0o600  # nobody else may read it
    assert not list(out.glob("*.zip"))
    # The next start of the app (any command) removes it.
    assert main(["--db", str(database.path), "audit", "verify"], clock) == 0
    assert not list(out.iterdir())

    _killed(EXPORT, database.path, key.hex(), out)
    assert list(out.glob(".minime-export-*.part"))
    # So does the next export, which itself finishes.
    with database.unit_of_work() as session:
        result = export_customer(session, clerk, 1, out)
    assert [p.name for p in out.iterdir()] == [result.path.name]


def test_a_killed_bulk_letter_run_leaves_letters_only_in_an_incomplete_folder_and_resumes(
    shop: db_service.Database,
    clerk: Actor,
    breach_id: int,
    keychain: Keychain,
    tmp_path: Path,
) -> None:
    with shop.unit_of_work() as session:
        breaches.sign_off(session, breach_id, "Anna Vadītāja", PASSWORD)
        people = len(breaches.get_breach(session, breach_id).affected)
    assert people > 4
    key = keychain.get(shop.database_id)
    assert key is not None
    out = tmp_path / "letters"

    _killed(LETTERS, shop.path, key.hex(), out, breach_id)
    assert not list(out.glob("*.pdf")), "no signed-looking letter outside the folder"
    assert not list(out.glob("*.csv"))
    (incomplete,) = out.glob("*-INCOMPLETE")
    made = sorted(incomplete.glob("*.pdf"))
    assert len(made) >= 2
    first = made[0].stat().st_ino

    with shop.unit_of_work() as session:
        result = outputs.customer_letters(session, clerk, breach_id, out, final=True)
    letters = sorted(out.glob("*.pdf"))
    assert result.letters == len(letters) == people
    assert not incomplete.exists()
    assert (out / made[0].name).stat().st_ino == first  # resumed, not made again
    with shop.session() as session:
        assert all(outputs.verify_output(session, p.read_bytes()).genuine for p in letters)
    assert result.mail_merge.exists()
    assert os.path.getsize(result.mail_merge) > 0
