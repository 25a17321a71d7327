"""A schema migration killed halfway (kill -9) leaves the database at its old revision (#14.6).

The child process migrates a real encrypted file from revision 0008 and kills itself right
after the next migration has added its column to ``requests``. Without transactional DDL the
column stayed while the recorded revision still said 0008, so every later start failed on
"duplicate column" and the database could not be opened any more.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from minime_admin.store import migrate
from minime_admin.store.sqlcipher import Secret, make_engine

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import UTC, datetime
    from pathlib import Path
    from sqlalchemy import event
    from minime_admin.store import migrate
    from minime_admin.store.sqlcipher import Secret, make_engine

    path, key = Path(sys.argv[1]), bytes.fromhex(sys.argv[2])
    engine = make_engine(path, Secret(raw_key=key))

    @event.listens_for(engine, "after_cursor_execute")
    def die(_conn, _cursor, statement, *_args):
        if statement.strip().upper().startswith("ALTER TABLE REQUESTS ADD COLUMN"):
            os.kill(os.getpid(), signal.SIGKILL)

    migrate.upgrade(engine, path, at=datetime(2026, 11, 25, tzinfo=UTC))
    print("migration finished without being killed")
    """
)


def test_a_killed_migration_leaves_the_old_revision_and_its_data(tmp_path: Path) -> None:
    path, key = tmp_path / "office.db", os.urandom(32)
    engine = make_engine(path, Secret(raw_key=key))
    migrate.upgrade(engine, None, target="0008")
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO requests (reference, type, channel, status, received_at,"
                " received_on, due_on, extended, requester_name, requester_folded, text,"
                " is_test) VALUES ('DSR-2026-0001', 'access', 'email', 'received', :at,"
                " '2026-11-25', '2026-12-28', 0, 'Ģirts', 'girts', 'Kopiju, lūdzu', 0)"
            ),
            {"at": datetime(2026, 11, 25, tzinfo=UTC).isoformat()},
        )
    engine.dispose()

    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), key.hex()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr
    # Killed again: the safety copy of the first attempt is reused, not written anew.
    again = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), key.hex()], capture_output=True, timeout=120
    )
    assert again.returncode == -signal.SIGKILL
    assert len(list(tmp_path.glob("office.db.before-0008-*.bak"))) == 1

    engine = make_engine(path, Secret(raw_key=key))
    try:
        assert migrate.current_revision(engine) == "0008"
        with engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT reference FROM requests")).all()
        assert rows == [("DSR-2026-0001",)]
        assert "refusal_exception" not in {
            c["name"] for c in sa.inspect(engine).get_columns("requests")
        }
        migrate.upgrade(engine, path, at=datetime(2026, 11, 25, 1, tzinfo=UTC))
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
