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


def run_json_scripts(script: Path, argvs: list[list[str]]) -> tuple[float, list[dict[str, Any]]]:
    """Seconds until all have finished, and each one's printed JSON, in ``argvs``' order."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    processes = [
        subprocess.Popen(
            [sys.executable, str(script), *argv],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        for argv in argvs
    ]  # fmt: skip
    results = []
    for process in processes:
        out, err = process.communicate()
        if process.returncode != 0:
            raise SystemExit(f"{script.name} failed:\n{err[-2000:]}")
        results.append(json.loads(out))
    return time.perf_counter() - started, results
