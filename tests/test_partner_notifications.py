"""#13.6: Art. 19 on record: who was told of a change, when and how; letters say only that."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from minime_admin import errors
from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.partner_notices import Change, Method
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.letters.engine import render_letter
from minime_admin.letters.model import LetterKind
from minime_admin.services import customer_actions, letters, partner_notices, requests
from minime_admin.services import database as db_service
from minime_admin.store.models import Customer, Disclosure, Partner

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

EARLIER = datetime(2026, 1, 10, 9, tzinfo=UTC)


@pytest.fixture
def shop(database: db_service.Database, clerk: Actor) -> tuple[db_service.Database, int]:
    """Two couriers got the profile; the shop's bank got nothing of this customer."""
    with database.unit_of_work() as session:
        session.add(
            Customer(
                id=1,
                first_name="Ģirts",
                last_name="Ķēniņš-Žūriņa",
                email="girts@example.lv",
                language="lv",
                created_at=EARLIER,
            )
        )
        session.add_all(
            [
                Partner(id=1, name="DPD Latvija", role="courier", country="LV"),
                Partner(id=2, name="Omniva", role="courier", country="EE"),
                Partner(id=3, name="Swedbank", role="bank", country="LV"),
            ]
        )
        session.flush()
        session.add_all(
            [
                Disclosure(
                    customer_id=1,
                    partner_id=p,
                    disclosed_at=EARLIER,
                    data_categories="profile,address",
                    legal_basis="contract",
                    purpose="delivery",
                )
                for p in (1, 2)
            ]
        )
        new = requests.NewRequest(
            RequestType.RECTIFICATION,
            Channel.EMAIL,
            datetime(2026, 11, 20, 9, tzinfo=UTC),
            "Ģirts Ķēniņš-Žūriņa",
            "Mans tālrunis ir mainījies.",
            requester_email="girts@example.lv",
        )
        request_id = requests.open_request(session, clerk, new).request_id
        customer_actions.rectify(
            session, clerk, 1, "phone", "+371 29 123 456", "asked", request_id=request_id
        )
    return database, request_id  # fmt: skip


def letter_text(database: db_service.Database, clerk: Actor, request_id: int, lang: str) -> str:
    with database.unit_of_work() as session:
        letter = letters.compose(session, clerk, request_id, LetterKind.RECTIFICATION_DONE, lang)
    pages = PdfReader(io.BytesIO(render_letter(letter))).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def test_a_letter_names_as_told_only_whom_the_record_shows(
    shop: tuple[db_service.Database, int], clerk: Actor
) -> None:
    database, request_id = shop
    before = letter_text(database, clerk, request_id, "en")
    assert "GDPR Art. 19 requires us to tell" in before and "told on" not in before
    with database.unit_of_work() as session:
        partner_notices.mark_told(
            session, clerk, 1, 1, Change.RECTIFICATION, date(2026, 11, 24), Method.EMAIL,
            request_id,
        )  # fmt: skip
        (told,) = partner_notices.told_of(session, 1)
        timeline = requests.get_request(session, request_id).timeline
    assert (told.partner.name, told.recorded_by, told.request_reference) == (
        "DPD Latvija",
        clerk.name,
        "DSR-2026-0001",
    )
    assert "DPD Latvija told of the rectification on 2026-11-24" in timeline[-1].text
    english = letter_text(database, clerk, request_id, "en")
    assert "we have told these recipients" in english
    assert "DPD Latvija (LV): told on 24 November 2026 by e-mail" in english
    assert english.count("DPD Latvija") == 1  # no longer among those still to be told
    assert "Omniva (EE)" in english.split("requires us to tell")[1]
    latvian = letter_text(database, clerk, request_id, "lv")
    assert "DPD Latvija (LV): informēts 2026. gada 24. novembrī pa e-pastu" in latvian


def test_what_cannot_be_recorded(shop: tuple[db_service.Database, int], clerk: Actor) -> None:
    database, _request_id = shop
    with database.unit_of_work() as session:
        with pytest.raises(errors.PartnerNotARecipient):
            partner_notices.mark_told(
                session, clerk, 1, 3, Change.RECTIFICATION, date(2026, 11, 24), Method.EMAIL
            )
        with pytest.raises(errors.ToldInFuture):
            partner_notices.mark_told(
                session, clerk, 1, 2, Change.ERASURE, date(2026, 11, 26), Method.LETTER
            )
        assert partner_notices.told_of(session, 1) == []


def test_the_command_line_records_and_lists(
    shop: tuple[db_service.Database, int], clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    database, _request_id = shop
    database.close()
    db = database.location
    assert main(["--db", db, "customers", "partner-told", "1", "2", "--change", "rectification",
                 "--on", "2026-11-25", "--how", "portal", "--request", "DSR-2026-0001"],
                clock) == 0  # fmt: skip
    assert "Omniva told of the rectification on 2026-11-25" in capsys.readouterr().out
    assert main(["--db", db, "customers", "partners-told", "1", "--json"], clock) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["partner"] == "Omniva" and row["method"] == "portal"
    assert row["request"] == "DSR-2026-0001" and row["told_on"] == "2026-11-25"


def test_rectification_and_restriction_notices_go_to_each_partner_in_its_language(
    shop: tuple[db_service.Database, int], clerk: Actor, clock: FixedClock, tmp_path: object,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    """#13.6: after a rectification or a restriction each partner who received the data gets
    a notice in Latvian or English; preparing one records no partner as told."""
    from pathlib import Path

    from minime_admin.services import change_notices

    database, request_id = shop
    with database.unit_of_work() as session:
        made = change_notices.change_notices(
            session, clerk, 1, Change.RECTIFICATION, request_id=request_id
        )
        assert not partner_notices.told_of(session, 1)  # prepared is not told
    assert [(n.partner, n.language) for n in made] == [("DPD Latvija", "lv"), ("Omniva", "en")]
    latvian = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(made[0].pdf)).pages).split()
    )
    english = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(made[1].pdf)).pages).split()
    )
    assert "Paziņojums par personas datu labošanu" in latvian
    assert "Tālruņa numurs +371 29 123 456" in latvian and "Ģirts Ķēniņš-Žūriņa" in latvian
    assert "Notice of rectification" in english and "Phone number +371 29 123 456" in english
    assert "DSR-2026-0001" in english

    database.close()
    out = Path(str(tmp_path)) / "notices"
    assert main(["--db", database.location, "customers", "partner-notices", "1",
                 "--change", "restriction", "--out", str(out)], clock) == 0  # fmt: skip
    printed = capsys.readouterr().out
    assert printed.count("Prepared (not sent)") == 2
    files = sorted(p.name for p in out.iterdir())
    assert files == ["art19-restriction-dpd-latvija-1.pdf", "art19-restriction-omniva-1.pdf"]
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out / files[1]).pages).split())
    assert "Notice of restriction of processing" in text and "only store" in text
