"""Who has a database file open, across processes: the guard a restore keeps.

Every process that opens a database file (the app, a command) holds a shared lock on a small
lock file in the data folder's ``in-use/``, named after a hash of the file's full path; a
restore holds it exclusively from before it looks at the target until the restored file is
in place. So ``restore --replace`` refuses while anyone has the file open, and nobody opens
the file while a restore is putting another in its place. The operating system drops a lock
when its process ends, kill -9 included, so a lock file left behind holds nobody. Within one
process the lock is counted: a restore opens the file it replaces (to back it up) under its
own exclusive lock, and a second open of a file this process already has open shares it.

The lock files stay (empty): removing one while another process waits on it would let two
processes lock two different files of the same name.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from minime_admin import paths
from minime_admin.errors import DatabaseBeingRestored, RestoreTargetInUse

FOLDER = "in-use"
_log = logging.getLogger(__name__)


@dataclass
class _Entry:
    fd: int
    exclusive: bool
    count: int


_held: dict[str, _Entry] = {}
_guard = threading.Lock()  # the GUI opens databases on worker threads


class Hold:
    """One use of the lock; ``release`` ends it (once, however often it is called)."""

    def __init__(self, key: str | None) -> None:
        self._key = key

    def __enter__(self) -> Hold:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def release(self) -> None:
        with _guard:
            key, self._key = self._key, None
            entry = _held.get(key) if key is not None else None
            if entry is None:
                return
            entry.count -= 1
            if entry.count == 0:
                del _held[key]  # type: ignore[arg-type]
                _close(entry.fd)


def hold_open(path: Path) -> Hold:
    """Shared, for as long as ``path`` is open; refused while a restore replaces it."""
    return _hold(path, exclusive=False)


def hold_for_restore(path: Path) -> Hold:
    """Exclusive, for a restore to ``path``; refused while anyone else has it open."""
    return _hold(path, exclusive=True)


def _hold(path: Path, *, exclusive: bool) -> Hold:
    key = _key(path)
    with _guard:
        entry = _held.get(key)
        if entry is not None:
            if exclusive:  # this process itself has the file open
                raise RestoreTargetInUse(path=str(path))
            entry.count += 1
            return Hold(key)
        try:
            folder = paths.data_dir() / FOLDER
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(folder / key, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            # No data folder to keep the lock in: the guard cannot be kept, which is no
            # reason to refuse opening the user's database.
            _log.warning("no lock for the database file: %s", type(error).__name__)
            return Hold(None)
        if not _lock(fd, exclusive):
            _close(fd)
            if exclusive:
                raise RestoreTargetInUse(path=str(path))
            raise DatabaseBeingRestored(path=str(path))
        _held[key] = _Entry(fd, exclusive, 1)
        return Hold(key)


def _key(path: Path) -> str:
    return hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:32]


def _close(fd: int) -> None:
    """Closing the file drops its lock, on every system."""
    os.close(fd)


if sys.platform == "win32":
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    _FAIL_IMMEDIATELY, _EXCLUSIVE = 0x1, 0x2

    def _lock(fd: int, exclusive: bool) -> bool:
        """LockFileEx on the first byte; without LOCKFILE_EXCLUSIVE_LOCK it is shared."""
        flags = _FAIL_IMMEDIATELY | (_EXCLUSIVE if exclusive else 0)
        overlapped = _Overlapped()
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        return bool(kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(overlapped)))

else:
    import fcntl

    def _lock(fd: int, exclusive: bool) -> bool:
        """flock: the lock belongs to this open file and lasts until it is closed."""
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
