"""Issue #13 point 9: a question about the legal basis or transfers has its own answer
letter — the basis per category of the person's data, the disclosures and each transfer's
safeguard — in both languages, from the CLI and from the request's letter dialog."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType, Status, TransitionRequest
from minime_admin.gui import tasks
from minime_admin.gui.context import AppContext
from minime_admin.gui.inbox import InboxPage
from minime_admin.letters.catalogue import LETTERS
from minime_admin.letters.model import LetterKind
from minime_admin.services import database as db_service
from minime_admin.services import letters, requests
from minime_admin.store.models import Customer, Disclosure, Partner

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

SCC = "EU standard contractual clauses, GDPR Art. 46(2)(c)"


def text_of(pdf: bytes) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


def _question(
    database: db_service.Database, actor: Actor, customer_id: int | None
) -> tuple[int, str]:
    with database.unit_of_work() as session:
        opened = requests.open_request(
            session,
            actor,
            requests.NewRequest(
                RequestType.LEGAL_BASIS_QUESTION, Channel.EMAIL,
                datetime(2026, 11, 20, 9, tzinfo=UTC), "Ģirts Ķēniņš-Žūriņa",
                "Uz kāda pamata apstrādājat manus datus un vai tos sūtāt uz ASV?",
                requester_email="girts@example.lv", customer_id=customer_id,
            ),
        )  # fmt: skip
        requests.transition(session, actor, opened.request_id, TransitionRequest(Status.COMPLETED))
    return opened.request_id, opened.reference


@pytest.fixture
def asked(database: db_service.Database, clerk: Actor) -> Iterator[tuple[int, str]]:
    with database.unit_of_work() as session:
        mailer = Partner(
            name="Mailchimp", role="email_service", country="US", third_country=True,
            safeguards=SCC,
        )  # fmt: skip
        person = Customer(
            first_name="Ģirts", last_name="Ķēniņš-Žūriņa", email="girts@example.lv",
            language="lv", created_at=datetime(2024, 1, 1, tzinfo=UTC),
        )  # fmt: skip
        session.add_all([mailer, person])
        session.flush()
        session.add(
            Disclosure(
                customer_id=person.id, partner_id=mailer.id,
                disclosed_at=datetime(2026, 4, 9, 10, tzinfo=UTC),
                data_categories="profile,newsletter", legal_basis="consent", purpose="Jaunumi",
            )
        )  # fmt: skip
        customer_id = person.id
    yield _question(database, clerk, customer_id)
    assert tasks.cancel_all_and_wait(10_000)


EXPECTED = {
    "lv": [
        "Juridiskais pamats katrai Jūsu datu kategorijai (VDAR 6. panta 1. punkts)",
        "Profila dati (vārds, e-pasts, tālrunis, valoda): līguma ar Jums izpilde "
        "(VDAR 6. panta 1. punkta b) apakšpunkts)",
        "Ziņas par datu izpaušanu partneriem: mums noteikts juridisks pienākums",
        "Mailchimp (ASV) — Profila dati",
        "izpausti 2026. gada 9. aprīlī",
        "Mailchimp (ASV): Eiropas Komisijas pieņemtās standarta līguma klauzulas "
        "(VDAR 46. panta 2. punkta c) apakšpunkts)",
        "VDAR 7. panta 3. punkts",
    ],
    "en": [
        "The legal basis for each category of your data (GDPR Art. 6(1))",
        "Profile (name, e-mail, phone, language): performing our contract with you "
        "(GDPR Art. 6(1)(b))",
        "Records of disclosures to partners: a legal obligation we are subject to",
        "Mailchimp (USA) — Profile",
        "disclosed on 9 April 2026",
        "Mailchimp (USA): standard contractual clauses adopted by the European Commission "
        "(GDPR Art. 46(2)(c))",
        "GDPR Art. 7(3)",
    ],
}


@pytest.mark.usefixtures("known_clerk")  # a command-line letter is signed by a known user
@pytest.mark.parametrize("language", ["lv", "en"])
def test_the_cli_writes_the_answer_with_the_basis_per_category_and_the_safeguards(
    database: db_service.Database,
    asked: tuple[int, str],
    tmp_path: Path,
    clock: FixedClock,
    language: str,
) -> None:
    _, reference = asked
    path = database.location
    database.close()
    out = tmp_path / f"answer-{language}.pdf"
    argv = ["--db", path, "letter", "--request", reference, "--kind", "legal_basis_answer",
            "--lang", language, "--out", str(out)]  # fmt: skip
    assert main(clock=clock, argv=argv) == 0
    text = text_of(out.read_bytes())
    assert LETTERS[LetterKind.LEGAL_BASIS_ANSWER][language].subject in text
    for fact in EXPECTED[language]:
        assert fact in text, fact
    assert "2026. gada 20. novembrī" in text if language == "lv" else "20 November 2026" in text


def test_the_letter_dialog_offers_it_for_an_answered_question(
    qtbot: QtBot, database: db_service.Database, clerk: Actor, asked: tuple[int, str]
) -> None:
    request_id, _ = asked
    page = InboxPage(AppContext(database, clerk))
    qtbot.add_widget(page)
    page.show()
    qtbot.wait_until(lambda: not page.jobs.busy, timeout=10_000)
    page.show_request(request_id)
    page.detail_pane.letter_button.click()
    dialog = page.detail_pane.letters.dialog
    assert dialog is not None
    qtbot.wait_until(lambda: not dialog.busy and dialog.preview.pdf is not None, timeout=10_000)
    assert dialog.kind.currentData() == LetterKind.LEGAL_BASIS_ANSWER
    assert "Answer on the legal basis and transfers" in dialog.kind.currentText()
    assert EXPECTED["lv"][1] in text_of(dialog.preview.pdf or b"")


def test_without_a_customer_the_letter_asks_for_one_instead_of_stating_nothing(
    database: db_service.Database, clerk: Actor
) -> None:
    request_id, _ = _question(database, clerk, None)
    with (
        database.unit_of_work() as session,
        pytest.raises(letters.NeedsFacts, match="customer"),
    ):
        letters.compose(session, clerk, request_id, LetterKind.LEGAL_BASIS_ANSWER, "lv")
