"""`minime-admin erase ... --letter FILE --partner-notices DIR` writes the same letters as
the erasure wizard (services/erasure_letters.py): real PDFs, in Latvian and English, noted
by SHA-256 on the request's timeline and in the audit log, never archived."""

from __future__ import annotations

import hashlib
import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from conftest import SeedShop
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from minime_admin.cli import main
from minime_admin.cli.requests import request_id_of
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType, Status
from minime_admin.services import database as db_service
from minime_admin.services import letters, requests
from minime_admin.services.erasure import ErasurePlan, plan_erasure
from minime_admin.store.keychain import Keychain
from minime_admin.store.models import Customer
from minime_admin.store.system_models import AuditEntry

AS_OF = date(2026, 11, 25)


def text_of(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return " ".join(page.extract_text() for page in pages).replace("\n", " ")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def shop(seed_shop: SeedShop) -> db_service.Database:
    return seed_shop(customers=30, seed=6)


def told_partners_at_home_and_abroad(session: Session, language: str) -> ErasurePlan:
    """A customer writing in ``language`` whose data went to a Latvian partner and to one
    abroad, so that the notices come in both languages."""
    for customer in session.query(Customer).filter(Customer.language == language):
        plan = plan_erasure(session, customer.id)
        countries = {r.country for r in plan.recipients}
        if "LV" in countries and countries - {"LV"}:
            return plan
    raise AssertionError(f"the demo has no {language} customer with partners in and out of LV")


def erasure_request(session: Session, clerk: Actor, plan: ErasurePlan) -> str:
    person = session.get(Customer, plan.customer_id)
    assert person is not None and person.email
    opened = requests.open_request(
        session,
        clerk,
        requests.NewRequest(
            RequestType.ERASURE,
            Channel.EMAIL,
            datetime(2026, 11, 20, 9, tzinfo=UTC),
            plan.name,
            "Lūdzu, izdzēsiet manus datus.",
            requester_email=person.email,
            customer_id=plan.customer_id,
        ),
    )
    return requests.get_request(session, opened.request_id).reference


@pytest.mark.usefixtures("known_clerk")
def test_erase_writes_the_letter_and_the_partner_notices_and_notes_them(
    shop: db_service.Database,
    clerk: Actor,
    keychain: Keychain,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with shop.unit_of_work() as session:
        plan = told_partners_at_home_and_abroad(session, "lv")
        email = session.get(Customer, plan.customer_id).email  # type: ignore[union-attr]
        reference = erasure_request(session, clerk, plan)
    path = shop.path
    shop.close()
    letter, notices = tmp_path / "out" / "apstiprinajums.pdf", tmp_path / "notices"
    argv = ["--db", str(path), "erase", "--customer", str(plan.customer_id),
            "--request", reference, "--letter", str(letter),
            "--partner-notices", str(notices), "--json"]  # fmt: skip
    assert main(argv, clock) == 0
    result = json.loads(capsys.readouterr().out)

    text = text_of(letter)  # the customer writes in Latvian: so does the letter
    assert "Jūsu dati ir dzēsti" in text and plan.name in text
    assert "Tīmekļvietnes apmeklējumu dati" in text  # what was erased, by category
    assert "VDAR 19. pantu" in text and all(r.name in text for r in plan.recipients)
    assert result["letter"] == {"path": str(letter), "language": "lv", "sha256": sha256(letter)}

    saved = {entry["partner"]: entry for entry in result["partner_notices"]}
    assert sorted(saved) == sorted(r.name for r in plan.recipients)
    for recipient in plan.recipients:
        notice = Path(saved[recipient.name]["path"])
        assert notice.parent == notices and notice.name.endswith(f"-{reference}.pdf")
        body = text_of(notice)
        assert recipient.name in body and plan.name in body and str(email) in body
        if recipient.country == "LV":
            assert saved[recipient.name]["language"] == "lv"
            assert "Paziņojums par personas datu dzēšanu" in body and "Mūsu atsauce" in body
        else:
            assert saved[recipient.name]["language"] == "en"
            assert "Notice of erasure of personal data" in body and "Our reference" in body
        assert saved[recipient.name]["sha256"] == sha256(notice)

    database = db_service.open_database(path, keychain, clock=clock)
    try:
        with database.unit_of_work() as session:
            request_id = requests.find_by_reference(session, reference)
            assert request_id is not None
            detail = requests.get_request(session, request_id)
            assert detail.status is Status.COMPLETED
            timeline = [entry.text for entry in detail.timeline]
            assert f"Letter: erasure_done (lv) sha256:{sha256(letter)}" in timeline
            for recipient in plan.recipients:
                notice = Path(saved[recipient.name]["path"])
                language = saved[recipient.name]["language"]
                note = f"Letter: partner_notice to {recipient.name} ({language})"
                assert f"{note} sha256:{sha256(notice)}" in timeline
            assert letters.letters_of(session, request_id) == []  # noted, never archived
            unarchived = AuditEntry.action == "letter.produced_unarchived"
            produced = [e.details for e in session.scalars(select(AuditEntry).where(unarchived))]
    finally:
        database.close()
    assert sorted(d["sha256"] for d in produced) == sorted(
        [sha256(letter), *(entry["sha256"] for entry in saved.values())]
    )
    assert {d["kind"] for d in produced} == {"erasure_done", "partner_notice"}
    assert not any("sent" in text.lower() for text in timeline if text.startswith("Letter:"))


@pytest.mark.usefixtures("known_clerk")
def test_erase_writes_an_english_letter_when_asked(
    shop: db_service.Database,
    clerk: Actor,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with shop.unit_of_work() as session:
        plan = told_partners_at_home_and_abroad(session, "lv")
        reference = erasure_request(session, clerk, plan)
    path = str(shop.path)
    shop.close()
    letter = tmp_path / "erasure-done.pdf"
    argv = ["--db", path, "erase", "--customer", str(plan.customer_id), "--request", reference,
            "--letter", str(letter), "--lang", "en"]  # fmt: skip
    assert main(argv, clock) == 0
    out = capsys.readouterr().out
    assert f"Erasure-done letter (en) saved to {letter}" in out
    text = text_of(letter)
    assert "Your data has been erased" in text and plan.name in text
    assert "Website visit data" in text and "GDPR Art. 19" in text
    assert all(r.name in text for r in plan.recipients) and "Jūsu dati" not in text


def test_letters_are_refused_before_anything_changes(
    shop: db_service.Database,
    clerk: Actor,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with shop.unit_of_work() as session:
        plan = told_partners_at_home_and_abroad(session, "lv")
        reference = erasure_request(session, clerk, plan)
    path = str(shop.path)
    shop.close()
    customer = ["--db", path, "erase", "--customer", str(plan.customer_id)]
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    for extra, message in (
        (["--letter", str(tmp_path / "l.pdf")], "answers a request: give it with --request"),
        (["--dry-run", "--partner-notices", str(tmp_path)], "A dry run changes nothing"),
        (["--request", reference, "--lang", "en"], "give --letter too"),
        (["--request", reference, "--partner-notices", str(blocked)], "is a file, not a folder"),
        (["--request", reference, "--letter", str(blocked / "l.pdf")], "is a file, not a folder"),
    ):
        assert main([*customer, *extra], clock) == 1
        assert message in capsys.readouterr().err
    assert main([*customer, "--dry-run", "--json"], clock) == 0  # still all there
    assert json.loads(capsys.readouterr().out)["erase"] == plan.counts()["erase"]
    assert not (tmp_path / "l.pdf").exists()


@pytest.mark.usefixtures("known_clerk")
def test_a_letter_that_cannot_be_written_is_never_recorded_and_nothing_is_erased(
    shop: db_service.Database,
    clerk: Actor,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """#14.10: the letter's file is written before the erasure commits; when it cannot be
    (here a folder sits at the letter's name), nothing is recorded and nothing erased, and
    the partner notices already written are taken back."""
    with shop.unit_of_work() as session:
        plan = told_partners_at_home_and_abroad(session, "lv")
        reference = erasure_request(session, clerk, plan)
        timeline_before = len(
            requests.get_request(session, request_id_of(session, reference)).timeline
        )
    path = str(shop.path)
    shop.close()
    in_the_way = tmp_path / "letter.pdf"
    in_the_way.mkdir()
    notices = tmp_path / "notices"
    argv = ["--db", path, "erase", "--customer", str(plan.customer_id), "--request", reference,
            "--partner-notices", str(notices), "--letter", str(in_the_way)]  # fmt: skip
    code = main(argv, clock)
    err = capsys.readouterr().err
    assert code not in (0, 70) and "Traceback" not in err
    assert list(notices.iterdir()) == []  # written, then taken back
    reopened = db_service.open_database(Path(path), db_service.system_keychain(), clock=clock)
    try:
        with reopened.session() as session:
            person = session.get(Customer, plan.customer_id)
            assert person is not None and person.erased_at is None and person.email
            detail = requests.get_request(session, request_id_of(session, reference))
            assert len(detail.timeline) == timeline_before
    finally:
        reopened.close()
