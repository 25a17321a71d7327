"""`migrate-to-server`: a file's data into an empty server database, verified (issue #18.5)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from conftest import SeedShop
from sqlalchemy import text

from minime_admin.cli import main
from minime_admin.demo.requests import seed_demo_requests
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.services import database as db_service
from minime_admin.services import server_database, server_move
from minime_admin.store import session as store_session


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled_file(seed_shop: SeedShop, clerk: Actor) -> Path:
    database = seed_shop(customers=60, seed=5)
    with database.unit_of_work() as session:
        seed_demo_requests(session, 25, 5, store_session.today(session), clerk)
    assert database.path is not None
    database.close()
    return database.path


def test_the_move_copies_every_row_verifies_and_leaves_the_file(
    filled_file: Path,
    pg_server: object,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _digest(filled_file)
    empty = pg_server.new_database(template=None)  # type: ignore[attr-defined]
    url = pg_server.url(empty)  # type: ignore[attr-defined]
    code = main(["--db", str(filled_file), "migrate-to-server", url, "--json"], clock)
    out = capsys.readouterr()
    assert code == 0, out.err
    moved = json.loads(out.out)
    assert moved["rows"]["customers"] == 60 and moved["rows"]["requests"] == 25
    assert moved["audit_entries_verified"] > 1 and moved["customers_indexed"] == 60
    assert _digest(filled_file) == before  # only read

    # Every table holds on the server what the file holds.
    file_db = db_service.open_database(filled_file, db_service.system_keychain(), clock=clock)
    with file_db.session() as session:
        in_file = {t.name: server_move._count(session, t) for t in server_move.tables()}
    file_db.close()
    assert moved["rows"] == in_file
    for table, rows in in_file.items():
        on_server = pg_server.sql(f'SELECT count(*) FROM "{table}"', dbname=empty)  # type: ignore[attr-defined]
        assert on_server == [(rows,)], table

    # The same commands now work on the server: the audit chain, a search, a new request.
    assert main(["--db", url, "audit", "verify", "--json"], clock) == 0
    assert json.loads(capsys.readouterr().out)["intact"] is True
    location = server_database.location_of(url)
    assert isinstance(location, server_database.ServerLocation)
    opened = server_database.open_server(location, None, clock=clock)
    from minime_admin.domain.requests import Channel, RequestType
    from minime_admin.services import customer_search, requests

    with opened.session() as session:
        someone = session.execute(text("SELECT last_name FROM customers LIMIT 1")).scalar_one()
        assert customer_search.search(session, someone)
    with opened.unit_of_work() as session:  # ids continue after the copied ones
        requests.open_request(
            session,
            Actor("Test Clerk", Role.STAFF),
            requests.NewRequest(
                type=RequestType.ACCESS,
                channel=Channel.EMAIL,
                received_at=clock.now(),
                requester_name="A. Person",
                requester_email="a.person@example.lv",
                text="Please send me my data.",
            ),
        )
    opened.close()
    pg_server.drop_database(empty)  # type: ignore[attr-defined]


def test_a_database_that_is_not_empty_is_refused(
    filled_file: Path, pg_url: str, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(filled_file)
    assert main(["--db", str(filled_file), "migrate-to-server", pg_url], clock) == 1
    assert "already holds tables" in capsys.readouterr().err
    assert _digest(filled_file) == before


def test_a_server_url_is_not_a_file_to_move(
    pg_url: str, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", pg_url, "migrate-to-server", pg_url], clock) == 1
    assert "database file, not a server" in capsys.readouterr().err
