"""The records of processing (Art. 30, issue #20.2): generated from what the app keeps,
the office's fields versioned and audited, exported as PDF and CSV in both languages."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import TEST_NOW, SeedShop
from pypdf import PdfReader
from sqlalchemy import select
from test_pdf_fonts import fonts_of

from minime_admin.cli import main
from minime_admin.domain import ropa
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.clock import FixedClock
from minime_admin.letters import ropa as ropa_letters
from minime_admin.letters.ropa_catalogue import ACTIVITIES, ROPA
from minime_admin.services import audit, retention_rules
from minime_admin.services import database as db_service
from minime_admin.services import ropa as ropa_service
from minime_admin.store.models import Disclosure, Partner

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

MANAGER = Actor("Test Manager", Role.MANAGER)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def shop(seed_shop: SeedShop) -> db_service.Database:
    return seed_shop(customers=60)


def test_every_category_and_the_office_activities_are_in_the_register(
    shop: db_service.Database,
) -> None:
    with shop.session() as session:
        register = ropa_service.register(session)
    keys = [entry.activity.key for entry in register.entries]
    assert keys == [c.value for c in DataCategory] + ["requests", "breaches"]
    for language in ("lv", "en"):
        assert set(keys) == set(ACTIVITIES[language])
    assert register.version == 0 and register.last_change is None


def test_recipients_and_transfers_are_those_the_disclosures_show(
    shop: db_service.Database,
) -> None:
    with shop.session() as session:
        register = ropa_service.register(session)
        pairs = session.execute(select(Disclosure.partner_id, Disclosure.data_categories)).all()
        partners = {p.id: p for p in session.execute(select(Partner)).scalars()}
    wanted: dict[str, set[str]] = {}
    for partner_id, categories in pairs:
        for category in categories.split(","):
            wanted.setdefault(category.strip(), set()).add(partners[partner_id].name)
    assert wanted  # the seeded shop disclosed data
    for entry in register.entries:
        assert {r.name for r in entry.recipients} == wanted.get(entry.activity.key, set())
    transfers = [r for e in register.entries for r in e.transfers]
    assert transfers and all(r.third_country for r in transfers)
    newsletter = next(e for e in register.entries if e.activity.key == "newsletter")
    rows = dict(ropa_letters.entry_rows(newsletter, "en"))
    if newsletter.transfers:
        assert "standard contractual clauses (GDPR Art. 46(2)(c))" in rows[ROPA["en"]["transfers"]]


def test_retention_follows_the_period_a_manager_set(database: db_service.Database) -> None:
    with database.unit_of_work() as session:
        retention_rules.change_period(session, MANAGER, "visit_record", 7)
        register = ropa_service.register(session)
    visit = next(e for e in register.entries if e.activity.key == "visit")
    assert visit.rule.months == 7
    assert dict(ropa_letters.entry_rows(visit, "lv"))["Glabāšanas termiņš"].startswith(
        "7 mēn. no savākšanas, pēc tam dzēsti"
    )


def test_each_change_is_a_new_version_and_audited(
    database: db_service.Database, clerk: Actor
) -> None:
    with database.unit_of_work() as session:
        assert ropa_service.set_field(session, clerk, "visit", "security", "Žurnāli šifrēti") == 1
        assert (
            ropa_service.set_field(session, clerk, "visit", "security", "Žurnāli šifrēti") is None
        )
        assert ropa_service.set_field(session, clerk, "visit", "security", "Cits teksts") == 2
        assert (
            ropa_service.set_field(session, clerk, ropa.REGISTER, "contact", "dpo@minime.lv") == 1
        )
        register = ropa_service.register(session)
        rows = audit.newest_first(session, action=AuditAction.ROPA_CHANGED)
        assert audit.verify(session).intact
    visit = next(e for e in register.entries if e.activity.key == "visit")
    assert visit.written == {"security": "Cits teksts"}
    assert register.written == {"contact": "dpo@minime.lv"}
    assert register.version == 3 and register.last_change is not None
    assert [c.value for c in register.history] == [
        "Žurnāli šifrēti", "Cits teksts", "dpo@minime.lv"
    ]  # fmt: skip
    assert [(r.subject, r.note) for r in rows] == [
        ("ropa register.contact", "dpo@minime.lv"),
        ("ropa visit.security", "Cits teksts"),
        ("ropa visit.security", "Žurnāli šifrēti"),
    ]
    assert all(r.actor == clerk.name for r in rows)


@pytest.mark.parametrize(
    ("activity", "field", "value"),
    [("visit", "purpose", "x"), ("nothing", "notes", "x"), ("register", "notes", "x"),
     ("visit", "notes", "x" * (ropa.MAX_VALUE + 1))],
)  # fmt: skip
def test_what_the_register_cannot_hold_changes_nothing(
    database: db_service.Database, clerk: Actor, activity: str, field: str, value: str
) -> None:
    refused = pytest.raises((ropa.UnknownRopaField, ropa.RopaValueTooLong))
    with refused, database.unit_of_work() as session:
        ropa_service.set_field(session, clerk, activity, field, value)
    with database.session() as session:
        assert ropa_service.register(session).version == 0


@pytest.mark.parametrize("language", ["lv", "en"])
def test_the_pdf_and_csv_in_each_language(
    shop: db_service.Database, clerk: Actor, language: str
) -> None:
    with shop.unit_of_work() as session:
        ropa_service.set_field(session, clerk, "order", "notes", "Grāmatvede: Ļ. Ņ. Ķ. Ū.")
        pdf = ropa_service.export(session, language, as_csv=False)
        table = ropa_service.export(session, language, as_csv=True)
    assert pdf.startswith(b"%PDF") and all(fonts_of(pdf).values())
    text = text_of(pdf)
    words = ROPA[language]
    assert words["title"] in text and "Grāmatvede: Ļ. Ņ. Ķ. Ū." in text
    for name, _, _ in ACTIVITIES[language].values():
        assert name in text
    assert table.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(table.decode("utf-8-sig"))))
    assert rows[0][0] == words["activity"] and len(rows) == 1 + len(ropa.ACTIVITIES)
    order = next(r for r in rows if r[0] == ACTIVITIES[language]["order"][0])
    assert "Grāmatvede: Ļ. Ņ. Ķ. Ū." in order


def test_a_formula_typed_into_a_field_is_neutralised_in_the_csv(
    database: db_service.Database, clerk: Actor
) -> None:
    with database.unit_of_work() as session:
        ropa_service.set_field(session, clerk, "visit", "notes", '=HYPERLINK("x")')
        table = ropa_service.export(session, "en", as_csv=True).decode("utf-8-sig")
    assert "'=HYPERLINK" in table


def test_the_commands_write_and_export(
    database: db_service.Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = database.location
    database.close()

    def run(*argv: str) -> int:
        return main(["--db", path, *argv], FixedClock(TEST_NOW))

    assert run("report", "ropa-set", "visit", "notes", "Pārskatīts") == 0
    assert "version 1" in capsys.readouterr().out
    assert run("report", "ropa-set", "visit", "purpose", "x") == 1
    assert "no field purpose" in capsys.readouterr().err
    for language in ("lv", "en"):
        assert (
            run("report", "ropa", "--lang", language, "--out", str(tmp_path / f"r-{language}.pdf"))
            == 0
        )
        assert (
            run("report", "ropa", "--lang", language, "--out", str(tmp_path / f"r-{language}.csv"))
            == 0
        )
    assert "Pārskatīts" in text_of((tmp_path / "r-lv.pdf").read_bytes())
    assert "Pārskatīts" in (tmp_path / "r-en.csv").read_text("utf-8-sig")
    assert (tmp_path / "r-lv.pdf").stat().st_mode & 0o777 == 0o600
