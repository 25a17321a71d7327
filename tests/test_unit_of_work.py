"""Transactions at the boundary: a use case commits whole or not at all.

The erasure answering a request is one use case in two halves — the erasure itself, then the
request's completion. When the second half fails (here: a request taken by phone whose
identity check was never recorded may not move on), nothing of the first half may remain.
Before services stopped committing, the customer was erased and the request left open.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import SeedShop
from sqlalchemy import func, select

from minime_admin import errors
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType, Status
from minime_admin.services import audit, customer_page, customer_search, requests
from minime_admin.services import database as db_service
from minime_admin.services.erasure import execute_erasure, plan_erasure
from minime_admin.store import session as store_session
from minime_admin.store.system_models import AuditEntry

BOTH_BACKENDS = True  # the database fixture runs on the file and on PostgreSQL


@pytest.fixture
def shop(seed_shop: SeedShop) -> db_service.Database:
    return seed_shop(customers=12, seed=8)


def phone_erasure_request(database: db_service.Database, clerk: Actor, customer_id: int) -> int:
    """An erasure request taken by phone, its identity check not (yet) recorded."""
    with database.unit_of_work() as session:
        return requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ERASURE,
                Channel.PHONE,
                datetime(2026, 11, 24, 9, tzinfo=UTC),
                "Ģirts Ķēniņš-Žūriņa",
                "Lūdzu izdzēst manus datus",
                customer_id=customer_id,
            ),
        ).request_id


def audit_count(database: db_service.Database) -> int:
    with database.session() as session:
        return session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


def test_a_failing_second_half_leaves_nothing_of_the_first(
    shop: db_service.Database, clerk: Actor
) -> None:
    request_id = phone_erasure_request(shop, clerk, 2)
    with shop.session() as session:
        before = customer_page.read_customer_page(session, 2)
        hits_before = [h.id for h in customer_search.search(session, before.name.split()[-1])]
    entries_before = audit_count(shop)

    with pytest.raises(errors.IdentityMethodNeeded), shop.unit_of_work() as session:
        plan = plan_erasure(session, 2)
        execute_erasure(session, clerk, plan, request_id=request_id)  # fails at completion

    with shop.session() as session:
        assert customer_page.read_customer_page(session, 2) == before  # not erased
        assert [h.id for h in customer_search.search(session, before.name.split()[-1])] == (
            hits_before
        )
        assert requests.get_request(session, request_id).status is Status.RECEIVED
        assert audit.verify(session).intact
    assert audit_count(shop) == entries_before  # no "customer.erased" entry either

    # With the identity check recorded, the same combined action goes through whole.
    with shop.unit_of_work() as session:
        plan = plan_erasure(session, 2)
        outcome = execute_erasure(
            session, clerk, plan, request_id=request_id, identity_method="Called back"
        )
    assert outcome.completed_request
    with shop.session() as session:
        assert requests.get_request(session, request_id).status is Status.COMPLETED
        with pytest.raises(errors.AlreadyErased):
            plan_erasure(session, 2)


def test_after_commit_work_runs_only_once_committed(database: db_service.Database) -> None:
    ran: list[str] = []
    with database.unit_of_work() as session:
        store_session.after_commit(session, lambda: ran.append("committed"))
        assert ran == []
    assert ran == ["committed"]

    with pytest.raises(RuntimeError), database.unit_of_work() as session:
        store_session.after_commit(session, lambda: ran.append("rolled back"))
        raise RuntimeError("the use case failed")
    assert ran == ["committed"]


def test_every_instant_comes_from_the_one_clock(
    database: db_service.Database, clerk: Actor, clock: FixedClock
) -> None:
    clock.set(datetime(2027, 2, 1, 8, 30, tzinfo=UTC))
    with database.unit_of_work() as session:
        opened = requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ACCESS,
                Channel.EMAIL,
                datetime(2027, 1, 31, 22, 0, tzinfo=UTC),  # 1 February in Riga
                "Anna",
                "Kopiju, lūdzu",
            ),
        )
    with database.session() as session:
        detail = requests.get_request(session, opened.request_id)
        newest = audit.newest_first(session, limit=1)[0]
    assert newest.at == datetime(2027, 2, 1, 8, 30, tzinfo=UTC)
    assert detail.timeline[0].at == datetime(2027, 2, 1, 8, 30, tzinfo=UTC)
    assert opened.due_on == date(2027, 3, 1)  # 1 March 2027 is a Monday
