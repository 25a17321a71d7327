"""Importing a 100,000-customer CSV export, against a bare baseline in the same run.

    python benchmarks/import_csv.py [--customers 100000]

1. Writes a WooCommerce Customer/Order CSV Export "customers" file (Latvian names, BOM,
   semicolons) into a temporary folder.
2. Baseline: the csv module reads it and sqlite3's executemany inserts the same rows (the
   columns the app keeps) into a plain table of a plain SQLite file, in one transaction.
   The same once more into an SQLCipher file (an extra line: what the encryption alone
   costs; the ratio stays against the plain baseline, as issue #12 sets it).
3. The app: services.csv_import.import_csv into a fresh database made as the app makes one
   (SQLCipher, migrated, WAL; services.database.create_with_secret) through its units of work
   (mapping, checks, batches each in a unit of work, addresses, the search index, the audit
   entry). The app's time includes reading and checking the file. Where its CPU goes is
   measured on the side (process time of the main phases, a wrapper around each).
Results: printed and written to benchmarks/results/import_csv.txt.
"""

from __future__ import annotations

import argparse
import csv
import functools
import os
import platform
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy.engine import default

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from csv_shop import customers_file

from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import SystemClock
from minime_admin.importers.csv_presets import Kind
from minime_admin.services import csv_import as csv_service
from minime_admin.services import customer_search
from minime_admin.services.csv_import import import_csv
from minime_admin.services.database import Unlock, create_with_secret
from minime_admin.store import import_repo, import_writes, search
from minime_admin.store.sqlcipher import Secret

RESULTS = Path(__file__).with_name("results") / "import_csv.txt"
KEPT = (
    "customer_id", "first_name", "last_name", "email", "date_registered", "billing_phone",
    "billing_address_1", "billing_address_2", "billing_postcode", "billing_city",
    "billing_country",
)  # fmt: skip


# Where the app's CPU goes: (label, owner, attribute); nested phases are part of the one above.
PHASES = (
    ("reading and checking the file (read_table)", csv_service, "read_table"),
    ("looking up stored rows (import_repo.prefetch)", import_repo, "prefetch"),
    ("customers and addresses INSERTs (Writes.flush)", import_writes.Writes, "flush"),
    ("search index: documents and FTS5 inserts", customer_search, "index_new_customers"),
    ("  of which FTS5 inserts", search.Fts5Index, "_insert"),
    ("commits (FTS5 writes its segments then)", default.DefaultDialect, "do_commit"),
)


def timed_phases() -> dict[str, float]:
    """Wrap each phase to add up its process time; returns the running totals."""
    totals = dict.fromkeys((label for label, _, _ in PHASES), 0.0)
    for label, owner, name in PHASES:
        original: Callable[..., Any] = getattr(owner, name)

        def wrapper(*args: Any, _f: Any = original, _l: str = label, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return _f(*args, **kwargs)
            finally:
                totals[_l] += time.process_time() - started

        setattr(owner, name, functools.wraps(original)(wrapper))
    return totals


def bare(path: Path, database: Path, key: bytes | None = None) -> int:
    """``key``: the same into an SQLCipher file (what the encryption alone costs)."""
    if key is None:
        connection = sqlite3.connect(database)
    else:
        connection = sqlcipher3.connect(str(database))
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream, delimiter=";")
        header = next(reader)
        index = [header.index(c) for c in KEPT]
        rows = [tuple(row[i] for i in index) for row in reader]
    connection.execute(f"CREATE TABLE customers ({', '.join(KEPT)})")
    with connection:
        connection.executemany(f"INSERT INTO customers VALUES ({', '.join('?' * len(KEPT))})", rows)
    connection.close()
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=100_000)
    count = parser.parse_args().customers
    with tempfile.TemporaryDirectory() as folder:
        path = customers_file(
            Path(folder) / "customers.csv", count, encoding="utf-8-sig", delimiter=";"
        )
        load_before = os.getloadavg()[0]  # other work on the machine slows the wall times
        started, cpu = time.perf_counter(), time.process_time()
        rows = bare(path, Path(folder) / "bare.db")
        bare_seconds = time.perf_counter() - started
        bare_cpu = time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        bare(path, Path(folder) / "bare-sqlcipher.db", os.urandom(32))
        cipher_seconds = time.perf_counter() - started
        cipher_cpu = time.process_time() - cpu

        actor = Actor("benchmark")
        secret = Secret(raw_key=os.urandom(32))
        database = create_with_secret(
            Path(folder) / "app.db", secret, Unlock.KEYCHAIN, actor, SystemClock()
        )
        phases = timed_phases()
        started, cpu = time.perf_counter(), time.process_time()
        result = import_csv(database.unit_of_work, actor, path, Kind.CUSTOMERS)
        app_seconds = time.perf_counter() - started
        app_cpu = time.process_time() - cpu
        database.close()
    counts = result.counts["customers"]
    assert counts.new == rows == count, (counts, rows)
    lines = [
        f"import_csv benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        f"{count:,} customers (WooCommerce customers export, UTF-8 with BOM, semicolons)",
        "",
        f"{'':48}{'wall s':>8}{'CPU s':>8}",
        f"{'baseline: csv module + sqlite3 executemany':48}{bare_seconds:>8.1f}{bare_cpu:>8.1f}",
        f"{'the same baseline into an SQLCipher file':48}{cipher_seconds:>8.1f}{cipher_cpu:>8.1f}"
        f"   ({cipher_seconds / bare_seconds:.1f}x wall: the encryption alone)",
        f"{'app: import_csv into SQLCipher (all checks)':48}{app_seconds:>8.1f}{app_cpu:>8.1f}",
        f"ratio: {app_seconds / bare_seconds:.1f}x wall, {app_cpu / bare_cpu:.1f}x CPU the "
        f"baseline (target: within 3x); {app_seconds / cipher_seconds:.1f}x wall, "
        f"{app_cpu / cipher_cpu:.1f}x CPU the SQLCipher baseline",
        f"load average (1 min) before and after: {load_before:.1f}, {os.getloadavg()[0]:.1f}",
        "",
        "where the app's CPU went (process time)",
        *(f"  {label:62}{seconds:>6.2f} s" for label, seconds in phases.items()),
        f"  {'the rest (comparing and collecting the batches, units of work)':62}"
        f"{app_cpu - sum(v for k, v in phases.items() if not k.startswith('  ')):>6.2f} s",
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
