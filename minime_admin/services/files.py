"""Atomic file writes for every PDF, ZIP, key file and backup the app saves, and the journal
of what is being written, so that a killed process leaves nothing readable behind for long.

Every temporary file is owner-only from its creation (mkstemp makes it 0600) and named in
the journal (``<data folder>/writing/``) while it is written. A kill -9 skips every cleanup
handler; the next start or export removes what the journal names (#14.5).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from minime_admin import paths

JOURNAL = "writing"  # a folder in the data folder: one small file per file being written
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write to a temp file in the same folder, set permissions, fsync, then rename.

    A crash leaves either the old file or the new one, never half of either; the half
    temp file of a killed process is removed at the next start (``clean_leftovers``).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with writing(Path(temp_name)):
            with os.fdopen(handle, "wb") as temp:
                os.chmod(temp_name, mode)
                temp.write(data)
                temp.flush()
                os.fsync(temp.fileno())
            os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise


@contextlib.contextmanager
def writing(temp: Path) -> Iterator[None]:
    """Name ``temp`` in the journal while the block runs (its pid tells a live writer)."""
    entry = _journal() / f"{os.getpid()}-{uuid.uuid4().hex}"
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_text(str(temp.resolve()), encoding="utf-8")
    except OSError:  # no journal is no reason not to save the user's file
        pass
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            entry.unlink()


def clean_leftovers() -> int:
    """Remove the temp files that a killed process was writing; returns how many."""
    removed = 0
    folder = _journal()
    if not folder.is_dir():
        return 0
    for entry in folder.iterdir():
        pid = entry.name.split("-", 1)[0]
        if pid.isascii() and pid.isdigit() and _alive(int(pid)):
            continue  # still being written by a running process
        with contextlib.suppress(OSError):
            temp = Path(entry.read_text(encoding="utf-8"))
            if temp.name.startswith(".") and temp.suffix in (".tmp", ".part"):
                temp.unlink(missing_ok=True)
                removed += 1
                # A database being written (a restore's copy) has SQLite's files beside it.
                for suffix in SQLITE_SIDE_FILES:
                    Path(f"{temp}{suffix}").unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            entry.unlink()
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # os.kill(pid, 0) would end the process there
        return _alive_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: leave its files alone
    return True


def _alive_on_windows(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    code = ctypes.c_ulong()
    try:
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
    finally:
        kernel32.CloseHandle(handle)
    return code.value == 259  # STILL_ACTIVE


def _journal() -> Path:
    return paths.data_dir() / JOURNAL
