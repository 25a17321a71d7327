"""Time the inbox page on 100,000 requests against a bare sqlcipher3 query of the same rows.

    QT_QPA_PLATFORM=offscreen python benchmarks/inbox.py [--requests 100000] [--runs 5]

A fresh SQLCipher file in a temporary folder gets a few hundred demo customers and
``--requests`` demo requests (seeding is not timed). Then, in the same run:

* baseline: a new bare sqlcipher3 connection, PRAGMA key, the first 200 rows of the default
  view (open, no tests, long-unverified hidden) in due order with the table's columns, and
  the count of that view;
* the inbox page (gui/inbox) built on the database: time until its table shows rows, until
  the counts are shown, and the longest time the GUI thread was blocked meanwhile (a 2 ms
  timer records the gaps between its ticks); then fetchMore of the next page, a search, a
  sort on an unindexed column, and a click on a request (its detail, read synchronously);
* memory: tracemalloc's peak and the growth of the resident set while the page loads, in a
  separate run (tracemalloc slows Python down).

The engine's pooled connections are closed before every run, so the page pays for opening
and keying a connection just as the baseline does. Medians of ``--runs`` are reported.
Target (issue 3): 100,000 requests open and scroll smoothly. Results go to
benchmarks/results/inbox.txt.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from minime_admin.domain.clock import SystemClock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sqlcipher3
from PySide6.QtCore import QElapsedTimer, QEventLoop, QModelIndex, QTimer
from PySide6.QtWidgets import QApplication

from minime_admin.demo.customers import seed_demo
from minime_admin.demo.requests import seed_demo_requests
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.shop_time import shop_day
from minime_admin.gui import tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox import InboxPage
from minime_admin.services import database as db_service
from minime_admin.services import requests
from minime_admin.store.sqlcipher import Secret

RESULTS = Path(__file__).with_name("results") / "inbox.txt"
# PySide6 6.12 on CPython 3.11 drops a reference to None on every call of a method that
# returns nothing (setText, show, processEvents ...); after a few thousand such calls Python
# aborts with "deallocating None". Holding many references keeps this long run alive; it
# changes no timing. (Python >= 3.12 has an immortal None and does not need it.)
_NONE_BALLAST = [None] * 2_000_000
ACTOR = Actor("benchmark", Role.STAFF)
OPEN = ("received", "identity_check", "in_progress", "on_hold")
COLUMNS = "id, reference, received_at, requester_name, type, status, due_on, assignee, is_test"
WHERE = (
    f"status IN ({', '.join('?' * len(OPEN))}) AND is_test = 0 AND NOT ("
    "(status = 'identity_check' OR (status = 'on_hold' AND hold_reason = 'awaiting_identity'))"
    " AND received_on < ?)"
)


def seed(path: Path, key: bytes, customers: int, count: int, as_of: date) -> db_service.Database:
    database = db_service.create_with_secret(
        path, Secret(raw_key=key), db_service.Unlock.PASSPHRASE, ACTOR, clock=SystemClock()
    )
    with database.session() as session:
        seed_demo(session, customers, seed=2026, as_of=as_of, actor=ACTOR)
        seed_demo_requests(session, count, seed=2026, as_of=as_of, actor=ACTOR)
        session.commit()
    return database


def baseline(path: Path, key: bytes, today: date) -> tuple[float, float, int]:
    """Seconds for (open + key + first 200 rows) and for the count; and the count."""
    hide_before = (today - timedelta(days=requests.UNVERIFIED_HIDDEN_AFTER_DAYS)).isoformat()
    started = time.perf_counter()
    connection = sqlcipher3.connect(str(path))
    try:
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        rows = connection.execute(
            f"SELECT {COLUMNS} FROM requests WHERE {WHERE} ORDER BY due_on, id LIMIT 200",
            (*OPEN, hide_before),
        ).fetchall()
        first = time.perf_counter() - started
        started = time.perf_counter()
        (total,) = connection.execute(
            f"SELECT count(*) FROM requests WHERE {WHERE}", (*OPEN, hide_before)
        ).fetchone()
        counted = time.perf_counter() - started
    finally:
        connection.close()
    assert len(rows) == 200
    return first, counted, total


class StallMeter:
    """Records the longest gap between ticks of a 2 ms timer: how long the GUI froze."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)
        self.longest = 0
        self._last = 0

    def start(self) -> None:
        self.clock.start()
        self._last, self.longest = 0, 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> int:
        self._tick()
        self.timer.stop()
        return self.longest


def wait_for(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    """Run the event loop until ``condition()`` holds, checking it every millisecond.

    One QEventLoop.exec() rather than a processEvents() loop: far fewer calls into Qt.
    """
    if condition():
        return
    loop, poll = QEventLoop(), QTimer()
    deadline = time.perf_counter() + timeout

    def check() -> None:
        if condition() or time.perf_counter() > deadline:
            poll.stop()
            loop.quit()

    poll.setInterval(1)
    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    if not condition():
        raise TimeoutError("the inbox did not get there in time")


def timed(action: Callable[[], None], condition: Callable[[], bool]) -> float:
    started = time.perf_counter()
    action()
    wait_for(condition)
    return time.perf_counter() - started


def page_run(database: db_service.Database) -> dict[str, float]:
    """One page from construction to counts, then the interactions; seconds each."""
    database.engine.dispose()  # the page opens and keys its connections like the baseline
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    page = InboxPage(AppContext(database, ACTOR))
    constructed = time.perf_counter() - started
    page.resize(1280, 800)
    page.show()
    wait_for(lambda: page.model.rowCount() > 0)
    first_rows = time.perf_counter() - started
    wait_for(lambda: not page.jobs.busy)
    counts = time.perf_counter() - started
    stall = meter.stop() / 1000
    result = {"constructed": constructed, "first_rows": first_rows, "counts": counts}
    result["stall"] = stall

    rows = page.model.rowCount()
    result["fetch_more"] = timed(
        lambda: page.model.fetchMore(QModelIndex()), lambda: page.model.rowCount() > rows
    )
    meter.start()
    result["search"] = timed(
        lambda: (page.filters.search.setText("berzin"), page.filters.flush()),
        lambda: not page.model.loading,
    )
    wait_for(lambda: not page.jobs.busy)
    result["search_stall"] = meter.stop() / 1000
    page.filters.search.clear()
    page.filters.flush()
    wait_for(lambda: not page.jobs.busy)
    header = page.table.horizontalHeader()
    result["sort_requester"] = timed(
        lambda: header.setSortIndicator(2, header.sortIndicatorOrder()),
        lambda: not page.model.loading and page.model.rowCount() > 0,
    )
    wait_for(lambda: not page.jobs.busy)
    started = time.perf_counter()
    page.table.selectRow(5)  # the detail is read on the GUI thread
    result["detail"] = time.perf_counter() - started
    result["shown"] = page.model.rowCount()
    result["total"] = float(page.total or 0)
    page.close()
    page.deleteLater()
    tasks.cancel_all_and_wait()
    wait_for(lambda: True)
    return result


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def memory_run(database: db_service.Database) -> tuple[int, int]:
    """tracemalloc peak and RSS growth while a page loads its first rows and counts."""
    database.engine.dispose()
    before = rss_bytes()
    tracemalloc.start()
    page = InboxPage(AppContext(database, ACTOR))
    page.show()
    wait_for(lambda: page.model.rowCount() > 0 and not page.jobs.busy)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    grown = rss_bytes() - before
    page.close()
    page.deleteLater()
    tasks.cancel_all_and_wait()
    return peak, grown


def render(
    arguments: argparse.Namespace,
    base: dict[str, float],
    page: dict[str, float],
    memory: tuple[int, int],
) -> str:
    def ms(seconds: float) -> str:
        return f"{seconds * 1000:9.1f}"

    def ratio(seconds: float, against: float) -> str:
        return f"{seconds / against:8.1f}x" if against else ""

    first, both = base["first"], base["first"] + base["count"]
    lines = [
        f"inbox benchmark, {time.strftime('%Y-%m-%d %H:%M:%S')}  "
        f"({arguments.requests:,} requests, {arguments.customers} customers, "
        f"median of {arguments.runs} runs)",
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python "
        f"{platform.python_version()}, {platform.system()} {platform.release()}",
        f"default view: {int(base['total']):,} open requests (tests and long-unverified left "
        f"out); the page shows {int(page['shown'])} after sorting by requester",
        "",
        f"{'measure':<58}{'ms':>9}{'vs baseline':>13}",
        f"{'baseline: bare sqlcipher3, open + key + first 200 rows':<58}{ms(first)}",
        f"{'baseline: count of the view':<58}{ms(base['count'])}",
        f"{'baseline: first 200 rows + count':<58}{ms(both)}",
        f"{'inbox page: constructor (GUI thread)':<58}{ms(page['constructed'])}",
        f"{'inbox page: first rows in the table':<58}{ms(page['first_rows'])}"
        f"{ratio(page['first_rows'], first):>13}",
        f"{'inbox page: total and counts per status shown':<58}{ms(page['counts'])}"
        f"{ratio(page['counts'], both):>13}",
        f"{'inbox page: longest GUI-thread stall while loading':<58}{ms(page['stall'])}",
        f"{'  the same in the first run (Qt starting up: fonts, style)':<58}"
        f"{ms(page['cold_stall'])}",
        f"{'fetchMore: the next 200 rows (background)':<58}{ms(page['fetch_more'])}",
        f"{'search berzin (typed, then Return): first rows':<58}{ms(page['search'])}",
        f"{'search: longest GUI-thread stall':<58}{ms(page['search_stall'])}",
        f"{'sort by requester (unindexed): first rows':<58}{ms(page['sort_requester'])}",
        f"{'click a request: detail read on the GUI thread':<58}{ms(page['detail'])}",
        "",
        f"memory while the page loads: tracemalloc peak {memory[0] / 1024:,.0f} KiB, "
        f"resident set grew {memory[1] / 1024:,.0f} KiB",
    ]
    smooth = all(page[key] < 0.05 for key in ("stall", "cold_stall", "search_stall", "detail"))
    lines.append(
        "target: 100,000 requests open and scroll smoothly (GUI thread never blocked "
        f"> 50 ms): {'met' if smooth else 'MISSED'}"
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=RESULTS)
    arguments = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv)
    today = shop_day(datetime.now(UTC))  # the page's own idea of today
    key = os.urandom(32)
    with tempfile.TemporaryDirectory(prefix="minime-bench-") as folder:
        path = Path(folder) / "inbox.db"
        print(f"seeding {arguments.requests:,} requests…", flush=True)
        database = seed(path, key, arguments.customers, arguments.requests, today)
        try:
            bases = [baseline(path, key, today) for _ in range(arguments.runs)]
            pages = [page_run(database) for _ in range(arguments.runs)]
            memory = memory_run(database)
        finally:
            database.close()
    base = {
        "first": statistics.median(b[0] for b in bases),
        "count": statistics.median(b[1] for b in bases),
        "total": float(bases[0][2]),
    }
    page = {key: statistics.median(run[key] for run in pages) for key in pages[0]}
    # Stalls: the worst, not the median. The first run also pays for Qt's first window of
    # the process (fonts, style), so it is reported on its own.
    page["cold_stall"] = pages[0]["stall"]
    page["stall"] = max(run["stall"] for run in pages[1:] or pages)
    page["search_stall"] = max(run["search_stall"] for run in pages)
    text = render(arguments, base, page, memory)
    print(text, end="")
    arguments.out.parent.mkdir(parents=True, exist_ok=True)
    arguments.out.write_text(text, encoding="utf-8")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
