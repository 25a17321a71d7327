"""Assigning requests and linking them to customers (#15.7), as a service and on the command
line: who may be assigned, the timeline, and an audit log of codes and ids only."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from conftest import TEST_NOW
from sqlalchemy import select

from minime_admin.cli import main
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestEventKind, RequestType, Status
from minime_admin.errors import NotFound
from minime_admin.services import database as db_service
from minime_admin.services import requests, users
from minime_admin.store.models import Customer
from minime_admin.store.system_models import AuditEntry

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def new(request_type: RequestType = RequestType.ACCESS, **changes: object) -> requests.NewRequest:
    values: dict[str, object] = {
        "type": request_type,
        "channel": Channel.EMAIL,
        "received_at": datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
        "requester_name": "Ģirts Ķēniņš-Žūriņa",
        "requester_email": "nobody-matches@example.lv",
        "text": "Lūdzu kopiju.",
    }
    values.update(changes)
    return requests.NewRequest(**values)  # type: ignore[arg-type]


@pytest.fixture
def shop(database: db_service.Database, clerk: Actor) -> db_service.Database:
    with database.unit_of_work() as session:
        for number, first in ((1, "Ģirts"), (2, "Anna")):
            session.add(
                Customer(
                    id=number,
                    first_name=first,
                    last_name="Bērziņa",
                    email=f"c{number}@example.lv",
                    language="lv",
                    created_at=NOW,
                )
            )
        session.flush()
        # Only a manager adds users, and the first user is one (#15.4).
        users.add_user(session, clerk, "Test Manager", Role.MANAGER, "a long password")
        users.add_user(
            session, clerk, "Līga Ozola", Role.STAFF, by=("Test Manager", "a long password")
        )
    return database


def details_of(session: object, action: AuditAction) -> list[dict[str, object]]:
    rows = session.scalars(  # type: ignore[attr-defined]
        select(AuditEntry).where(AuditEntry.action == action.value).order_by(AuditEntry.seq)
    )
    return [row.details for row in rows]


def test_assigning_to_a_user_to_oneself_and_to_nobody(
    shop: db_service.Database, clerk: Actor
) -> None:
    with shop.unit_of_work() as session:
        request_id = requests.open_request(session, clerk, new()).request_id
        assert requests.assignable_names(session, clerk) == sorted(
            ["Līga Ozola", "Test Manager", clerk.name], key=str.casefold
        )
        assert requests.assign(session, clerk, request_id, "Līga Ozola") == "Līga Ozola"
        assert requests.assign(session, clerk, request_id, clerk.name) == clerk.name
        assert requests.assign(session, clerk, request_id, clerk.name) == clerk.name  # no-op
        assert requests.assign(session, clerk, request_id, None) is None
        detail = requests.get_request(session, request_id)
        assigned = [e for e in detail.timeline if e.kind is RequestEventKind.ASSIGNED]
        liga = users.list_users(session)[0].id
        audited = details_of(session, AuditAction.REQUEST_ASSIGNED)
    assert detail.assignee is None
    assert [e.text for e in assigned] == ["Līga Ozola", clerk.name, ""]
    # Codes and ids only: no name in the audit details.
    assert audited == [
        {"has_assignee": True, "to_self": False, "user_id": liga, "was_assigned": False},
        {"has_assignee": True, "to_self": True, "user_id": None, "was_assigned": True},
        {"has_assignee": False, "to_self": False, "user_id": None, "was_assigned": True},
    ]


def test_someone_who_is_not_a_user_cannot_be_assigned(
    shop: db_service.Database, clerk: Actor
) -> None:
    with shop.unit_of_work() as session:
        request_id = requests.open_request(session, clerk, new()).request_id
    with pytest.raises(requests.UnknownAssignee), shop.unit_of_work() as session:
        requests.assign(session, clerk, request_id, "Jānis Nezināmais")
    with shop.unit_of_work() as session:
        assert requests.get_request(session, request_id).assignee is None
        assert details_of(session, AuditAction.REQUEST_ASSIGNED) == []


def test_linking_changing_and_unlinking_a_customer(shop: db_service.Database, clerk: Actor) -> None:
    with shop.unit_of_work() as session:
        request_id = requests.open_request(session, clerk, new()).request_id
        requests.link_customer(session, clerk, request_id, 1)
        requests.link_customer(session, clerk, request_id, 2)
        requests.link_customer(session, clerk, request_id, 2)  # unchanged: nothing recorded
        requests.link_customer(session, clerk, request_id, None)
        with pytest.raises(NotFound):
            requests.link_customer(session, clerk, request_id, 999)
        detail = requests.get_request(session, request_id)
        linked = [e.text for e in detail.timeline if e.kind is RequestEventKind.CUSTOMER_LINKED]
        audited = details_of(session, AuditAction.REQUEST_CUSTOMER_LINKED)
    assert detail.customer_id is None
    assert linked == ["customer #1", "customer #2", "no customer"]
    assert audited == [
        {"customer_id": 1, "previous_customer_id": None},
        {"customer_id": 2, "previous_customer_id": 1},
        {"customer_id": None, "previous_customer_id": 2},
    ]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), FixedClock(TEST_NOW))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_assign_list_and_link_on_the_command_line(
    shop: db_service.Database,
    clerk: Actor,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with shop.unit_of_work() as session:
        first = requests.open_request(session, clerk, new()).reference
        second = requests.open_request(session, clerk, new(RequestType.UNSUBSCRIBE)).reference
    db = shop.location
    shop.close()
    monkeypatch.setenv("MINIME_ADMIN_USER", "Kārlis Kalniņš")

    code, out, _ = run(capsys, "--db", db, "requests", "assign", first, "--to", "Līga Ozola")
    assert code == 0 and "assigned to Līga Ozola" in out
    code, out, _ = run(capsys, "--db", db, "requests", "assign", second, "--to", "Kārlis Kalniņš")
    assert code == 0  # the one at the keyboard may take a request
    code, _, err = run(capsys, "--db", db, "requests", "assign", first, "--to", "Zane")
    assert code == 1 and "not one of the app's users" in err and "Traceback" not in err

    code, out, _ = run(capsys, "--db", db, "requests", "list", "--assignee", "Līga Ozola", "--json")
    assert [row["reference"] for row in json.loads(out)] == [first]

    code, out, _ = run(capsys, "--db", db, "requests", "link", first, "--customer", "2")
    assert code == 0 and "linked to customer 2" in out
    # Linking an unsubscribe makes it take effect at once (services/at_intake.py).
    code, out, _ = run(capsys, "--db", db, "requests", "link", second, "--customer", "1")
    assert code == 0 and "recorded and completed" in out
    code, out, _ = run(capsys, "--db", db, "requests", "show", second, "--json")
    shown = json.loads(out)
    assert shown["status"] == Status.COMPLETED.value and shown["customer_id"] == 1
    code, _, err = run(capsys, "--db", db, "requests", "link", first, "--customer", "77")
    assert code == 1 and "Traceback" not in err
    code, out, _ = run(capsys, "--db", db, "requests", "link", first, "--no-customer")
    assert code == 0 and "no customer linked" in out
