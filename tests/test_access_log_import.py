"""Visits in from web-server access logs (issue #12 point 4): real files in tmp_path (plain,
.gz, a rotated set), a real encrypted database, the command line, and the shared sample."""

from __future__ import annotations

import gzip
import json
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import FixedClock
from minime_admin.errors import AccessLogDamaged, FileUnreadable, IpAddressInvalid, NotAnAccessLog
from minime_admin.importers import access_log
from minime_admin.importers.access_log import LineRejected, parse_line
from minime_admin.importers.user_agent import browser_of
from minime_admin.progress import Cancelled
from minime_admin.services import access_log_import, customer_search, retention, visits
from minime_admin.services.access_log_import import AccessLogResult
from minime_admin.services.database import Database
from minime_admin.services.erasure import execute_erasure, plan_erasure
from minime_admin.store import audit_repo
from minime_admin.store.models import Account, Customer, VisitRecord

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

REPO = Path(__file__).resolve().parents[1]
CHROME = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/131.0.0.0 Safari/537.36"
)
IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"
)
BOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
DAY = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # five days before the test clock


def shared_data() -> Path:
    """MINIME_SHARED_DATA, else shared/data beside the repository (as CI lays it out)."""
    configured = os.environ.get("MINIME_SHARED_DATA")
    return Path(configured) if configured else REPO.parent / "shared" / "data"


def line(
    ip: str = "192.0.2.10",
    at: datetime = DAY,
    target: str = "/",
    user: str = "-",
    referrer: str = "-",
    agent: str = CHROME,
    method: str = "GET",
) -> str:
    stamp = at.strftime("%d/%b/%Y:%H:%M:%S +0000")
    return f'{ip} - {user} [{stamp}] "{method} {target} HTTP/1.1" 200 5120 "{referrer}" "{agent}"'


def write(path: Path, lines: list[str], gz: bool = False) -> Path:
    data = "".join(f"{text}\n" for text in lines).encode()
    path.write_bytes(gzip.compress(data) if gz else data)
    return path


def run(database: Database, actor: Actor, *paths: Path, **options: Any) -> AccessLogResult:
    return access_log_import.import_access_logs(
        database.unit_of_work, actor, list(paths), **options
    )


def visit_rows(database: Database) -> list[VisitRecord]:
    with database.session() as session:
        return list(session.execute(select(VisitRecord).order_by(VisitRecord.id)).scalars())


def add_customer(database: Database, username: str, email: str) -> int:
    with database.unit_of_work() as session:
        customer = Customer(
            first_name="Ģirts",
            last_name="Ķēniņš-Žūriņa",
            email=email,
            created_at=DAY - timedelta(days=400),
        )
        session.add(customer)
        session.flush()
        session.add(
            Account(
                customer_id=customer.id,
                username=username,
                created_at=DAY - timedelta(days=400),
            )
        )
        customer_search.refresh_customers(session, [customer.id])
        return customer.id


def rotated_set(folder: Path) -> list[Path]:
    """logrotate's shape: the live file, yesterday's, and an older one compressed."""
    older = [
        line("198.51.100.7", DAY - timedelta(days=2), "/?s=d%C4%81vana"),
        line("198.51.100.7", DAY - timedelta(days=2), "/wp-content/logo.png"),
        line("198.51.100.7", DAY - timedelta(days=2, seconds=-5), "/produkts/lelle/", agent=IPHONE),
    ]
    yesterday = [
        line("203.0.113.5", DAY - timedelta(days=1), "/?s=%C5%A1alle&post_type=product"),
        line("203.0.113.5", DAY - timedelta(days=1), "/style.css"),
        line("66.249.66.1", DAY - timedelta(days=1), "/produkts/", agent=BOT),
    ]
    today = [
        line("192.0.2.10", DAY, "/grozs/", referrer="https://www.google.lv/"),
        line("192.0.2.10", DAY + timedelta(seconds=3), "/search/%C4%B7%C4%93de/"),
    ]
    return [
        write(folder / "access.log", today),
        write(folder / "access.log.1", yesterday),
        write(folder / "access.log.2.gz", older, gz=True),
    ]


# --- the line parser ----------------------------------------------------------------------


def test_a_line_becomes_a_visit_with_latvian_search_terms() -> None:
    raw = line(
        "2001:db8::7", DAY, "/?s=d%C4%81vana+b%C4%93rnam&post_type=product", user="j%C4%81nis"
    )
    assert access_log._plain_fields(raw) is not None  # the common line takes the shortcut
    parsed = parse_line(raw.encode())
    assert parsed.ip == "2001:db8::7" and parsed.user == "jānis"
    assert parsed.at == DAY and parsed.at.tzinfo is UTC
    assert parsed.site_search() == "dāvana bērnam"
    assert parsed.page() == "/" and parsed.is_page_view()
    assert parse_line(line(target="/search/%C4%B7%C4%93de/").encode()).site_search() == "ķēde"
    assert parse_line(line(target="/lelle/").encode()).site_search() is None
    assert not parse_line(line(target="/a/b.PNG?v=2").encode()).is_page_view()
    riga = line().replace("+0000", "+0200").encode()
    assert parse_line(riga).at == DAY - timedelta(hours=2)
    # The identity is the line's text: the same line anywhere has the same key.
    assert parse_line(raw.encode()).key == parsed.key != parse_line(riga).key
    browser = browser_of(IPHONE)
    assert (browser.name, browser.version, browser.operating_system) == (
        "Mobile Safari",
        "17.5",
        "iOS 17",
    )
    assert browser_of(BOT).robot and not browser_of(CHROME).robot


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"hello",
        b"name,email,ip\n",
        line().encode()[:-30],  # cut off inside the browser's name
        line().replace("20/Nov/2026", "20/Foo/2026").encode(),
        line().replace("+0000", "+9999").encode(),
        line().replace("[20/Nov", "20/Nov").encode(),
        b"\xff\xfe\x00\x01" * 20,
    ],
)
def test_a_bad_line_is_rejected_not_raised(raw: bytes) -> None:
    with pytest.raises(LineRejected):
        parse_line(raw)


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(str.encode),
        st.builds(
            lambda ip, user, target, ref, agent, cut: line(
                ip, DAY, target, user or "-", ref or "-", agent
            ).encode()[: cut or None],
            st.text(max_size=40),
            st.text(max_size=20),
            st.text(max_size=80),
            st.text(max_size=60),
            st.text(max_size=120),
            st.integers(min_value=0, max_value=200),
        ),
    )
)
def test_fuzzed_lines_never_crash_the_parser(raw: bytes) -> None:
    try:
        parsed = parse_line(raw.replace(b"\n", b" "))
    except LineRejected:
        return
    parsed.page(), parsed.site_search(), parsed.is_page_view()
    browser = browser_of(parsed.user_agent)
    assert len(browser.name) <= 32 and len(browser.operating_system) <= 32


ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)


@settings(max_examples=400, deadline=None)
@given(
    st.text(ASCII, min_size=1, max_size=20),
    st.text(ASCII, max_size=20),
    st.text(ASCII, max_size=60),
    st.text(ASCII, max_size=40),
    st.text(ASCII, max_size=60),
    st.sampled_from(["+0000", "+0200", "-0530", "+2400", "+0099"]),
    st.sampled_from(["20/Nov/2026:12:00:00", "31/Feb/2026:12:00:00", "20/Nov/2026:25:61:00"]),
)
def test_the_shortcut_reads_exactly_what_apachelogs_reads(
    host: str, user: str, request: str, referrer: str, agent: str, zone: str, stamp: str
) -> None:
    text = f'{host} - {user or "-"} [{stamp} {zone}] "{request}" 200 512 "{referrer}" "{agent}"'
    shortcut = access_log._plain_fields(text)
    try:
        slow = access_log._apachelogs_fields(text)
    except LineRejected:
        assert shortcut is None
        return
    if shortcut is not None:
        for name, value in shortcut.items():
            assert value == slow[name], name
    assert parse_line(text.encode()) == access_log.LogLine(**{**parse_line(text.encode()).__dict__})


# --- importing ----------------------------------------------------------------------------


def test_a_rotated_set_is_imported_and_a_second_run_changes_nothing(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    files = rotated_set(tmp_path)
    first = run(database, clerk, *files)
    counts = first.counts
    assert (counts.new, counts.unchanged, counts.skipped, counts.rejected) == (5, 0, 3, 0)
    rows = visit_rows(database)
    assert {r.site_search for r in rows} == {"dāvana", "šalle", "ķēde", None}
    phone = next(r for r in rows if r.page == "/produkts/lelle/")
    assert (phone.browser, phone.operating_system, phone.ip_address) == (
        "Mobile Safari",
        "iOS 17",
        "198.51.100.7",
    )
    assert all(r.customer_id is None and r.language == "" for r in rows)
    assert next(r for r in rows if r.page == "/grozs/").referrer == "https://www.google.lv/"

    again = run(database, clerk, *files)
    assert (again.counts.new, again.counts.unchanged) == (0, 5)
    # logrotate runs: every file moves one place on and the oldest is compressed further.
    (tmp_path / "access.log.2.gz").rename(tmp_path / "access.log.3.gz")
    data = (tmp_path / "access.log.1").read_bytes()
    (tmp_path / "access.log.2.gz").write_bytes(gzip.compress(data))
    (tmp_path / "access.log").rename(tmp_path / "access.log.1")
    write(tmp_path / "access.log", [line("192.0.2.99", DAY + timedelta(hours=1), "/kontakti/")])
    names = ("access.log", "access.log.1", "access.log.2.gz", "access.log.3.gz")
    rotated = run(database, clerk, *(tmp_path / n for n in names))
    assert (rotated.counts.new, rotated.counts.unchanged) == (1, 5)
    assert len(visit_rows(database)) == 6


def test_an_identical_line_twice_is_one_visit(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    log = write(tmp_path / "access.log", [line(), line(), line(target="/cits/")])
    result = run(database, clerk, log, batch_size=1)
    assert (result.counts.new, result.counts.unchanged) == (2, 1)


def test_a_logged_in_user_links_the_visit_and_its_ip_finds_the_customer(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    janis = add_customer(database, "janis.berzins", "janis@example.lv")
    ilze = add_customer(database, "ilze@example.lv", "ilze@example.lv")
    log = write(
        tmp_path / "access.log",
        [
            line("192.0.2.44", target="/mans-konts/", user="janis.berzins"),
            line("192.0.2.45", target="/mans-konts/", user="ilze%40example.lv"),
            line("192.0.2.46", target="/mans-konts/", user="nobody-we-know"),
        ],
    )
    result = run(database, clerk, log)
    assert (result.counts.new, result.counts.linked) == (3, 2)
    owners = {r.ip_address: r.customer_id for r in visit_rows(database)}
    assert owners == {"192.0.2.44": janis, "192.0.2.45": ilze, "192.0.2.46": None}
    with database.session() as session:
        assert [hit.id for hit in customer_search.search(session, "192.0.2.44")] == [janis]
        assert customer_search.search(session, "192.0.2.46") == []


def test_visits_older_than_the_retention_rule_are_not_imported(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    old = DAY - timedelta(days=15 * 31)  # the visit_record rule keeps 14 months
    log = write(tmp_path / "access.log", [line(at=old), line(at=DAY)])
    result = run(database, clerk, log)
    assert (result.counts.new, result.counts.too_old) == (1, 1)
    assert [r.visited_at for r in visit_rows(database)] == [DAY]


def test_the_retention_sweep_and_erasure_treat_log_visits_right(
    database: Database, clerk: Actor, tmp_path: Path, clock: FixedClock
) -> None:
    janis = add_customer(database, "janis", "janis@example.lv")
    log = write(
        tmp_path / "access.log",
        [line("192.0.2.1", target="/a/", user="janis"), line("192.0.2.2", target="/b/")],
    )
    run(database, clerk, log)
    with database.unit_of_work() as session:
        execute_erasure(session, clerk, plan_erasure(session, janis))
    assert [(r.ip_address, r.customer_id) for r in visit_rows(database)] == [("192.0.2.2", None)]
    clock.advance(timedelta(days=15 * 31))
    swept = retention.sweep(database.unit_of_work, clerk)
    assert swept.deleted["visit_record"] == 1  # linked to nobody, yet deleted when due
    assert visit_rows(database) == []


def test_a_dry_run_counts_what_a_run_would_do_and_writes_nothing(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    files = rotated_set(tmp_path)
    preview = run(database, clerk, *files, dry_run=True, batch_size=2)
    assert preview.dry_run and visit_rows(database) == []
    with database.session() as session:
        assert audit_repo.count(session) == 1  # the database's creation only
    real = run(database, clerk, *files, batch_size=2)
    assert preview.counts == real.counts


def test_one_audit_entry_per_run_with_counts_only(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    run(database, clerk, *rotated_set(tmp_path))
    with database.session() as session:
        entry = audit_repo.page_newest_first(session, None, 1)[0]
    assert entry.action == AuditAction.ACCESS_LOG_IMPORTED
    assert entry.details == {
        "files": 3,
        "counts": {
            "new": 5,
            "unchanged": 0,
            "skipped": 3,
            "too_old": 0,
            "rejected": 0,
            "linked": 0,
        },
    }
    assert "192.0.2" not in json.dumps(entry.details) + entry.subject_id + entry.reason


def test_malformed_and_cut_off_lines_are_counted_with_their_line_numbers(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    good = line(target="/viens/")
    too_long = line(target="/" + "x" * (access_log.MAX_LINE + 10))
    log = tmp_path / "access.log"
    log.write_bytes(
        f"{good}\nthis is no log line\n\n{too_long}\n{line(target='/divi/')}\n".encode()
        + line(target="/trīs/").encode()[:-25]  # the server stopped while writing
    )
    result = run(database, clerk, log)
    assert (result.counts.new, result.counts.rejected) == (2, 3)
    assert [(r.file, r.line, r.message()) for r in result.rejections] == [
        (str(log), 2, "not a line in the combined log format"),
        (str(log), 4, f"the line is longer than {access_log.MAX_LINE} bytes"),
        (str(log), 6, "the line is cut off (no end of line)"),
    ]
    # A last line without its line break but whole is a visit like any other.
    whole = write(tmp_path / "whole.log", [])
    whole.write_bytes(line(target="/cetri/").encode())
    assert run(database, clerk, whole).counts.new == 1


def test_a_file_that_is_no_access_log_stops_the_run_before_anything_is_written(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    good = write(tmp_path / "access.log", [line()])
    csv = tmp_path / "customers.csv"
    csv.write_text("name;email;ip\nĢirts Ķēniņš-Žūriņa;girts@example.lv;192.0.2.1\n" * 30)
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(3000))
    for bad in (csv, binary):
        with pytest.raises(NotAnAccessLog) as refused:
            run(database, clerk, good, bad)
        assert refused.value.message() == (
            f"{bad.name} is not a web-server access log in the combined format; "
            "nothing was imported."
        )
        assert "Ģirts" not in str(refused.value)
    with pytest.raises(FileUnreadable):
        run(database, clerk, good, tmp_path / "missing.log")
    assert visit_rows(database) == []


def test_a_damaged_gz_is_refused_whole(database: Database, clerk: Actor, tmp_path: Path) -> None:
    lines = [line(f"192.0.2.{n % 250}", DAY, f"/lapa-{n}/") for n in range(3000)]
    whole = gzip.compress("".join(f"{text}\n" for text in lines).encode())
    cut = tmp_path / "access.log.2.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    flipped = tmp_path / "access.log.3.gz"
    flipped.write_bytes(whole[:-8] + bytes(8))  # the checksum and length trailer spoilt
    good = write(tmp_path / "access.log", [line()])
    for damaged in (cut, flipped):
        with pytest.raises(AccessLogDamaged) as refused:
            run(database, clerk, good, damaged, batch_size=100)
        assert damaged.name in refused.value.message()
    assert visit_rows(database) == []


def test_cancelling_keeps_the_batches_written_and_audits_them(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    lines = [line("192.0.2.1", DAY - timedelta(seconds=n), f"/p{n}/") for n in range(50)]
    log = write(tmp_path / "access.log", lines)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return len(seen) < 2

    with pytest.raises(Cancelled):
        run(database, clerk, log, progress=progress, batch_size=10)
    assert len(visit_rows(database)) == 20
    assert seen[0][1] == log.stat().st_size and 0 < seen[0][0] < seen[1][0]
    with database.session() as session:
        entry = audit_repo.page_newest_first(session, None, 1)[0]
    assert entry.action == AuditAction.ACCESS_LOG_IMPORTED and entry.details["counts"]["new"] == 20


def test_a_log_with_nothing_to_write_still_reports_progress_and_can_be_cancelled(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    old = DAY - timedelta(days=600)
    log = write(tmp_path / "access.log", [line(at=old, target=f"/p{n}/") for n in range(50)])
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return False

    with pytest.raises(Cancelled):
        run(database, clerk, log, progress=progress, batch_size=10)
    assert len(seen) == 1 and 0 < seen[0] < log.stat().st_size


# --- finding visits linked to nobody ------------------------------------------------------


def test_visits_linked_to_nobody_are_found_by_ip(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    run(database, clerk, *rotated_set(tmp_path))
    with database.unit_of_work() as session:
        found = visits.find_by_ip(session, clerk, " 198.51.100.7 ")
        assert found.total == 2
        assert [v.page for v in found.visits] == ["/produkts/lelle/", "/"]
        assert found.visits[1].site_search == "dāvana" and found.visits[1].customer_id is None
        assert visits.find_by_ip(session, clerk, "2001:db8::1").total == 0
        with pytest.raises(IpAddressInvalid):
            visits.find_by_ip(session, clerk, "janis@example.lv")
    with database.session() as session:
        entry = audit_repo.page_newest_first(session, None, 1)[0]
    assert entry.action == AuditAction.VISITS_LOOKED_UP
    assert entry.details == {"found": 0, "shown": 0}


# --- the command line ---------------------------------------------------------------------


def test_command_line(
    database: Database,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from minime_admin.cli import main

    db = database.location
    database.close()
    files = [str(p) for p in rotated_set(tmp_path)]
    bad = tmp_path / "broken.log"
    bad.write_bytes(f"{line(target='/x/')}\nnonsense\n".encode())
    argv = ["--db", db, "import", "access-log", *files, str(bad)]
    assert main([*argv, "--dry-run", "--json"], clock) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["dry_run"] and preview["counts"]["new"] == 6
    assert preview["rejected"] == [
        {"file": str(bad), "line": 2, "reason": "not a line in the combined log format"}
    ]
    assert main(argv, clock) == 0
    printed = capsys.readouterr().out
    assert "new 6" in printed and f"rejected: {bad} line 2" in printed
    assert main([*argv, "--json"], clock) == 0
    again = json.loads(capsys.readouterr().out)["counts"]
    assert (again["new"], again["unchanged"]) == (0, 6)

    assert main(["--db", db, "visits", "--ip", "203.0.113.5", "--json"], clock) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["total"] == 1 and found["visits"][0]["site_search"] == "šalle"
    assert main(["--db", db, "visits", "--ip", "203.0.113.5"], clock) == 0
    assert "no customer" in capsys.readouterr().out

    monkeypatch.setenv("MINIME_ADMIN_LANG", "lv")
    gz = tmp_path / "cut.log.gz"
    gz.write_bytes(gzip.compress(b"x" * 5000)[:30])
    assert main(["--db", db, "import", "access-log", str(gz)], clock) == 1
    error = capsys.readouterr().err
    assert "cut.log.gz" in error and "Traceback" not in error and error.count("\n") == 1


# --- the real sample ----------------------------------------------------------------------

SAMPLE = "access-logs/apache-combined-sample.log"


@pytest.fixture
def sample() -> Path:
    path = shared_data() / SAMPLE
    if not path.is_file():
        pytest.skip(f"the shared sample {SAMPLE} is not at {path} (set MINIME_SHARED_DATA)")
    return path


def test_the_real_apache_sample(
    database: Database, clerk: Actor, sample: Path, clock: FixedClock, tmp_path: Path
) -> None:
    clock.set(datetime(2015, 5, 25, 10, 0, tzinfo=UTC))  # a week after it was written
    result = run(database, clerk, sample)
    counts = result.counts
    assert counts.new + counts.unchanged + counts.skipped + counts.rejected == 5000
    assert counts.too_old == 0 and counts.new > 1000 and counts.skipped > 1000
    assert all(1 <= r.line <= 5000 for r in result.rejections)
    again = run(database, clerk, sample)
    assert again.counts.new == 0 and again.counts.unchanged == counts.new + counts.unchanged
    # The same file cut off in its last line, as a log copied while the server writes.
    cut = tmp_path / "sample.log"
    shutil.copyfile(sample, cut)
    data = cut.read_bytes()
    cut.write_bytes(data[: len(data) - 40])
    last = run(database, clerk, cut)
    assert last.counts.new == 0 and last.counts.rejected == counts.rejected + 1
    assert last.rejections[-1].line == 5000


# --- migration 0011 -----------------------------------------------------------------------


def test_a_database_from_before_0015_takes_log_visits(
    tmp_path: Path, clock: FixedClock, clerk: Actor
) -> None:
    import sqlalchemy as sa

    from minime_admin.services import database as db_service
    from minime_admin.store import migrate
    from minime_admin.store.sqlcipher import Secret, make_engine

    path, secret = tmp_path / "old.db", Secret(raw_key=os.urandom(32))
    engine = make_engine(path, secret)
    migrate.upgrade(engine, None, target="0014")
    with engine.begin() as connection:
        tables = sa.MetaData()
        tables.reflect(connection, only=("visit_records",))
        connection.execute(
            tables.tables["visit_records"].insert(),
            {
                "visitor_id": "woocommerce-order-7",
                "ip_address": "198.51.100.7",
                "browser": "Firefox",
                "browser_version": "120.0",
                "operating_system": "Linux",
                "language": "",
                "page": "/checkout/",
                "time_on_page_s": 0,
                "visited_at": DAY.replace(tzinfo=None),
            },
        )
    engine.dispose()
    database = db_service.open_with_secret(path, secret, db_service.Unlock.KEYCHAIN, clock=clock)
    try:
        result = run(database, clerk, *rotated_set(tmp_path))
        assert result.counts.new == 5
        with database.unit_of_work() as session:
            found = visits.find_by_ip(session, clerk, "198.51.100.7")
        assert [v.page for v in found.visits] == ["/checkout/", "/produkts/lelle/", "/"]
        assert [r.line_key is None for r in visit_rows(database)] == [True] + [False] * 5
    finally:
        database.close()
