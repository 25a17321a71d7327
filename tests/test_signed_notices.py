# ruff: noqa: F811  (the fixtures imported from test_breaches are parameters here)
"""Signed notices (#14.15): a final file's signature covers its sign-off time, its document
kind, the breach version and the content; a breach changed directly in the database no
longer carries a valid sign-off."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from minime_admin import errors
from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.breach import OutputKind
from minime_admin.domain.clock import FixedClock
from minime_admin.services import breach_outputs as outputs
from minime_admin.services import breaches
from minime_admin.services import database as db_service
from tests.test_breaches import PASSWORD, breach_id, shop  # noqa: F401  (fixtures)

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)


def _final(shop: db_service.Database, clerk: Actor, bid: int, out: Path) -> bytes:
    with shop.unit_of_work() as session:
        breaches.sign_off(session, bid, "Anna Vadītāja", PASSWORD)
        pdf = outputs.render_output(session, clerk, bid, OutputKind.DVI, "lv", True)
    out.write_bytes(pdf)
    return pdf


def _restated(pdf: bytes, **changes: object) -> bytes:
    """The same PDF with fields of its embedded sign-off block rewritten."""
    at = pdf.rfind(outputs.MARKER)
    block = json.loads(pdf[at + len(outputs.MARKER) :])
    block.update(changes)
    return pdf[:at] + outputs.MARKER + json.dumps(block).encode() + b"\n"


def _verify(
    capsys: pytest.CaptureFixture[str], shop: db_service.Database, clock: FixedClock, path: Path
) -> tuple[int, str]:
    code = main(["--db", shop.location, "breach", "verify", str(path)], clock)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out


@pytest.mark.parametrize(
    "change",
    [
        "back-dated",  # the sign-off time moved an hour earlier
        "kind",  # the DVI notice passed off as the website notice
        "version",  # passed off as signed for another version
    ],
)
def test_a_changed_time_kind_or_version_in_the_file_fails_verify(
    shop: db_service.Database,
    clerk: Actor,
    breach_id: int,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: str,
) -> None:
    good = tmp_path / "dvi.pdf"
    pdf = _final(shop, clerk, breach_id, good)
    assert _verify(capsys, shop, clock, good)[0] == 0

    at = pdf.rfind(outputs.MARKER)
    block = json.loads(pdf[at + len(outputs.MARKER) :])
    assert block["v"] == 2
    changes: dict[str, object] = {
        "back-dated": {
            "signed_at": (
                datetime.fromisoformat(block["signed_at"]) - timedelta(hours=1)
            ).isoformat()
        },
        "kind": {"kind": OutputKind.WEBSITE.value},
        "version": {"version": block["version"] - 1},
    }[change]
    edited = tmp_path / "edited.pdf"
    edited.write_bytes(_restated(pdf, **changes))
    code, out = _verify(capsys, shop, clock, edited)
    assert code == 1
    assert "NOT GENUINE: the document kind, version or sign-off time" in out
    with shop.session() as session:
        verdict = outputs.verify_output(session, edited.read_bytes())
    assert verdict.unchanged and not verdict.genuine and verdict.altered_statement


def test_the_register_catches_a_changed_kind_in_a_version_1_block(
    shop: db_service.Database,
    clerk: Actor,
    breach_id: int,
    tmp_path: Path,
) -> None:
    """A file sealed before #14.15 (its signature covers neither kind nor time)."""
    pdf = _final(shop, clerk, breach_id, tmp_path / "dvi.pdf")
    with shop.unit_of_work() as session:
        record = session.execute(sa.text("SELECT signature, signed_at FROM breach_signoffs"))
        signature, _ = record.one()
    old_style = _restated(pdf, v=1, signature=signature.hex())
    with shop.session() as session:
        assert outputs.verify_output(session, old_style).genuine
        forged = outputs.verify_output(session, _restated(old_style, kind="website"))
    assert not forged.genuine and forged.altered_statement


def test_a_breach_changed_directly_in_the_database_loses_its_sign_off(
    shop: db_service.Database,
    clerk: Actor,
    breach_id: int,
    clock: FixedClock,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    signed = tmp_path / "dvi.pdf"
    _final(shop, clerk, breach_id, signed)
    with shop.unit_of_work() as session:  # behind the app's back: no new version, no event
        session.execute(
            sa.text("UPDATE breaches SET people = 3000 WHERE id = :id"), {"id": breach_id}
        )
    with shop.session() as session:
        assert not breaches.get_breach(session, breach_id).signoff.valid
        assert breaches.signoff_signature(session, breach_id) is None
    with shop.unit_of_work() as session, pytest.raises(errors.NotSignedOff):
        outputs.render_output(session, clerk, breach_id, OutputKind.DVI, "lv", True)

    code, out = _verify(capsys, shop, clock, signed)
    assert code == 1
    assert "was changed outside the app after it was signed off" in out
    code = main(["--db", shop.location, "breach", "show", str(breach_id), "--json"], clock)
    assert code == 0 and json.loads(capsys.readouterr().out)["signed_off"] is False
