"""The WooCommerce import against a bare download of the same pages, in the same run.

    python benchmarks/import_woocommerce.py [--orders 20000] [--customers 5000] [--rounds 3]

The fake shop of the tests (tests/fake_shop.py) serves the data on 127.0.0.1, in this
process (its server thread shares the interpreter with the client, for both sides alike),
over HTTP/1.1 as web servers do (urllib asks it to close each connection; the app's client
keeps one open while paging; a second bare line does too).
1. Baseline: bare urllib fetching every page of customers and orders (per_page=100, Basic
   auth), json.loads, nothing else.
2. The app's download alone (services.shop_import.download_woocommerce: the client with its
   checks, and the mapping to records), with the cyclic collector held back as the app does.
3. The app's writes alone (services.shop_import.import_shop of the records downloaded in 2)
   into a fresh SQLCipher database: batched writes, the search index, the audit entry and
   the run's history.
4. The app's whole import into another fresh SQLCipher database (download, then writes).
5. An import again right after: the orders asked for with modified_after (none changed).
Each line's median of ``--rounds`` rounds, which take turns (the machine's load of the
moment falls on all alike), wall and CPU seconds (the process's: both sides include the
shop's server thread). Results: printed and written to
benchmarks/results/import_woocommerce.txt.
"""

from __future__ import annotations

import argparse
import base64
import http.client
import json
import os
import platform
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from fake_shop import KEY, SECRET, FakeShop, generate, running

from minime_admin import collector
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import SystemClock
from minime_admin.importers.woocommerce import WooCommerceClient
from minime_admin.services import shop_import
from minime_admin.services.database import Database, Unlock
from minime_admin.store import migrate
from minime_admin.store.sqlcipher import Secret, make_engine

RESULTS = Path(__file__).with_name("results") / "import_woocommerce.txt"
ACTOR = Actor("benchmark")


def timed(work: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall and CPU seconds (the whole process's: the shop's server thread is in it too,
    for the baseline as for the app)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - start, time.process_time() - cpu, result


def bare_download(url: str) -> int:
    token = base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    records = 0
    for resource in ("customers", "orders"):
        page = 1
        while True:
            request = urllib.request.Request(
                f"{url}/wp-json/wc/v3/{resource}?per_page=100&orderby=id&order=asc&page={page}",
                headers={"Authorization": f"Basic {token}"},
            )
            with urllib.request.urlopen(request) as answer:
                rows = json.loads(answer.read())
                pages = int(answer.headers.get("X-WP-TotalPages", "0"))
            records += len(rows)
            if page >= pages or not rows:
                break
            page += 1
    return records


def bare_kept_open(url: str) -> int:
    """The same pages over one kept-open connection (http.client): the floor for any client."""
    token = base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=120)
    records = 0
    for resource in ("customers", "orders"):
        page = 1
        while True:
            connection.request(
                "GET",
                f"/wp-json/wc/v3/{resource}?per_page=100&orderby=id&order=asc&page={page}",
                headers={"Authorization": f"Basic {token}"},
            )
            answer = connection.getresponse()
            rows = json.loads(answer.read())
            pages = int(answer.headers.get("X-WP-TotalPages", "0"))
            records += len(rows)
            if page >= pages or not rows:
                break
            page += 1
    connection.close()
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=20_000)
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=3, help="medians of this many rounds")
    arguments = parser.parse_args()
    customers, orders = generate(arguments.customers, arguments.orders, guests=1_000)
    shop = FakeShop(customers, orders)
    load_before = os.getloadavg()
    times: dict[str, list[tuple[float, float]]] = {}

    def measure(name: str, work: Callable[[], Any]) -> Any:
        wall, cpu, result = timed(work)
        times.setdefault(name, []).append((wall, cpu))
        return result

    with running(shop, protocol="HTTP/1.1") as shop, tempfile.TemporaryDirectory() as folder:
        client = WooCommerceClient(shop.url, KEY, SECRET, timeout=120.0)

        def fresh(name: str) -> Database:
            path = Path(folder) / f"{name}.db"
            engine = make_engine(path, Secret(raw_key=os.urandom(32)))
            migrate.upgrade(engine, None)
            return Database(path, engine, Unlock.KEYCHAIN, SystemClock())

        # Rounds take turns, so that the load of the moment falls on every line alike.
        for round_ in range(arguments.rounds):
            bare_records = measure(BARE, lambda: bare_download(shop.url))
            measure(KEPT, lambda: bare_kept_open(shop.url))
            data = measure(DOWNLOAD, partial(_held_back, shop_import.download_woocommerce, client))
            database = fresh(f"write{round_}")
            measure(WRITE, partial(shop_import.import_shop, database.unit_of_work, ACTOR, data))
            database.close()
            database = fresh(f"whole{round_}")
            whole = partial(shop_import.import_woocommerce, database.unit_of_work, ACTOR, client)
            result = measure(WHOLE, whole)
            again = measure(AGAIN, whole)
            database.close()
    load_after = os.getloadavg()
    written = sum(c.new for c in result.counts.values())
    changed = sum(c.new + c.updated for c in again.counts.values())
    unchanged = sum(c.unchanged for c in again.counts.values())
    records = len(data.customers) + len(data.orders)
    wall = {name: statistics.median(w for w, _ in runs) for name, runs in times.items()}
    cpu = {name: statistics.median(c for _, c in runs) for name, runs in times.items()}
    counted = {
        BARE: bare_records,
        KEPT: bare_records,
        DOWNLOAD: records,
        WRITE: written,
        WHOLE: written,
        AGAIN: unchanged,
    }
    lines = [
        f"import_woocommerce benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
        f"; load average {_load(load_before)} before, {_load(load_after)} after",
        f"fake shop on 127.0.0.1: {len(customers):,} customers, {len(orders):,} orders "
        f"({bare_records:,} records, pages of 100); medians of {arguments.rounds} rounds",
        "",
        f"{'':52}{'wall s':>9}{'CPU s':>9}{'records':>10}",
        *(
            f"{name:52}{wall[name]:>9.2f}{cpu[name]:>9.2f}{counted[name]:>10,}"
            for name in (BARE, KEPT, DOWNLOAD, WRITE, WHOLE, AGAIN)
        ),
        f"import again: {changed} new or updated",
        f"ratio (wall): whole import {wall[WHOLE] / wall[BARE]:.2f}x the bare download "
        f"({wall[WHOLE] / wall[KEPT]:.2f}x the kept-open one); download "
        f"{wall[DOWNLOAD] / wall[BARE]:.2f}x",
        f"ratio (CPU):  whole import {cpu[WHOLE] / cpu[BARE]:.2f}x the bare download "
        f"({cpu[WHOLE] / cpu[KEPT]:.2f}x the kept-open one); download "
        f"{cpu[DOWNLOAD] / cpu[BARE]:.2f}x",
        "each round's wall seconds: "
        + "; ".join(
            f"{label} " + " ".join(f"{w:.1f}" for w, _ in times[name])
            for label, name in (("bare", BARE), ("download", DOWNLOAD), ("whole import", WHOLE))
        ),
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


BARE = "baseline: bare urllib + json.loads of every page"
KEPT = "bare http.client + json.loads, one open connection"
DOWNLOAD = "app: download only (client + mapping)"
WRITE = "app: writes only (the downloaded records), empty db"
WHOLE = "app: whole import (download + write), empty db"
AGAIN = "app: import again (orders by modified_after)"


def _held_back(work: Callable[..., Any], *args: Any) -> Any:
    """As the app downloads (shop_import.import_woocommerce): with the cyclic collector held
    back, whose passes over every record downloaded so far cost ~1.5 s of CPU here."""
    with collector.held_back():
        return work(*args)


def _load(averages: tuple[float, float, float]) -> str:
    return " ".join(f"{a:.2f}" for a in averages)


if __name__ == "__main__":
    main()
