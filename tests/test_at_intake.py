"""#13.1: a marketing objection, unsubscribe or consent withdrawal takes effect at intake."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from minime_admin import errors
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import (
    Channel,
    HoldReason,
    RequestType,
    Status,
    TransitionRequest,
    check_transition,
)
from minime_admin.letters.model import LetterKind
from minime_admin.services import customer_actions, letters, requests
from minime_admin.services import database as db_service
from minime_admin.store import letter_repo
from minime_admin.store.models import ConsentEvent, Customer, NewsletterSubscription
from minime_admin.store.request_models import DataRequest

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
EARLIER = NOW - timedelta(days=300)


@pytest.fixture
def shop(database: db_service.Database) -> db_service.Database:
    """A subscribed customer who gave two consents (one English-speaking)."""
    with database.unit_of_work() as session:
        session.add(
            Customer(id=1, first_name="Ģirts", last_name="Ķēniņš-Žūriņa",
                     email="girts@example.lv", language="en", created_at=EARLIER)
        )  # fmt: skip
        session.flush()
        session.add_all(
            [
                NewsletterSubscription(customer_id=1, email="girts@example.lv",
                                       status="subscribed", subscribed_at=EARLIER),
                ConsentEvent(customer_id=1, purpose="newsletter", action="given",
                             occurred_at=EARLIER, channel="web_form"),
                ConsentEvent(customer_id=1, purpose="personalisation", action="given",
                             occurred_at=EARLIER, channel="web_form"),
            ]
        )  # fmt: skip
    return database


def new(request_type: RequestType, email: str | None = "girts@example.lv") -> requests.NewRequest:
    return requests.NewRequest(
        type=request_type,
        channel=Channel.PHONE,  # no identity method given: none is needed for these
        received_at=NOW - timedelta(hours=1),
        requester_name="Ģirts Ķēniņš-Žūriņa",
        requester_email=email,
        text="Please stop.",
    )


def pdf_text(pdf: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())


def test_a_matched_marketing_objection_stops_marketing_and_completes_with_its_letter(
    shop: db_service.Database, clerk: Actor
) -> None:
    with shop.unit_of_work() as session:
        assert customer_actions.marketing_audience(session) == [1]
        opened = requests.open_request(session, clerk, new(RequestType.MARKETING_OBJECTION))
    with shop.unit_of_work() as session:
        detail = requests.get_request(session, opened.request_id)
        assert detail.status is Status.COMPLETED
        assert customer_actions.marketing_audience(session) == []
        archived = letters.letters_of(session, opened.request_id)
        assert opened.confirmation_letter_id == archived[0].id
        assert [(r.kind, r.language) for r in archived] == [(LetterKind.MARKETING_OPT_OUT, "en")]
        stored = letter_repo.get(session, archived[0].id)
        assert stored is not None
        assert "no longer use your data for direct marketing" in pdf_text(stored.pdf)


def test_a_consent_withdrawal_matched_later_takes_effect_then(
    shop: db_service.Database, clerk: Actor
) -> None:
    with shop.unit_of_work() as session:
        opened = requests.open_request(
            session, clerk, new(RequestType.CONSENT_WITHDRAWAL, email=None)
        )
        assert requests.get_request(session, opened.request_id).status is Status.RECEIVED
        assert customer_actions.consents_in_force(session, 1) == ["newsletter", "personalisation"]
        requests.link_customer(session, clerk, opened.request_id, 1)
    with shop.unit_of_work() as session:
        assert requests.get_request(session, opened.request_id).status is Status.COMPLETED
        assert customer_actions.consents_in_force(session, 1) == []
        assert customer_actions.marketing_audience(session) == []  # the newsletter ended too
        (archived,) = letters.letters_of(session, opened.request_id)
        assert archived.kind == LetterKind.CONSENT_WITHDRAWN
        stored = letter_repo.get(session, archived.id)
        assert stored is not None
        text = pdf_text(stored.pdf)
    assert "receiving the newsletter" in text and "personalising content and offers" in text


def test_an_unmatched_unsubscribe_stays_visible_and_is_never_held_for_identity(
    shop: db_service.Database, clerk: Actor, clock: FixedClock
) -> None:
    with shop.unit_of_work() as session:
        opened = requests.open_request(
            session, clerk, new(RequestType.UNSUBSCRIBE, email="stranger@example.lv")
        )
        hold = TransitionRequest(Status.ON_HOLD, hold_reason=HoldReason.AWAITING_IDENTITY)
        with pytest.raises(errors.NoIdentityHoldAtIntake):
            requests.transition(session, clerk, opened.request_id, hold)
        detail = requests.get_request(session, opened.request_id)
        assert Status.IDENTITY_CHECK not in detail.allowed
        # An old one left waiting for identity before this rule is not hidden either.
        row = session.get(DataRequest, opened.request_id)
        assert row is not None
        row.status, row.hold_reason = Status.ON_HOLD.value, HoldReason.AWAITING_IDENTITY.value
    clock.advance(timedelta(days=90))
    with shop.unit_of_work() as session:
        query = requests.inbox_query(clock.now().date())
        listed = [r.id for r in requests.list_requests(session, query)]
    assert listed == [opened.request_id]


@pytest.mark.parametrize(
    "request_type",
    [RequestType.MARKETING_OBJECTION, RequestType.UNSUBSCRIBE, RequestType.CONSENT_WITHDRAWAL],
)
def test_no_identity_check_or_hold_for_these_types(request_type: RequestType) -> None:
    for change in (
        TransitionRequest(Status.IDENTITY_CHECK),
        TransitionRequest(Status.ON_HOLD, hold_reason=HoldReason.AWAITING_IDENTITY),
    ):
        with pytest.raises(errors.NoIdentityHoldAtIntake):
            check_transition(Status.RECEIVED, request_type, Channel.EMAIL, None, change)
    # From the phone no identity method is needed before work starts.
    check_transition(
        Status.RECEIVED, request_type, Channel.PHONE, None, TransitionRequest(Status.IN_PROGRESS)
    )
