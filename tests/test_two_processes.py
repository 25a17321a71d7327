"""Two processes on one database file at once (#14.8): two desktops on a shared file, or the
command line beside the GUI. Every success is really stored, no reference or audit number is
given twice, nothing fails with "database is locked", and the audit chain stays intact."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import SeedShop
from sqlalchemy import func, select

from minime_admin.domain.audit_actions import AuditAction
from minime_admin.services import audit
from minime_admin.services import database as db_service
from minime_admin.store.keychain import Keychain
from minime_admin.store.request_models import DataRequest as Request
from minime_admin.store.sqlcipher import Secret

WORKER = Path(__file__).with_name("two_process_worker.py")
PER_PROCESS = 120


def test_two_processes_writing_at_once_lose_nothing(
    seed_shop: SeedShop, keychain: Keychain
) -> None:
    seeded = seed_shop(customers=5, seed=3)
    with seeded.session() as session:
        before_requests = session.execute(select(func.count()).select_from(Request)).scalar_one()
    path, clock = seeded.path, seeded.clock
    key = keychain.get(seeded.database_id)
    assert key is not None
    seeded.close()

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(path), key.hex(), name, str(PER_PROCESS)],
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

    database = db_service.open_with_secret(
        path, Secret(raw_key=key), db_service.Unlock.KEYCHAIN, clock=clock
    )
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
