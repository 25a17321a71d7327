"""Two processes on one database file at once (#14.8): 1,000 operations, 0 losses?

Each of two worker processes alternates creating a request and an audited look at a
customer, each its own unit of work (tests/two_process_worker.py). Baseline in the same run:
one process doing all the operations alone. Afterwards every success must be stored, no
reference given twice and the audit chain intact. Run:
    python benchmarks/two_processes.py [--operations 1000]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from processes import run_json_scripts  # noqa: E402
from sqlalchemy import func, or_, select  # noqa: E402

from minime_admin.demo.customers import seed_demo  # noqa: E402
from minime_admin.domain.actor import Actor, Role  # noqa: E402
from minime_admin.domain.audit_actions import AuditAction  # noqa: E402
from minime_admin.domain.clock import FixedClock  # noqa: E402
from minime_admin.services import audit  # noqa: E402
from minime_admin.services import database as db_service  # noqa: E402
from minime_admin.store.request_models import DataRequest  # noqa: E402
from minime_admin.store.sqlcipher import Secret  # noqa: E402

WORKER = ROOT / "tests" / "two_process_worker.py"
RESULTS = Path(__file__).with_name("results") / "two_processes.txt"
CLOCK = FixedClock(datetime(2026, 11, 25, 10, tzinfo=UTC))


def make_database(folder: Path) -> tuple[Path, bytes]:
    key = os.urandom(32)
    path = folder / "shared.db"
    path.parent.mkdir(parents=True)
    actor = Actor("Bench", Role.MANAGER)
    database = db_service.create_with_secret(
        path, Secret(raw_key=key), db_service.Unlock.KEYCHAIN, actor, clock=CLOCK
    )
    with database.unit_of_work() as session:
        seed_demo(session, customers=20, seed=1, as_of=CLOCK.now().date(), actor=actor)
    database.close()
    return path, key


def run_workers(path: Path, key: bytes, names: list[str], each: int) -> tuple[float, list[dict]]:
    return run_json_scripts(WORKER, [[str(path), key.hex(), name, str(each)] for name in names])


def check(path: Path, key: bytes, results: list[dict]) -> dict[str, int | bool]:
    database = db_service.open_with_secret(
        path, Secret(raw_key=key), db_service.Unlock.KEYCHAIN, clock=CLOCK
    )
    try:
        with database.session() as session:
            references = list(session.execute(select(DataRequest.reference)).scalars())
            views = audit.entry_count(session, AuditAction.CUSTOMER_VIEWED)
            intact = audit.verify(session).intact
            # Only the workers' own requests ("Anna 0", "Guntis 2", ...), not the demo's.
            stored = session.execute(
                select(func.count())
                .select_from(DataRequest)
                .where(or_(DataRequest.text.like("Anna %"), DataRequest.text.like("Guntis %")))
            ).scalar_one()
    finally:
        database.close()
    made = sum(r["requests"] for r in results)
    viewed = sum(r["views"] for r in results)
    return {
        "requests_lost": made - stored,  # negative: stored but not counted as done
        "duplicate_references": len(references) - len(set(references)),
        "views_lost": viewed - views,
        "busy": sum(r["busy"] for r in results),
        "chain_intact": intact,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--operations", type=int, default=1000)
    total = parser.parse_args().operations
    with tempfile.TemporaryDirectory() as folder:
        alone_path, alone_key = make_database(Path(folder) / "alone")
        alone_s, _alone = run_workers(alone_path, alone_key, ["Anna"], total)
        both_path, both_key = make_database(Path(folder) / "both")
        both_s, both = run_workers(both_path, both_key, ["Anna", "Guntis"], total // 2)
        verdict = check(both_path, both_key, both)
    lines = [
        f"two processes on one file, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        f"{total:,} operations (half new requests, half audited customer views)",
        f"baseline: one process alone     {alone_s:8.1f} s",
        f"two processes at once           {both_s:8.1f} s  ({both_s / alone_s:.2f}x)",
        f"losses: requests {verdict['requests_lost']}, audited views {verdict['views_lost']}; "
        f"duplicate references {verdict['duplicate_references']}; busy refusals "
        f"{verdict['busy']}; audit chain intact: {verdict['chain_intact']}",
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
