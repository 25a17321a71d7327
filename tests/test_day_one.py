"""Issue #15, points 2–5, through the services and the command line: saving a notice is not
notifying the DVI, the awareness time is corrected with a reason, a breach registered in
error stays on the register, only a manager adds users, and letters are signed by a person."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from minime_admin import errors
from minime_admin.cli import main
from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.breach import BreachEventKind, Circumstances, DviChannel, OutputKind
from minime_admin.domain.clock import FixedClock
from minime_admin.services import breach_outputs as outputs
from minime_admin.services import breaches, users
from minime_admin.services import database as db_service
from minime_admin.store import breach_repo
from minime_admin.store.keychain import Keychain
from minime_admin.store.system_models import AuditEntry

PASSWORD = "Ķēniņš correct horse"
MANAGER = "Anna Bērziņa"


def text_of(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")


@pytest.fixture
def shop(database: db_service.Database, clerk: Actor) -> db_service.Database:
    with database.unit_of_work() as session:
        seed_demo(session, customers=12, seed=5, as_of=date(2026, 11, 25), actor=clerk)
        users.add_user(session, clerk, MANAGER, Role.MANAGER, PASSWORD, title="Vadītāja")
        users.add_user(
            session, clerk, clerk.name, Role.STAFF, title="Privātuma speciāliste",
            by=(MANAGER, PASSWORD),
        )  # fmt: skip
    return database


@pytest.fixture
def breach_id(shop: db_service.Database, clerk: Actor, clock: FixedClock) -> int:
    with shop.unit_of_work() as session:
        bid = breaches.new_breach(
            session, clerk, "Nozagts dators", clock.now() - timedelta(hours=3), "confidentiality"
        )
        breaches.update_breach(
            session,
            clerk,
            bid,
            description="Dators nozagts",
            consequences="Adreses svešās rokās",
            measures_taken="Bloķēts",
            advice="Esiet piesardzīgi",
            data_categories="vārds, adrese",
            contact_point="info@minime.lv",
            subject_categories="klienti",
            people=12,
            records=80,
            description_en="A computer was stolen",
            consequences_en="Addresses in the wrong hands",
            measures_taken_en="Blocked",
            advice_en="Be careful",
            data_categories_en="name, address",
        )
        breaches.assess(session, clerk, bid, 2, "1", Circumstances(confidentiality=Decimal("0.5")))
        breaches.decide(session, clerk, bid, True, "Daudz personu", True, "Augsts risks")
        breaches.select_affected(
            session, clerk, bid, breach_repo.newsletter_subscribers(session), "newsletter"
        )
        breaches.sign_off(session, bid, MANAGER, PASSWORD)
    return bid


def run(db: str, clock: FixedClock, *argv: str) -> int:
    return main(["--db", db, *argv], clock)


# -- 2. saving a file is not sending it ---------------------------------------------------


def test_saving_the_final_dvi_notice_prepares_it_and_only_the_recorded_submission_notifies(
    shop: db_service.Database,
    breach_id: int,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    db = str(shop.path)
    shop.close()
    out = tmp_path / "dvi.pdf"
    assert (
        run(db, clock, "breach", "notice", str(breach_id), "--kind", "dvi", "--out", str(out)) == 0
    )
    assert out.exists()
    capsys.readouterr()
    assert run(db, clock, "breach", "show", str(breach_id), "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["dvi_notice_prepared"] is True
    assert shown["dvi_notified_at"] is None and shown["hours_left"] == 69.0  # the clock runs on

    clock.advance(timedelta(hours=2))
    # A time in the future or before awareness is refused in one sentence; nothing recorded.
    assert run(db, clock, "breach", "notified", str(breach_id), "--channel", "email",
               "--at", "2026-11-25T18:00") == 1  # fmt: skip
    assert "cannot be in the future" in capsys.readouterr().err
    assert run(db, clock, "breach", "notified", str(breach_id), "--channel", "email",
               "--at", "2026-11-24T12:00") == 1  # fmt: skip
    assert "before the shop became aware" in capsys.readouterr().err
    argv = ["breach", "notified", str(breach_id), "--channel", "online-form"]
    assert run(db, clock, *argv, "--at", "2026-11-25T13:30", "--reference", "DVI-4/2026") == 0
    assert "within the 72 hours" in capsys.readouterr().out
    assert run(db, clock, "breach", "show", str(breach_id), "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["dvi_notified_at"] == "2026-11-25T13:30:00+02:00"
    assert shown["dvi_channel"] == "online-form" and shown["dvi_reference"] == "DVI-4/2026"

    database = db_service.open_database(Path(db), Keychain(), clock=clock)
    try:
        with database.session() as session:
            detail = breaches.get_breach(session, breach_id)
            kinds = [kind for _, _, kind, _ in detail.events]
            actions = set(session.execute(select(AuditEntry.action)).scalars())
    finally:
        database.close()
    assert kinds.index(BreachEventKind.NOTICE_PREPARED) < kinds.index(BreachEventKind.DVI_NOTIFIED)
    assert detail.notified is not None and detail.notified.channel is DviChannel.ONLINE_FORM
    assert detail.notified.recorded_by == "Test Clerk"
    assert {AuditAction.BREACH_NOTICE_PREPARED, AuditAction.BREACH_DVI_NOTIFIED} <= actions


def test_a_draft_notice_is_not_even_prepared(
    shop: db_service.Database, breach_id: int, clerk: Actor
) -> None:
    with shop.unit_of_work() as session:
        outputs.render_output(session, clerk, breach_id, OutputKind.DVI, "lv", final=False)
        assert not breaches.get_breach(session, breach_id).notice_prepared


# -- 3. the awareness time, corrected with a reason; a breach registered in error ----------


def test_the_awareness_time_is_corrected_with_a_reason_and_the_deadline_follows(
    shop: db_service.Database,
    breach_id: int,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = str(shop.path)
    shop.close()
    bid = str(breach_id)
    assert run(db, clock, "breach", "update", bid, "--aware", "2026-11-24T09:15") == 1
    assert "needs a reason" in capsys.readouterr().err
    assert run(db, clock, "breach", "update", bid, "--aware", "2026-11-26T09:15",
               "--reason", "x") == 1  # fmt: skip
    assert "cannot be in the future" in capsys.readouterr().err
    reason = "IT ziņoja jau pirmdienas rītā"
    assert run(db, clock, "breach", "update", bid, "--aware", "2026-11-24T09:15",
               "--reason", reason) == 0  # fmt: skip
    assert "due 2026-11-27 09:15" in capsys.readouterr().out
    assert run(db, clock, "breach", "show", bid, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["aware"] == "2026-11-24T09:15:00+02:00"
    assert shown["dvi_due"] == "2026-11-27T09:15:00+02:00"
    assert shown["signed_off"] is False  # the signed content changed
    database = db_service.open_database(Path(db), Keychain(), clock=clock)
    try:
        with database.session() as session:
            events = breaches.get_breach(session, breach_id).events
            actions = list(session.execute(select(AuditEntry.action)).scalars())
    finally:
        database.close()
    corrected = [t for _, _, k, t in events if k is BreachEventKind.AWARENESS_CORRECTED]
    assert len(corrected) == 1 and reason in corrected[0]
    assert AuditAction.BREACH_AWARENESS_CORRECTED in actions


def test_a_breach_registered_in_error_is_marked_void_and_stays_on_the_register(
    shop: db_service.Database,
    breach_id: int,
    clerk: Actor,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with shop.unit_of_work() as session, pytest.raises(errors.BreachReasonNeeded):
        breaches.void_breach(session, clerk, breach_id, "  ")
    db = str(shop.path)
    shop.close()
    bid = str(breach_id)
    assert run(db, clock, "breach", "void", bid, "--reason", "Dators atrasts birojā") == 0
    capsys.readouterr()
    assert run(db, clock, "breach", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(b["id"], b["status"]) for b in listed] == [(breach_id, "void")]
    assert run(db, clock, "breach", "update", bid, "--title", "y") == 1
    assert "registered in error" in capsys.readouterr().err
    assert run(db, clock, "breach", "notified", bid, "--channel", "email",
               "--at", "2026-11-25T09:00") == 1  # fmt: skip


# -- 4. roles mean something; the sign-off is visible ----------------------------------------


def test_only_a_manager_adds_users_and_the_first_user_is_the_first_manager(
    database: db_service.Database, clerk: Actor
) -> None:
    with database.unit_of_work() as session:
        with pytest.raises(errors.FirstUserIsManager):
            users.add_user(session, clerk, "Pēteris", Role.STAFF)
        users.add_user(session, clerk, MANAGER, Role.MANAGER, PASSWORD)
        with pytest.raises(errors.ManagerNeeded):
            users.add_user(session, clerk, "Pēteris", Role.STAFF)
        users.add_user(session, clerk, "Pēteris", Role.STAFF, by=(MANAGER, PASSWORD))
        # A staff user cannot make anyone (themselves included) a manager.
        with pytest.raises(errors.NotAManager):
            users.add_user(session, clerk, "Pēteris 2", Role.MANAGER, PASSWORD, by=("Pēteris", "x"))
        with pytest.raises(errors.WrongPassword):
            users.add_user(session, clerk, "Jānis", Role.STAFF, by=(MANAGER, "not it at all"))
        names = [u.name for u in users.list_users(session)]
    assert names == [MANAGER, "Pēteris"]


def test_users_add_on_the_command_line_needs_a_manager(
    database: db_service.Database,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = str(database.path)
    database.close()
    monkeypatch.setenv("MINIME_ADMIN_USER_PASSWORD", PASSWORD)
    assert run(db, clock, "users", "add", "--name", "Pēteris") == 1
    assert "The first user must be a manager" in capsys.readouterr().err
    assert run(db, clock, "users", "add", "--name", MANAGER, "--role", "manager",
               "--title", "Vadītāja") == 0  # fmt: skip
    assert run(db, clock, "users", "add", "--name", "Pēteris") == 1
    assert "Only a manager can add users" in capsys.readouterr().err
    assert run(db, clock, "users", "add", "--name", "Pēteris", "--by", MANAGER) == 0
    assert run(db, clock, "users", "add", "--name", "Ilze", "--by", "Pēteris") == 1
    assert "is not a manager" in capsys.readouterr().err
    capsys.readouterr()
    assert run(db, clock, "users", "list", "--json") == 0
    listed = {u["name"]: u for u in json.loads(capsys.readouterr().out)}
    assert set(listed) == {MANAGER, "Pēteris"} and listed[MANAGER]["title"] == "Vadītāja"
    assert len(listed[MANAGER]["fingerprint"].split()) == 8


def test_every_final_pdf_shows_its_sign_off_on_the_page(
    shop: db_service.Database, breach_id: int, clerk: Actor, tmp_path: Path
) -> None:
    with shop.unit_of_work() as session:
        key = users.public_key_of(session, MANAGER)
        assert key is not None
        fingerprint = users.fingerprint(key)
        pages = {
            (kind, language): text_of(
                outputs.render_output(session, clerk, breach_id, kind, language, final=True)
            )
            for kind in (OutputKind.DVI, OutputKind.WEBSITE, OutputKind.REPORT)
            for language in ("lv", "en")
        }
        draft = text_of(outputs.render_output(session, clerk, breach_id, OutputKind.DVI, "en"))
        outputs.customer_letters(session, clerk, breach_id, tmp_path, final=True, workers=1)
    letter = text_of(next(tmp_path.glob("BR-*-*[0-9].pdf")).read_bytes())
    for (_kind, language), text in pages.items():
        said = "Apstiprināja" if language == "lv" else "Signed off by"
        assert f"{said}: {MANAGER}" in text or f"{said} {MANAGER}" in text
        assert fingerprint in text and "breach verify" in text
    assert fingerprint in letter and "breach verify" in letter
    assert fingerprint not in draft  # a draft carries no sign-off


# -- 5. letters are signed by a person ------------------------------------------------------


def test_a_command_line_letter_is_signed_by_a_known_user_with_their_title(
    shop: db_service.Database,
    breach_id: int,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    db = str(shop.path)
    shop.close()
    monkeypatch.setenv("MINIME_ADMIN_USER", "root")
    argv = ["breach", "letters", str(breach_id), "--draft"]
    assert run(db, clock, *argv, "--out", str(tmp_path / "a")) == 1
    err = capsys.readouterr().err
    assert "root is not a known user" in err and "No letter was made" in err
    assert not (tmp_path / "a").exists() or not list((tmp_path / "a").iterdir())
    monkeypatch.setenv("MINIME_ADMIN_USER", "Test Clerk")
    assert run(db, clock, *argv, "--out", str(tmp_path / "b")) == 0
    draft = text_of(next((tmp_path / "b").glob("*[0-9].pdf")).read_bytes())
    assert "Test Clerk" in draft and "Privātuma speciāliste" in draft
    # The final letters go out in the name of the manager who signed off, with her title.
    assert run(db, clock, "breach", "letters", str(breach_id), "--out", str(tmp_path / "c")) == 0
    final = text_of(next((tmp_path / "c").glob("*[0-9].pdf")).read_bytes())
    assert MANAGER in final and "Vadītāja" in final and "Vadītājs" not in final


def test_migration_0016_keeps_existing_users_and_adds_the_submissions_table(
    tmp_path: Path,
) -> None:
    """An office database from before: its manager keeps key and role, with an empty title."""
    import os

    import sqlalchemy as sa

    from minime_admin.store import migrate
    from minime_admin.store.sqlcipher import Secret, make_engine

    engine = make_engine(tmp_path / "old.db", Secret(raw_key=os.urandom(32)))
    migrate.upgrade(engine, None, target="0016")
    with engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO staff_users (id, name, role, public_key, created_at) "
                "VALUES (1, :name, 'manager', :key, '2026-11-01 10:00:00')"
            ),
            {"name": MANAGER, "key": b"k" * 32},
        )
    migrate.upgrade(engine, None)
    with engine.connect() as connection:
        row = connection.execute(sa.text("SELECT * FROM staff_users")).mappings().one()
        submissions = connection.execute(sa.text("SELECT COUNT(*) FROM breach_submissions"))
        count = submissions.scalar_one()
    engine.dispose()
    assert (row["name"], row["role"], row["title"], row["public_key"]) == (
        MANAGER,
        "manager",
        "",
        b"k" * 32,
    )
    assert count == 0
