"""Browser, its version and operating system from a User-Agent header, by ua-parser.

ua-parser carries the uap-core rules (kept up to date by its maintainers). A log repeats a
few hundred distinct headers over and over, so results are cached: a bounded LRU keyed by the
part of the header that is read (its first HEADER_READ characters), so a log of long, ever
different headers cannot make the cache hold more than CACHED_HEADERS times that.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

UNKNOWN = "Other"  # ua-parser's own word for a header it does not recognise


@dataclass(frozen=True)
class Browser:
    name: str  # at most 32 characters, like the visit record's columns
    version: str  # major.minor, at most 16
    operating_system: str  # with its major version, at most 32
    robot: bool  # a search engine's crawler or another bot: not a person's visit


HEADER_READ = 1000  # real headers are far shorter; the rules are regexes
CACHED_HEADERS = 4096


def browser_of(header: str) -> Browser:
    return _cached_browser(header[:HEADER_READ])


def read_browser(header: str) -> Browser:
    """What ``browser_of`` says, read afresh (no cache)."""
    from ua_parser import parse  # imported when first used: a fast start (#19.5)

    result = parse(header[:HEADER_READ])
    agent, system, device = result.user_agent, result.os, result.device
    version = ".".join(p for p in (agent.major, agent.minor) if p) if agent else ""
    os_name = system.family if system else UNKNOWN
    if system and system.major and system.family != UNKNOWN:
        release = system.major
        if system.family == "Mac OS X" and system.minor:  # "10" alone says nothing there
            release = f"{release}.{system.minor}"
        os_name = f"{os_name} {release}"
    return Browser(
        name=(agent.family if agent else UNKNOWN)[:32],
        version=version[:16],
        operating_system=os_name[:32],
        robot=device is not None and device.family == "Spider",
    )


_cached_browser = lru_cache(maxsize=CACHED_HEADERS)(read_browser)
