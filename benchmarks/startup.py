"""A window that opens at once (#19.5): start-up against an empty PySide6 window, same run.

Each figure is a fresh process, timed from just before it is started to the line it prints
when the moment is reached (``MINIME_ADMIN_EXIT_WHEN_SHOWN``: "shown: WHAT"), so it includes
the interpreter's own start and every import, as a user's double-click does:

- baseline: an empty QWidget's first paint (``EMPTY`` below);
- main: the main window's first paint (since #19.5 in its "Opening the database…" state,
  before the database has opened; a ``--before`` checkout may paint it later, filled);
- inbox: the inbox's first rows drawn, on a demo database of ``--customers`` (100,000);
  since #19.5 the rows read early (store/first_page.py), shown while the rest still loads;
- ready: the inbox's own first page drawn, read through the services: rows one can act on
  (not timed for a ``--before`` checkout, which knows no such moment).

Beside each median wall time: the median CPU time (user + system) of the process from its
start to its exit (``getrusage`` of the waited child), which a busy machine inflates far less.

The same for a frozen bundle with ``--bundle DIR`` (packaging/build.py's output). Targets:
main ≤ 3x the baseline, inbox ≤ 0.8 s. ``--data DIR`` (repeatable) times demo databases made
before (``MINIME_ADMIN_DATA_DIR=DIR`` and the app's own ``create_demo``, as ``make_demo`` here),
e.g. the 2,000-customer demo and a 100,000-customer one side by side. Run:
    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--customers 100000] [--runs 5]
    QT_QPA_PLATFORM=offscreen python benchmarks/startup.py --data /tmp/demo2k --data /tmp/demo100k
Where the seconds go inside one start: MINIME_ADMIN_STARTUP_TRACE=1 (minime_admin/startup_trace.py).
Both checkouts timed get their bytecode first (``compileall``), as an installed app has it.
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).with_name("results") / "startup.txt"

EMPTY = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
window = QWidget()
window.resize(1100, 700)
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("shown: empty", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
watcher = Painted()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def make_demo(data: Path, customers: int) -> None:
    """The demo database in ``data``, made by the app's own code in a child process."""
    script = (
        "from datetime import UTC, datetime\n"
        "from minime_admin import paths\n"
        "from minime_admin.demo import database as demo\n"
        "from minime_admin.domain.actor import Actor, Role\n"
        "from minime_admin.domain.clock import SystemClock\n"
        f"demo.create_demo(paths.demo_database(), Actor('Bench', Role.MANAGER), SystemClock(),"
        f" customers={customers}).close()\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, env=environment(data))


def customers_in(data: Path) -> int:
    """How many customers the demo database in ``data`` holds, read by the app's own code."""
    script = (
        "from sqlalchemy import func, select\n"
        "from minime_admin import paths\n"
        "from minime_admin.demo import database as demo\n"
        "from minime_admin.domain.clock import SystemClock\n"
        "from minime_admin.store.models import Customer\n"
        "database = demo.open_demo(paths.demo_database(), SystemClock())\n"
        "with database.unit_of_work() as session:\n"
        "    print(session.scalar(select(func.count()).select_from(Customer)))\n"
        "database.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        check=True,
        capture_output=True,
        text=True,
        env=environment(data),
    )
    return int(done.stdout.strip())


def environment(data: Path, until: str = "", root: Path = ROOT) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MINIME_ADMIN_DATA_DIR": str(data)}
    env["PYTHONPATH"] = str(root)
    if until:
        env["MINIME_ADMIN_EXIT_WHEN_SHOWN"] = until
    return env


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def time_until_shown(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds until the moment's line, and the CPU seconds the process used in all."""
    cpu_before = children_cpu()
    started = time.perf_counter()
    # Started in the checkout timed: `python -m` puts the working folder first on the path.
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env=env, cwd=env["PYTHONPATH"]
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("shown: "):
            elapsed = time.perf_counter() - started
            break
    else:
        raise SystemExit(f"{command}: ended without showing (exit {process.wait()})")
    process.wait(timeout=120)
    return elapsed, children_cpu() - cpu_before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, help="a frozen bundle folder to time as well")
    parser.add_argument(
        "--data",
        type=Path,
        action="append",
        help="a data folder whose demo database exists (skips making one); may be repeated",
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="where the results go")
    parser.add_argument(
        "--before",
        type=Path,
        help="another checkout of the app (e.g. `git archive` of main) timed the same way",
    )
    arguments = parser.parse_args()

    if arguments.data:
        folders = list(arguments.data)
    else:
        folders = [Path(tempfile.mkdtemp(prefix="minime-startup-"))]
        made = time.perf_counter()
        make_demo(folders[0], arguments.customers)
        print(f"demo database of {arguments.customers:,} customers made in "
              f"{time.perf_counter() - made:.0f} s")  # fmt: skip
    named = {f"{customers_in(folder):,} customers": folder for folder in folders}

    # As `pip install` leaves it: the bytecode written once. A checkout run with
    # PYTHONDONTWRITEBYTECODE=1 (as here) would otherwise compile every module at every start.
    for root in (ROOT, arguments.before):
        if root is not None:
            compileall.compile_dir(root / "minime_admin", quiet=1)

    app = [sys.executable, "-m", "minime_admin", "--demo"]
    # name -> (command, data folder, the moment, the checkout)
    commands = {"baseline: empty window": ([sys.executable, "-c", EMPTY], folders[0], "", ROOT)}
    for size, folder in named.items():
        for until in ("main", "inbox", "ready"):
            commands[f"pip app, {size}: {until}"] = (app, folder, until, ROOT)
            if arguments.before is not None and until != "ready":
                commands[f"before, {size}: {until}"] = (app, folder, until, arguments.before)
        if arguments.bundle is not None:
            frozen = [str(arguments.bundle / "minime-admin"), "--demo"]
            for until in ("main", "inbox", "ready"):
                commands[f"bundle, {size}: {until}"] = (frozen, folder, until, ROOT)

    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for command, data, until, root in commands.values():  # one warm-up each (the file cache)
        time_until_shown(command, environment(data, until, root))
    for _ in range(arguments.runs):  # interleaved, so a busy moment hits every figure alike
        for name, (command, data, until, root) in commands.items():
            elapsed, used = time_until_shown(command, environment(data, until, root))
            times[name].append(elapsed)
            cpu[name].append(used)

    baseline = statistics.median(times["baseline: empty window"])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"# startup.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.platform()}, "
        f"{os.cpu_count()} cores, {arguments.runs} runs, demo databases: {', '.join(named)}; "
        f"load average at the end {load:.1f}"
        + (f"; before: {arguments.before}" if arguments.before else ""),
        "# seconds from process start to the moment (median, min-max); ratio to the baseline;"
        " CPU s of the process to its exit (median)",
    ]
    for name, values in times.items():
        median = statistics.median(values)
        lines.append(
            f"{name:42} {median:6.3f} s ({min(values):.3f}-{max(values):.3f})  "
            f"x{median / baseline:4.1f}  cpu {statistics.median(cpu[name]):.2f} s"
        )
    if arguments.bundle is not None:
        size = sum(f.stat().st_size for f in arguments.bundle.rglob("*") if f.is_file())
        lines.append(f"bundle size: {size / 2**20:.0f} MiB ({arguments.bundle})")
    text = "\n".join(lines) + "\n"
    print(text)
    arguments.out.parent.mkdir(exist_ok=True)
    arguments.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
