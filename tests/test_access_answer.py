"""Issue #13 point 8: every access answer (Art. 15) — the PDF in the export package, with or
without a request — carries all of Art. 15(1)(a)-(h) and 15(2): (a) purposes, (b)
categories in the article's order, the actual disclosures of this customer as recipients,
the Latvian (h) complete, and each transfer's safeguard in the letter's language."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from minime_admin.domain.actor import Actor
from minime_admin.domain.export_scope import Scope
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.services import database as db_service
from minime_admin.services import requests
from minime_admin.services.export import export_customer
from minime_admin.store.models import Customer, Disclosure, Partner

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

SCC = (
    "Standard contractual clauses adopted by the European Commission (Implementing Decision "
    "(EU) 2021/914, module 2), with a transfer impact assessment; GDPR Art. 46(2)(c)."
)


def _at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 10, tzinfo=UTC)


@pytest.fixture
def customers(database: db_service.Database) -> dict[str, int]:
    """One customer whose data went to a courier five times and to a US mailer once, and
    one whose data went nowhere."""
    with database.unit_of_work() as session:
        courier = Partner(name="Omniva", role="courier", country="EE", third_country=False)
        mailer = Partner(
            name="Mailchimp", role="email_service", country="US", third_country=True,
            safeguards=SCC,
        )  # fmt: skip
        session.add_all([courier, mailer])
        ids = {}
        for key in ("shared", "kept"):
            person = Customer(
                first_name="Ģirts", last_name=f"Ķēniņš-{key}", email=f"{key}@example.lv",
                language="lv", created_at=_at(2024, 1, 1), last_activity_at=_at(2026, 10, 1),
            )  # fmt: skip
            session.add(person)
            session.flush()
            ids[key] = person.id
        for day in (_at(2025, 1, 3), _at(2025, 3, 4), _at(2025, 6, 5), _at(2025, 9, 6),
                    _at(2026, 2, 7)):  # fmt: skip
            session.add(
                Disclosure(
                    customer_id=ids["shared"], partner_id=courier.id, disclosed_at=day,
                    data_categories="profile,address", legal_basis="contract", purpose="Piegāde",
                )
            )  # fmt: skip
        session.add(
            Disclosure(
                customer_id=ids["shared"], partner_id=mailer.id, disclosed_at=_at(2026, 4, 9),
                data_categories="profile,newsletter", legal_basis="consent", purpose="Jaunumi",
            )
        )  # fmt: skip
    return ids


def _answer(
    database: db_service.Database,
    actor: Actor,
    customer_id: int,
    language: str,
    out: Path,
    request_id: int | None = None,
) -> str:
    with database.unit_of_work() as session:
        result = export_customer(
            session, actor, customer_id, out, Scope.ACCESS, request_id=request_id,
            language=language,
        )  # fmt: skip
    with zipfile.ZipFile(result.path) as archive:
        pdf = archive.read("answer.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


def _in_order(text: str, parts: list[str]) -> None:
    positions = [text.find(part) for part in parts]
    assert all(p >= 0 for p in positions), [
        p for p, at in zip(parts, positions, strict=True) if at < 0
    ]
    assert positions == sorted(positions), parts


LABELS = {
    "lv": ["a) Kādiem nolūkiem", "b) Kādas Jūsu datu kategorijas", "c) Kam Jūsu dati",
           "d) Cik ilgi", "e) Jums ir tiesības", "f) Jums ir tiesības iesniegt sūdzību",
           "g) Datus esam saņēmuši", "h) Mēs nepieņemam", "VDAR 15. panta 2. punkts"],
    "en": ["(a) The purposes", "(b) The categories", "(c) Who your data", "(d) How long",
           "(e) You have the right", "(f) You have the right to lodge", "(g) We obtained",
           "(h) We make no decisions", "GDPR Art. 15(2)"],
}  # fmt: skip


@pytest.mark.parametrize("language", ["lv", "en"])
def test_an_answer_without_a_request_carries_every_item_and_the_real_disclosures(
    database: db_service.Database,
    clerk: Actor,
    customers: dict[str, int],
    tmp_path: Path,
    language: str,
) -> None:
    text = _answer(database, clerk, customers["shared"], language, tmp_path)
    _in_order(text, LABELS[language])
    if language == "lv":
        assert "vai līdzīgi būtiskas sekas" in text
        assert "Mūsu datu izpaušanas reģistrā nav ierakstu" not in text
        # Who, when (five times: a span, "no" + genitive, "līdz" + dative), what, where.
        assert "Omniva (Igaunija)" in text
        assert (
            "izpausti 5 reizes laikā no 2025. gada 3. janvāra līdz 2026. gada 7. februārim" in text
        )
        assert "Mailchimp (ASV)" in text and "izpausti 2026. gada 9. aprīlī" in text
        assert (
            "trešā valsts, garantija: Eiropas Komisijas pieņemtās standarta līguma klauzulas"
            in text
        )
        letter = text.split("Ar cieņu")[0]  # the data copy after it quotes the register as is
        assert "Standard contractual clauses" not in letter  # the safeguard in Latvian
        assert "saņemto pieprasījumu" not in text  # no request: none is claimed
    else:
        assert "similarly significantly affect you" in text
        assert "Omniva (Estonia)" in text and "disclosed 5 times between 3 January 2025" in text
        assert "a third country, safeguard: standard contractual clauses adopted by the" in text
        assert "received on" not in text
    _in_order(text, ["Mailchimp (" + ("ASV" if language == "lv" else "USA") + "): "])


def test_an_answer_to_a_request_states_it_and_a_customer_with_no_disclosure_is_told_so(
    database: db_service.Database, clerk: Actor, customers: dict[str, int], tmp_path: Path
) -> None:
    with database.unit_of_work() as session:
        request_id = requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ACCESS, Channel.EMAIL, _at(2026, 11, 10), "Ģirts", "Kopiju",
                customer_id=customers["kept"],
            ),
        ).request_id  # fmt: skip
    text = _answer(database, clerk, customers["kept"], "lv", tmp_path, request_id)
    _in_order(text, [label.replace("c) Kam Jūsu dati", "c) Mūsu") for label in LABELS["lv"]])
    assert "2026. gada 10. novembrī saņemto pieprasījumu" in text
    assert "c) Mūsu datu izpaušanas reģistrā nav ierakstu" in text
    assert "nav ierakstu par Jūsu datu nosūtīšanu uz valsti ārpus Eiropas" in text
    assert "Omniva" not in text and "Mailchimp" not in text
