"""The audit log stays one hash chain with several writers at once, and refuses to be rewritten
(issue #18.3): two processes append 500 entries each to one database (a file, or the server) at
the same time; the result is one verified chain of every entry, numbered without a gap or a
repeat. An UPDATE or DELETE of an entry is refused by the database itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.services import audit, requests
from minime_admin.services import database as db_service
from minime_admin.store import audit_repo
from minime_admin.store.keychain import Keychain

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

WRITER = Path(__file__).with_name("audit_writer.py")
PER_PROCESS = 500


def test_two_processes_append_500_entries_each_into_one_verified_chain(
    database: db_service.Database, keychain: Keychain, clerk: Actor, tmp_path: Path
) -> None:
    """On a file its write lock queues the appends; on a server the advisory lock does."""
    with database.unit_of_work() as session:
        request_id = requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ACCESS,
                Channel.EMAIL,
                datetime(2026, 11, 24, 9, tzinfo=UTC),
                "Ilze Bērziņa",
                "Please send me my data.",
            ),
        ).request_id
        before, _hash = audit_repo.head(session)
    key = keychain.get(database.database_id) if not database.on_server else b""
    assert key is not None
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    writers = [
        subprocess.Popen(
            [
                sys.executable,
                str(WRITER),
                database.location,
                key.hex() or "-",
                name,
                str(PER_PROCESS),
                str(request_id),
                str(tmp_path),  # both start together (tests/audit_writer.py)
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for name in ("Anna", "Guntis")
    ]
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"ready-{name}").exists() for name in ("Anna", "Guntis")):
        assert time.monotonic() < deadline and all(w.poll() is None for w in writers)
        time.sleep(0.01)
    (tmp_path / "go").touch()
    results = []
    for writer in writers:
        out, err = writer.communicate(timeout=900)
        assert writer.returncode == 0, err
        results.append(json.loads(out))

    with database.session() as session:
        verdict = audit.verify(session)
        head_seq, _hash = audit_repo.head(session)
        notes = audit.entry_count(session, AuditAction.REQUEST_NOTE)
        by_writer = {
            name: audit.entry_count(session, AuditAction.REQUEST_NOTE, audit.AuditFilter(who=name))
            for name in ("Anna", "Guntis")
        }
    assert verdict.intact, verdict
    assert verdict.checked == head_seq == before + 2 * PER_PROCESS
    assert notes == 2 * PER_PROCESS and by_writer == {"Anna": 500, "Guntis": 500}
    # Each writer's entries got their own numbers, no number was given twice, and the two
    # really ran at once: each began before the other had ended. (Their numbers need not
    # interleave: SQLite's lock is not fair, so on a file one writer may wait out all of the
    # other's appends; what matters is that the chain holds under the contention.)
    anna, guntis = (set(r["seqs"]) for r in results)
    assert len(anna) == len(guntis) == PER_PROCESS and not anna & guntis
    first, second = results
    assert first["began"] < second["ended"] and second["began"] < first["ended"]


def test_the_database_refuses_to_change_or_remove_an_entry(
    database: db_service.Database,
) -> None:
    """SQLite's triggers (0001) and PostgreSQL's trigger function (0024) both abort with
    "the audit log is append-only" (an IntegrityError here, an InternalError there)."""
    for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), database.unit_of_work() as s:
            s.execute(text(statement))
    with database.session() as session:
        assert audit.verify(session).intact
