"""What the access-log import does to go fast reads exactly what the plain way reads (issue #12
points 4 and 7): the time shortcut against apachelogs, the cached request targets and
browsers against a fresh reading, the retention cut-off by instant against the Riga day, and
lines that used to stop a run. Speed itself is measured by benchmarks/import_access_log.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from minime_admin.domain.actor import Actor
from minime_admin.domain.retention import add_months
from minime_admin.domain.shop_time import shop_day
from minime_admin.importers import access_log, user_agent
from minime_admin.importers.access_log import LineRejected, parse_line
from minime_admin.services import access_log_import
from minime_admin.services.database import Database
from minime_admin.services.retention_rules import current_rules
from minime_admin.store import session as store_session
from minime_admin.store import visit_repo
from minime_admin.store.models import VisitRecord

CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def log_line(stamp: str, target: str = "/", agent: str = CHROME, user: str = "-") -> str:
    return f'192.0.2.10 - {user} [{stamp}] "GET {target} HTTP/1.1" 200 5120 "-" "{agent}"'


# --- the time shortcut --------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=0, max_value=39),
    st.sampled_from([*MONTHS, "Foo"]),
    st.sampled_from(["0001", "1969", "1970", "2024", "2026", "9999"]),
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(["+", "-"]),
    st.integers(min_value=0, max_value=30),
    st.integers(min_value=0, max_value=99),
)
def test_the_shortcut_gives_the_line_apachelogs_gives(
    day: int,
    month: str,
    year: str,
    hour: int,
    minute: int,
    second: int,
    sign: str,
    zone_hours: int,
    zone_minutes: int,
) -> None:
    """Same visit, same key (the time and hash a second run must find again), same instant;
    and a time neither can place is a rejected line, never an exception."""
    stamp = f"{day:02d}/{month}/{year}:{hour:02d}:{minute:02d}:{second:02d} "
    stamp += f"{sign}{zone_hours:02d}{zone_minutes:02d}"
    raw = log_line(stamp).encode()
    try:
        slow = access_log._apachelogs_line(raw, raw.decode())
    except LineRejected:
        with pytest.raises(LineRejected):
            parse_line(raw)
        return
    assert access_log._plain(raw.decode()) is not None  # the line took the shortcut
    fast = parse_line(raw)
    assert fast == slow and fast.at.tzinfo is UTC
    assert fast.key == access_log.line_key(raw, slow.at)


@pytest.mark.parametrize(
    "stamp",
    ["01/Jan/0001:00:30:00 +0100", "31/Dec/9999:23:59:59 -0100", "01/Jan/0001:00:00:00 +2359"],
)
def test_a_time_outside_what_utc_can_hold_is_a_rejected_line(stamp: str) -> None:
    with pytest.raises(LineRejected):  # it used to raise OverflowError and stop the run
        parse_line(log_line(stamp).encode())


# --- the request's target, read once per distinct address ---------------------------------


def old_reading(target: str) -> tuple[bool, str, str | None] | None:
    """What LogLine said before targets were cached (is_page_view for a GET, page, search);
    None where urlsplit raised."""
    try:
        parts = urlsplit(target)
    except ValueError:
        return None
    name = parts.path.rsplit("/", 1)[-1].lower()
    page_view = target.startswith("/") and (
        "." not in name or "." + name.rsplit(".", 1)[-1] not in access_log.STATIC_SUFFIXES
    )
    terms = parse_qs(parts.query, encoding="utf-8", errors="replace").get("s")
    if terms:
        found: str | None = terms[0]
    elif parts.path.startswith("/search/"):
        found = unquote(parts.path[len("/search/") :].strip("/"), errors="replace")
    else:
        found = None
    if found is not None:
        found = " ".join(found.split()) or None
    return page_view, unquote(parts.path, errors="replace"), found


TARGETS = st.one_of(
    st.text(ASCII, max_size=80).map(lambda text: "/" + text),
    st.builds(
        lambda path, term, suffix: f"/{path}?s={term}{suffix}",
        st.text(ASCII, max_size=20),
        st.text(ASCII, max_size=30),
        st.sampled_from(["", "&post_type=product", "#top"]),
    ),
    st.sampled_from(["/search/%C4%B7%C4%93de/", "/a/b.PNG?v=2", "/app.min.js", "/?s=%20%20"]),
    st.text(max_size=40),
    st.text(ASCII, min_size=250, max_size=400).map(lambda text: "/" + text),  # not cached
)


@settings(max_examples=400, deadline=None)
@given(TARGETS)
def test_a_cached_target_reads_as_the_uncached_urlsplit_did(target: str) -> None:
    line = access_log.LogLine(
        "k", "192.0.2.10", None, datetime(2026, 11, 20, tzinfo=UTC), "GET", target, None, ""
    )
    for _ in range(2):  # the first reading may fill the cache, the second comes from it
        before = old_reading(target)
        if before is None:  # "//[x": no page; the line is skipped, the run goes on
            assert not line.is_page_view() and line.site_search() is None
            line.page()
            continue
        assert (line.is_page_view(), line.page(), line.site_search()) == before


def test_the_target_cache_holds_short_targets_only() -> None:
    access_log._cached_target.cache_clear()
    long_target = "/" + "x" * access_log.CACHED_TARGET_LENGTH
    access_log._target(long_target)
    assert access_log._cached_target.cache_info().currsize == 0
    for number in range(access_log.CACHED_TARGETS + 10):
        access_log._target(f"/produkts/{number}/")
    assert access_log._cached_target.cache_info().currsize == access_log.CACHED_TARGETS


# --- the browser cache ---------------------------------------------------------------------


HEADERS = st.one_of(
    st.sampled_from(
        [
            CHROME,
            "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
            "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
            "",
        ]
    ),
    st.text(max_size=200),
    st.builds(lambda tail: CHROME + " " * 900 + tail, st.text(max_size=300)),  # past 1,000
)


@settings(max_examples=300, deadline=None)
@given(HEADERS)
def test_a_cached_browser_is_what_a_fresh_parse_says(header: str) -> None:
    assert user_agent.browser_of(header) == user_agent.read_browser(header)
    assert user_agent.browser_of(header) == user_agent.read_browser(header)  # from the cache


def test_the_browser_cache_is_keyed_by_what_is_read() -> None:
    """Headers that differ only past the part read share one entry: a log of long, ever
    different headers cannot grow the cache past CACHED_HEADERS short keys."""
    user_agent._cached_browser.cache_clear()
    prefix = CHROME.ljust(user_agent.HEADER_READ, " ")
    for number in range(50):
        user_agent.browser_of(prefix + str(number) * 5000)
    info = user_agent._cached_browser.cache_info()
    assert (info.currsize, info.hits) == (1, 49)
    assert user_agent._cached_browser.cache_info().maxsize == user_agent.CACHED_HEADERS


# --- importing ------------------------------------------------------------------------------


def test_the_retention_cutoff_by_instant_is_the_riga_day_rule(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    """Visits a second either side of the Riga midnight that ends the last day the rule no
    longer keeps: the old rule (shop_day(at) <= cutoff) decides each the same way."""
    with database.session() as session:
        months = current_rules(session)["visit_record"].months
        cutoff = add_months(store_session.today(session), -months)
    midnight_utc = datetime(cutoff.year, cutoff.month, cutoff.day, tzinfo=UTC) + timedelta(days=1)
    stamps = [midnight_utc + timedelta(hours=h, seconds=s) for h in (-3, -2) for s in (-1, 0, 1)]
    lines = [
        log_line(at.strftime("%d/%b/%Y:%H:%M:%S +0000"), f"/p{n}/") for n, at in enumerate(stamps)
    ]
    path = tmp_path / "access.log"
    path.write_text("".join(f"{text}\n" for text in lines), encoding="utf-8")
    result = access_log_import.import_access_logs(database.unit_of_work, clerk, [path])
    expected_old = sum(1 for at in stamps if shop_day(at) <= cutoff)
    assert 0 < expected_old < len(stamps)  # the boundary falls among them
    assert (result.counts.too_old, result.counts.new) == (expected_old, len(stamps) - expected_old)


def test_an_unreadable_target_is_skipped_and_the_run_goes_on(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    now = "24/Nov/2026:12:00:00 +0000"
    path = tmp_path / "access.log"
    path.write_text(f"{log_line(now, '//[x/')}\n{log_line(now, '/grozs/')}\n", encoding="utf-8")
    result = access_log_import.import_access_logs(database.unit_of_work, clerk, [path])
    assert (result.counts.new, result.counts.skipped, result.counts.rejected) == (1, 1, 0)


def test_visits_written_through_the_driver_read_back_as_the_orm_wrote_them(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    at = datetime(2026, 11, 24, 11, 30, 5, tzinfo=UTC)
    raw = log_line("24/Nov/2026:13:30:05 +0200", "/?s=d%C4%81vana+b%C4%93rnam")
    path = tmp_path / "access.log"
    path.write_text(raw + "\n", encoding="utf-8")
    access_log_import.import_access_logs(database.unit_of_work, clerk, [path])
    with database.session() as session:
        visit = session.execute(select(VisitRecord)).scalar_one()
        stored = session.execute(
            select(VisitRecord.visited_at).where(VisitRecord.id == visit.id)
        ).scalar_one()
    assert visit.visited_at == at and visit.visited_at.tzinfo is UTC and stored == at
    assert (visit.ip_address, visit.page, visit.site_search) == ("192.0.2.10", "/", "dāvana bērnam")
    assert (visit.browser, visit.operating_system, visit.customer_id) == (
        "Chrome",
        "Windows 10",
        None,
    )
    assert visit.line_key == parse_line(raw.encode()).key


def test_a_batch_gives_its_larger_page_cache_back(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    def cache_size() -> int:
        with database.session() as session:
            return int(session.execute(text("PRAGMA cache_size")).scalar_one())

    before = cache_size()
    with database.unit_of_work() as session, visit_repo.batch_cache(session):
        inside = int(session.execute(text("PRAGMA cache_size")).scalar_one())
    assert inside == -visit_repo.BATCH_CACHE_KIB != before
    assert cache_size() == before
    path = tmp_path / "access.log"
    path.write_text(log_line("24/Nov/2026:12:00:00 +0000") + "\n", encoding="utf-8")
    access_log_import.import_access_logs(database.unit_of_work, clerk, [path])
    assert cache_size() == before
