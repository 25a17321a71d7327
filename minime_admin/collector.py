"""Python's cyclic garbage collector held back while a bulk import runs.

A large import keeps every record it read alive until its last batch (100,000 customers are
a few million objects), and each of the collector's full passes walks all of them again:
about a fifth of a 100,000-customer CSV import went to passes that found nothing to free
(benchmarks/import_csv.py). Reference counting still frees everything as usual; only
cycles wait, and the collector's next pass after the import frees them. Re-entrant and thread-safe:
the collector is switched back on when the last of overlapping imports ends, and never by
an import if it was off before the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def held_back() -> Iterator[None]:
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()  # its next pass frees the cycles the run left
