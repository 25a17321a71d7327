"""The import runs history any importer records through one small function (issue #12)."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from minime_admin.domain.import_runs import RunOutcome
from minime_admin.importers.records import NO_EMAIL, TOO_LONG, Rejection
from minime_admin.services import import_runs
from minime_admin.services.database import Database

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
