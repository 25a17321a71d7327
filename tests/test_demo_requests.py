"""The demo inbox: every status, some overdue, references in order of receipt."""

from __future__ import annotations

from datetime import date

from minime_admin.demo.customers import seed_demo
from minime_admin.demo.requests import seed_demo_requests
from minime_admin.domain.actor import Actor
from minime_admin.domain.requests import OPEN_STATUSES, Status
from minime_admin.services import audit, requests
from minime_admin.services import database as db_service

AS_OF = date(2026, 11, 25)


def test_demo_requests_cover_every_status_and_some_are_overdue(
    database: db_service.Database, clerk: Actor
) -> None:
    with database.unit_of_work() as session:
        seed_demo(session, customers=60, seed=5, as_of=AS_OF, actor=clerk)
        assert seed_demo_requests(session, 80, seed=5, as_of=AS_OF, actor=clerk) == 80
        query = requests.inbox_query(AS_OF, show_unverified=True)
        rows = requests.list_requests(session, query, limit=1000)
        counts = requests.status_counts(session, query)
        with_tests = requests.count_requests(
            session, requests.inbox_query(AS_OF, show_unverified=True, include_tests=True)
        )
        detail = requests.get_request(session, rows[0].id)
        assert audit.verify(session).intact
    assert all(counts[status] > 0 for status in Status)
    overdue = [r for r in rows if r.status in OPEN_STATUSES and r.days_left(AS_OF) < 0]
    assert overdue
    assert with_tests > len(rows)  # test requests exist and are left out by default
    by_receipt = sorted(rows, key=lambda r: r.received_at)
    assert [r.reference for r in by_receipt] == sorted(r.reference for r in rows)
    assert detail.timeline[0].kind == "created" and detail.requester_name


def test_demo_requests_are_deterministic(
    database: db_service.Database, clerk: Actor, tmp_path: object
) -> None:
    def snapshot() -> list[tuple[str, str, str]]:
        with database.unit_of_work() as session:
            rows = requests.list_requests(
                session, requests.inbox_query(AS_OF, show_unverified=True), limit=100
            )
        return [(r.reference, r.status.value, r.requester) for r in rows]

    with database.unit_of_work() as session:
        seed_demo(session, customers=30, seed=9, as_of=AS_OF, actor=clerk)
        seed_demo_requests(session, 40, seed=9, as_of=AS_OF, actor=clerk)
    first = snapshot()
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM request_events")
        connection.exec_driver_sql("DELETE FROM requests")
    with database.unit_of_work() as session:
        seed_demo_requests(session, 40, seed=9, as_of=AS_OF, actor=clerk)
    assert snapshot() == first
