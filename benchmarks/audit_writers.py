"""Two writers appending to one audit log at once (#18.3, #18.8): throughput and one chain.

Each writer process adds notes to one request, each note its own unit of work with its audit
entry (tests/audit_writer.py). Baseline in the same run: one writer adding all the entries
alone. Afterwards the chain must verify with every entry in it, no number given twice.
Run:
    python benchmarks/audit_writers.py [--entries 1000]
On SQLite (one encrypted file) the file's write lock serialises the appends; on PostgreSQL
the same code takes an advisory lock (store/audit_repo.py).
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

from minime_admin.domain.actor import Actor, Role  # noqa: E402
from minime_admin.domain.audit_actions import AuditAction  # noqa: E402
from minime_admin.domain.clock import FixedClock  # noqa: E402
from minime_admin.domain.requests import Channel, RequestType  # noqa: E402
from minime_admin.services import audit, requests  # noqa: E402
from minime_admin.services import database as db_service  # noqa: E402
from minime_admin.store.sqlcipher import Secret  # noqa: E402

WRITER = ROOT / "tests" / "audit_writer.py"
RESULTS = Path(__file__).with_name("results") / "audit_writers.txt"
CLOCK = FixedClock(datetime(2026, 11, 25, 10, tzinfo=UTC))


def make_database(folder: Path) -> tuple[Path, bytes, int]:
    key = os.urandom(32)
    path = folder / "shared.db"
    path.parent.mkdir(parents=True)
    actor = Actor("Bench", Role.MANAGER)
    database = db_service.create_with_secret(
        path, Secret(raw_key=key), db_service.Unlock.KEYCHAIN, actor, clock=CLOCK
    )
    with database.unit_of_work() as session:
        request_id = requests.open_request(
            session,
            actor,
            requests.NewRequest(
                RequestType.ACCESS, Channel.EMAIL, CLOCK.now(), "Ilze Bērziņa", "My data."
            ),
        ).request_id
    database.close()
    return path, key, request_id


def run_writers(
    path: Path, key: bytes, request_id: int, names: list[str], each: int
) -> tuple[float, list[dict]]:
    return run_json_scripts(
        WRITER, [[str(path), key.hex(), name, str(each), str(request_id)] for name in names]
    )


def check(path: Path, key: bytes, results: list[dict]) -> dict[str, int | bool]:
    database = db_service.open_with_secret(
        path, Secret(raw_key=key), db_service.Unlock.KEYCHAIN, clock=CLOCK
    )
    try:
        with database.session() as session:
            verdict = audit.verify(session)
            notes = audit.entry_count(session, AuditAction.REQUEST_NOTE)
    finally:
        database.close()
    seqs = [seq for r in results for seq in r["seqs"]]
    return {
        "stored": sum(r["stored"] for r in results),
        "in_log": notes,
        "numbers_given_twice": len(seqs) - len(set(seqs)),
        "busy": sum(r["busy"] for r in results),
        "chain_intact": verdict.intact,
        "chain_entries": verdict.checked,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1000)
    total = parser.parse_args().entries
    with tempfile.TemporaryDirectory() as folder:
        path, key, request_id = make_database(Path(folder) / "alone")
        alone_s, alone = run_writers(path, key, request_id, ["Anna"], total)
        alone_verdict = check(path, key, alone)
        path, key, request_id = make_database(Path(folder) / "both")
        both_s, both = run_writers(path, key, request_id, ["Anna", "Guntis"], total // 2)
        verdict = check(path, key, both)
    lines = [
        f"audit writers on one file, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        f"{total:,} audited notes, each its own unit of work (SQLCipher file)",
        f"baseline: one writer alone   {alone_s:7.1f} s  {total / alone_s:7.0f} entries/s"
        f"  (chain intact: {alone_verdict['chain_intact']})",
        f"two writers at once          {both_s:7.1f} s  {total / both_s:7.0f} entries/s"
        f"  ({alone_s / both_s:.2f}x the baseline's throughput)",
        f"stored {verdict['stored']}, in the log {verdict['in_log']}, numbers given twice "
        f"{verdict['numbers_given_twice']}, busy waits run out {verdict['busy']}; chain "
        f"intact: {verdict['chain_intact']} ({verdict['chain_entries']} entries)",
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
