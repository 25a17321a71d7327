"""#13.4: a request from a person erased before says so, in the inbox and on the command line."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.gui import language
from minime_admin.gui.inbox.detail_pane import DetailPane
from minime_admin.services import database as db_service
from minime_admin.services import requests
from minime_admin.services.erasure import execute_erasure, plan_erasure
from minime_admin.store.models import Customer

EARLIER = datetime(2026, 1, 10, 9, tzinfo=UTC)


def ask(session: object, clerk: Actor, kind: RequestType, email: str, **more: object) -> int:
    new = requests.NewRequest(
        kind, Channel.EMAIL, datetime(2026, 11, 20, 9, tzinfo=UTC), "Ģirts Ķēniņš-Žūriņa",
        "Lūdzu.", requester_email=email, **more,  # type: ignore[arg-type]
    )  # fmt: skip
    return requests.open_request(session, clerk, new).request_id  # type: ignore[arg-type]


@pytest.fixture
def returning(database: db_service.Database, clerk: Actor, clock: FixedClock) -> tuple[int, str]:
    """Ģirts was erased on 21 November under a request; on 25 November he writes again."""
    with database.unit_of_work() as session:
        session.add(
            Customer(id=1, first_name="Ģirts", last_name="Ķēniņš-Žūriņa",
                     email="girts@example.lv", language="lv", created_at=EARLIER)
        )  # fmt: skip
        session.flush()
        erasure_id = ask(session, clerk, RequestType.ERASURE, "girts@example.lv", customer_id=1)
    clock.set(datetime(2026, 11, 21, 12, tzinfo=UTC))
    with database.unit_of_work() as session:
        execute_erasure(session, clerk, plan_erasure(session, 1), erasure_id, "e-mail")
        reference = requests.get_request(session, erasure_id).reference
    clock.set(datetime(2026, 11, 25, 10, tzinfo=UTC))
    with database.unit_of_work() as session:
        again = ask(session, clerk, RequestType.ACCESS, " GIRTS@Example.LV ")
        stranger = ask(session, clerk, RequestType.ACCESS, "anna@example.lv")
        assert requests.get_request(session, stranger).erased_before is None
    return again, reference


def test_the_request_names_the_erasure(
    database: db_service.Database, returning: tuple[int, str]
) -> None:
    again, reference = returning
    with database.unit_of_work() as session:
        detail = requests.get_request(session, again)
    assert detail.erased_before == requests.ErasedBefore(date(2026, 11, 21), reference)


def test_the_command_line_shows_it(
    database: db_service.Database,
    returning: tuple[int, str],
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    again, reference = returning
    database.close()
    db = str(database.path)
    assert main(["--db", db, "requests", "show", str(again)], clock) == 0
    shown = capsys.readouterr().out
    assert f"This person's data was erased on 2026-11-21 under request {reference}." in shown
    assert main(["--db", db, "requests", "show", str(again), "--json"], clock) == 0
    found = json.loads(capsys.readouterr().out)["erased_before"]
    assert found == {"erased_on": "2026-11-21", "reference": reference}


def test_the_inbox_pane_shows_it_in_both_languages(
    database: db_service.Database, returning: tuple[int, str]
) -> None:
    again, reference = returning
    with database.unit_of_work() as session:
        detail = requests.get_request(session, again)
        plain = requests.get_request(session, again + 1)  # the stranger's
    pane = DetailPane(date(2026, 11, 25))
    pane.show_detail(detail)
    assert not pane.erased_before.isHidden()
    assert pane.erased_before.text() == (
        f"This person's data was erased on 21 Nov 2026 under request {reference}."
    )
    language.apply_language("lv")
    assert pane.erased_before.text() == (
        f"Šīs personas dati tika dzēsti 21.11.2026 (pieprasījums {reference})."
    )
    pane.show_detail(plain)
    assert pane.erased_before.isHidden()
