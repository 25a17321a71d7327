"""Web-server access logs (Apache/nginx "combined" format, plain or .gz) as visit lines.

Lines are parsed by apachelogs (a maintained parser of Apache's LogFormat directives);
nginx's default ``combined`` format writes the same fields. The common plain line (printable
ASCII, nothing escaped) takes a precompiled shortcut that yields the very same fields at a
tenth of the cost, checked against apachelogs by property tests. A line that cannot be read is a
``LineRejected`` with a reason, never an exception that stops the run. A file is read a line
at a time (at most ``MAX_LINE`` bytes each), so a 1 GB log takes bounded memory.

A line's identity is a hash of its bytes, not its file or position: logrotate moves lines
from access.log to access.log.1 and access.log.2.gz unchanged, so the same visit keeps its
key. Two byte-identical lines (same address, second, request, referrer and browser) are one
visit: they cannot be told apart, and counting a reload twice tells the office nothing.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from functools import lru_cache
from hashlib import blake2b
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import parse_qs, unquote, urlsplit

from minime_admin.errors import (
    QT_TRANSLATE_NOOP,
    AccessLogDamaged,
    FileUnreadable,
    NotAnAccessLog,
)

MAX_LINE = 64 * 1024  # longer lines are rejected, read past in pieces
SNIFF_LINES = 20  # a file none of whose first lines is a log line is not a log
GZIP_MAGIC = b"\x1f\x8b"

# Why a line was not imported ("errors" context, like the shop importer's reasons).
MALFORMED = QT_TRANSLATE_NOOP("errors", "not a line in the combined log format")
TOO_LONG_LINE = QT_TRANSLATE_NOOP("errors", "the line is longer than {limit} bytes")
UNFINISHED = QT_TRANSLATE_NOOP("errors", "the line is cut off (no end of line)")


@lru_cache(maxsize=1)
def _parser() -> Any:
    """apachelogs' parser, made (and the library imported) at the first line it reads (#19.5)."""
    from apachelogs import COMBINED, LogParser

    return LogParser(COMBINED, encoding="utf-8", errors="replace")


# Requests that are no page view: the browser fetching a page's parts.
STATIC_SUFFIXES = frozenset(
    (
        *(".css", ".js", ".mjs", ".map", ".ico", ".svg", ".woff", ".woff2", ".ttf", ".otf"),
        *(".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".bmp", ".eot", ".mp4", ".mp3"),
    )
)
SEARCH_PARAMETER = "s"  # WordPress/WooCommerce: /?s=... and /?s=...&post_type=product
SEARCH_PATH = "/search/"  # WordPress's pretty search links: /search/term/


class LineRejected(Exception):
    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


@dataclass(frozen=True, init=False)
class LogLine:
    key: str  # 32 hex digits: the line's identity (see the module's docstring and line_key)
    ip: str
    user: str | None  # %u: the logged-in account's username, where the shop logs it
    at: datetime  # UTC
    method: str
    target: str  # as requested: path and query, percent-encoded
    referrer: str | None
    user_agent: str

    def __init__(
        self,
        key: str,
        ip: str,
        user: str | None,
        at: datetime,
        method: str,
        target: str,
        referrer: str | None,
        user_agent: str,
    ) -> None:
        # What the generated __init__ of a frozen class does, in one step instead of eight
        # object.__setattr__ calls: a fifth of the cost of reading a line.
        self.__dict__.update(
            key=key,
            ip=ip,
            user=user,
            at=at,
            method=method,
            target=target,
            referrer=referrer,
            user_agent=user_agent,
        )

    @property
    def path(self) -> str:
        return _target(self.target).path

    def is_page_view(self) -> bool:
        if self.method not in ("GET", "POST", "HEAD") or not self.target.startswith("/"):
            return False
        return _target(self.target).page_view

    def page(self) -> str:
        return _target(self.target).page

    def site_search(self) -> str | None:
        """The shop's search terms: ``?s=dāvana`` (percent-encoded UTF-8) or /search/term/."""
        return _target(self.target).search


@dataclass(frozen=True)
class _Target:
    """What a visit record takes from a request's target."""

    path: str  # percent-encoded, as requested
    page_view: bool  # False for a page's image, script, style or font, or an unreadable URL
    page: str  # the path decoded
    search: str | None  # the shop's search terms


# A shop's log asks for a few thousand pages (products, categories, searches) over and over;
# reading each once saves three URL parses a line. Longer targets (tracking parameters,
# probes) are read every time, so the cache holds at most CACHED_TARGETS short strings.
CACHED_TARGETS = 4096
CACHED_TARGET_LENGTH = 256


def _target(target: str) -> _Target:
    if len(target) > CACHED_TARGET_LENGTH:
        return _read_target(target)
    return _cached_target(target)


def _read_target(target: str) -> _Target:
    try:
        parts = urlsplit(target)
    except ValueError:  # "//[x": a bracketed host that does not end; no page of the shop
        return _Target(target, False, unquote(target, errors="replace"), None)
    name = parts.path.rsplit("/", 1)[-1].lower()
    page_file = "." in name and "." + name.rsplit(".", 1)[-1] in STATIC_SUFFIXES
    terms = parse_qs(parts.query, encoding="utf-8", errors="replace").get(SEARCH_PARAMETER)
    search: str | None
    if terms:
        search = terms[0]
    elif parts.path.startswith(SEARCH_PATH):
        search = unquote(parts.path[len(SEARCH_PATH) :].strip("/"), errors="replace")
    else:
        search = None
    if search is not None:
        search = " ".join(search.split()) or None
    return _Target(parts.path, not page_file, unquote(parts.path, errors="replace"), search)


_cached_target = lru_cache(maxsize=CACHED_TARGETS)(_read_target)


def line_key(raw: bytes, at: datetime) -> str:
    """The time (10 hex digits) then 88 bits of the line's hash: logs are written in time
    order, so new keys land at the end of the unique index instead of all over it."""
    return _key(raw, int(at.timestamp()))


def _key(raw: bytes, seconds: int) -> str:
    return f"{max(0, seconds):010x}"[-10:] + blake2b(raw, digest_size=11).hexdigest()


def parse_line(raw: bytes) -> LogLine:
    """One line (without its line break) as a LogLine; raises LineRejected."""
    text = raw.decode("utf-8", errors="replace")
    plain = _plain(text)
    if plain is not None:  # the common line: straight to a LogLine, no dictionary between
        host, user, at, seconds, request, referrer, agent = plain
        return _log_line(_key(raw, seconds), host, user, at, request, referrer, agent)
    return _apachelogs_line(raw, text)


def _apachelogs_line(raw: bytes, text: str) -> LogLine:
    """Any line, read by apachelogs (the tests compare this with the shortcut)."""
    fields = _apachelogs_fields(text)
    at = fields["%t"].astimezone(UTC)
    return _log_line(
        line_key(raw, at),
        str(fields["%h"] or ""),
        fields["%u"],
        at,
        fields["%r"],
        fields["%{Referer}i"],
        fields["%{User-Agent}i"],
    )


def _log_line(
    key: str,
    host: str,
    user: str | None,
    at: datetime,
    request: str | None,
    referrer: str | None,
    agent: str | None,
) -> LogLine:
    method, _, rest = (request or "").partition(" ")
    target = rest.rsplit(" ", 1)[0] if rest.count(" ") else rest
    return LogLine(
        key=key,
        ip=host,
        user=unquote(user, errors="replace") if user else None,
        at=at,
        method=method,
        target=target,
        referrer=referrer or None,
        user_agent=agent or "",
    )


def _apachelogs_fields(text: str) -> dict[str, Any]:
    from apachelogs import Error

    try:
        fields: dict[str, Any] = _parser().parse(text).directives
        fields["%t"].astimezone(UTC)
    except (Error, ValueError, OverflowError, AttributeError) as error:
        raise LineRejected(MALFORMED) from error
    return fields


# The common line, and only it: printable ASCII, nothing escaped, a well-formed time. For
# it this gives exactly apachelogs' fields (tests compare the two on generated lines) at a
# tenth of the cost; every other line goes to apachelogs, which reads escapes and the rest.
_WORD = r"[!\x23-\x5b\x5d-\x7e]+"
_QUOTED = r'"([ !\x23-\x5b\x5d-\x7e]*)"'
_PLAIN = re.compile(
    rf"({_WORD}) {_WORD} ({_WORD}) "
    r"\[(\d\d/[A-Z][a-z][a-z]/\d{4}):(\d\d):(\d\d):(\d\d) ([+-]\d{4})\] "
    rf"{_QUOTED} \d{{3}} (?:\d+|-) {_QUOTED} {_QUOTED}"
)
_MONTHS = {
    month: number
    for number, month in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SECOND = timedelta(seconds=1)


@lru_cache(maxsize=256)
def _day_start(day: str, zone: str) -> int | None:
    """Seconds from the epoch to the start of ``day`` ("20/Nov/2026") in ``zone`` ("+0200"),
    or None when there is no such day or zone. A log's lines share a few days and one zone,
    so this runs a few times per file instead of building a zoned datetime for every line."""
    month = _MONTHS.get(day[3:6])
    if month is None:
        return None
    hours, minutes = int(zone[1:3]), int(zone[3:5])
    try:
        offset = timedelta(hours=hours, minutes=minutes) * (-1 if zone[0] == "-" else 1)
        start = datetime(int(day[7:11]), month, int(day[0:2]), tzinfo=timezone(offset))
    except ValueError:
        return None
    return (start - _EPOCH) // _SECOND


# host, user, time (UTC), the same as seconds from the epoch, request, referrer, browser
_Plain = tuple[str, str | None, datetime, int, str | None, str | None, str | None]


def _plain(text: str) -> _Plain | None:
    """The common line's host, user, time (UTC, and as seconds from the epoch), request,
    referrer and browser; None for any other line ("-" is None, as apachelogs reads it)."""
    match = _PLAIN.fullmatch(text)
    if match is None:
        return None
    host, user, day, hour, minute, second, zone, request, referrer, agent = match.groups()
    start = _day_start(day, zone)
    hour_, minute_, second_ = int(hour), int(minute), int(second)
    if start is None or hour_ > 23 or minute_ > 59 or second_ > 59:
        return None  # what datetime() refuses; apachelogs refuses it too
    seconds = start + hour_ * 3600 + minute_ * 60 + second_
    try:
        at = _EPOCH + timedelta(seconds=seconds)
    except OverflowError:  # e.g. 1 January of the year 1 east of Greenwich: before year 1 in UTC
        return None
    return (
        host,
        None if user == "-" else user,
        at,
        seconds,
        None if request == "-" else request,
        None if referrer == "-" else referrer,
        None if agent == "-" else agent,
    )


def _plain_fields(text: str) -> dict[str, Any] | None:
    """The shortcut's reading as apachelogs' directives (what the tests compare)."""
    plain = _plain(text)
    if plain is None:
        return None
    host, user, at, _seconds, request, referrer, agent = plain
    return {
        "%h": host,
        "%u": user,
        "%t": at,
        "%r": request,
        "%{Referer}i": referrer,
        "%{User-Agent}i": agent,
    }


@dataclass(frozen=True)
class LogFile:
    path: Path
    size: int
    compressed: bool

    @property
    def name(self) -> str:
        return str(self.path)


def check_file(path: Path) -> LogFile:
    """Before anything is written: the file can be read, is (or unpacks to) a combined log,
    and a .gz is whole. Raises FileUnreadable, NotAnAccessLog or AccessLogDamaged."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            compressed = handle.read(2) == GZIP_MAGIC
    except OSError as error:
        raise FileUnreadable(
            name=path.name, detail=error.strerror or type(error).__name__
        ) from error
    log = LogFile(path, size, compressed)
    if compressed:
        _check_gzip(log)
    _sniff(log)
    return log


def _check_gzip(log: LogFile) -> None:
    """Unpack the whole file once (a piece at a time): a cut-off or damaged archive is found
    now, before any of it is imported."""
    try:
        with gzip.open(log.path, "rb") as stream:
            while stream.read(1 << 20):
                pass
    except (OSError, EOFError, zlib.error) as error:
        raise AccessLogDamaged(name=log.path.name) from error


def _sniff(log: LogFile) -> None:
    failed = 0
    try:
        with log.path.open("rb") as raw, open_log_stream(log, raw) as stream:
            if b"\0" in stream.read(4096):  # binary: an image, a database, a zip...
                raise NotAnAccessLog(name=log.path.name)
            stream.seek(0)
            for _number, text in read_lines(stream):
                if isinstance(text, bytes):
                    try:
                        parse_line(text)
                        return
                    except LineRejected:
                        pass
                failed += 1
                if failed >= SNIFF_LINES:
                    break
    except (OSError, EOFError, zlib.error) as error:
        raise AccessLogDamaged(name=log.path.name) from error
    if failed:
        raise NotAnAccessLog(name=log.path.name)


def open_log_stream(log: LogFile, raw: BinaryIO) -> BinaryIO:
    """The log's lines from ``raw`` (the file as stored, whose position tells progress)."""
    if log.compressed:
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def read_lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | LineRejected]]:
    """(line number, the line's bytes or why it cannot be used); empty lines are skipped."""
    for number, raw, ended in _lines(stream):
        if raw is None:
            yield number, LineRejected(TOO_LONG_LINE, limit=MAX_LINE)
        elif not raw.strip():
            continue
        elif ended:
            yield number, raw
        else:  # the file's last line has no line break: whole, or cut off while written
            try:
                parse_line(raw)
            except LineRejected:
                yield number, LineRejected(UNFINISHED)
            else:
                yield number, raw


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None, bool]]:
    """(number, the line without its break or None when too long, whether it had a break)."""
    number = 0
    while True:
        raw = stream.readline(MAX_LINE)
        if not raw:
            return
        number += 1
        if raw.endswith(b"\n"):
            yield number, raw.rstrip(b"\r\n"), True
        elif len(raw) < MAX_LINE:  # the end of the file in the middle of a line
            yield number, raw, False
            return
        else:
            while (more := stream.readline(MAX_LINE)) and not more.endswith(b"\n"):
                pass  # the rest of an over-long line
            yield number, None, True
