"""The request inbox's use cases on a real encrypted database."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from minime_admin import errors
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import (
    Channel,
    ErasureException,
    HoldReason,
    RefusalReason,
    RequestType,
    Status,
    TransitionRequest,
)
from minime_admin.services import audit, intake, requests
from minime_admin.services import database as db_service
from minime_admin.store.models import Customer, Order

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

EML = Path(__file__).parent / "data" / "eml"
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
RIGA_EVENING = datetime(2026, 3, 4, 22, 30, tzinfo=UTC)  # 5 March 00:30 in Riga


def new(**changes: object) -> requests.NewRequest:
    values: dict[str, object] = {
        "type": RequestType.ACCESS,
        "channel": Channel.EMAIL,
        "received_at": RIGA_EVENING,
        "requester_name": "Ģirts Ķēniņš-Žūriņa",
        "requester_email": "girts@example.lv",
        "text": "Lūdzu kopiju.",
    }
    values.update(changes)
    return requests.NewRequest(**values)  # type: ignore[arg-type]


@pytest.fixture
def shop(database: db_service.Database) -> db_service.Database:
    """Two customers and an order, enough to match requests against."""
    with database.unit_of_work() as session:
        session.add_all(
            [
                Customer(
                    id=1,
                    first_name="Ģirts",
                    last_name="Ķēniņš-Žūriņa",
                    email="Girts@Example.lv",
                    phone="+371 29 123 456",
                    language="lv",
                    created_at=NOW,
                ),
                Customer(
                    id=2,
                    first_name="Anna",
                    last_name="Bērziņa",
                    email="anna@example.lv",
                    phone="+371 26 000 001",
                    language="lv",
                    created_at=NOW,
                ),
                Order(
                    id=1,
                    customer_id=2,
                    number="100042",
                    placed_at=NOW,
                    status="completed",
                    total_cents=1999,
                ),
            ]
        )
    return database


def test_opening_computes_the_legal_due_date_from_the_riga_day(
    shop: db_service.Database, clerk: Actor
) -> None:
    with shop.unit_of_work() as session:
        opened = requests.open_request(session, clerk, new())
        detail = requests.get_request(session, opened.request_id)
    assert opened.reference == "DSR-2026-0001"
    assert detail.deadline.received == date(2026, 3, 5)
    assert opened.due_on == date(2026, 4, 7)  # Easter moves it past 5 and 6 April
    assert detail.customer_id == 1  # matched by e-mail, case-insensitive
    assert [e.kind for e in detail.timeline] == ["created"]
    assert detail.allowed[0] is Status.IDENTITY_CHECK


def test_references_count_up_per_year(shop: db_service.Database, clerk: Actor) -> None:
    with shop.unit_of_work() as session:
        refs = [requests.open_request(session, clerk, new()).reference for _ in range(3)]
        late = requests.open_request(
            session, clerk, new(received_at=datetime(2025, 12, 1, 9, tzinfo=UTC))
        )
    assert refs == ["DSR-2026-0001", "DSR-2026-0002", "DSR-2026-0003"]
    assert late.reference == "DSR-2025-0001"


def test_customer_matched_by_phone_or_order_number(shop: db_service.Database, clerk: Actor) -> None:
    with shop.unit_of_work() as session:
        by_phone = requests.open_request(
            session,
            clerk,
            new(requester_email=None, requester_phone="29123456", channel=Channel.PHONE),
        )
        by_order = requests.open_request(
            session, clerk, new(requester_email="other@x.lv", text="Pasūtījums #100042")
        )
        assert requests.get_request(session, by_phone.request_id).customer_id == 1
        assert requests.get_request(session, by_order.request_id).customer_id == 2


def test_a_second_open_request_of_the_same_type_is_flagged(
    shop: db_service.Database, clerk: Actor
) -> None:
    with shop.unit_of_work() as session:
        first = requests.open_request(session, clerk, new())
        second = requests.open_request(session, clerk, new())
        other_type = requests.open_request(session, clerk, new(type=RequestType.ERASURE))
    assert first.duplicates == ()
    assert second.duplicates == (first.reference,)
    assert other_type.duplicates == ()


@pytest.mark.parametrize(
    ("changes", "refusal"),
    [
        ({"requester_email": "not an address"}, errors.RequesterEmailInvalid),
        ({"received_at": NOW + timedelta(days=2)}, errors.ReceivedInFuture),
        ({"requester_name": "  "}, errors.RequesterNameNeeded),
    ],
)
def test_bad_intake_is_refused_and_nothing_stored(
    shop: db_service.Database,
    clerk: Actor,
    changes: dict[str, object],
    refusal: type[errors.InvalidInput],
) -> None:
    with pytest.raises(refusal), shop.unit_of_work() as session:
        requests.open_request(session, clerk, new(**changes))
        assert requests.count_requests(session, requests.inbox_query(NOW.date())) == 0


def test_transitions_write_the_timeline_and_the_audit_log(
    shop: db_service.Database, clerk: Actor
) -> None:
    with shop.unit_of_work() as session:
        opened = requests.open_request(session, clerk, new())
        rid = opened.request_id
        requests.transition(session, clerk, rid, TransitionRequest(Status.IDENTITY_CHECK))
        requests.transition(
            session,
            clerk,
            rid,
            TransitionRequest(Status.ON_HOLD, hold_reason=HoldReason.AWAITING_IDENTITY),
        )
        requests.transition(session, clerk, rid, TransitionRequest(Status.IN_PROGRESS))
        requests.transition(session, clerk, rid, TransitionRequest(Status.COMPLETED, text="Sent"))
        with pytest.raises(errors.IllegalTransition):
            requests.transition(session, clerk, rid, TransitionRequest(Status.IN_PROGRESS))
        detail = requests.get_request(session, rid)
        entries = audit.newest_first(session, limit=10)
        actions = [row.action for row in entries]
        assert audit.verify(session).intact
    assert detail.status is Status.COMPLETED and detail.allowed == ()
    assert [e.to_status for e in detail.timeline] == [
        "received",
        "identity_check",
        "on_hold",
        "in_progress",
        "completed",
    ]
    assert detail.timeline[2].reason_code == "awaiting_identity"
    assert actions.count("request.transition") == 4
    assert all("Sent" not in row.reason for row in entries)  # free text stays off the log


def test_refusal_keeps_its_reason(shop: db_service.Database, clerk: Actor) -> None:
    with shop.unit_of_work() as session:
        rid = requests.open_request(session, clerk, new(type=RequestType.ERASURE)).request_id
        requests.transition(
            session,
            clerk,
            rid,
            TransitionRequest(
                Status.REFUSED,
                refusal_reason=RefusalReason.ERASURE_EXCEPTION,
                erasure_exception=ErasureException.LEGAL_CLAIMS,
                text="Open chargeback on order 100042",
            ),
        )
        detail = requests.get_request(session, rid)
        entries = audit.newest_first(session, limit=1)
    assert detail.outcome == "art_17_3" and detail.outcome_text.startswith("Open chargeback")
    assert detail.refusal_exception is ErasureException.LEGAL_CLAIMS
    assert "chargeback" not in entries[0].reason  # the audit entry names the request only


def test_a_refusal_without_its_ground_changes_nothing(
    shop: db_service.Database, clerk: Actor
) -> None:
    with shop.unit_of_work() as session:
        rid = requests.open_request(session, clerk, new(type=RequestType.ERASURE)).request_id
    with shop.unit_of_work() as session:
        with pytest.raises(errors.ErasureExceptionNeeded):
            requests.transition(
                session,
                clerk,
                rid,
                TransitionRequest(
                    Status.REFUSED, refusal_reason=RefusalReason.ERASURE_EXCEPTION, text="Kept"
                ),
            )
        with pytest.raises(errors.RefusalNeedsGround):
            requests.transition(
                session,
                clerk,
                rid,
                TransitionRequest(
                    Status.REFUSED, refusal_reason=RefusalReason.UNFOUNDED_OR_EXCESSIVE
                ),
            )
        assert requests.get_request(session, rid).status is Status.RECEIVED


def test_phone_request_needs_the_identity_check_recorded(
    shop: db_service.Database, clerk: Actor
) -> None:
    with shop.unit_of_work() as session:
        rid = requests.open_request(session, clerk, new(channel=Channel.PHONE)).request_id
        with pytest.raises(errors.IdentityMethodNeeded):
            requests.transition(session, clerk, rid, TransitionRequest(Status.IN_PROGRESS))
        requests.transition(
            session,
            clerk,
            rid,
            TransitionRequest(Status.IN_PROGRESS),
            identity_method="Asked for order number and delivery address",
        )
        assert requests.get_request(session, rid).identity_method.startswith("Asked")


def test_extension_once_and_only_within_the_first_month(
    shop: db_service.Database, clerk: Actor, clock: FixedClock
) -> None:
    with shop.unit_of_work() as session:
        clock.set(datetime(2026, 3, 5, 12, tzinfo=UTC))
        rid = requests.open_request(session, clerk, new()).request_id
        clock.set(datetime(2026, 4, 8, 9, tzinfo=UTC))
        with pytest.raises(requests.ExtensionTooLate):
            requests.extend(session, clerk, rid, "Many requests")
        clock.set(datetime(2026, 4, 1, 9, tzinfo=UTC))
        due = requests.extend(session, clerk, rid, "Complex")
        assert due == date(2026, 6, 5)
        clock.set(datetime(2026, 4, 2, tzinfo=UTC))
        with pytest.raises(requests.AlreadyExtended):
            requests.extend(session, clerk, rid, "Again")
        detail = requests.get_request(session, rid)
    assert detail.due_on == date(2026, 6, 5) and detail.deadline.due == date(2026, 4, 7)
    assert detail.timeline[-1].kind == "extension"


def test_inbox_filters_counts_and_leaves_tests_out(shop: db_service.Database, clerk: Actor) -> None:
    today = date(2026, 11, 25)
    received = datetime(2026, 11, 2, 9, tzinfo=UTC)  # due 2 Dec: 7 days left
    with shop.unit_of_work() as session:
        for index in range(5):
            requests.open_request(
                session,
                clerk,
                new(
                    received_at=received - timedelta(days=index * 10),
                    requester_name=f"Bērziņš {index}",
                    requester_email=f"b{index}@x.lv",
                ),
            )
        requests.open_request(session, clerk, new(is_test=True, received_at=received))
        query = requests.inbox_query(today)
        rows = requests.list_requests(session, query)
        assert len(rows) == 5 and requests.count_requests(session, query) == 5
        assert [r.due_on for r in rows] == sorted(r.due_on for r in rows)
        assert rows[0].days_left(today) < 0 and rows[-1].days_left(today) == 7
        assert requests.status_counts(session, query)[Status.RECEIVED] == 5
        found = requests.list_requests(session, requests.inbox_query(today, text="BERZINS 3"))
        assert [r.requester for r in found] == ["Bērziņš 3"]
        due_soon = requests.inbox_query(today, due_within_days=7)
        assert requests.count_requests(session, due_soon) == 5
        overdue = requests.inbox_query(today, due_within_days=-1)
        assert requests.count_requests(session, overdue) == 4
        with_tests = requests.inbox_query(today, include_tests=True)
        assert requests.count_requests(session, with_tests) == 6


def test_long_unverified_requests_are_hidden_until_asked(
    shop: db_service.Database, clerk: Actor
) -> None:
    today = date(2026, 11, 25)
    with shop.unit_of_work() as session:
        old = requests.open_request(
            session, clerk, new(received_at=datetime(2026, 8, 1, 9, tzinfo=UTC))
        )
        requests.transition(
            session, clerk, old.request_id, TransitionRequest(Status.IDENTITY_CHECK)
        )
        requests.open_request(session, clerk, new())
        assert requests.count_requests(session, requests.inbox_query(today)) == 1
        shown = requests.inbox_query(today, show_unverified=True)
        assert requests.count_requests(session, shown) == 2


def test_eml_intake_end_to_end(shop: db_service.Database, clerk: Actor) -> None:
    data = (EML / "outlook-windows-1257-access.eml").read_bytes()
    with shop.unit_of_work() as session:
        preview = intake.preview_eml(session, data, "mail.eml")
        assert preview.suggested_types[0] is RequestType.ACCESS
        assert preview.match.customer_id is None  # anna.berzina@gmail.com is not on file
        opened = intake.open_from_email(session, clerk, preview, RequestType.ACCESS, customer_id=2)
        detail = requests.get_request(session, opened.request_id)
    assert detail.requester_email == "anna.berzina@gmail.com"
    assert "vēlos saņemt kopiju" in detail.text
    assert detail.received_at == datetime(2026, 11, 9, 7, 15, tzinfo=UTC)
    assert detail.due_on == date(2026, 12, 9) and detail.customer_id == 2


def test_attachments_are_stored_in_the_database_and_read_back(
    shop: db_service.Database, clerk: Actor
) -> None:
    data = (EML / "apple-mail-attachment-rectification.eml").read_bytes()
    with shop.unit_of_work() as session:
        preview = intake.preview_eml(session, data, "mail.eml")
        opened = intake.open_from_email(session, clerk, preview, RequestType.RECTIFICATION)
        detail = requests.get_request(session, opened.request_id)
        ((attachment_id, name, size),) = detail.attachments
        attachment = requests.read_attachment(session, clerk, attachment_id)
    assert name == "proof of address.pdf" and size == len(attachment.content)
    assert attachment.content.startswith(b"%PDF")
    shop.close()
    if shop.path is not None:  # the file is encrypted; a server is its own business
        assert b"proof of address" not in shop.path.read_bytes()


def test_references_go_past_9999(shop: db_service.Database, clerk: Actor) -> None:
    from minime_admin.store.request_models import DataRequest

    with shop.unit_of_work() as session:
        opened = requests.open_request(session, clerk, new())
        row = session.get(DataRequest, opened.request_id)
        assert row is not None
        row.reference = "DSR-2026-9999"
        assert requests.open_request(session, clerk, new()).reference == "DSR-2026-10000"
        assert requests.open_request(session, clerk, new()).reference == "DSR-2026-10001"


def test_link_customer_and_duplicate_check_before_opening(
    shop: db_service.Database, clerk: Actor
) -> None:
    with shop.unit_of_work() as session:
        opened = requests.open_request(session, clerk, new(requester_email="someone@else.lv"))
        assert requests.get_request(session, opened.request_id).customer_id is None
        requests.link_customer(session, clerk, opened.request_id, 2)
        detail = requests.get_request(session, opened.request_id)
        assert detail.customer_id == 2 and detail.timeline[-1].kind == "customer_linked"
        dupes = requests.likely_duplicates(session, RequestType.ACCESS, "someone@else.lv", None)
    assert dupes == [opened.reference]


def test_requests_of_one_customer(shop: db_service.Database, clerk: Actor) -> None:
    with shop.unit_of_work() as session:
        requests.open_request(session, clerk, new())  # customer 1 by e-mail
        requests.open_request(session, clerk, new(requester_email="x@y.lv"))
        mine = requests.list_requests(session, requests.inbox_query(NOW.date(), customer_id=1))
    assert len(mine) == 1


def test_a_declared_holiday_moves_new_deadlines(shop: db_service.Database, clerk: Actor) -> None:
    from minime_admin.services import holidays

    received = datetime(2026, 11, 20, 9, tzinfo=UTC)  # 20 Dec is a Sunday: due Mon 21 Dec
    with shop.unit_of_work() as session:
        before = requests.open_request(session, clerk, new(received_at=received))
        holidays.add_extra(session, clerk, date(2026, 12, 21), "Declared by the Saeima")
        after = requests.open_request(
            session, clerk, new(received_at=received, type=RequestType.ERASURE)
        )
        assert holidays.list_extra(session) == {date(2026, 12, 21): "Declared by the Saeima"}
    assert before.due_on == date(2026, 12, 21) and after.due_on == date(2026, 12, 22)
