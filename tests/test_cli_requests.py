"""`minime-admin requests ...` as scripts use it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import TEST_NOW

from minime_admin.cli import main
from minime_admin.domain.clock import FixedClock
from minime_admin.services import database as db_service

EML = Path(__file__).parent / "data" / "eml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), FixedClock(TEST_NOW))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(database: db_service.Database) -> str:
    path = str(database.path)
    database.close()
    return path


def test_add_list_show_transition(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "requests",
        "add",
        "--type",
        "access",
        "--email",
        "anna@example.lv",
        "--name",
        "Anna Bērziņa",
        "--received",
        "2026-03-05T10:30",
        "--text",
        "Kopiju, lūdzu",
        "--json",
    )
    assert code == 0
    added = json.loads(out)
    assert added["reference"] == "DSR-2026-0001" and added["due"] == "2026-04-07"
    assert added["requester_name"] == "Anna Bērziņa" and added["customer_id"] is None
    assert added["received"].startswith("2026-03-05T08:30")  # stored as UTC

    code, out, _ = run(capsys, "--db", db, "requests", "list", "--json")
    (row,) = json.loads(out)
    assert {"id", "reference", "type", "status", "received", "due", "requester_name"} <= set(row)

    code, out, err = run(capsys, "--db", db, "requests", "transition", "DSR-2026-0001", "completed")
    assert code == 1 and "cannot be moved" in err and "Traceback" not in err
    for status in ("identity_check", "in_progress", "completed"):
        assert run(capsys, "--db", db, "requests", "transition", "1", status)[0] == 0
    code, out, _ = run(capsys, "--db", db, "requests", "show", "DSR-2026-0001", "--json")
    shown = json.loads(out)
    assert shown["status"] == "completed"
    assert [e["to"] for e in shown["timeline"]] == [
        "received",
        "identity_check",
        "in_progress",
        "completed",
    ]

    code, out, _ = run(capsys, "--db", db, "requests", "list", "--overdue", "--json")
    assert json.loads(out) == []  # completed requests are not overdue


def test_refusal_needs_its_reason(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db, "requests", "add", "--type", "erasure", "--email", "a@b.lv")
    code, _, err = run(capsys, "--db", db, "requests", "transition", "1", "refused")
    assert code == 1 and "refusal needs its reason" in err
    code, _, err = run(
        capsys,
        "--db",
        db,
        "requests",
        "transition",
        "1",
        "refused",
        "--refusal-reason",
        "art_17_3",
        "--reason",
        "Open dispute",
    )
    assert code == 1 and "names its exception" in err
    code, _, _ = run(
        capsys,
        "--db",
        db,
        "requests",
        "transition",
        "1",
        "refused",
        "--refusal-reason",
        "art_17_3",
        "--exception",
        "e",
        "--reason",
        "Open dispute",
    )
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "requests", "show", "1", "--json")
    assert json.loads(out)["refusal_exception"] == "e"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--type", "access", "--email", "not-an-address"], "is not an e-mail address"),
        (["--type", "access", "--email", "a@b.lv", "--received", "2099-01-01"], "future"),
    ],
)
def test_bad_requests_are_refused(
    db: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, "--db", db, "requests", "add", *argv)
    assert code == 1 and message in err


def test_unknown_type_is_a_usage_error(
    db: str, capsys: pytest.CaptureFixture[str], clock: FixedClock
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(
            clock=clock,
            argv=["--db", db, "requests", "add", "--type", "gossip", "--email", "a@b.lv"],
        )
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_import_eml_imports_good_files_and_reports_bad_ones(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = [EML / "thunderbird-qp-erasure.eml", EML / "forwarded-inline-restriction.eml"]
    bad = EML / "not-an-email.eml"
    code, out, err = run(
        capsys, "--db", db, "requests", "import-eml", *map(str, good), str(bad), "--json"
    )
    assert code == 1 and "not-an-email.eml is not an e-mail message" in err
    imported = json.loads(out)
    assert [i["type"] for i in imported] == ["erasure", "restriction"]
    # Received 4 March 23:47 in Riga: 4 April is a Saturday, then Easter Sunday and Monday.
    assert imported[0]["due"] == "2026-04-07"
    code, out, _ = run(capsys, "--db", db, "requests", "list", "--json")
    assert sorted(r["requester_name"] for r in json.loads(out)) == [
        "Ēriks Čaks",
        "Ģirts Ķēniņš-Žūriņa",
    ]


def test_extend(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db, "requests", "add", "--type", "access", "--email", "a@b.lv")
    code, out, _ = run(capsys, "--db", db, "requests", "extend", "1", "--reason", "Complex")
    assert code == 0 and "extended" in out
    code, _, err = run(capsys, "--db", db, "requests", "extend", "1", "--reason", "Again")
    assert code == 1 and "already been extended" in err
