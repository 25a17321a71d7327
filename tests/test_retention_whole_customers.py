"""Issue #13 point 7: the sweep keeps the policy's promise for whole customers, accounting
documents, copies of ID documents and archived letters — and never touches a customer with a
hold, a restriction, an open request or an open order."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from conftest import TEST_NOW
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType, Status, TransitionRequest
from minime_admin.domain.retention import RULES_BY_KEY
from minime_admin.services import audit, requests, retention
from minime_admin.services import database as db_service
from minime_admin.store import letter_repo
from minime_admin.store.models import (
    Account,
    Customer,
    Invoice,
    LegalHold,
    Order,
    Restriction,
)
from minime_admin.store.request_models import ArchivedLetter, RequestAttachment


def _at(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def _customer(session: Session, key: str, last_active: datetime) -> int:
    person = Customer(
        first_name="Ģirts",
        last_name=f"Ķēniņš-{key}",
        email=f"{key}@example.lv",
        phone="+37129123456",
        created_at=_at(2019, 1, 1),
        last_activity_at=last_active,
    )
    session.add(person)
    session.flush()
    session.add(
        Account(
            customer_id=person.id,
            username=key,
            created_at=_at(2019, 1, 1),
            last_login_at=last_active,
        )
    )
    return person.id


def _order(
    session: Session, customer_id: int, number: str, placed: datetime, status: str = "completed"
) -> int:
    order = Order(
        customer_id=customer_id,
        number=number,
        placed_at=placed,
        status=status,
        completed_at=placed if status == "completed" else None,
        total_cents=1000,
        shipping_address="Rostokas 7, Rīga",
    )
    session.add(order)
    session.flush()
    if status == "completed":
        session.add(
            Invoice(
                order_id=order.id,
                number=f"INV-{number}",
                issued_at=placed,
                buyer_name="Ģirts Ķēniņš",
                total_cents=1000,
                vat_cents=174,
            )
        )
    return order.id


def _request(
    session: Session, actor: Actor, kind: RequestType, customer_id: int | None, when: datetime
) -> int:
    opened = requests.open_request(
        session,
        actor,
        requests.NewRequest(
            kind, Channel.EMAIL, when, "Ģirts Ķēniņš", "Lūdzu", "girts@example.lv",
            customer_id=customer_id,
        ),
        attachments=(requests.Attachment("pase.jpg", "image/jpeg", b"PASSPORT-COPY"),),
    )  # fmt: skip
    return opened.request_id


@pytest.fixture
def shop(database: db_service.Database, clerk: Actor, clock: FixedClock) -> dict[str, int]:
    """Customers at 2026-11-25: the customer_profile cutoff is 2023-11-25, accounting
    documents of financial years before 2021 are past their 60 months."""
    ids: dict[str, int] = {}
    with database.unit_of_work() as session:
        long_ago = _at(2022, 1, 5)
        for key in ("gone", "held", "restricted", "asking", "ordering", "was-held"):
            ids[key] = _customer(session, key, long_ago)
            ids[f"{key}-old-order"] = _order(session, ids[key], f"{key}-2019", _at(2019, 5, 2))
            _order(session, ids[key], f"{key}-2022", long_ago)
        ids["active"] = _customer(session, "active", _at(2026, 10, 1))
        ids["active-old-order"] = _order(session, ids["active"], "active-2019", _at(2019, 5, 2))
        # 1 January 2021, 00:30 in Riga: financial year 2021, although 2020 in UTC.
        ids["active-new-year"] = _order(
            session, ids["active"], "active-2021", _at(2020, 12, 31, 22, 30)
        )
        session.add(
            LegalHold(
                customer_id=ids["held"], kind="dispute", reason="Strīds",
                started_on=date(2022, 2, 1),
            )
        )  # fmt: skip
        session.add(
            Restriction(customer_id=ids["restricted"], reason="Apstrīd", started_at=long_ago)
        )
        # A dispute over an old order, settled in June: its record stays 12 months.
        session.add(
            LegalHold(
                customer_id=ids["was-held"], order_id=ids["was-held-old-order"],
                kind="dispute", reason="Strīds", started_on=date(2022, 2, 1),
                released_on=date(2026, 6, 1),
            )
        )  # fmt: skip
        _order(session, ids["ordering"], "ordering-open", long_ago, status="pending")
    # An access request by "asking", still open in identity check (its ID copy must stay),
    # and one whose identity was confirmed on 2 November (its copy must go).
    clock.set(_at(2026, 11, 1))
    with database.unit_of_work() as session:
        ids["open-request"] = _request(
            session, clerk, RequestType.ACCESS, ids["asking"], clock.now()
        )
        requests.transition(
            session, clerk, ids["open-request"], TransitionRequest(Status.IDENTITY_CHECK)
        )
        ids["confirmed"] = _request(session, clerk, RequestType.ACCESS, None, clock.now())
        requests.transition(
            session, clerk, ids["confirmed"], TransitionRequest(Status.IDENTITY_CHECK)
        )
        clock.set(_at(2026, 11, 2))
        requests.transition(session, clerk, ids["confirmed"], TransitionRequest(Status.IN_PROGRESS))
    # A question answered in 2021 (its letter past the request's 60 months) and one answered
    # last month (its letter stays).
    for key, day in (("old-answer", _at(2021, 3, 1)), ("new-answer", _at(2026, 10, 1))):
        clock.set(day)
        with database.unit_of_work() as session:
            ids[key] = _request(session, clerk, RequestType.LEGAL_BASIS_QUESTION, None, day)
            requests.transition(session, clerk, ids[key], TransitionRequest(Status.COMPLETED))
            ids[f"{key}-letter"] = letter_repo.archive(
                session, ids[key], "legal_basis_answer", "lv", clerk.name, "0" * 64, b"%PDF"
            )
    clock.set(TEST_NOW)
    return ids


def _gone(session: Session, model: type, ident: int) -> bool:
    return session.get(model, ident) is None


def test_the_sweep_erases_expired_customers_through_the_plan_and_never_protected_ones(
    database: db_service.Database, clerk: Actor, shop: dict[str, int]
) -> None:
    with database.unit_of_work() as session:
        due = {d.rule: d.records for d in retention.due_now(session)}
    assert due["customer_profile"] == 1  # only "gone": every other one is protected or active
    result = retention.sweep(database.unit_of_work, clerk)
    assert result.deleted["customer_profile"] == 1
    with database.unit_of_work() as session:
        gone = session.get(Customer, shop["gone"])
        assert gone is not None and gone.erased_at is not None
        assert gone.email is None and gone.identity_hash  # the salted-hash stub
        # The erasure plan kept the 2022 invoice accounting law requires, unchanged.
        kept = session.scalars(
            select(Invoice).join(Order).where(Order.customer_id == shop["gone"])
        ).all()
        assert [i.number for i in kept] == ["INV-gone-2022"] and kept[0].buyer_name
        for key in ("held", "restricted", "asking", "ordering", "active", "was-held"):
            person = session.get(Customer, shop[key])
            assert person is not None and person.erased_at is None, key
            assert person.email == f"{key}@example.lv", key
        erased = audit.newest_first(session, action=AuditAction.CUSTOMER_ERASED)
        assert len(erased) == 1 and str(shop["gone"]) in erased[0].subject
        assert "customer_profile" in erased[0].reason  # why, without a request
        assert retention.sweep_due(session) == 0


def test_accounting_documents_past_their_period_go_by_the_riga_financial_year(
    database: db_service.Database, clerk: Actor, shop: dict[str, int]
) -> None:
    retention.sweep(database.unit_of_work, clerk)
    with database.unit_of_work() as session:
        old = session.get(Order, shop["active-old-order"])
        assert old is not None and old.customer_id is None and old.shipping_address is None
        assert (
            session.scalar(
                select(func.count()).select_from(Invoice).where(Invoice.order_id == old.id)
            )
            == 0
        )
        new_year = session.get(Order, shop["active-new-year"])
        assert new_year is not None and new_year.customer_id == shop["active"]
        assert (
            session.scalar(
                select(func.count()).select_from(Invoice).where(Invoice.order_id == new_year.id)
            )
            == 1
        )
        for key in ("held", "restricted", "asking", "ordering"):
            protected = session.get(Order, shop[f"{key}-old-order"])
            assert protected is not None and protected.customer_id == shop[key], key


def test_id_copies_go_once_identity_is_settled_and_letters_with_the_request_record(
    database: db_service.Database, clerk: Actor, shop: dict[str, int]
) -> None:
    with database.unit_of_work() as session:
        due = {d.rule: d.records for d in retention.due_now(session)}
    # "confirmed", "old-answer" and "new-answer" are settled; "open-request" is not.
    assert due["identity_document"] == 3 and due["request_letter"] == 1
    retention.sweep(database.unit_of_work, clerk)
    with database.unit_of_work() as session:
        left = session.scalars(select(RequestAttachment.request_id)).all()
        assert left == [shop["open-request"]]
        assert _gone(session, ArchivedLetter, shop["old-answer-letter"])
        assert not _gone(session, ArchivedLetter, shop["new-answer-letter"])
        timeline = requests.get_request(session, shop["old-answer"]).timeline
        assert timeline  # the record of the answer stays, without the letter's PDF


def test_dry_run_json_lists_every_rule_with_its_due_count(
    database: db_service.Database,
    shop: dict[str, int],
    capsys: pytest.CaptureFixture[str],
    clock: FixedClock,
) -> None:
    path = str(database.path)
    database.close()
    assert main(clock=clock, argv=["--db", path, "retention", "sweep", "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    listed = {r["rule"]: r["due"] for r in report["rules"]}
    swept = set(RULES_BY_KEY) - {"marketing_objection", "published_content"}
    assert set(listed) == swept  # every rule with an end, each with its count
    assert listed["customer_profile"] == 1 and listed["accounting_document"] == 3
    assert listed["identity_document"] == 3 and listed["request_letter"] == 1
    before = {r["rule"]: r["before"] for r in report["rules"]}
    assert before["accounting_document"] == "2021-01-01"  # whole financial years only
