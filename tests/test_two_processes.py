"""Two processes on one database at once (#14.8, #18): two desktops on a shared file or on the
office's server, or the command line beside the GUI. Every success is really stored, no
reference or audit number is given twice, nothing fails with "database is locked", and the audit
chain stays intact."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SeedShop, reopen_database
from sqlalchemy import func, select

from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import FixedClock
from minime_admin.services import audit
from minime_admin.services import database as db_service
from minime_admin.store.breach_models import Breach
from minime_admin.store.keychain import Keychain
from minime_admin.store.request_models import DataRequest as Request

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

WORKER = Path(__file__).with_name("two_process_worker.py")
PER_PROCESS = 120


def test_two_processes_writing_at_once_lose_nothing(
    seed_shop: SeedShop, keychain: Keychain
) -> None:
    seeded = seed_shop(customers=5, seed=3)
    with seeded.session() as session:
        before_requests = session.execute(select(func.count()).select_from(Request)).scalar_one()
    location, clock = seeded.location, seeded.clock
    key = keychain.get(seeded.database_id) if not seeded.on_server else b""
    assert key is not None
    seeded.close()

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), location, key.hex() or "-", name, str(PER_PROCESS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for name in ("Anna", "Guntis")
    ]
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=600)
        assert worker.returncode == 0, err
        assert "database is locked" not in err
        results.append(json.loads(out))

    database = reopen_database(location, clock)
    try:
        with database.session() as session:
            stored = list(session.execute(select(Request.reference)).scalars())
            verdict = audit.verify(session)
            views = audit.entry_count(session, AuditAction.CUSTOMER_VIEWED)
            opened = audit.entry_count(session, AuditAction.REQUEST_OPENED)
    finally:
        database.close()
    made = sum(r["requests"] for r in results)
    assert all(r["busy"] == 0 for r in results)
    assert made == PER_PROCESS  # half of each worker's operations
    assert len(stored) == before_requests + made == len(set(stored))
    assert views == sum(r["views"] for r in results) == PER_PROCESS
    assert opened >= made
    assert verdict.intact, verdict


REFERENCE_WRITER = Path(__file__).with_name("reference_writer.py")


@pytest.mark.parametrize(("kind", "each"), [("request", 200), ("breach", 50)])
def test_two_desktops_numbering_at_once_on_the_server_never_share_a_reference(
    server_database: db_service.Database, clock: FixedClock, tmp_path: Path, kind: str, each: int
) -> None:
    """On a file the write lock queues them; on the server store/write_turn.py must: two
    processes open new records at the same moment, each gets its own reference, no error."""
    location = server_database.location
    server_database.close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    names, arguments = ("Anna", "Guntis"), [kind, str(each), str(tmp_path)]
    writers = [
        subprocess.Popen(
            [sys.executable, str(REFERENCE_WRITER), location, "-", name, *arguments],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for name in names
    ]
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"ready-{name}").exists() for name in names):
        assert time.monotonic() < deadline and all(w.poll() is None for w in writers)
        time.sleep(0.01)
    (tmp_path / "go").touch()
    prefix = "DSR-2026-" if kind == "request" else "BR-2026-"
    given: list[str] = []
    numbered: list[list[int]] = []
    for writer in writers:
        out, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err
        references = json.loads(out)["references"]
        given += references
        numbered.append([int(r.removeprefix(prefix)) for r in references])
    numbers = sorted(n for ones in numbered for n in ones)
    assert numbers == list(range(1, 2 * each + 1))  # none given twice, none skipped
    anna, guntis = numbered  # and the two really numbered at the same time
    assert min(guntis) < max(anna) and min(anna) < max(guntis)

    database = reopen_database(location, clock)
    try:
        with database.session() as session:
            model = Request if kind == "request" else Breach
            stored = set(session.execute(select(model.reference)).scalars())
            verdict = audit.verify(session)
    finally:
        database.close()
    assert stored == set(given)
    assert verdict.intact, verdict
