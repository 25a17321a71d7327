"""No free text about a person in the append-only audit log (issue #14.2): a typed reason is
an erasable note the entry refers to by id and salted hash; an erasure removes the notes
about the person, the log shows "(erased)", and the chain still verifies."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest import TEST_NOW
from sqlalchemy import select, text, update

from minime_admin.cli import main
from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.audit_chain import AuditRecord
from minime_admin.domain.clock import FixedClock
from minime_admin.gui.audit_view import REASON, AuditTableModel
from minime_admin.services import audit, customer_page, holidays
from minime_admin.services import database as db_service
from minime_admin.services.erasure import execute_erasure, plan_erasure
from minime_admin.store import audit_repo, migrate
from minime_admin.store.models import Customer
from minime_admin.store.sqlcipher import Secret, make_engine
from minime_admin.store.system_models import AuditEntry, AuditNote

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

EMAIL = "zilgme.privata@example.lv"
WHY = "Zilgmes kaimiņiene zvanīja no 29 876 543 un jautāja par pasūtījumu"
ABOUT_HER = f"Cits klients pārsūtīja vēstuli no {EMAIL.upper()}"
UNRELATED = "Pārbaude pēc rēķina sūdzības"


@pytest.fixture
def shop(database: db_service.Database, clerk: Actor) -> db_service.Database:
    with database.unit_of_work() as session:
        seed_demo(session, customers=6, seed=3, as_of=date(2026, 11, 25), actor=clerk)
        session.execute(
            update(Customer).where(Customer.id == 1).values(email=EMAIL, phone="+37129876543")
        )
    return database


def _view(database: db_service.Database, clerk: Actor, customer_id: int, why: str) -> int:
    with database.unit_of_work() as session:
        customer_page.open_customer_page(session, clerk, customer_id, why)
        return audit_repo.head(session)[0]


def _row(database: db_service.Database, seq: int) -> audit.AuditRow:
    with database.unit_of_work() as session:
        (row,) = [r for r in audit.newest_first(session, limit=50) if r.seq == seq]
        return row


def test_a_typed_reason_is_a_note_and_an_erasure_removes_it(
    shop: db_service.Database, clerk: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    own = _view(shop, clerk, 1, WHY)
    quoting = _view(shop, clerk, 2, ABOUT_HER)  # another customer's page, quoting her e-mail
    unrelated = _view(shop, clerk, 2, UNRELATED)
    with shop.unit_of_work() as session:
        entry = session.get(AuditEntry, own)
        assert entry is not None
        assert entry.reason == "" and "kaimiņiene" not in json.dumps(entry.details)
        assert set(entry.details["note_ref"]) == {"id", "sha256"}  # type: ignore[arg-type]
        assert audit.verify(session).intact
    assert _row(shop, own).note == WHY and not _row(shop, own).note_erased

    with shop.unit_of_work() as session:
        execute_erasure(session, clerk, plan_erasure(session, 1), None, "E-pasts sakrīt")
    for seq in (own, quoting):
        row = _row(shop, seq)
        assert row.note is None and row.note_erased, seq
    assert _row(shop, unrelated).note == UNRELATED  # a note not naming her stays
    with shop.unit_of_work() as session:
        texts = list(session.execute(select(AuditNote.text)).scalars())
        assert WHY not in texts and ABOUT_HER not in texts and UNRELATED in texts
        assert audit.verify(session).intact  # the entries keep the notes' hashes
        erased = [r for r in audit.newest_first(session) if r.action == "customer.erased"]
        assert "E-pasts" not in repr(erased)

    model = AuditTableModel(shop)
    model.reload()
    shown = {model.index(r, 0).data(): model.index(r, REASON).data() for r in range(10)}
    assert shown[str(own)] == "(erased)" and shown[str(unrelated)] == UNRELATED

    code = main(["--db", shop.location, "audit", "list", "--json"], FixedClock(TEST_NOW))
    listed = {row["seq"]: row for row in json.loads(capsys.readouterr().out)}
    assert code == 0 and listed[own]["note_text"] == "(erased)"
    assert listed[unrelated]["note_text"] == UNRELATED
    main(["--db", shop.location, "audit", "list"], FixedClock(TEST_NOW))
    out = capsys.readouterr().out
    assert "(erased)" in out and UNRELATED in out and "kaimiņiene" not in out


def test_a_holiday_name_is_a_note_too(database: db_service.Database, clerk: Actor) -> None:
    with database.unit_of_work() as session:
        holidays.add_extra(session, clerk, date(2027, 5, 3), "Pārceltā brīvdiena")
        (row,) = audit.newest_first(session, limit=1)
        entry = session.get(AuditEntry, row.seq)
    assert entry is not None and entry.reason == "" and "note_ref" in entry.details
    assert row.note == "Pārceltā brīvdiena"


def test_an_altered_note_breaks_the_chain(
    shop: db_service.Database, clerk: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    seq = _view(shop, clerk, 2, UNRELATED)
    _view(shop, clerk, 3, "Vēl viens iemesls")
    with shop.engine.begin() as connection:
        connection.execute(text("UPDATE audit_notes SET text = 'cits teksts' WHERE id = 1"))
    with shop.unit_of_work() as session:
        verdict = audit.verify(session)
    assert verdict.problem is not None
    assert (verdict.problem.seq, verdict.problem.kind) == (seq, "note_altered")
    code = main(["--db", shop.location, "audit", "verify"], FixedClock(TEST_NOW))
    assert code == 3 and "note that was altered" in capsys.readouterr().err


def test_entries_written_before_the_notes_stay_as_they_were(tmp_path: Path) -> None:
    """A database from before migration 0016: its reasons stay in the hashed entries (the
    chain hashes them as they are), the upgrade adds the notes table, and it verifies."""
    path, key = tmp_path / "old.db", bytes(range(32))
    engine = make_engine(path, Secret(raw_key=key))
    migrate.upgrade(engine, None, target="0015")
    with sa.orm.Session(engine) as session:
        for seq in (1, 2):

            def make(number: int, seq: int = seq) -> AuditRecord:
                return AuditRecord(
                    seq=number,
                    at=datetime(2026, 11, 20, 9, seq, tzinfo=UTC).isoformat(
                        timespec="microseconds"
                    ),
                    actor="Test Clerk",
                    role="staff",
                    action=str(AuditAction.CUSTOMER_VIEWED),
                    subject_type="customer",
                    subject_id=str(seq),
                    reason=f"vecs iemesls {seq}",
                )

            audit_repo.append(session, make)
        session.commit()
    migrate.upgrade(engine, path, at=datetime(2026, 11, 25, tzinfo=UTC))
    assert "audit_notes" in sa.inspect(engine).get_table_names()
    with sa.orm.Session(engine) as session:
        assert audit.verify(session).intact
        rows = audit.newest_first(session)
    engine.dispose()
    assert [(r.reason, r.note, r.note_erased) for r in rows] == [
        ("vecs iemesls 2", None, False),
        ("vecs iemesls 1", None, False),
    ]
