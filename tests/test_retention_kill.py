"""A retention sweep killed between batches (kill -9) never deleted rows without an audit
entry for them (#14.7): each batch is audited in its own transaction."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import SeedShop
from sqlalchemy import func, select

from minime_admin.domain.audit_actions import AuditAction
from minime_admin.services import audit, retention
from minime_admin.store.audit_repo import stream_in_order
from minime_admin.store.keychain import Keychain
from minime_admin.store.models import VisitRecord

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import UTC, datetime
    from pathlib import Path
    from sqlalchemy import event
    from sqlalchemy.orm import Session
    from minime_admin.domain.actor import Actor
    from minime_admin.domain.clock import FixedClock
    from minime_admin.services import database as db_service, retention
    from minime_admin.store.sqlcipher import Secret

    path, key = Path(sys.argv[1]), bytes.fromhex(sys.argv[2])
    database = db_service.open_with_secret(
        path, Secret(raw_key=key), db_service.Unlock.KEYCHAIN,
        clock=FixedClock(datetime(2026, 11, 25, 10, tzinfo=UTC)),
    )
    commits = [0]

    @event.listens_for(Session, "after_commit")
    def die(_session):
        commits[0] += 1
        if commits[0] == 3:  # the first unit reads; then two batches are committed
            os.kill(os.getpid(), signal.SIGKILL)

    retention.BATCH = 50
    retention.sweep(database.unit_of_work, Actor("Sweeper"))
    print("sweep finished without being killed")
    """
)


def test_a_killed_sweep_audited_every_batch_it_deleted(
    seed_shop: SeedShop, keychain: Keychain
) -> None:
    database = seed_shop(customers=40, seed=5)
    with database.session() as session:
        visits_before = session.execute(select(func.count()).select_from(VisitRecord)).scalar_one()
        due_before = retention.sweep_due(session)
    path, key = database.path, keychain.get(database.database_id)
    assert key is not None and due_before > 100
    database.close()

    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), key.hex()],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).parents[1],
    )
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr

    from minime_admin.services import database as db_service
    from minime_admin.store.sqlcipher import Secret

    reopened = db_service.open_with_secret(
        path, Secret(raw_key=key), db_service.Unlock.KEYCHAIN, clock=database.clock
    )
    try:
        with reopened.session() as session:
            due_after = retention.sweep_due(session)
            batches = [
                record.details
                for record, _, _ in stream_in_order(session)
                if record.action == AuditAction.RETENTION_BATCH_SWEPT
            ]
            assert audit.verify(session).intact
            visits_after = session.execute(
                select(func.count()).select_from(VisitRecord)
            ).scalar_one()
    finally:
        reopened.close()
    swept = due_before - due_after
    assert 0 < swept < due_before  # killed halfway
    assert sum(int(entry["deleted"]) for entry in batches) == swept
    assert visits_after <= visits_before
