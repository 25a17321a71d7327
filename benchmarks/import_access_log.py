"""The access-log import on a large log, against a bare baseline measured in the same run.

    python benchmarks/import_access_log.py [--lines 1000000] [--gz]

1. Writes a combined-format log of generated lines (page views, a page's images and
   styles, robots; 2,000 addresses, 300 browsers, Latvian search terms) to a temporary folder.
2. Baseline (the issue's), in a child process: a bare regular expression over each line and
   sqlite3's executemany of every parsed line, 2,000 a transaction, into a plain
   (unencrypted, unindexed) SQLite table.
3. For the reader, not the ratio: the same baseline into an SQLCipher file (what the
   encryption alone costs), and into an SQLCipher file in WAL mode whose table has the three
   indexes of visit_records (customer, IP address, unique line key).
4. The importer, in a child process: services.access_log_import.import_access_logs into a
   database made as the app makes one (SQLCipher, migrated, WAL; unique line keys, IP index,
   audit entry), with its default batch size.
Each child reports its wall and CPU time and its peak memory (getrusage's maxrss).
Results: printed and written to benchmarks/results/import_access_log.txt.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

RESULTS = Path(__file__).with_name("results") / "import_access_log.txt"
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
PAGES = ["/", "/grozs/", "/kase/", "/mans-konts/", "/kontakti/", "/par-mums/"]
PAGES += [f"/produkts/lelle-{n}/" for n in range(300)]
PAGES += [f"/kategorija/{c}/" for c in ("rotallietas", "apgerbs", "gramatas", "davanas")]
SEARCHES = ["d%C4%81vana", "%C5%A1alle", "lelle", "k%C4%93de+zelta", "gr%C4%81mata"]
ASSETS = ["/wp-content/themes/minime/style.css", "/wp-includes/js/jquery.js", "/logo.png"]
BOTS = ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"]
INSERT = "INSERT INTO visits VALUES (?,?,?,?,?,?,?,?)"
LINE = re.compile(
    r'(\S+) (\S+) (\S+) \[([^\]]+)\] "([^"]*)" (\d{3}) (\S+) "((?:[^"\\]|\\.)*)" '
    r'"((?:[^"\\]|\\.)*)"'
)


def browsers(rng: random.Random, count: int) -> list[str]:
    made = []
    for n in range(count):
        kind = n % 3
        if kind == 0:
            made.append(
                f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                f"Gecko) Chrome/{100 + n % 40}.0.{rng.randrange(6000)}.{rng.randrange(200)} "
                "Safari/537.36"
            )
        elif kind == 1:
            made.append(
                f"Mozilla/5.0 (iPhone; CPU iPhone OS {15 + n % 4}_{n % 6} like Mac OS X) "
                f"AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{15 + n % 4}.{n % 6} "
                "Mobile/15E148 Safari/604.1"
            )
        else:
            made.append(
                f"Mozilla/5.0 (X11; Linux x86_64; rv:{100 + n % 30}.0) Gecko/20100101 "
                f"Firefox/{100 + n % 30}.0"
            )
    return made


def generate(path: Path, lines: int, compress: bool) -> None:
    rng = random.Random(7)
    agents = browsers(rng, 300)
    addresses = [f"{rng.randrange(1, 224)}.{rng.randrange(256)}.0.{rng.randrange(256)}"]
    addresses += [f"10.{n // 256}.{n % 256}.{rng.randrange(1, 255)}" for n in range(2000)]
    start = NOW - timedelta(days=30)
    opener = gzip.open if compress else open
    with opener(path, "wt", encoding="utf-8") as out:  # type: ignore[operator]
        for n in range(lines):
            at = start + timedelta(seconds=n * 30 * 86400 // lines)
            roll = rng.random()
            agent = rng.choice(BOTS) if roll < 0.05 else rng.choice(agents)
            if roll < 0.20:
                target = rng.choice(ASSETS)
            elif roll < 0.25:
                target = f"/?s={rng.choice(SEARCHES)}&post_type=product"
            else:
                target = rng.choice(PAGES)
            user = f"user{rng.randrange(5000)}" if roll > 0.97 else "-"
            out.write(
                f'{rng.choice(addresses)} - {user} [{at:%d/%b/%Y:%H:%M:%S} +0000] "GET {target} '
                f'HTTP/1.1" 200 {rng.randrange(200, 90000)} "https://minime.lv/" "{agent}"\n'
            )


def baseline(log: Path, database: Path, variant: str = "") -> dict[str, float]:
    started = time.perf_counter()
    if variant:  # into SQLCipher: what the encryption costs, and the indexes too
        import sqlcipher3.dbapi2

        connection = sqlcipher3.dbapi2.connect(database)
        connection.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"")
    else:
        connection = sqlite3.connect(database)
    if variant == "indexed":
        connection.execute("PRAGMA journal_mode = WAL")
    connection.execute(
        "CREATE TABLE visits (ip TEXT, user TEXT, at TEXT, request TEXT, status INTEGER, "
        "referrer TEXT, agent TEXT, line_key TEXT)"
    )
    if variant == "indexed":  # visit_records' three: customer (here: user), IP, line key
        connection.execute("CREATE INDEX visits_user ON visits (user)")
        connection.execute("CREATE INDEX visits_ip ON visits (ip)")
        connection.execute("CREATE UNIQUE INDEX visits_key ON visits (line_key)")
    opener = gzip.open if log.suffix == ".gz" else open
    batch: list[tuple[str, ...]] = []
    parsed = 0
    with opener(log, "rt", encoding="utf-8", errors="replace") as lines:  # type: ignore[operator]
        for text in lines:
            match = LINE.match(text)
            if match is None:
                continue
            ip, _, user, at, request, status, _, referrer, agent = match.groups()
            key = f"{parsed:032x}" if variant == "indexed" else None  # ascending, as ours
            batch.append((ip, user, at, request, status, referrer, agent, key))
            parsed += 1
            if len(batch) >= 2000:
                with connection:
                    connection.executemany(INSERT, batch)
                batch = []
    with connection:
        connection.executemany(INSERT, batch)
    connection.close()
    return {"seconds": time.perf_counter() - started, "rows": parsed}


def importer(log: Path, database: Path) -> dict[str, float]:
    from minime_admin.domain.actor import Actor
    from minime_admin.domain.clock import FixedClock
    from minime_admin.services import access_log_import
    from minime_admin.services.database import Unlock, create_with_secret
    from minime_admin.store.sqlcipher import Secret

    actor = Actor("benchmark")
    secret = Secret(raw_key=os.urandom(32))
    opened = create_with_secret(database, secret, Unlock.KEYCHAIN, actor, FixedClock(NOW))
    started = time.perf_counter()
    result = access_log_import.import_access_logs(opened.unit_of_work, actor, [log])
    seconds = time.perf_counter() - started
    opened.close()
    return {"seconds": seconds, **result.counts.as_dict()}


def child(kind: str, log: Path, database: Path) -> None:
    if kind == "importer":
        measured = importer(log, database)
    else:
        measured = baseline(log, database, kind.removeprefix("baseline").strip("-"))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    measured["peak_mb"] = usage.ru_maxrss / 1024
    measured["cpu"] = usage.ru_utime + usage.ru_stime  # steadier than wall time on a busy box
    print(json.dumps(measured))


def measure(kind: str, log: Path, folder: Path) -> dict[str, float]:
    database = folder / f"{kind}.db"
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(log), str(database)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},  # this tree
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--gz", action="store_true", help="the log compressed, as rotated")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        kind, log, database = arguments.child
        child(kind, Path(log), Path(database))
        return
    lines: list[str] = []

    def say(text: str) -> None:
        print(text, flush=True)
        lines.append(text)

    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        log = folder / ("access.log.gz" if arguments.gz else "access.log")
        load_before = os.getloadavg()[0]  # other work on the machine slows the wall times
        started = time.perf_counter()
        generate(log, arguments.lines, arguments.gz)
        written = time.perf_counter() - started
        size_mb = log.stat().st_size / 1e6
        bare = measure("baseline", log, folder)
        encrypted = measure("baseline-sqlcipher", log, folder)
        indexed = measure("baseline-indexed", log, folder)
        ours = measure("importer", log, folder)

    say(f"access-log import benchmark, {datetime.now():%Y-%m-%d %H:%M:%S}")
    say(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    say(
        f"log: {arguments.lines:,} combined-format lines, {size_mb:.0f} MB"
        f"{' (gzip)' if arguments.gz else ''}; generated in {written:.1f} s"
    )
    say("")
    say(f"{'':44}{'wall s':>8}{'CPU s':>8}{'us/line':>9}{'peak MB':>9}")
    for name, measured in (
        ("baseline: regex + sqlite3 executemany", bare),
        ("  the same into SQLCipher (not the baseline)", encrypted),
        ("  ... with visit_records' 3 indexes, WAL", indexed),
        ("importer: import_access_logs (SQLCipher)", ours),
    ):
        per_line = measured["seconds"] / arguments.lines * 1e6
        say(
            f"{name:44}{measured['seconds']:>8.1f}{measured['cpu']:>8.1f}{per_line:>9.1f}"
            f"{measured['peak_mb']:>9.0f}"
        )
    say(
        f"ratio: {ours['seconds'] / bare['seconds']:.1f}x wall, "
        f"{ours['cpu'] / bare['cpu']:.1f}x CPU (the importer's CPU includes its start-up)"
    )
    say(
        f"  (to the same baseline into SQLCipher: {ours['seconds'] / encrypted['seconds']:.1f}x "
        f"wall, {ours['cpu'] / encrypted['cpu']:.1f}x CPU)"
    )
    say(f"load average (1 min) before and after: {load_before:.1f}, {os.getloadavg()[0]:.1f}")
    say(
        f"baseline rows: {bare['rows']:,}; importer: new {ours['new']:,}, skipped "
        f"{ours['skipped']:,} (page files, robots), unchanged {ours['unchanged']:,}, "
        f"rejected {ours['rejected']:,}, linked {ours['linked']:,}"
    )
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
