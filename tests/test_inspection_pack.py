"""The inspection pack (issue #20.3): written from a real database, signed by a manager,
verified, and a changed byte in any of its files detected."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import struct
import zipfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import KNOWN_MANAGER_PASSWORD, TEST_NOW
from pypdf import PdfReader
from report_scenario import Made, make_requests
from sqlalchemy import select
from test_pdf_fonts import fonts_of

from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.breach import Circumstances, DviChannel
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.erasure import identity_hash
from minime_admin.errors import WrongPassword
from minime_admin.services import audit, breaches, inspection, retention
from minime_admin.services import database as db_service
from minime_admin.store import erasure_repo
from minime_admin.store.request_models import DataRequest

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

START, END = date(2026, 6, 1), date(2026, 11, 30)
MANAGER = "Test Manager"
ALL_FILES = (
    inspection.SUMMARY, inspection.REQUESTS, inspection.ROPA_PDF, inspection.ROPA_CSV,
    inspection.RETENTION, inspection.SWEEPS, inspection.AUDIT, inspection.MANIFEST,
    inspection.SIGNATURE,
)  # fmt: skip


@pytest.fixture
def office(
    database: db_service.Database, clock: FixedClock, clerk: Actor, known_clerk: Actor
) -> tuple[db_service.Database, list[Made]]:
    made = make_requests(database, clock, clerk, count=21)  # three of each kind
    erased = next(m for m in made if not m.test and m.kind == "on_time")
    with database.unit_of_work() as session:
        request_id = session.execute(
            select(DataRequest.id).where(DataRequest.reference == erased.reference)
        ).scalar_one()
        salt = erasure_repo.identity_salt(session)
        erasure_repo.scrub_requests(session, [request_id], identity_hash(salt, "x@example.lv"))
        inside = breaches.new_breach(
            session, clerk, "Pazaudēts klēpjdators", TEST_NOW - timedelta(days=20),
            "confidentiality", 40,
        )  # fmt: skip
        breaches.assess(session, clerk, inside, 2, "0.5", Circumstances(Decimal("0.25")))
        breaches.decide(
            session, clerk, inside, True, "Šifrēts tikai daļēji", False, "Zems risks personām"
        )
        breaches.record_dvi_submission(
            session, clerk, inside, TEST_NOW - timedelta(days=17), DviChannel.EMAIL, "DVI-7"
        )
        breaches.new_breach(session, clerk, "Vecs gadījums", datetime(2026, 1, 5, tzinfo=UTC))
    retention.sweep(database.unit_of_work, clerk)
    return database, made


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def make(database: db_service.Database, clerk: Actor, folder: Path, language: str = "lv"):  # type: ignore[no-untyped-def]
    with database.unit_of_work() as session:
        return inspection.make_pack(
            session, clerk, START, END, folder, MANAGER, KNOWN_MANAGER_PASSWORD, language
        )


def check(database: db_service.Database, folder: Path) -> inspection.PackCheck:
    with database.session() as session:
        return inspection.verify_pack(session, folder)


def test_the_pack_holds_what_the_period_needs_and_verifies(
    office: tuple[db_service.Database, list[Made]], clerk: Actor, tmp_path: Path
) -> None:
    database, made = office
    folder = tmp_path / "pack"
    result = make(database, clerk, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(ALL_FILES)
    assert set(result.files) == set(ALL_FILES) - {inspection.MANIFEST, inspection.SIGNATURE}
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in folder.iterdir())
    verdict = check(database, folder)
    assert verdict.ok and verdict.signer == MANAGER and verdict.head == result.head.token
    # The requests CSV: every real request of the period, no test one, nobody named.
    rows = (folder / inspection.REQUESTS).read_text("utf-8-sig").splitlines()
    real = [m for m in made if not m.test and START <= m.received_on <= END]
    assert len(rows) == 1 + len(real)
    assert {row.split(",")[0] for row in rows[1:]} == {m.reference for m in real}
    assert sum("dzēsta persona, jaucējkods " in row for row in rows) == 1
    late = [m for m in real if m.kind == "late"]
    assert sum(",nē," in row for row in rows) == len(late)
    for path in folder.iterdir():
        data = path.read_bytes() if path.suffix != ".pdf" else text_of(path.read_bytes()).encode()
        assert "Pārbaudes Persona".encode() not in data, path.name
        assert b"@example.lv" not in data, path.name
    summary = text_of((folder / inspection.SUMMARY).read_bytes())
    assert "BR-2026-001" in summary and "BR-2026-002" not in summary  # the period's only
    assert "Šifrēts tikai daļēji" in summary and "Zems risks personām" in summary
    assert "laikā" in summary and "72 stundu termiņš" in summary
    assert result.head.hash in summary.replace("\n", "")
    assert all(fonts_of((folder / inspection.SUMMARY).read_bytes()).values())
    check_json = json.loads((folder / inspection.AUDIT).read_text())
    assert check_json["intact"] and check_json["head_hash"] == result.head.hash
    sweeps = (folder / inspection.SWEEPS).read_text("utf-8-sig").splitlines()
    assert len(sweeps) == 2 and "Test Clerk" in sweeps[1]
    with database.session() as session:
        (entry,) = audit.newest_first(session, action=AuditAction.INSPECTION_PACK_MADE)
        assert audit.verify(session).intact
    assert entry.actor == clerk.name


@pytest.mark.parametrize("name", ALL_FILES)
def test_a_changed_byte_in_any_file_is_detected(
    office: tuple[db_service.Database, list[Made]], clerk: Actor, tmp_path: Path, name: str
) -> None:
    database, _ = office
    folder = tmp_path / "pack"
    make(database, clerk, folder)
    path = folder / name
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    verdict = check(database, folder)
    assert not verdict.ok
    if name in (inspection.MANIFEST, inspection.SIGNATURE):
        assert not verdict.signature_ok or verdict.problems
    else:
        assert verdict.problems == [(name, "changed")]


def test_a_missing_or_added_file_is_detected(
    office: tuple[db_service.Database, list[Made]], clerk: Actor, tmp_path: Path
) -> None:
    database, _ = office
    folder = tmp_path / "pack"
    make(database, clerk, folder)
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    (copy / inspection.RETENTION).unlink()
    (copy / "note.txt").write_text("x")
    assert check(database, copy).problems == [
        (inspection.RETENTION, "missing"), ("note.txt", "extra")
    ]  # fmt: skip


def test_a_wrong_password_or_a_full_folder_writes_nothing(
    office: tuple[db_service.Database, list[Made]], clerk: Actor, tmp_path: Path
) -> None:
    database, _ = office
    with pytest.raises(WrongPassword), database.unit_of_work() as session:
        inspection.make_pack(session, clerk, START, END, tmp_path / "p", MANAGER, "wrong")
    assert not (tmp_path / "p").exists()
    full = tmp_path / "full"
    full.mkdir()
    (full / "x").write_text("x")
    with pytest.raises(inspection.PackFolderNotEmpty):
        make(database, clerk, full)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_english_pack_and_the_commands(
    office: tuple[db_service.Database, list[Made]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database, _ = office
    path = database.location  # the file, or the server URL
    database.close()
    monkeypatch.setenv("MINIME_ADMIN_USER_PASSWORD", KNOWN_MANAGER_PASSWORD)
    folder = tmp_path / "en"
    code = main(
        ["--db", path, "report", "inspection", "--from", "2026-06-01", "--to", "2026-11-30",
         "--out", str(folder), "--user", MANAGER, "--lang", "en", "--json"],
        FixedClock(TEST_NOW),
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and json.loads(out)["signer"] == MANAGER
    summary = text_of((folder / inspection.SUMMARY).read_bytes())
    assert "Inspection pack" in summary and "Requests per month by type" in summary
    assert main(["--db", path, "report", "verify", str(folder)], FixedClock(TEST_NOW)) == 0
    assert "Pack intact" in capsys.readouterr().out
    (folder / inspection.ROPA_CSV).write_bytes(b"changed")
    assert main(["--db", path, "report", "verify", str(folder)], FixedClock(TEST_NOW)) == 3
    assert "records-of-processing.csv is changed" in capsys.readouterr().err


def flip_in_member(archive: Path, name: str) -> bytes:
    """The ZIP's bytes with one bit changed in the middle of member ``name``'s stored data."""
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as opened:
        info = opened.getinfo(name)
    local = info.header_offset
    name_length, extra_length = struct.unpack("<HH", data[local + 26 : local + 30])
    start = local + 30 + name_length + extra_length
    data[start + info.compress_size // 2] ^= 0x01
    return bytes(data)


def test_the_zip_pack_holds_the_signed_files_and_a_changed_byte_in_any_member_is_detected(
    office: tuple[db_service.Database, list[Made]], clerk: Actor, tmp_path: Path
) -> None:
    database, _ = office
    archive = tmp_path / "pack.zip"
    result = make(database, clerk, archive)
    assert result.folder == archive and archive.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no staging
    with zipfile.ZipFile(archive) as opened:
        assert sorted(opened.namelist()) == sorted(ALL_FILES)
        manifest = json.loads(opened.read(inspection.MANIFEST))
        for name, digest in manifest["files"].items():
            assert hashlib.sha256(opened.read(name)).hexdigest() == digest
    assert check(database, archive).ok
    for name in ALL_FILES:
        changed = tmp_path / f"changed-{name}.zip"
        changed.write_bytes(flip_in_member(archive, name))
        verdict = check(database, changed)
        assert not verdict.ok, name
        if name not in (inspection.MANIFEST, inspection.SIGNATURE):
            assert verdict.problems == [(name, "changed")], name
    with pytest.raises(inspection.PackFileExists):
        make(database, clerk, archive)
    (tmp_path / "not-a-zip.zip").write_bytes(b"PK nothing")
    assert check(database, tmp_path / "not-a-zip.zip").problems == [("not-a-zip.zip", "unreadable")]


def test_the_zip_from_the_command_line_and_its_verify(
    office: tuple[db_service.Database, list[Made]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database, _ = office
    path = database.location  # the file, or the server URL
    database.close()
    monkeypatch.setenv("MINIME_ADMIN_USER_PASSWORD", KNOWN_MANAGER_PASSWORD)
    code = main(
        ["--db", path, "report", "inspection", "--from", "2026-06-01", "--to", "2026-11-30",
         "--out", str(tmp_path / "dvi"), "--zip", "--user", MANAGER],
        FixedClock(TEST_NOW),
    )  # fmt: skip
    assert code == 0 and "dvi.zip" in capsys.readouterr().out
    archive = tmp_path / "dvi.zip"
    assert main(["--db", path, "report", "verify", str(archive)], FixedClock(TEST_NOW)) == 0
    assert "Pack intact" in capsys.readouterr().out
    archive.write_bytes(flip_in_member(archive, inspection.REQUESTS))
    assert main(["--db", path, "report", "verify", str(archive)], FixedClock(TEST_NOW)) == 3
    assert "requests.csv is changed" in capsys.readouterr().err
    assert main(["--db", path, "report", "verify", str(tmp_path / "nowhere.zip")],
                FixedClock(TEST_NOW)) == 1  # fmt: skip
    assert "There is no folder or ZIP" in capsys.readouterr().err
