"""Letters composed from a request, archived encrypted on its timeline, reopened."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from minime_admin.cli import main
from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import (
    Channel,
    RefusalReason,
    RequestEventKind,
    RequestType,
    Status,
    TransitionRequest,
)
from minime_admin.letters.model import Facts, LetterKind
from minime_admin.services import (
    audit,
    customer_actions,
    customer_search,
    erasure,
    letters,
    requests,
)
from minime_admin.services import database as db_service

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

AS_OF = date(2026, 11, 25)


def text_of(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")


@pytest.fixture
def request_id(database: db_service.Database, clerk: Actor) -> int:
    with database.unit_of_work() as session:
        seed_demo(session, customers=20, seed=3, as_of=AS_OF, actor=clerk)
        customer_search.rebuild_index(session)
        opened = requests.open_request(
            session, clerk,
            requests.NewRequest(RequestType.ACCESS, Channel.EMAIL,
                                datetime(2026, 3, 4, 22, 30, tzinfo=UTC), "Ģirts Ķēniņš-Žūriņš",
                                "Kopiju, lūdzu", customer_id=1),
        )  # fmt: skip
    return opened.request_id


def test_access_letter_from_a_request_carries_the_art_15_information(
    database: db_service.Database, clerk: Actor, request_id: int
) -> None:
    with database.unit_of_work() as session:
        letter = letters.compose(session, clerk, request_id, LetterKind.ACCESS_COVER)
        assert letter.language == "lv"  # the customer's language
        assert letter.recipient.address_lines  # the customer's postal address
        letter_id, pdf = letters.produce(session, clerk, letter, request_id)
        detail = requests.get_request(session, request_id)
        archived = letters.letters_of(session, request_id)
        reopened = letters.reopen(session, clerk, letter_id)
        actions = [e.action for e in audit.newest_first(session, limit=2)]
    text = text_of(pdf)
    for fact in ("Ģirts Ķēniņš-Žūriņš", "2026. gada 5. martā", "Profila dati", "Pasūtījumi",
                 "Datu valsts inspekcija", "pēc finanšu gada beigām"):  # fmt: skip
        assert fact in text, fact
    assert reopened == pdf
    assert [a.kind for a in archived] == ["access_cover"] and archived[0].size == len(pdf)
    assert detail.timeline[-1].text.startswith("Letter: access_cover (lv)")
    assert actions == ["letter.reopened", "letter.produced"]
    database.close()
    if database.path is not None:  # a server's encryption at rest is the server's disk
        # Archived encrypted, not in plain. Each probe is 64 bytes of the PDF: a 4-byte
        # marker such as b"%PDF" turned up by chance in the ciphertext of one CI run.
        stored = database.path.read_bytes()
        probes = [pdf[at : at + 64] for at in range(0, len(pdf) - 64, 2048)]
        assert probes and not any(probe in stored for probe in probes)


def test_refusal_letter_takes_the_reason_from_the_request(
    database: db_service.Database, clerk: Actor, request_id: int
) -> None:
    with database.unit_of_work() as session:
        requests.transition(session, clerk, request_id, TransitionRequest(Status.IDENTITY_CHECK))
        requests.transition(
            session, clerk, request_id,
            TransitionRequest(Status.REFUSED, refusal_reason=RefusalReason.IDENTITY_NOT_CONFIRMED,
                              text="Nav atbildes uz mūsu lūgumu."),
        )  # fmt: skip
        letter = letters.compose(session, clerk, request_id, LetterKind.REFUSAL, "en")
        _, pdf = letters.produce(session, clerk, letter, request_id)
    text = text_of(pdf)
    assert "could not confirm your identity (GDPR Art. 12(6))" in text
    assert "Nav atbildes uz mūsu lūgumu." in text and "judicial remedy" in text


def test_rectification_letter_lists_fields_and_partners(
    database: db_service.Database, clerk: Actor, request_id: int
) -> None:
    with database.unit_of_work() as session:
        partners = customer_actions.rectify(
            session, clerk, 1, "phone", "+371 29 000 111", "asked", request_id=request_id
        )
        letter = letters.compose(session, clerk, request_id, LetterKind.RECTIFICATION_DONE)
    assert letter.facts.fields_corrected == ("Tālruņa numurs",)  # named, not "phone"
    assert set(letter.facts.partners_informed) == {f"{p.name} ({p.country})" for p in partners}


def test_erasure_letter_needs_the_erasure_facts(
    database: db_service.Database, clerk: Actor, request_id: int
) -> None:
    from minime_admin.services.letters import NeedsFacts

    with database.unit_of_work() as session:
        with pytest.raises(NeedsFacts):
            letters.compose(session, clerk, request_id, LetterKind.ERASURE_DONE)
        letter = letters.compose(session, clerk, request_id, LetterKind.ERASURE_DONE,
                                 facts=Facts(received=AS_OF, erased=("Profils",)))  # fmt: skip
    assert letter.facts.erased == ("Profils",)


@pytest.mark.usefixtures("known_clerk")
def test_letter_command(database: db_service.Database, request_id: int, tmp_path: Path,
                        capsys: pytest.CaptureFixture[str], clock: FixedClock) -> None:  # fmt: skip
    db = database.location
    database.close()
    out = tmp_path / "ack.pdf"
    code = main(["--db", db, "letter", "--request", "1", "--kind", "acknowledgment",
                 "--lang", "en", "--out", str(out), "--json"], clock)  # fmt: skip
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and result["language"] == "en" and out.stat().st_size == result["bytes"]
    assert "We have received your request" in text_of(out.read_bytes())
    assert main(clock=clock, argv=["letter", "--list-kinds", "--json"]) == 0
    kinds = json.loads(capsys.readouterr().out)
    assert len(kinds) == len(LetterKind) and kinds[0]["lv"]
    code = main(["--db", db, "letter", "--request", "DSR-2026-9999", "--kind", "refusal",
                 "--out", str(tmp_path / "x.pdf")], clock)  # fmt: skip
    assert code == 1 and "no request DSR-2026-9999" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_a_letter_that_must_not_be_kept_is_only_noted(
    database: db_service.Database, clerk: Actor, request_id: int
) -> None:
    with database.unit_of_work() as session:
        digest = letters.record_unarchived(
            session, clerk, request_id, LetterKind.ERASURE_DONE, "lv", b"%PDF-1.4 sample"
        )
        detail = requests.get_request(session, request_id)
        assert letters.letters_of(session, request_id) == []
        (entry,) = audit.newest_first(session, limit=1)
    assert digest in detail.timeline[-1].text and entry.action == "letter.produced_unarchived"


def test_erasure_takes_the_letter_and_leaves_a_plain_entry(
    database: db_service.Database, clerk: Actor, request_id: int
) -> None:
    with database.unit_of_work() as session:
        letter = letters.compose(session, clerk, request_id, LetterKind.ACKNOWLEDGMENT)
        letter_id, _ = letters.produce(session, clerk, letter, request_id)
        plan = erasure.plan_erasure(session, 1)
        erasure.execute_erasure(session, clerk, plan, None, "E-mail matches account")
        timeline = requests.get_request(session, request_id).timeline
        assert letters.letters_of(session, request_id) == []
    # The letter is gone with the person's data; its entry stays, without the link or words.
    (entry,) = [e for e in timeline if e.kind is RequestEventKind.LETTER]
    assert letter_id and entry.letter is None and entry.text == ""


def test_letter_command_out_inside_a_file(
    database: db_service.Database,
    request_id: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    clock: FixedClock,
) -> None:
    db = database.location
    database.close()
    blocked = tmp_path / "some_file.pdf"
    blocked.write_bytes(b"not a folder")
    argv = ["--db", db, "letter", "--request", "1", "--kind", "acknowledgment"]
    assert main([*argv, "--out", str(blocked / "x.pdf")], clock) == 1
    err = capsys.readouterr().err
    assert f"{blocked} is a file, not a folder" in err and "unexpected" not in err
