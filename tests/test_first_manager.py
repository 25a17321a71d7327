"""Issue #15.4 on the command line: `init` creates the first manager with their own
password (MINIME_ADMIN_USER / MINIME_ADMIN_USER_PASSWORD, or typed) and title; a weak
password creates nothing; a script without them gets a database and a sentence saying who
will be asked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import TEST_NOW

from minime_admin.cli import main
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.clock import FixedClock
from minime_admin.services import database as db_service
from minime_admin.services import users
from minime_admin.services.users import ManagerExists, ManagerPasswordWeak

STRONG = "zaļš kalns lido pār upi"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), FixedClock(TEST_NOW))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_init_creates_the_first_manager_with_their_title(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(tmp_path / "office.db")
    monkeypatch.setenv("MINIME_ADMIN_USER", "Anna Bērziņa")
    monkeypatch.setenv("MINIME_ADMIN_USER_PASSWORD", STRONG)
    code, out, err = run(capsys, "--db", path, "init", "--title", "Vadītāja")
    assert code == 0, err
    assert "First manager: Anna Bērziņa (Vadītāja)" in out
    code, out, _ = run(capsys, "--db", path, "users", "list", "--json")
    (manager,) = json.loads(out)
    assert (manager["name"], manager["role"], manager["title"]) == (
        "Anna Bērziņa", "manager", "Vadītāja",
    )  # fmt: skip
    # She adds the others with her password; a staff user can never make anyone a manager.
    assert run(capsys, "--db", path, "users", "add", "--name", "Pēteris", "--by",
               "Anna Bērziņa")[0] == 0  # fmt: skip


def test_a_weak_manager_password_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "office.db"
    monkeypatch.setenv("MINIME_ADMIN_USER_PASSWORD", "password123")
    code, _, err = run(capsys, "--db", str(path), "init")
    assert code == 1 and "too easy to guess" in err and "Traceback" not in err
    assert not path.exists()  # checked before the database was made


def test_init_in_a_script_without_a_manager_says_who_will_be_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--db", str(tmp_path / "office.db"), "init")
    assert code == 0 and "No manager yet" in out


def test_only_one_first_manager(created: db_service.Created, clerk: Actor) -> None:
    database = created.database
    with database.unit_of_work() as session:
        with pytest.raises(ManagerPasswordWeak):
            users.add_first_manager(session, clerk, "Anna", "Vadītāja", "aaaaaaaaaaaa")
        users.add_first_manager(session, clerk, "Anna", "Vadītāja", STRONG)
        with pytest.raises(ManagerExists):
            users.add_first_manager(session, clerk, "Pēteris", "", STRONG)
        assert [u.role for u in users.list_users(session)] == [Role.MANAGER]
