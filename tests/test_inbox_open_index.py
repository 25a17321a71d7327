"""The inbox's default view reads its first page off the open requests' partial index
(ix_requests_open_due, migration 0027; issue #18.8): without it PostgreSQL stepped through
tens of thousands of closed requests, due long ago, before it had 200 open ones.

On both backends the page is the right one, whatever order the statuses come in; on
PostgreSQL the plan of the very statement the service runs uses the index. That holds only
while the status filter reaches the planner as constants (request_repo renders it
literally), which a bound parameter would silently break.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import event, select, text

from minime_admin.demo.requests import seed_demo_requests
from minime_admin.domain.actor import Actor
from minime_admin.domain.requests import EFFECTIVE_AT_INTAKE, OPEN_STATUSES, HoldReason, Status
from minime_admin.services import database as db_service
from minime_admin.services import requests
from minime_admin.store.request_models import DataRequest

BOTH_BACKENDS = True
TODAY = date(2026, 11, 25)
OPEN = tuple(s.value for s in Status if s in OPEN_STATUSES)


def expected_first_page(database: db_service.Database) -> list[int]:
    """The default view worked out in Python from every request."""
    hide_before = requests.inbox_query(TODAY).hide_unverified_received_before
    assert hide_before is not None
    with database.session() as session:
        everything = session.execute(select(DataRequest)).scalars().all()

    def shown(r: DataRequest) -> bool:
        waiting = r.status == Status.IDENTITY_CHECK.value or (
            r.status == Status.ON_HOLD.value and r.hold_reason == HoldReason.AWAITING_IDENTITY.value
        )
        stale = waiting and r.type not in EFFECTIVE_AT_INTAKE and r.received_on < hide_before
        return r.status in OPEN and not r.is_test and not stale

    return [r.id for r in sorted(filter(shown, everything), key=lambda r: (r.due_on, r.id))][:200]


def test_the_open_requests_first_page_is_read_off_their_own_index(
    database: db_service.Database, clerk: Actor, backend: str
) -> None:
    with database.unit_of_work() as session:
        seed_demo_requests(session, 3000, seed=5, as_of=TODAY, actor=clerk)
        if backend == "postgresql":
            session.execute(text("ANALYZE requests"))
    expected = expected_first_page(database)
    assert len(expected) == 200

    ran: list[tuple[str, Any]] = []

    def remember(_c: Any, _cur: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if statement.lstrip().startswith("SELECT requests.id"):
            ran.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", remember)
    try:
        with database.session() as session:
            for statuses in (OPEN, tuple(reversed(OPEN))):
                query = requests.inbox_query(TODAY, statuses=statuses)
                assert [r.id for r in requests.list_requests(session, query, 0, 200)] == expected
    finally:
        event.remove(database.engine, "before_cursor_execute", remember)
    # The filter reached the database as the index's own condition, in the same order.
    assert all(
        "status IN ('received', 'identity_check', 'in_progress', 'on_hold')" in s for s, _ in ran
    )

    if backend == "postgresql":
        statement, parameters = ran[-1]
        with database.session() as session:
            cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            cursor.execute("EXPLAIN " + statement, parameters)
            plan = "\n".join(row[0] for row in cursor.fetchall())
        assert "ix_requests_open_due" in plan, plan


def test_other_status_filters_still_list_their_own_requests(
    database: db_service.Database, clerk: Actor
) -> None:
    with database.unit_of_work() as session:
        seed_demo_requests(session, 300, seed=6, as_of=TODAY, actor=clerk)
    with database.session() as session:
        everything = session.execute(select(DataRequest)).scalars().all()
        for statuses in ((Status.COMPLETED.value,), (Status.ON_HOLD.value, "received")):
            query = requests.inbox_query(TODAY, statuses=statuses, show_unverified=True)
            found = requests.list_requests(session, query, 0, 1000)
            wanted = sorted(
                (r for r in everything if r.status in statuses and not r.is_test),
                key=lambda r: (r.due_on, r.id),
            )
            assert [r.id for r in found] == [r.id for r in wanted] and found
