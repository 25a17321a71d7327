"""Where a start's seconds go (#19.5): ``MINIME_ADMIN_STARTUP_TRACE=1`` prints a line on
stderr at each phase of the GUI's start, e.g. ``startup: 0.412 s (cpu 0.390 s) main window
built``.

For maintainers measuring start-up, not for users; it costs nothing when unset. The time is
counted from the process's own start where the OS says it (Linux: /proc), so the
interpreter's start and the first imports are in it as they are in a user's double-click;
elsewhere from the first import of this package.
"""

from __future__ import annotations

import os
import sys
import time

TRACE = "MINIME_ADMIN_STARTUP_TRACE"
_enabled = bool(os.environ.get(TRACE))


def _process_started() -> float:
    """The process's start on the ``time.monotonic()`` scale where known, else now."""
    now = time.monotonic()
    if not sys.platform.startswith("linux"):
        return now
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            # The fields after the command name (which may hold spaces) in brackets.
            fields = stat.read().rsplit(")", 1)[1].split()
        since_boot = time.clock_gettime(time.CLOCK_BOOTTIME)
        started_after_boot = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22 of all
        return now - max(0.0, since_boot - started_after_boot)
    except (OSError, ValueError, IndexError, AttributeError):
        return now


_started = _process_started() if _enabled else 0.0


def enabled() -> bool:
    return _enabled


def mark(phase: str) -> None:
    """One line: seconds since the process started, and what has just happened."""
    if _enabled:
        # The CPU time too (all threads): on a busy machine it says what the start itself costs.
        print(
            f"startup: {time.monotonic() - _started:6.3f} s (cpu {time.process_time():6.3f} s) "
            f"{phase}",
            file=sys.stderr,
            flush=True,
        )
