# ruff: noqa: F811  (the fixtures imported from test_breaches and test_shop_import)
"""No lost update in the flows beyond editing (issue #18.4): the handover, the export, the
erasure, the breach sign-off and the breach's affected list each refuse to act on a record a
colleague changed after the worker loaded it, with the same "Changed meanwhile" as request
editing, and nothing of the refused act is stored. An import's bulk writes move the versions
of the customers they change, so a page opened before them notices.

Two app instances are two Database objects on one file or one server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.proofs import HandoverMethod
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.errors import ChangedMeanwhile
from minime_admin.services import (
    audit,
    breaches,
    customer_actions,
    erasure,
    erasure_letters,
    export,
    handover,
    requests,
    versions,
)
from minime_admin.services import database as db_service
from minime_admin.store.breach_models import BreachAffected, BreachSignOff
from minime_admin.store.models import Customer
from tests.test_breaches import PASSWORD, breach_id, shop  # noqa: F401  (fixtures)
from tests.test_no_lost_update import ANNA, GUNTIS, second  # noqa: F401  (a colleague's instance)

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)


def _request_for(database: db_service.Database, customer_id: int) -> int:
    with database.unit_of_work() as session:
        return requests.open_request(
            session,
            ANNA,
            requests.NewRequest(
                RequestType.ACCESS,
                Channel.EMAIL,
                datetime(2026, 11, 24, 9, tzinfo=UTC),
                "Ilze Bērziņa",
                "Please send me my data.",
                customer_id=customer_id,
            ),
        ).request_id


def _seen(database: db_service.Database, *records: tuple[str, int]) -> tuple[versions.Seen, ...]:
    with database.session() as session:
        return tuple(versions.seen(session, kind, record_id) for kind, record_id in records)


def _rectified_by_guntis(second: db_service.Database, customer_id: int) -> None:
    with second.unit_of_work() as session:
        customer_actions.rectify(
            session, GUNTIS, customer_id, "phone", "+37120000001", "Asked by phone"
        )


def _entries(database: db_service.Database, action: AuditAction) -> int:
    with database.session() as session:
        return audit.entry_count(session, action)


def test_a_handover_over_a_colleague_s_change_is_refused_and_not_recorded(
    seed_shop: object,
    database: db_service.Database,
    second: db_service.Database,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    seed_shop(customers=3, seed=5)  # type: ignore[operator]
    request_id = _request_for(database, 1)
    with database.unit_of_work() as session:
        export.export_customer(session, ANNA, 1, tmp_path, request_id=request_id)
    (seen,) = _seen(database, ("request", request_id))
    clock.advance(timedelta(minutes=5))
    with second.unit_of_work() as session:
        requests.assign(session, GUNTIS, request_id, GUNTIS.name)
    at = clock.now()
    with pytest.raises(versions.ChangedBy) as refused, database.unit_of_work() as session:
        handover.record_handover(session, ANNA, request_id, HandoverMethod.IN_PERSON, at, "", seen)
    assert refused.value.who == "Guntis" and refused.value.record.startswith("DSR-")
    with database.session() as session:
        assert not handover.handed_over(session, request_id)
    # Reloaded, the handover is recorded.
    (now,) = _seen(database, ("request", request_id))
    with database.unit_of_work() as session:
        handover.record_handover(session, ANNA, request_id, HandoverMethod.IN_PERSON, at, "", now)
    with database.session() as session:
        assert handover.handed_over(session, request_id)


def test_an_export_over_a_colleague_s_correction_writes_nothing(
    seed_shop: object, database: db_service.Database, second: db_service.Database, tmp_path: Path
) -> None:
    seed_shop(customers=3, seed=5)  # type: ignore[operator]
    request_id = _request_for(database, 1)
    seen = _seen(database, ("customer", 1), ("request", request_id))
    _rectified_by_guntis(second, 1)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(versions.ChangedBy) as refused, database.unit_of_work() as session:
        export.export_customer(session, ANNA, 1, out, request_id=request_id, seen=seen)
    assert refused.value.actions == ("Customer data corrected",)
    assert list(out.iterdir()) == []  # no package, not even a part-file
    assert _entries(database, AuditAction.EXPORT_CREATED) == 0
    with database.unit_of_work() as session:  # previewed again: the package is made
        export.export_customer(
            session, ANNA, 1, out, request_id=request_id, seen=_seen(database, ("customer", 1))
        )
    assert len(list(out.iterdir())) == 1


def test_an_erasure_over_a_colleague_s_correction_erases_nothing(
    seed_shop: object, database: db_service.Database, second: db_service.Database
) -> None:
    seed_shop(customers=3, seed=5)  # type: ignore[operator]
    with database.session() as session:
        plan = erasure.plan_erasure(session, 2)
    seen = _seen(database, ("customer", 2))
    _rectified_by_guntis(second, 2)
    with pytest.raises(versions.ChangedBy) as refused, database.unit_of_work() as session:
        erasure_letters.erase(session, ANNA, plan, seen=seen)
    assert refused.value.who == "Guntis"
    with database.session() as session:
        person = session.get(Customer, 2)
        assert person is not None and person.erased_at is None
        assert person.phone == "+37120000001"
    assert _entries(database, AuditAction.CUSTOMER_ERASED) == 0


def test_a_sign_off_never_covers_facts_saved_after_the_manager_read_them(
    shop: db_service.Database,
    breach_id: int,
    second: db_service.Database,
) -> None:
    with shop.session() as session:
        seen = breaches.get_breach(session, breach_id).seen
    with second.unit_of_work() as session:
        breaches.update_breach(session, GUNTIS, breach_id, consequences="Arī tālruņi")
    with pytest.raises(versions.ChangedBy) as refused, shop.unit_of_work() as session:
        breaches.sign_off(session, breach_id, "Anna Vadītāja", PASSWORD, seen)
    assert refused.value.who == "Guntis" and refused.value.record.startswith("BR-")
    with shop.session() as session:
        assert session.execute(select(func.count()).select_from(BreachSignOff)).scalar_one() == 0
        now = breaches.get_breach(session, breach_id).seen
    with shop.unit_of_work() as session:  # read again: signed
        breaches.sign_off(session, breach_id, "Anna Vadītāja", PASSWORD, now)


def test_an_affected_list_saved_over_a_colleague_s_change_is_refused(
    shop: db_service.Database,
    breach_id: int,
    second: db_service.Database,
    clerk: Actor,
) -> None:
    with shop.session() as session:
        seen = breaches.get_breach(session, breach_id).seen
    with second.unit_of_work() as session:
        breaches.select_affected(session, GUNTIS, breach_id, [1, 2], "list: colleague")
    with pytest.raises(ChangedMeanwhile), shop.unit_of_work() as session:
        breaches.select_affected(session, clerk, breach_id, [3, 4, 5], "list: mine", True, seen)
    with shop.session() as session:
        kept = set(session.execute(select(BreachAffected.customer_id)).scalars())
    assert kept == {1, 2}  # the colleague's list, whole


def test_an_import_moves_the_versions_of_the_customers_it_changes(
    database: db_service.Database, clerk: Actor, tmp_path: Path
) -> None:
    """A customer page opened before an import that changed the person refuses a save
    over it (the import's batch writes past the mapper, so it moves the version itself)."""
    from csv_shop import customer, header, write

    from minime_admin.importers import csv_presets
    from minime_admin.importers.csv_presets import Kind
    from minime_admin.services import csv_import

    columns = header(csv_presets.WOOCOMMERCE_CUSTOMERS)
    rows = [customer(0), customer(1)]

    def imported() -> None:
        path = write(tmp_path / "customers.csv", columns, rows)
        csv_import.import_csv(database.unit_of_work, clerk, path, Kind.CUSTOMERS)

    imported()
    with database.session() as session:
        ids = {e: i for e, i in session.execute(select(Customer.external_id, Customer.id))}
    seen_changed, seen_same = _seen(database, ("customer", ids["1000"]), ("customer", ids["1001"]))
    rows[0] = {**rows[0], "last_name": "Kalniņa", "billing_last_name": "Kalniņa"}
    imported()
    with pytest.raises(ChangedMeanwhile), database.unit_of_work() as session:
        versions.require_unchanged(session, seen_changed)
    with database.unit_of_work() as session:  # the other was not changed: their page saves
        versions.require_unchanged(session, seen_same)
