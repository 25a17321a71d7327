"""Backup and verify of a 100,000-customer database, beside bare copies in the same run (#17).

    python benchmarks/backup.py [--customers 100000] [--repeat 3]

1. Seeds a fresh SQLCipher database with the demo seeder (not timed).
2. Baseline: a bare sqlcipher3 online-backup-API copy of the same file (source keyed, target
   keyed with the same key and salt, ``backup()`` in one step, then closed) — what the copy
   itself costs. The app: services.backup.make_backup (the same API in steps of 2048 pages
   with progress, a hidden temp name, fsync, SHA-256, rename, the audit entry).
3. Baseline for verify: bare ``PRAGMA cipher_integrity_check`` and ``PRAGMA integrity_check``
   on the copy. The app: services.restore.verify (read-only open, both checks, SHA-256, the
   counts, the erasure list and the whole audit-chain verification).
4. How long reading a backup's erasure list takes (what a restore reads from the newest one).
Each step runs ``--repeat`` times, alternating with its baseline; medians are reported.
Results are printed and written to benchmarks/results/backup.txt.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import sqlcipher3
from keyring.backends import fail

from minime_admin.demo.customers import seed_demo
from minime_admin.domain import recovery_key
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import SystemClock
from minime_admin.services import backup, restore
from minime_admin.services import database as db_service
from minime_admin.store import backup_file, sqlcipher
from minime_admin.store.keychain import Keychain
from minime_admin.store.sqlcipher import Secret

RESULTS = Path(__file__).with_name("results") / "backup.txt"
ACTOR = Actor("benchmark")


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _bare_copy(source: Path, target: Path, key: bytes) -> None:
    salt = sqlcipher.file_salt(source)
    src = sqlcipher3.connect(str(source))
    src.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    dst = sqlcipher3.connect(str(target))
    dst.execute(f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\"")
    src.backup(dst)
    dst.close()
    src.close()


def _bare_checks(path: Path, key: bytes) -> None:
    connection = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    assert connection.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args(argv)
    clock = SystemClock()
    with tempfile.TemporaryDirectory(prefix="minime-backup-bench-") as scratch:
        folder = Path(scratch)
        os.environ["MINIME_ADMIN_DATA_DIR"] = str(folder / "data")
        key = os.urandom(32)
        path = folder / "shop.db"
        database = db_service.create_with_secret(
            path, Secret(raw_key=key), db_service.Unlock.KEYCHAIN, ACTOR, clock
        )
        started = time.perf_counter()
        with database.unit_of_work() as session:
            seed_demo(session, arguments.customers, seed=1, as_of=date(2026, 11, 25), actor=ACTOR)
        seeded = time.perf_counter() - started
        database.close()
        database = db_service.open_with_secret(
            path, Secret(raw_key=key), db_service.Unlock.KEYCHAIN, clock=clock
        )
        size = path.stat().st_size
        out = folder / "backups"
        out.mkdir()
        typed = recovery_key.encode(key)
        keychain = Keychain(fail.Keyring())  # never the real one: the recovery key opens it

        bare, app, made = [], [], []
        for round_ in range(arguments.repeat):
            target = folder / f"bare-{round_}.db"
            bare.append(_timed(lambda target=target: _bare_copy(path, target, key)))
            app.append(_timed(lambda: made.append(backup.make_backup(database, out, ACTOR))))
            target.unlink()
        copy = made[-1].path
        bare_checks, verifies = [], []
        for _ in range(arguments.repeat):
            bare_checks.append(_timed(lambda: _bare_checks(copy, key)))
            verifies.append(_timed(lambda: restore.verify(copy, keychain, typed)))
        verdict = restore.verify(copy, keychain, typed)
        assert verdict.intact, verdict.problems
        engine = backup_file.open_read_only(copy, Secret(raw_key=key))
        erasure_list = statistics.median(
            _timed(lambda: backup_file.erased_stubs(engine)) for _ in range(arguments.repeat)
        )
        engine.dispose()
        database.close()

    b, a = statistics.median(bare), statistics.median(app)
    bc, v = statistics.median(bare_checks), statistics.median(verifies)
    lines = [
        f"backup benchmark — {arguments.customers:,} customers, file {size / 1e6:.1f} MB "
        f"(seeded in {seeded:.0f} s), medians of {arguments.repeat}",
        f"machine: {platform.machine()} {platform.python_version()}, {os.cpu_count()} cores",
        "",
        f"bare sqlcipher3 backup-API copy      {b:7.2f} s",
        f"app backup (make_backup)             {a:7.2f} s   ratio {a / b:.2f}x (target 1.5x)",
        "",
        f"bare cipher_integrity + integrity    {bc:7.2f} s",
        f"app verify (checks, sha, counts,     {v:7.2f} s   ratio {v / bc:.2f}x",
        f"  audit chain of {verdict.chain_checked:,} entries)",
        f"backup + verify vs bare copy         {a + v:7.2f} s   ratio {(a + v) / b:.2f}x",
        "",
        f"reading a backup's erasure list      {erasure_list * 1000:7.1f} ms",
    ]
    text = "\n".join(lines)
    print(text)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
