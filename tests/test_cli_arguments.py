"""Arguments out of range (#14.14): every command given ids and limits out of range,
non-ASCII digits, missing files, a nonexistent customer or a one-million-character name
answers with one clear sentence and a non-zero exit, never a crash (70) or a traceback."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from minime_admin.cli import main
from minime_admin.domain.clock import FixedClock
from minime_admin.services import database as db_service
from minime_admin.services import erasure_letters
from minime_admin.services.customer_actions import Recipient

HUGE = "9" * 25  # past SQLite's 64-bit integers
ARABIC = "١٢"  # 12 in Arabic-Indic digits: int() takes it, an id field should not
SUPERSCRIPT = "²"  # str.isdigit() says yes, int() says no
LONG = "Ģ" * 1_000_000

CASES: list[tuple[str, ...]] = [
    ("customers", "show", "0"),
    ("customers", "show", "-5"),
    ("customers", "show", HUGE),
    ("customers", "show", ARABIC),
    ("customers", "show", "999999"),
    ("customers", "search", "x", "--limit", "0"),
    ("customers", "search", "x", "--limit", HUGE),
    ("customers", "search", "x", "--limit", "１０"),
    ("audit", "list", "--limit", "-1"),
    ("audit", "list", "--limit", HUGE),
    ("requests", "show", ARABIC),
    ("requests", "show", SUPERSCRIPT),
    ("requests", "show", HUGE),
    ("requests", "show", "999999"),
    ("requests", "extend", HUGE, "--reason", "x"),
    ("requests", "transition", SUPERSCRIPT, "closed"),
    ("requests", "list", "--limit", "0"),
    ("requests", "add", "--type", "access", "--name", "x", "--customer", "999999"),
    ("requests", "add", "--type", "access", "--name", "x", "--customer", ARABIC),
    ("requests", "add", "--type", "access", "--name", "x", "--customer", HUGE),
    ("letter", "--request", HUGE, "--kind", "acknowledgment", "--out", "{tmp}/a.pdf"),
    ("letter", "--request", SUPERSCRIPT, "--kind", "acknowledgment", "--out", "{tmp}/a.pdf"),
    ("export", "--customer", "999999", "--out", "{tmp}"),
    ("export", "--customer", HUGE, "--out", "{tmp}"),
    ("export", "--customer", ARABIC, "--out", "{tmp}"),
    ("erase", "--customer", "999999", "--dry-run"),
    ("erase", "--customer", "0", "--dry-run"),
    ("erase", "--customer", "1", "--request", HUGE, "--dry-run"),
    ("retention", "set", "no-such-rule", "--months", ARABIC, "--user", "x"),
    ("retention", "set", "no-such-rule", "--months", HUGE, "--user", "x"),
    ("breach", "show", "999999"),
    ("breach", "show", HUGE),
    ("breach", "show", ARABIC),
    ("breach", "update", HUGE, "--title", "x"),
    ("breach", "new", "--aware", "2026-11-25T09:00", "--title", "x", "--people", HUGE),
    ("breach", "new", "--aware", "２０２６-11-25T09:00", "--title", "x"),
    ("breach", "assess", "1", "--dpc", ARABIC, "--ei", "1"),
    ("breach", "affected", "999999", "--file", "{tmp}/missing.csv"),
    ("breach", "letters", HUGE, "--out", "{tmp}"),
    ("breach", "verify", "{tmp}/missing.pdf"),
    ("breach", "verify", "{tmp}"),
    ("holidays", "add", "２０２６-12-31", "x"),
    ("holidays", "remove", "2026-02-30"),
    ("seed-demo", "--customers", ARABIC),
    ("seed-demo", "--customers", HUGE),
    ("users", "add", "--name", LONG, "--role", "manager"),
    ("users", "add", "--name", "", "--role", "staff"),
    ("import", "newsletter", "{tmp}/missing.csv", "--format", "mailchimp"),
]


@pytest.mark.parametrize(
    "argv", CASES, ids=[" ".join(a[:3])[:40] + f"#{i}" for i, a in enumerate(CASES)]
)
def test_bad_arguments_get_one_sentence_and_no_crash(
    argv: tuple[str, ...],
    tmp_path: Path,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "office.db"
    assert main(["--db", str(path), "init"], clock) == 0
    assert main(["--db", str(path), "seed-demo", "--customers", "3", "--seed", "1"], clock) == 0
    capsys.readouterr()
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    try:
        code = main(["--db", str(path), *args], clock)
    except SystemExit as exit_:  # argparse's usage error
        code = exit_.code if isinstance(exit_.code, int) else 2
    err = capsys.readouterr().err
    assert code not in (0, 70), err[:500]
    assert "Traceback" not in err
    assert err.strip(), "a refusal says why"
    assert len(err) < 2000, "the message does not repeat a huge argument"


def test_a_one_million_character_name_never_makes_an_export_fail(
    tmp_path: Path,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from minime_admin.domain.actor import Actor, Role
    from minime_admin.services import users

    path = tmp_path / "office.db"
    assert main(["--db", str(path), "init"], clock) == 0
    assert main(["--db", str(path), "seed-demo", "--customers", "3", "--seed", "1"], clock) == 0
    database = db_service.open_database(path, db_service.system_keychain(), clock=clock)
    try:
        with database.unit_of_work() as session:
            session.execute(
                sa.text("UPDATE customers SET first_name = :name, last_name = :name WHERE id = 1"),
                {"name": LONG},
            )
            # The command line signs the answer letter only as a known user (#15.5).
            users.add_user(
                session, Actor("Setup"), "Anna Vadītāja", Role.MANAGER, "a long password"
            )
    finally:
        database.close()
    monkeypatch.setenv("MINIME_ADMIN_USER", "Anna Vadītāja")
    out = tmp_path / "out"
    out.mkdir()
    capsys.readouterr()
    code = main(["--db", str(path), "export", "--customer", "1", "--out", str(out)], clock)
    err = capsys.readouterr().err
    assert code == 0, err[:500]
    (package,) = out.glob("*.zip")
    assert len(package.name) < 100
    with zipfile.ZipFile(package) as archive:
        assert LONG in archive.read("data.json").decode("utf-8")


def test_file_names_made_from_names_are_short() -> None:
    partner = Recipient(1, LONG, None, "LV")  # an Art. 19 partner's name makes a file name
    name = erasure_letters.notice_file_name(partner, "DSR-2026-0001")
    assert len(name.encode("utf-8")) <= 200 and name.endswith("-DSR-2026-0001.pdf")
