"""Crash reports: what a developer needs to find a bug, and nothing about anybody.

An unexpected exception (a bug, or a database changed behind the app's back) is written to
``<data folder>/logs/crash-YYYYMMDD-HHMMSS-<pid>.txt`` (the time in UTC, from the app's
clock; ``-2``, ``-3`` … is added should the name be taken), readable by its owner only.
The newest 20 reports are kept. A report looks like this::

    minime-admin crash report
    time: 2026-11-25T10:00:00Z
    version: 0.1.0
    python: 3.11.7 (CPython)
    qt: 6.11.3 (PySide6 6.11.3)
    os: Linux-6.8.0-x86_64-with-glibc2.39
    command: requests

    sqlalchemy.exc.OperationalError
      minime_admin/cli/__init__.py, line 80, in main
        return handler(arguments)
      ...
    caused by: sqlcipher3.dbapi2.OperationalError
      sqlalchemy/engine/default.py, line 941, in do_execute
        cursor.execute(statement, parameters)

Left out on purpose, because each can quote a customer: every exception's message and
arguments (a database error quotes the SQL parameters), all local and global values, the
command's arguments (they hold e-mails, names, free text) and the folders above a frame's
module (a home folder carries a login name). Kept: exception types, OS and SQLite error
codes, and each frame's module path, line, function and source line, which is code.
"""

from __future__ import annotations

import errno
import os
import platform
import sys
import traceback
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from types import TracebackType

from minime_admin import APP_NAME, __version__, paths
from minime_admin.domain.clock import Clock, SystemClock

KEEP = 20
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
_MAX_CHAIN = 10


def write_report(
    error: BaseException,
    command: str | None,
    clock: Clock | None = None,
    trace: TracebackType | None = None,
    folder: Path | None = None,
) -> Path | None:
    """Write the report; its path, or None when it could not be written. Never raises.

    ``trace`` defaults to the exception's own; ``folder`` to the data folder's logs/.
    """
    try:
        folder = folder or paths.logs_dir()
        at = _now(clock)
        text = report_text(error, command, at, trace)
        path = _create(folder, at)
        path.write_text(text, encoding="utf-8")
        _prune(folder)
        return path
    except Exception:  # a crash report must never become the next crash
        return None


def report_text(
    error: BaseException,
    command: str | None,
    at: datetime,
    trace: TracebackType | None = None,
) -> str:
    lines = [
        f"{APP_NAME} crash report",
        f"time: {at.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}",
        f"version: {__version__}",
        f"python: {platform.python_version()} ({platform.python_implementation()})",
        f"qt: {_qt_version()}",
        f"os: {platform.platform()}",
        f"command: {command or '(before the command was read)'}",
        "",
    ]
    lines += _exception_lines(error, trace or error.__traceback__, "", "")
    return "\n".join(lines) + "\n"


def _exception_lines(
    error: BaseException, trace: TracebackType | None, heading: str, indent: str
) -> list[str]:
    lines = []
    for number, (link, item) in enumerate(_chain(error)):
        if number >= _MAX_CHAIN:
            lines.append(f"{indent}(further chained exceptions left out)")
            break
        lines.append(f"{indent}{heading if number == 0 else link}{_describe(item)}")
        for frame in traceback.extract_tb(trace if number == 0 else item.__traceback__):
            lines.append(
                f"{indent}  {_short_path(frame.filename)}, line {frame.lineno}, in {frame.name}"
            )
            if frame.line:
                lines.append(f"{indent}    {frame.line.strip()}")
        if isinstance(item, BaseExceptionGroup):
            for member in item.exceptions[:_MAX_CHAIN]:
                lines += _exception_lines(
                    member, member.__traceback__, "in the group: ", indent + "  "
                )
    return lines


def _chain(error: BaseException) -> Iterator[tuple[str, BaseException]]:
    """The exception, then what caused it or was being handled when it happened."""
    seen: set[int] = set()
    link, current = "", error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield link, current
        if current.__cause__ is not None:
            link, current = "caused by: ", current.__cause__
        elif current.__context__ is not None and not current.__suppress_context__:
            link, current = "while handling: ", current.__context__
        else:
            break


def _describe(error: BaseException) -> str:
    """The type and error codes; never the message, which may quote personal data."""
    kind = type(error)
    name = kind.__qualname__
    if kind.__module__ != "builtins":
        name = f"{kind.__module__}.{name}"
    codes = []
    if isinstance(error, OSError) and isinstance(error.errno, int):
        codes.append(f"errno {errno.errorcode.get(error.errno, error.errno)}")
    sqlite_name = getattr(error, "sqlite_errorname", None)
    if isinstance(sqlite_name, str) and sqlite_name.isidentifier():
        codes.append(f"sqlite {sqlite_name}")
    return f"{name} ({', '.join(codes)})" if codes else name


def _short_path(filename: str) -> str:
    """The module's path below its sys.path entry: no home folder, so no login name."""
    if filename.startswith("<"):
        return filename  # <frozen runpy>, <string>
    path = Path(filename)
    roots = [Path(entry) for entry in sys.path if entry and Path(entry).is_absolute()]
    candidates = [
        path.relative_to(root) for root in [_PACKAGE_ROOT, *roots] if path.is_relative_to(root)
    ]
    if candidates:
        return min(candidates, key=lambda p: len(p.parts)).as_posix()
    return f".../{path.name}"


def _qt_version() -> str:
    core = sys.modules.get("PySide6.QtCore")
    if core is not None:
        return f"{core.qVersion()} (PySide6 {core.__version__})"
    try:
        return f"not loaded (PySide6 {metadata.version('PySide6-Essentials')})"
    except metadata.PackageNotFoundError:
        return "not loaded"


def _now(clock: Clock | None) -> datetime:
    try:
        return (clock or SystemClock()).now()
    except Exception:  # the app's clock itself failed: the report still needs a time
        return datetime.now(UTC)


def _create(folder: Path, at: datetime) -> Path:
    """A new file, owner-only from its first byte, that no other report has taken."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stem = f"crash-{at.astimezone(UTC):%Y%m%d-%H%M%S}-{os.getpid()}"
    for number in range(1, 100):
        path = folder / (f"{stem}.txt" if number == 1 else f"{stem}-{number}.txt")
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            continue
        return path
    raise FileExistsError(folder / f"{stem}.txt")


def _prune(folder: Path) -> None:
    reports = sorted(folder.glob("crash-*.txt"), key=lambda p: p.stat().st_mtime_ns)
    for old in reports[:-KEEP]:
        old.unlink(missing_ok=True)
