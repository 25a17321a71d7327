"""The export package checked against the database: every category, equal counts, Latvian
letters intact in JSON and CSV, nothing left behind on cancel or failure."""

from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import pyzipper
from conftest import SeedShop
from pypdf import PdfReader

from minime_admin import errors
from minime_admin.cli import main
from minime_admin.domain.actor import Actor
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.export_scope import PORTABLE, Scope
from minime_admin.domain.requests import Channel, RequestEventKind, RequestType, Status
from minime_admin.progress import Cancelled
from minime_admin.services import audit, customer_page, requests
from minime_admin.services import database as db_service
from minime_admin.services.export import export_customer, preview_export

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)

AS_OF = date(2026, 11, 25)


@pytest.fixture
def demo(seed_shop: SeedShop) -> db_service.Database:
    return seed_shop(customers=20, seed=8)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def open_request(database: db_service.Database, clerk: Actor, customer_id: int) -> int:
    with database.unit_of_work() as session:
        return requests.open_request(
            session,
            clerk,
            requests.NewRequest(
                RequestType.ACCESS,
                Channel.EMAIL,
                datetime(2026, 11, 10, 9, tzinfo=UTC),
                "Ģirts",
                "Kopiju",
                customer_id=customer_id,
            ),
        ).request_id


def test_access_package_matches_the_database(
    demo: db_service.Database, clerk: Actor, out: Path
) -> None:
    request_id = open_request(demo, clerk, 1)
    with demo.unit_of_work() as session:
        page = customer_page.read_customer_page(session, 1)
        result = export_customer(session, clerk, 1, out, Scope.ACCESS, request_id=request_id)
        detail = requests.get_request(session, request_id)
        (entry,) = [
            e for e in audit.newest_first(session, limit=10) if e.action == "export.created"
        ]
    assert list(out.iterdir()) == [result.path]  # no temp file left
    with zipfile.ZipFile(result.path) as archive:
        names = set(archive.namelist())
        data = json.loads(archive.read("data.json"))
        customers = list(
            csv.DictReader(io.StringIO(archive.read("profile-customers.csv").decode("utf-8-sig")))
        )
        readme = archive.read("README.txt").decode("utf-8")
        pdf = archive.read("answer.pdf")
    assert {"data.json", "README.txt", "answer.pdf"} <= names
    assert data["schema_version"] == 1 and set(data["categories"]) == {
        c.value for c in DataCategory
    }
    for section in page.sections:
        tables = data["categories"][section.info.category.value]
        first_table = next(iter(tables.values()))
        assert len(first_table) == section.total, section.info.category
    assert (
        customers[0]["last_name"]
        == "Ķēniņš-Žūriņš"
        == data["categories"]["profile"]["customers"][0]["last_name"]
    )
    assert result.counts["visit/visit_records"] == page.counts()[DataCategory.VISIT]
    assert "Jūsu personas dati" in readme and "Your personal data" in readme
    pdf_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Ģirts" in pdf_text and "Datu valsts inspekcija" in pdf_text
    # Made is not answered (issue #15.2): the request waits for the handover.
    assert detail.status is Status.IN_PROGRESS and detail.closed_at is None
    (made,) = [e for e in detail.timeline if e.kind is RequestEventKind.PACKAGE_MADE]
    assert result.sha256 in made.text
    assert not any("sent" in e.text.lower() for e in detail.timeline)
    assert entry.reason == detail.reference and "Ķēniņš" not in repr(entry)


def test_portability_package_holds_only_the_portable_set(
    demo: db_service.Database, clerk: Actor, out: Path
) -> None:
    with demo.unit_of_work() as session:
        result = export_customer(session, clerk, 1, out, Scope.PORTABILITY)
    with zipfile.ZipFile(result.path) as archive:
        data = json.loads(archive.read("data.json"))
    assert set(data["categories"]) == {c.value for c in PORTABLE}


def test_password_protected_package(demo: db_service.Database, clerk: Actor, out: Path) -> None:
    with demo.unit_of_work() as session:
        result = export_customer(session, clerk, 1, out, password="Ķēniņš-2026")
    with pyzipper.AESZipFile(result.path) as archive:
        with pytest.raises(RuntimeError):
            archive.read("data.json")
        archive.setpassword("Ķēniņš-2026".encode())
        assert json.loads(archive.read("data.json"))["data_subject"]["customer_id"] == 1


def test_cancel_halfway_leaves_nothing(demo: db_service.Database, clerk: Actor, out: Path) -> None:
    request_id = open_request(demo, clerk, 1)
    with pytest.raises(Cancelled), demo.unit_of_work() as session:
        export_customer(
            session,
            clerk,
            1,
            out,
            request_id=request_id,
            progress=lambda done, total: done < total // 2,
        )
    with demo.unit_of_work() as session:
        assert requests.get_request(session, request_id).status is Status.RECEIVED
    assert list(out.iterdir()) == []


def test_bad_destination_and_unknown_customer(
    demo: db_service.Database, clerk: Actor, out: Path
) -> None:
    other = open_request(demo, clerk, 2)
    with demo.unit_of_work() as session:
        with pytest.raises(errors.FolderNotWritable):
            export_customer(session, clerk, 1, out / "missing")
        with pytest.raises(errors.NotFound):
            export_customer(session, clerk, 4242, out)
        with pytest.raises(errors.WrongCustomer):
            export_customer(session, clerk, 1, out, request_id=other)
    assert list(out.iterdir()) == []


def test_preview_counts_and_marks(demo: db_service.Database, tmp_path: Path) -> None:
    with demo.unit_of_work() as session:
        preview = preview_export(session, 1, Scope.ACCESS)
    assert preview.name.startswith("Ģirts") and preview.total_rows > 10
    assert {t.category for t in preview.tables} == set(DataCategory)


@pytest.mark.usefixtures("known_clerk")
def test_export_command(
    demo: db_service.Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    clock: FixedClock,
) -> None:
    db = demo.location  # the file, or the server URL
    demo.close()
    out = tmp_path / "out"
    out.mkdir()
    code = main(
        clock=clock, argv=["--db", db, "export", "--customer", "1", "--out", str(out), "--json"]
    )
    result = json.loads(capsys.readouterr().out)
    assert code == 0 and Path(result["path"]).exists() and len(result["sha256"]) == 64
    assert result["counts"]["profile/customers"] == 1
    monkeypatch.setenv("MINIME_ADMIN_EXPORT_PASSWORD", "short")
    code = main(
        clock=clock, argv=["--db", db, "export", "--customer", "1", "--out", str(out), "--encrypt"]
    )
    assert code == 1 and "at least 8 characters" in capsys.readouterr().err
    assert len(os.listdir(out)) == 1


def test_a_customer_erased_meanwhile_is_not_exported(
    demo: db_service.Database, clerk: Actor, out: Path
) -> None:
    from minime_admin.services.erasure import execute_erasure, plan_erasure

    with demo.unit_of_work() as session:
        execute_erasure(session, clerk, plan_erasure(session, 9))
        with pytest.raises(errors.AlreadyErased):
            export_customer(session, clerk, 9, out)
    assert list(out.iterdir()) == []
