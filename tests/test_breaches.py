"""The breach register end to end: clock, severity, selection, sign-off and its voiding,
drafts versus final outputs, `breach verify` on good and tampered files, bulk letters."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import reopen_database
from pypdf import PdfReader
from sqlalchemy import select

from minime_admin import errors
from minime_admin.cli import main
from minime_admin.demo.customers import seed_demo
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.breach import (
    Circumstances,
    OutputKind,
    needs_dvi_exemption,
)
from minime_admin.domain.clock import FixedClock
from minime_admin.services import audit, breach_selection, breaches, users
from minime_admin.services import breach_outputs as outputs
from minime_admin.services import database as db_service
from minime_admin.services.breach_selection import Kind, Query
from minime_admin.store import breach_repo
from minime_admin.store.models import Customer

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

PASSWORD = "Ķēniņš correct horse"
AS_OF = date(2026, 11, 25)


# Every Art. 33(3)/34(2) element, in Latvian only.
COMPLETE: dict[str, object] = {
    "description": "Nozaudēts USB",
    "subject_categories": "klienti",
    "people": 3,
    "data_categories": "e-pasts",
    "records": 3,
    "contact_point": "info@minime.lv",
    "consequences": "Surogātpasts",
    "measures_proposed": "Šifrēt",
}


def text_of(pdf: bytes) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\n", " ")


@pytest.fixture
def shop(database: db_service.Database, clerk: Actor) -> db_service.Database:
    with database.unit_of_work() as session:
        seed_demo(session, customers=40, seed=3, as_of=AS_OF, actor=clerk)
        users.add_user(session, clerk, "Anna Vadītāja", Role.MANAGER, PASSWORD)
        users.add_user(session, clerk, "Pēteris", Role.STAFF, by=("Anna Vadītāja", PASSWORD))
        # The command line signs letters as the known user MINIME_ADMIN_USER names.
        users.add_user(session, clerk, clerk.name, Role.STAFF, by=("Anna Vadītāja", PASSWORD))
    return database


@pytest.fixture
def breach_id(shop: db_service.Database, clerk: Actor, clock: FixedClock) -> int:
    with shop.unit_of_work() as session:
        bid = breaches.new_breach(
            session,
            clerk,
            "Nozagts dators",
            clock.now() - timedelta(hours=3),
            "confidentiality",
        )
        breaches.update_breach(
            session,
            clerk,
            bid,
            description="Dators ar eksportu nozagts",
            consequences="Adreses svešās rokās",
            measures_taken="Bloķēts",
            advice="Esiet piesardzīgi",
            data_categories="vārds, adrese",
            contact_point="info@minime.lv",
            subject_categories="klienti",
            records=80,
            description_en="A computer with an export was stolen",
            consequences_en="Addresses in the wrong hands",
            measures_taken_en="Blocked",
            advice_en="Be careful",
            data_categories_en="name, address",
        )
        breaches.assess(session, clerk, bid, 2, "1", Circumstances(confidentiality=Decimal("0.5")))
        breaches.decide(session, clerk, bid, True, "Daudz personu", True, "Augsts risks")
        ids = breach_repo.newsletter_subscribers(session)
        breaches.select_affected(session, clerk, bid, ids, "newsletter")
    return bid


def test_awareness_in_the_future_is_refused(
    shop: db_service.Database, clerk: Actor, clock: FixedClock
) -> None:
    with shop.unit_of_work() as session, pytest.raises(errors.AwarenessInFuture):
        breaches.new_breach(session, clerk, "x", clock.now() + timedelta(hours=1))


def test_register_clock_and_severity(shop: db_service.Database, breach_id: int) -> None:
    with shop.unit_of_work() as session:
        detail = breaches.get_breach(session, breach_id)
    assert (
        detail.reference.startswith("BR-2026-") and 68 < detail.hours_left(shop.clock.now()) <= 69
    )
    assert detail.severity is not None and detail.severity.score == Decimal("2.5")
    assert detail.affected and not detail.signoff.valid


def test_scores_out_of_range_and_empty_selection(
    shop: db_service.Database, clerk: Actor, breach_id: int
) -> None:
    with shop.unit_of_work() as session:
        with pytest.raises(errors.ScoreInvalid):
            breaches.assess(session, clerk, breach_id, 5, "1", Circumstances())
        with pytest.raises(errors.EmptySelection):
            breaches.select_affected(session, clerk, breach_id, [], "nobody")
        assert breaches.get_breach(session, breach_id).severity is not None  # unchanged


def test_only_a_manager_with_the_right_password_signs_off(
    shop: db_service.Database, breach_id: int
) -> None:
    with shop.unit_of_work() as session:
        with pytest.raises(errors.NotAManager):
            breaches.sign_off(session, breach_id, "Pēteris", PASSWORD)
        with pytest.raises(errors.WrongPassword):
            breaches.sign_off(session, breach_id, "Anna Vadītāja", "not it at all")
        assert not breaches.get_breach(session, breach_id).signoff.valid
        state = breaches.sign_off(session, breach_id, "Anna Vadītāja", PASSWORD)
    assert state.valid and state.signer == "Anna Vadītāja"


def test_a_change_after_sign_off_voids_it_visibly(
    shop: db_service.Database, clerk: Actor, breach_id: int
) -> None:
    with shop.unit_of_work() as session:
        breaches.sign_off(session, breach_id, "Anna Vadītāja", PASSWORD)
        breaches.update_breach(session, clerk, breach_id, advice="Mainiet paroli")
        detail = breaches.get_breach(session, breach_id)
        actions = [e.action for e in audit.newest_first(session, limit=3)]
        with pytest.raises(errors.NotSignedOff):
            outputs.render_output(session, clerk, breach_id, outputs.OutputKind.DVI, final=True)
    assert not detail.signoff.valid and detail.signoff.voided_at is not None
    assert "breach.signoff_voided" in actions


def test_drafts_are_watermarked_and_finals_need_sign_off(
    shop: db_service.Database, clerk: Actor, breach_id: int
) -> None:
    with shop.unit_of_work() as session:
        with pytest.raises(errors.NotSignedOff):
            outputs.render_output(session, clerk, breach_id, outputs.OutputKind.WEBSITE, final=True)
        draft = outputs.render_output(session, clerk, breach_id, outputs.OutputKind.DVI)
        breaches.sign_off(session, breach_id, "Anna Vadītāja", PASSWORD)
        final = outputs.render_output(session, clerk, breach_id, outputs.OutputKind.DVI, "lv", True)
        assert not outputs.verify_output(session, draft).signed
    assert "MELNRAKSTS / DRAFT" in text_of(draft)
    final_text = text_of(final)
    assert "MELNRAKSTS" not in final_text
    for fact in (
        "Datu valsts inspekcija",
        "Iespējamās sekas",
        "Adreses svešās rokās",
        "Aptuvenais datu subjektu skaits",
        "SE = 2.5",
    ):
        assert fact in final_text, fact


def test_no_sign_off_while_an_art_33_element_is_empty_and_drafts_say_which(
    shop: db_service.Database, clerk: Actor, clock: FixedClock
) -> None:
    """Issue #13.10."""
    with shop.unit_of_work() as session:
        bid = breaches.new_breach(session, clerk, "Tukšs", clock.now() - timedelta(hours=1))
        breaches.update_breach(session, clerk, bid, **{**COMPLETE, "contact_point": ""})
        with pytest.raises(errors.BreachElementsMissing) as refused:
            breaches.sign_off(session, bid, "Anna Vadītāja", PASSWORD)
        draft = outputs.render_output(session, clerk, bid, outputs.OutputKind.DVI, "lv")
        website = outputs.render_output(session, clerk, bid, outputs.OutputKind.WEBSITE, "en")
        assert not breaches.get_breach(session, bid).signoff.valid
        breaches.update_breach(session, clerk, bid, contact_point="dpo@minime.lv")
        assert breaches.sign_off(session, bid, "Anna Vadītāja", PASSWORD).valid
    assert "contact point" in refused.value.message() and "consequences" not in str(refused.value)
    assert "nav aizpildīti šie obligātie elementi" in text_of(draft)
    assert "kontaktpersona" in text_of(draft)
    english = text_of(website)
    assert "contact point" in english and "likely consequences" in english  # no English text


def test_english_outputs_never_carry_latvian_facts(
    shop: db_service.Database, clerk: Actor, breach_id: int
) -> None:
    """Issue #13.12: an untranslated fact blocks the final English outputs, not the Latvian."""
    with shop.unit_of_work() as session:
        breaches.update_breach(session, clerk, breach_id, advice_en="")
        breaches.sign_off(session, breach_id, "Anna Vadītāja", PASSWORD)
        with pytest.raises(errors.BreachTranslationMissing) as refused:
            outputs.render_output(session, clerk, breach_id, OutputKind.WEBSITE, "en", True)
        latvian = outputs.render_output(session, clerk, breach_id, OutputKind.WEBSITE, "lv", True)
        breaches.update_breach(session, clerk, breach_id, advice_en="Be careful")
        breaches.sign_off(session, breach_id, "Anna Vadītāja", PASSWORD)
        english = outputs.render_output(session, clerk, breach_id, OutputKind.WEBSITE, "en", True)
        letter = outputs.customer_letter(
            breaches.get_breach(session, breach_id),
            outputs.letterhead(session),
            "Ģirts Ķēniņš-Žūriņa",
            "en",
            None,
            AS_OF,
            clerk,
            False,
        )
    assert "English" in refused.value.message() and "advice to the people" in str(refused.value)
    assert "Esiet piesardzīgi" in text_of(latvian)
    english_text = text_of(english)
    assert "Be careful" in english_text and "A computer with an export" in english_text
    for latvian_fact in ("Esiet piesardzīgi", "Dators ar eksportu", "Adreses svešās", "Bloķēts"):
        assert latvian_fact not in english_text
    assert letter.facts.breach_description == "A computer with an export was stolen"
    assert letter.facts.breach_advice == "Be careful"


def test_a_file_signed_before_a_later_edit_is_no_longer_current(
    shop: db_service.Database, clerk: Actor, breach_id: int
) -> None:
    """Issue #13.13."""
    with shop.unit_of_work() as session:
        breaches.sign_off(session, breach_id, "Anna Vadītāja", PASSWORD)
        old = outputs.render_output(session, clerk, breach_id, OutputKind.DVI, "lv", True)
        assert outputs.verify_output(session, old).current
        breaches.update_breach(session, clerk, breach_id, advice="Mainiet paroli")
        breaches.sign_off(session, breach_id, "Anna Vadītāja", PASSWORD)
        verdict = outputs.verify_output(session, old)
        new = outputs.verify_output(
            session, outputs.render_output(session, clerk, breach_id, OutputKind.DVI, "lv", True)
        )
    assert verdict.genuine and verdict.unchanged and not verdict.current
    assert verdict.signed_version is not None and verdict.current_version is not None
    assert verdict.signed_version < verdict.current_version
    assert new.current and new.signed_version == verdict.current_version


def test_verify_good_and_tampered_files(
    shop: db_service.Database, clerk: Actor, breach_id: int
) -> None:
    with shop.unit_of_work() as session:
        breaches.sign_off(session, breach_id, "Anna Vadītāja", PASSWORD)
        final = outputs.render_output(
            session, clerk, breach_id, outputs.OutputKind.WEBSITE, "en", True
        )
        good = outputs.verify_output(session, final)
        middle = len(final) // 2
        tampered = final[:middle] + bytes([final[middle] ^ 0x01]) + final[middle + 1 :]
        bad = outputs.verify_output(session, tampered)
    assert good.genuine and good.unchanged and good.signer == "Anna Vadītāja"
    assert bad.signed and not bad.unchanged and not bad.genuine


def test_a_late_dvi_notice_needs_the_reasons(
    shop: db_service.Database, clerk: Actor, clock: FixedClock
) -> None:
    with shop.unit_of_work() as session:
        bid = breaches.new_breach(session, clerk, "Vēls", clock.now() - timedelta(hours=80))
        breaches.update_breach(session, clerk, bid, **COMPLETE)
        breaches.sign_off(session, bid, "Anna Vadītāja", PASSWORD)
        with pytest.raises(errors.DelayReasonsNeeded):
            outputs.render_output(session, clerk, bid, outputs.OutputKind.DVI, final=True)
        breaches.update_breach(session, clerk, bid, delay_reasons="Uzzinājām brīvdienās")
        breaches.sign_off(session, bid, "Anna Vadītāja", PASSWORD)
        pdf = outputs.render_output(session, clerk, bid, outputs.OutputKind.DVI, final=True)
    assert "Uzzinājām brīvdienās" in text_of(pdf)


@pytest.mark.slow
def test_bulk_customer_letters_with_mail_merge(
    shop: db_service.Database, clerk: Actor, breach_id: int, tmp_path: Path
) -> None:
    seen: list[int] = []
    with shop.unit_of_work() as session:
        breaches.sign_off(session, breach_id, "Anna Vadītāja", PASSWORD)
        result = outputs.customer_letters(
            session,
            clerk,
            breach_id,
            tmp_path / "letters",
            final=True,
            progress=lambda d, t: seen.append(d) or True,
        )
        pdfs = sorted((tmp_path / "letters").glob("*.pdf"))
        verdict = outputs.verify_output(session, pdfs[0].read_bytes())
    rows = list(csv.DictReader(io.StringIO(result.mail_merge.read_text("utf-8-sig"))))
    assert result.letters == len(pdfs) == len(rows) and seen[-1] == result.letters
    assert {r["language"] for r in rows} <= {"lv", "en"} and all(r["file"] for r in rows)
    assert verdict.genuine and verdict.kind == "customer"
    assert "Dators ar eksportu nozagts" in text_of(pdfs[0].read_bytes())


def test_breach_command_line(
    shop: db_service.Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    clock: FixedClock,
) -> None:
    db = shop.location  # the file, or the server URL
    shop.close()
    assert (
        main(
            clock=clock,
            argv=[
                "--db",
                db,
                "breach",
                "new",
                "--aware",
                "2026-11-24T14:30",
                "--title",
                "Noplūde",
                "--people",
                "120",
                "--json",
            ],
        )
        == 0
    )
    created = json.loads(capsys.readouterr().out)
    assert created["aware"] == "2026-11-24T14:30:00+02:00"
    assert created["dvi_due"] == "2026-11-27T14:30:00+02:00"
    bid = str(created["id"])
    assert (
        main(
            clock=clock,
            argv=[
                "--db",
                db,
                "breach",
                "assess",
                bid,
                "--dpc",
                "2",
                "--ei",
                "1",
                "--cb",
                "0.5",
                "--json",
            ],
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["level"] == "medium"
    assert (
        main(clock=clock, argv=["--db", db, "breach", "assess", bid, "--dpc", "9", "--ei", "1"])
        == 1
    )
    capsys.readouterr()
    assert main(clock=clock, argv=["--db", db, "breach", "affected", bid, "--newsletter"]) == 0
    capsys.readouterr()
    out = tmp_path / "dvi.pdf"
    assert (
        main(
            clock=clock,
            argv=["--db", db, "breach", "notice", bid, "--kind", "dvi", "--out", str(out)],
        )
        == 1
    )
    assert "no valid sign-off" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("MINIME_ADMIN_USER_PASSWORD", PASSWORD)
    # Issue #13.10: no sign-off while an Art. 33(3) element is empty; the refusal names them.
    sign = ["--db", db, "breach", "sign-off", bid, "--user", "Anna Vadītāja"]
    assert main(clock=clock, argv=sign) == 1
    err = capsys.readouterr().err
    assert (
        "contact point" in err
        and "likely consequences" in err
        and "approximate number of people" not in err
    )
    update = ["--db", db, "breach", "update", bid, "--records", "200"]
    for name, value in COMPLETE.items():
        if name not in ("people", "records"):
            update += [f"--{name.replace('_', '-')}", str(value)]
    assert main(clock=clock, argv=update) == 0
    assert main(clock=clock, argv=["--db", db, "breach", "sign-off", bid, "--user", "Pēteris"]) == 1
    assert "not a manager" in capsys.readouterr().err
    assert (
        main(clock=clock, argv=["--db", db, "breach", "sign-off", bid, "--user", "Anna Vadītāja"])
        == 0
    )
    assert (
        main(
            clock=clock,
            argv=["--db", db, "breach", "notice", bid, "--kind", "dvi", "--out", str(out)],
        )
        == 0
    )
    capsys.readouterr()
    assert main(clock=clock, argv=["--db", db, "breach", "verify", str(out), "--json"]) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["genuine"] and verdict["signer"] == "Anna Vadītāja" and verdict["current"]
    signed_copy = out.read_bytes()
    data = bytearray(out.read_bytes())
    data[len(data) // 3] ^= 0xFF
    out.write_bytes(bytes(data))
    assert main(clock=clock, argv=["--db", db, "breach", "verify", str(out)]) == 1
    assert "CHANGED" in capsys.readouterr().out
    assert main(clock=clock, argv=["--db", db, "breach", "show", bid, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert {"id", "reference", "aware", "dvi_due", "status", "severity"} <= set(shown)
    # Issue #13.13: after a later edit the old file says it is no longer current.
    update = ["--db", db, "breach", "update", bid, "--advice", "Mainiet paroli"]
    assert main(clock=clock, argv=update) == 0
    out.write_bytes(signed_copy)
    capsys.readouterr()
    assert main(clock=clock, argv=["--db", db, "breach", "verify", str(out)]) == 1
    said = capsys.readouterr().out
    assert "genuine" in said and "NOT GENUINE" not in said
    assert f"signed for version {shown['version']} of breach" in said
    assert "no longer current" in said


def test_the_cli_asks_about_daylight_saving_times_instead_of_guessing(
    shop: db_service.Database, capsys: pytest.CaptureFixture[str], clock: FixedClock
) -> None:
    """Issue #13.14: the spring gap and the autumn repeated hour are refused in one sentence;
    an explicit offset picks one of the two instants."""
    db = shop.location  # the file, or the server URL
    shop.close()

    def new(aware: str) -> int:
        argv = ["--db", db, "breach", "new", "--aware", aware, "--title", "x", "--json"]
        return main(clock=clock, argv=argv)

    assert new("2026-03-29T03:30") == 1
    assert "did not exist in Riga" in capsys.readouterr().err
    assert new("2026-10-25T03:30") == 1
    err = capsys.readouterr().err
    assert "happened twice" in err and "2026-10-25T03:30+03:00" in err
    assert "2026-10-25T03:30+02:00" in err and "Traceback" not in err
    assert new("2026-10-25T03:30+02:00") == 0
    created = json.loads(capsys.readouterr().out)
    assert created["dvi_due"] == "2026-10-28T03:30:00+02:00"  # 72 real hours after 01:30 UTC
    assert new("yesterday") == 1
    assert "YYYY-MM-DDTHH:MM" in capsys.readouterr().err


def test_breach_affected_on_the_command_line_selects_as_the_page_does(
    shop: db_service.Database,
    breach_id: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    clock: FixedClock,
) -> None:
    """The same four queries as the breach page (services.breach_selection), with the same
    count and the same words recorded; a period is stated in Riga time whatever zone it was
    typed in."""
    with shop.session() as session:
        emails = session.execute(select(Customer.email).limit(3)).scalars().all()
    listing = tmp_path / "skartie.csv"
    listing.write_bytes("\n".join(["e-pasts;vārds", *(f"{e};x" for e in emails)]).encode("cp1257"))
    riga = breach_selection.days(date(2026, 9, 1), date(2026, 11, 24))
    cases = [
        (["--orders-between", "2026-09-01T00:00", "2026-11-25T00:00"], Query(Kind.ORDERS, *riga)),
        (["--visits-between", "2026-08-31T21:00+00:00", "2026-11-25"], Query(Kind.VISITS, *riga)),
        (["--newsletter"], Query(Kind.NEWSLETTER)),
        (["--file", str(listing)], Query(Kind.FILE, path=listing)),
    ]
    with shop.session() as session:
        expected = [breach_selection.select(session, query) for _, query in cases]
    assert expected[0].how == (
        "orders 2026-09-01 00:00 – 2026-11-25 00:00 Riga time, end not included"
    )
    assert expected[1].how.startswith("visits 2026-09-01 00:00 – 2026-11-25 00:00")
    assert expected[3].how == "list skartie.csv: 3 e-mails, 0 order numbers"
    db, bid = shop.location, str(breach_id)
    shop.close()
    for (arguments, _), selection in zip(cases, expected, strict=True):
        argv = ["--db", db, "breach", "affected", bid, *arguments, "--preview"]
        assert main(argv, clock) == 0
        count, how = len(selection.customer_ids), selection.how
        assert capsys.readouterr().out == (
            f"Preview: {count} customers would be affected ({how}). Nothing saved yet.\n"
        )
    assert main(["--db", db, "breach", "affected", bid, *cases[1][0]], clock) == 0
    assert capsys.readouterr().out.startswith(f"Saved {len(expected[1].customer_ids)} customers")
    backwards = ["--orders-between", "2026-11-25T00:00", "2026-09-01T00:00"]
    assert main(["--db", db, "breach", "affected", bid, *backwards], clock) == 1
    assert "must end after it starts" in capsys.readouterr().err
    reopened = reopen_database(db, clock)
    try:
        with reopened.session() as session:
            detail = breaches.get_breach(session, breach_id)
    finally:
        reopened.close()
    assert detail.facts["affected_query"] == expected[1].how
    assert sorted(detail.affected) == sorted(expected[1].customer_ids)


def test_people_told_but_dvi_not_needs_an_explicit_legal_reason(
    shop: db_service.Database, clerk: Actor, breach_id: int
) -> None:
    assert needs_dvi_exemption(notify_dvi=False, notify_people=True)
    assert not needs_dvi_exemption(notify_dvi=True, notify_people=True)
    assert not needs_dvi_exemption(notify_dvi=False, notify_people=False)
    with shop.unit_of_work() as session, pytest.raises(errors.DviExemptionNeeded):
        breaches.decide(session, clerk, breach_id, False, "Maz risks", True, "Augsts risks")
    with shop.unit_of_work() as session:  # the refusal changed nothing
        assert breaches.get_breach(session, breach_id).facts["notify_dvi"] is True
        breaches.decide(
            session,
            clerk,
            breach_id,
            False,
            "Maz risks",
            True,
            "Augsts risks",
            dvi_exemption="DVI jau zina no CERT.LV ziņojuma",
        )
    with shop.unit_of_work() as session:
        facts = breaches.get_breach(session, breach_id).facts
    # Each reason in its own field: nothing is joined into text and parsed back.
    assert facts["notify_dvi_reason"] == "Maz risks"
    assert facts["notify_dvi_exemption"] == "DVI jau zina no CERT.LV ziņojuma"
    with shop.unit_of_work() as session:  # the report gives it its own, translated row
        pdf = outputs.render_output(session, clerk, breach_id, OutputKind.REPORT, "lv", final=False)
    assert "Kāpēc DVI netiek informēta, lai gan skartās personas tiek informētas" in text_of(pdf)


def test_an_empty_reasoning_is_a_known_error(
    shop: db_service.Database, clerk: Actor, breach_id: int
) -> None:
    with shop.unit_of_work() as session, pytest.raises(errors.DecisionNeedsReason):
        breaches.decide(session, clerk, breach_id, True, "  ", True, "Augsts risks")


def _decide_argv(db: str, bid: int, dvi: str, dvi_reason: str, people_reason: str) -> list[str]:
    return [
        "--db",
        db,
        "breach",
        "decide",
        str(bid),
        "--dvi",
        dvi,
        "--dvi-reason",
        dvi_reason,
        "--people",
        "yes",
        "--people-reason",
        people_reason,
    ]


def test_breach_decide_refusals_are_one_sentence_and_exit_1(
    shop: db_service.Database,
    breach_id: int,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = shop.location  # the file, or the server URL
    shop.close()
    capsys.readouterr()
    assert main(_decide_argv(db, breach_id, "no", "Maz risks", "Augsts risks"), clock) == 1
    err = capsys.readouterr().err
    assert "write the legal reason why the DVI is not notified" in err
    assert "Traceback" not in err and "unexpected" not in err
    assert main(_decide_argv(db, breach_id, "yes", "", "Augsts risks"), clock) == 1
    err = capsys.readouterr().err
    assert "need their reasoning in writing" in err and "unexpected" not in err
    argv = _decide_argv(db, breach_id, "no", "Maz risks", "Augsts risks")
    assert main([*argv, "--dvi-exemption", "DVI jau zina"], clock) == 0
    assert "decisions recorded" in capsys.readouterr().out


def test_an_out_path_inside_a_file_is_one_sentence_and_exit_1(
    shop: db_service.Database,
    breach_id: int,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = shop.location  # the file, or the server URL
    shop.close()
    capsys.readouterr()
    blocked = tmp_path / "some_file.pdf"
    blocked.write_bytes(b"%PDF- not a folder")
    inside = str(blocked / "x.pdf")
    bid = str(breach_id)
    for argv in (
        ["breach", "notice", bid, "--kind", "report", "--draft", "--out", inside],
        ["breach", "letters", bid, "--draft", "--out", inside],
        ["export", "--customer", "1", "--out", inside],
        ["erase", "--customer", "1", "--partner-notices", inside],
    ):
        assert main(["--db", db, *argv], clock) == 1, argv
        err = capsys.readouterr().err
        assert f"{blocked} is a file, not a folder" in err, argv
        assert "unexpected" not in err and len(err.strip().splitlines()) == 1
    assert blocked.read_bytes() == b"%PDF- not a folder"
