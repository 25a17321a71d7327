"""Importing a 100,000-customer CSV export, against a bare baseline in the same run.

    python benchmarks/import_csv.py [--customers 100000]

1. Writes a WooCommerce Customer/Order CSV Export "customers" file (Latvian names, BOM,
   semicolons) into a temporary folder.
2. Baseline: the csv module reads it and sqlite3's executemany inserts the same rows (the
   columns the app keeps) into a plain table of a plain SQLite file, in one transaction.
   The same once more into an SQLCipher file (an extra line: what the encryption alone
   costs; the ratio stays against the plain baseline, as issue #12 sets it).
3. The app: services.csv_import.import_csv into a fresh SQLCipher database (mapping, checks,
   batches of 500 each in a unit of work, addresses, the search index, the audit entry).
Results: printed and written to benchmarks/results/import_csv.txt.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from csv_shop import customers_file

from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import SystemClock
from minime_admin.importers.csv_presets import Kind
from minime_admin.services.csv_import import import_csv
from minime_admin.store import migrate
from minime_admin.store.session import session_factory, unit_of_work
from minime_admin.store.sqlcipher import Secret, make_engine

RESULTS = Path(__file__).with_name("results") / "import_csv.txt"
KEPT = (
    "customer_id", "first_name", "last_name", "email", "date_registered", "billing_phone",
    "billing_address_1", "billing_address_2", "billing_postcode", "billing_city",
    "billing_country",
)  # fmt: skip


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
        started = time.perf_counter()
        rows = bare(path, Path(folder) / "bare.db")
        bare_seconds = time.perf_counter() - started
        started = time.perf_counter()
        bare(path, Path(folder) / "bare-sqlcipher.db", os.urandom(32))
        cipher_seconds = time.perf_counter() - started

        engine = make_engine(Path(folder) / "app.db", Secret(raw_key=os.urandom(32)))
        migrate.upgrade(engine, None)
        sessions = session_factory(engine, SystemClock())

        @contextmanager
        def units() -> Iterator[Session]:
            with unit_of_work(sessions) as session:
                yield session

        started = time.perf_counter()
        result = import_csv(units, Actor("benchmark"), path, Kind.CUSTOMERS)
        app_seconds = time.perf_counter() - started
        engine.dispose()
    counts = result.counts["customers"]
    assert counts.new == rows == count, (counts, rows)
    lines = [
        f"import_csv benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        f"{count:,} customers (WooCommerce customers export, UTF-8 with BOM, semicolons)",
        "",
        f"{'baseline: csv module + sqlite3 executemany':48}{bare_seconds:>8.1f} s",
        f"{'the same baseline into an SQLCipher file':48}{cipher_seconds:>8.1f} s"
        f"   ({cipher_seconds / bare_seconds:.1f}x: the encryption alone)",
        f"{'app: import_csv into SQLCipher (all checks)':48}{app_seconds:>8.1f} s",
        f"ratio: {app_seconds / bare_seconds:.1f}x the baseline (target: within 3x); "
        f"{app_seconds / cipher_seconds:.1f}x the SQLCipher baseline",
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
