"""The import runs history any importer records through one small function (issue #12)."""

from __future__ import annotations

import csv
import io
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, inspect, select
from sqlalchemy.orm import Session

from minime_admin.domain.import_runs import RunOutcome
from minime_admin.importers.records import NO_EMAIL, TOO_LONG, Rejection
from minime_admin.services import import_runs, server_database
from minime_admin.services.database import Database
from minime_admin.store import migrate
from minime_admin.store.import_run_models import ImportRejection, ImportRun
from minime_admin.store.sqlcipher import Secret, make_engine

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)


def test_a_file_source_records_its_runs_beside_the_shop(database: Database, clock: Any) -> None:
    rows = [Rejection("lines", 7, None, TOO_LONG, {"field": "email", "limit": 254})]
    with database.unit_of_work() as session:
        import_runs.record_run(
            session, "woocommerce", False, RunOutcome.FINISHED, {"orders": {"new": 3}}
        )
        clock.advance(timedelta(minutes=5))
        run_id = import_runs.record_run(
            session, "csv_customers", True, RunOutcome.CANCELLED, {"lines": {"new": 2}}, rows
        )
    with database.session() as session:
        runs = import_runs.last_runs(session)
        assert set(runs) == {"woocommerce", "csv_customers"}
        file_run = runs["csv_customers"]
        assert file_run.id == run_id and file_run.dry_run
        assert file_run.outcome is RunOutcome.CANCELLED and file_run.total("new") == 2
        assert import_runs.rejections(session, run_id) == rows
        assert rows[0].message() == "the field email is longer than 254 characters"


# A newsletter list's file name, as long as a file system allows a name to be (255 bytes).
LONG_NAME = "jaunumu-abonenti-ēdnīca-" + "ziemas-akcija-2026-" * 11 + "eksports.csv"


def test_a_long_file_name_is_kept_whole(database: Database) -> None:
    """The part of a rejected row is the file's whole name, on both backends: it used to be
    32 characters wide, so PostgreSQL refused a longer one and the service cut it."""
    assert len(LONG_NAME.encode()) <= 255 and len(LONG_NAME) > 200
    rows = [Rejection(LONG_NAME, 3, None, NO_EMAIL), Rejection(LONG_NAME[:40], 4, None, NO_EMAIL)]
    with database.unit_of_work() as session:
        run_id = import_runs.record_run(
            session, "newsletter", False, RunOutcome.FINISHED, {LONG_NAME: {"rejected": 2}}, rows
        )
    with database.session() as session:
        assert import_runs.rejections(session, run_id) == rows


def _rejection_run(part: str) -> ImportRun:
    now = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
    return ImportRun(
        source="newsletter",
        started_at=now,
        finished_at=now,
        dry_run=False,
        outcome="finished",
        counts={},
        rejected=1,
        rejections=[ImportRejection(part=part, position=1, reason=NO_EMAIL, params={})],
    )


def test_migration_0028_widens_the_part_and_keeps_what_was_there(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """From 0027 (part VARCHAR(32)) to the head, on the backend's own engine: the rows and the
    index on run_id stay (SQLite copies the table), and a long name fits afterwards."""
    name = None
    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        name = server.new_database(template=None)
        location = server_database.location_of(server.url(name))
        assert isinstance(location, server_database.ServerLocation)
        engine: Engine = server_database.connect(location, None)
    else:
        engine = make_engine(tmp_path / "old.db", Secret(raw_key=os.urandom(32)))
    try:
        migrate.upgrade(engine, None, target="0027")
        with Session(engine) as session, session.begin():
            session.add(_rejection_run("x" * 32))
        migrate.upgrade(engine, None)
        assert migrate.current_revision(engine) == migrate.head_revision()
        with Session(engine) as session, session.begin():
            session.add(_rejection_run(LONG_NAME))
        with Session(engine) as session:
            parts = session.execute(select(ImportRejection.part).order_by(ImportRejection.id))
            assert list(parts.scalars()) == ["x" * 32, LONG_NAME]
        indexes = inspect(engine).get_indexes("import_rejections")
        assert [i["column_names"] for i in indexes] == [["run_id"]]
    finally:
        engine.dispose()
        if name is not None:
            server.drop_database(name)


def test_rejected_rows_are_kept_for_the_newest_runs_only(database: Database) -> None:
    ids = []
    with database.unit_of_work() as session:
        for _ in range(import_runs.KEEP_REJECTIONS + 2):
            ids.append(
                import_runs.record_run(
                    session,
                    "woocommerce",
                    False,
                    RunOutcome.FINISHED,
                    {"customers": {"rejected": 1}},
                    [Rejection("customers", 1, "100", NO_EMAIL)],
                )
            )
    with database.session() as session:
        kept = [bool(import_runs.rejections(session, i)) for i in ids]
        assert kept == [False, False] + [True] * import_runs.KEEP_REJECTIONS
        oldest = import_runs.run(session, ids[0])
        assert oldest is not None and oldest.rejected == 1  # the count stays


@given(st.text(max_size=40), st.integers(min_value=1, max_value=10**6))
def test_no_csv_cell_starts_a_formula(ident: str, position: int) -> None:
    data = import_runs.rejections_csv([Rejection("orders", position, ident, NO_EMAIL)])
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    cell = rows[1][2]
    assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert cell.removeprefix("'") == ident or cell == ident
