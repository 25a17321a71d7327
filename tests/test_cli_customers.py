"""`minime-admin customers search/show` on a demo database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import TEST_NOW

from minime_admin.cli import main
from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.services import audit, customer_search
from minime_admin.services import database as db_service


@pytest.fixture
def db(database: db_service.Database, clerk: Actor) -> str:
    with database.unit_of_work() as session:
        seed_demo(session, customers=30, seed=4, as_of=date(2026, 11, 25), actor=clerk)
        customer_search.rebuild_index(session)
    database.close()
    return str(database.path)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), FixedClock(TEST_NOW))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_search_json(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", db, "customers", "search", "KENINS", "--json")
    hits = json.loads(out)
    assert code == 0 and hits[0]["id"] == 1 and hits[0]["name"].startswith("Ģirts Ķēniņš")
    assert "last_order" in hits[0] and "phone" in hits[0]  # what tells namesakes apart
    code, out, _ = run(capsys, "--db", db, "customers", "search", '"*NEAR(', "--json")
    assert code == 0 and isinstance(json.loads(out), list)


def test_show_json_has_every_category_and_is_audited(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "--db", db, "customers", "show", "1", "--request", "DSR-2026-0001", "--json"
    )
    page = json.loads(out)
    assert code == 0 and page["name"].startswith("Ģirts")
    assert len(page["categories"]) == 15
    profile = page["categories"]["profile"]
    assert profile["legal_basis"] == "contract" and profile["rows"][0]["kept_until"]
    database = db_service.open_database(
        Path(db), db_service.system_keychain(), clock=FixedClock(TEST_NOW)
    )
    with database.unit_of_work() as session:
        (entry,) = audit.newest_first(session, limit=1)
    database.close()
    assert entry.action == "customer.viewed" and entry.reason == "DSR-2026-0001"


def test_show_unknown_customer(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", db, "customers", "show", "4242", "--reason", "check")
    assert code == 1 and "No customer with id 4242" in err
