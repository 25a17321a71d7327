"""Start a few copies of one script at once and gather what each prints (one JSON line):
the two-process benchmarks' shared runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def run_json_scripts(
    script: Path, argvs: list[list[str]], start: tuple[Path, list[str]] | None = None
) -> tuple[float, list[dict[str, Any]]]:
    """Seconds until all have finished, and each one's printed JSON, in ``argvs``' order.

    ``start``: (folder, names) for scripts that say "ready-NAME" in the folder and wait for
    "go" there (tests/audit_writer.py): the clock then starts at "go", once every one has
    opened its database, so that starting Python is not counted and all run at once."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    processes = [
        subprocess.Popen(
            [sys.executable, str(script), *argv],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        for argv in argvs
    ]  # fmt: skip
    if start is not None:
        folder, names = start
        while not all((folder / f"ready-{name}").exists() for name in names):
            if any(p.poll() is not None for p in processes):
                break  # one failed: its error is reported below
            time.sleep(0.01)
        started = time.perf_counter()
        (folder / "go").touch()
    results = []
    for process in processes:
        out, err = process.communicate()
        if process.returncode != 0:
            raise SystemExit(f"{script.name} failed:\n{err[-2000:]}")
        results.append(json.loads(out))
    return time.perf_counter() - started, results
