"""The WooCommerce import against a bare download of the same pages, in the same run.

    python benchmarks/import_woocommerce.py [--orders 20000] [--customers 5000]

The fake shop of the tests (tests/fake_shop.py) serves the data on 127.0.0.1, in this
process (its server thread shares the interpreter with the client, for both sides alike),
over HTTP/1.1 as web servers do (urllib asks it to close each connection; the app's client
keeps one open while paging; a second bare line does too).
1. Baseline: bare urllib fetching every page of customers and orders (per_page=100, Basic
   auth), json.loads, nothing else.
2. The app's download alone (services.shop_import.download_woocommerce: the client with its
   checks, and the mapping to records).
3. The app's whole import into a fresh SQLCipher database (download, then batched writes,
   the search index, the audit entry and the run's history).
4. An import again right after: the orders asked for with modified_after (none changed).
Results: printed and written to benchmarks/results/import_woocommerce.txt.
"""

from __future__ import annotations

import argparse
import base64
import http.client
import json
import os
import platform
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from fake_shop import KEY, SECRET, FakeShop, generate, running

from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import SystemClock
from minime_admin.importers.woocommerce import WooCommerceClient
from minime_admin.services import shop_import
from minime_admin.services.database import Database, Unlock
from minime_admin.store import migrate
from minime_admin.store.sqlcipher import Secret, make_engine

RESULTS = Path(__file__).with_name("results") / "import_woocommerce.txt"
ACTOR = Actor("benchmark")


def timed(work: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


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
    arguments = parser.parse_args()
    customers, orders = generate(arguments.customers, arguments.orders, guests=1_000)
    shop = FakeShop(customers, orders)
    with running(shop, protocol="HTTP/1.1") as shop, tempfile.TemporaryDirectory() as folder:
        client = WooCommerceClient(shop.url, KEY, SECRET, timeout=120.0)
        bare_seconds, bare_records = timed(lambda: bare_download(shop.url))
        kept_seconds, _ = timed(lambda: bare_kept_open(shop.url))
        download_seconds, data = timed(lambda: shop_import.download_woocommerce(client))
        path = Path(folder) / "bench.db"
        engine = make_engine(path, Secret(raw_key=os.urandom(32)))
        migrate.upgrade(engine, None)
        database = Database(path, engine, Unlock.KEYCHAIN, SystemClock())
        import_seconds, result = timed(
            lambda: shop_import.import_woocommerce(database.unit_of_work, ACTOR, client)
        )
        again_seconds, again = timed(
            lambda: shop_import.import_woocommerce(database.unit_of_work, ACTOR, client)
        )
        database.close()
    written = sum(c.new for c in result.counts.values())
    unchanged = sum(c.unchanged for c in again.counts.values())
    records = len(data.customers) + len(data.orders)
    lines = [
        f"import_woocommerce benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        f"fake shop on 127.0.0.1: {len(customers):,} customers, {len(orders):,} orders "
        f"({bare_records:,} records, pages of 100)",
        "",
        f"{'':52}{'seconds':>9}{'records':>10}",
        f"{'baseline: bare urllib + json.loads of every page':52}{bare_seconds:>9.1f}"
        f"{bare_records:>10,}",
        f"{'bare http.client + json.loads, one open connection':52}{kept_seconds:>9.1f}"
        f"{bare_records:>10,}",
        f"{'app: download only (client + mapping)':52}{download_seconds:>9.1f}{records:>10,}",
        f"{'app: whole import (download + write), empty db':52}{import_seconds:>9.1f}"
        f"{written:>10,}",
        f"{'app: import again (orders by modified_after)':52}{again_seconds:>9.1f}{unchanged:>10,}",
        f"ratio: download {download_seconds / bare_seconds:.1f}x the bare download; "
        f"whole import {import_seconds / bare_seconds:.1f}x the bare download; "
        f"download {download_seconds / kept_seconds:.1f}x the kept-open bare download",
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
