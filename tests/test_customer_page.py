"""The customer page and the actions taken from it, end to end on a demo customer."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import SeedShop

from minime_admin import errors
from minime_admin.domain.actor import Actor
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.services import audit, customer_actions, customer_page, customer_search, requests
from minime_admin.services import database as db_service

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

AS_OF = date(2026, 11, 25)


@pytest.fixture
def demo(seed_shop: SeedShop) -> db_service.Database:
    return seed_shop(customers=40, seed=11)


def test_page_shows_every_category_with_source_basis_and_retention(
    demo: db_service.Database, clerk: Actor
) -> None:
    with demo.unit_of_work() as session:
        page = customer_page.open_customer_page(session, clerk, 1, reason="Phone call")
    assert page.name == "Ģirts Ķēniņš-Žūriņš"
    assert [s.info.category for s in page.sections] == [
        DataCategory.PROFILE,
        DataCategory.ADDRESS,
        DataCategory.ACCOUNT,
        DataCategory.ORDER,
        DataCategory.INVOICE,
        DataCategory.PAYMENT,
        DataCategory.NEWSLETTER,
        DataCategory.CONSENT,
        DataCategory.MARKETING_OBJECTION,
        DataCategory.COOKIE_CONSENT,
        DataCategory.REVIEW,
        DataCategory.VISIT,
        DataCategory.DISCLOSURE,
        DataCategory.RESTRICTION,
        DataCategory.LEGAL_HOLD,
    ]
    counts = page.counts()
    assert counts[DataCategory.PROFILE] == 1 and counts[DataCategory.ORDER] > 0
    for section in page.sections:
        assert section.info.source and section.info.purpose and section.info.legal_basis
        for row in section.rows:
            assert set(row.values) == set(section.columns)
    profile = page.sections[0].rows[0]
    assert profile.values["first_name"] == "Ģirts" and profile.kept_until is not None


def test_opening_a_page_needs_a_reason_and_is_audited(
    demo: db_service.Database, clerk: Actor
) -> None:
    with demo.unit_of_work() as session:
        with pytest.raises(errors.InvalidInput):
            customer_page.open_customer_page(session, clerk, 1, reason="  ")
        customer_page.open_customer_page(session, clerk, 2, request_reference="DSR-2026-0007")
        (entry,) = audit.newest_first(session, limit=1)
    assert (entry.action, entry.subject, entry.reason) == (
        "customer.viewed",
        "customer 2",
        "DSR-2026-0007",
    )
    assert entry.actor == "Test Clerk"


def test_unknown_customer(demo: db_service.Database, clerk: Actor) -> None:
    with demo.unit_of_work() as session, pytest.raises(errors.NotFound):
        customer_page.open_customer_page(session, clerk, 99_999, reason="x")


def test_visits_are_paged(demo: db_service.Database) -> None:
    with demo.unit_of_work() as session:
        page = customer_page.read_customer_page(session, 1)
        visits = next(s for s in page.sections if s.info.category is DataCategory.VISIT)
        assert len(visits.rows) == min(visits.total, customer_page.VISIT_PAGE)
        rest = customer_page.visit_page(session, 1, offset=len(visits.rows))
    assert len(visits.rows) + len(rest) <= visits.total


def test_rectify_email_updates_search_and_lists_partners_to_inform(
    demo: db_service.Database, clerk: Actor
) -> None:
    with demo.unit_of_work() as session:
        opened = requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.RECTIFICATION,
                Channel.EMAIL,
                datetime(2026, 11, 20, 9, tzinfo=UTC),
                "Ģirts",
                "Labot e-pastu",
                customer_id=1,
            ),
        )
        recipients = customer_actions.rectify(
            session,
            clerk,
            1,
            "email",
            "girts.new@example.lv",
            "Customer asked",
            request_id=opened.request_id,
        )
        assert recipients, "the demo customer's data went to partners"
        assert [h.id for h in customer_search.search(session, "girts.new@example")] == [1]
        detail = requests.get_request(session, opened.request_id)
        entries = audit.newest_first(session, limit=1)
    assert detail.timeline[-1].kind == "action" and "email" in detail.timeline[-1].text
    assert entries[0].action == "customer.rectified" and entries[0].reason == opened.reference
    assert "girts.new" not in repr(entries[0])  # the audit log names the field, not the value


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("email", "girts@", errors.BadEmail),
        ("email", "not an address", errors.BadEmail),
        ("phone", "call me", errors.BadPhone),
        ("phone", "123", errors.BadPhone),
        ("first_name", "", errors.InvalidInput),
        ("created_at", "2020-01-01", errors.NotEditable),
    ],
)
def test_invalid_rectification_changes_nothing(
    demo: db_service.Database, clerk: Actor, field: str, value: str, error: type
) -> None:
    with demo.session() as session:
        before = customer_page.read_customer_page(session, 1).sections[0].rows[0].values
    with pytest.raises(error), demo.unit_of_work() as session:
        customer_actions.rectify(session, clerk, 1, field, value, "Customer asked")
    with demo.session() as session:
        after = customer_page.read_customer_page(session, 1).sections[0].rows[0].values
    assert before == after


def test_restriction_marks_and_excludes_from_marketing(
    demo: db_service.Database, clerk: Actor
) -> None:
    with demo.unit_of_work() as session:
        audience = customer_actions.marketing_audience(session)
        subscriber = audience[0]
        customer_actions.restrict(session, clerk, subscriber, "Accuracy contested")
        assert subscriber not in customer_actions.marketing_audience(session)
        assert customer_page.read_customer_page(session, subscriber).restricted
        with pytest.raises(errors.AlreadyRestricted):
            customer_actions.restrict(session, clerk, subscriber, "Again")
        customer_actions.lift_restriction(session, clerk, subscriber)
        assert subscriber in customer_actions.marketing_audience(session)
        actions = [e.action for e in audit.newest_first(session, limit=2)]
    assert actions == ["customer.restriction_lifted", "customer.restricted"]


def test_marketing_objection_and_unsubscribe_take_effect_at_once(
    demo: db_service.Database, clerk: Actor
) -> None:
    with demo.unit_of_work() as session:
        first, second = customer_actions.marketing_audience(session)[:2]
        customer_actions.record_marketing_objection(session, clerk, first, "email")
        assert customer_actions.record_unsubscribe(session, clerk, second, "phone") >= 1
        audience = customer_actions.marketing_audience(session)
        page = customer_page.read_customer_page(session, first)
        consents = next(s for s in page.sections if s.info.category is DataCategory.CONSENT)
    assert first not in audience and second not in audience
    assert consents.rows[-1].values["action"] == "withdrawn"
    assert consents.rows[-1].values["purpose"] == "marketing"


def test_consent_withdrawal_is_recorded(demo: db_service.Database, clerk: Actor) -> None:
    with demo.unit_of_work() as session:
        customer_actions.record_consent_withdrawal(session, clerk, 3, "personalisation", "web_form")
        page = customer_page.read_customer_page(session, 3)
        (entry,) = audit.newest_first(session, limit=1)
    consents = next(s for s in page.sections if s.info.category is DataCategory.CONSENT)
    assert any(r.values["purpose"] == "personalisation" for r in consents.rows)
    assert entry.action == "customer.consent_withdrawn"
