"""How long one guess at an erased person's e-mail costs (#14.4: at least 50 ms).

Baseline in the same run: the fast salted SHA-256 the app used before. Run:
    python benchmarks/recognition_hash.py
"""

from __future__ import annotations

import os
import platform
import ssl
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from minime_admin.domain.recognition import identity_hash, legacy_identity_hash

RESULTS = Path(__file__).with_name("results") / "recognition_hash.txt"


def per_guess(function, secret: bytes, rounds: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for n in range(rounds):
        started = time.perf_counter()
        function(secret, f"klients{n}@example.lv")
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    secret = os.urandom(16)
    fast = per_guess(legacy_identity_hash, secret, 20_000)
    slow = per_guess(identity_hash, secret, 30)
    fast_ms, slow_ms = statistics.median(fast) * 1000, statistics.median(slow) * 1000
    lines = [
        f"recognition hash, {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, {ssl.OPENSSL_VERSION}",
        f"baseline: salted SHA-256 (before)  {fast_ms * 1000:10.2f} µs per guess (median)",
        f"now: scrypt N=2^15 r=8 p=1, keyed  {slow_ms:10.1f} ms per guess (median)",
        f"ratio: {slow_ms / fast_ms:,.0f}x; a million guessed addresses: "
        f"{slow_ms * 1e6 / 1000 / 3600:,.1f} CPU-hours (before: {fast_ms * 1e6 / 1000:,.1f} s)",
    ]
    print("\n".join(lines))
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
