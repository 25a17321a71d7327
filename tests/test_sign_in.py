"""Who is who (issue #18.3): a database role maps to a user row, and the audit log names that
user, never a typed name. The PostgreSQL mapping is tested here on SQLite through the same
users table; on a file, ``signed_in_actor`` is None (the person chooses at sign-in)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from minime_admin.cli import main
from minime_admin.domain.actor import Actor, Role
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import Channel, RequestType
from minime_admin.errors import KnownError
from minime_admin.services import audit, requests, sign_in, users
from minime_admin.services.database import Database

MANAGER = ("Test Manager", "a long password")


@pytest.fixture
def staffed(database: Database, clerk: Actor) -> Database:
    with database.unit_of_work() as session:
        users.add_user(session, clerk, MANAGER[0], Role.MANAGER, MANAGER[1], title="Vadītāja")
        users.add_user(session, clerk, "Līga Ozola", Role.STAFF, by=MANAGER)
    return database


def test_a_linked_role_signs_in_as_its_user_and_the_audit_log_names_them(
    staffed: Database,
) -> None:
    with staffed.unit_of_work() as session:
        sign_in.link_role(session, "Līga Ozola", "liga_ozola", by=MANAGER)
        sign_in.link_role(session, MANAGER[0], "manager_anna", by=MANAGER)
    with staffed.unit_of_work() as session:
        liga = sign_in.actor_for_role(session, "liga_ozola")
        assert liga == Actor("Līga Ozola", Role.STAFF)
        assert sign_in.actor_for_role(session, "manager_anna") == Actor(
            MANAGER[0], Role.MANAGER, "Vadītāja"
        )
        requests.open_request(
            session,
            liga,
            requests.NewRequest(
                RequestType.ACCESS,
                Channel.EMAIL,
                datetime(2026, 11, 24, 9, tzinfo=UTC),
                "Ilze Bērziņa",
                "Please send me my data.",
            ),
        )
    with staffed.session() as session:
        opened = audit.newest_first(session, action=AuditAction.REQUEST_OPENED)
        linked = audit.newest_first(session, action=AuditAction.USER_ROLE_LINKED)
        assert sign_in.signed_in_actor(session) is None  # a file: chosen at sign-in
    assert [(e.actor, e.role) for e in opened] == [("Līga Ozola", "staff")]
    assert [(e.actor, e.role) for e in linked] == [(MANAGER[0], "manager")] * 2


def test_an_unlinked_role_is_refused_with_one_sentence(staffed: Database) -> None:
    with staffed.session() as session, pytest.raises(sign_in.RoleNotLinked) as refused:
        sign_in.actor_for_role(session, "intruder")
    assert refused.value.message() == (
        "The database role intruder is not linked to any user of the app, so it cannot work "
        "here: a manager links it to the person's user first."
    )


def test_only_a_manager_links_and_a_role_belongs_to_one_user(staffed: Database) -> None:
    with pytest.raises(KnownError), staffed.unit_of_work() as session:
        sign_in.link_role(session, "Līga Ozola", "liga", by=("Līga Ozola", "anything"))
    with staffed.unit_of_work() as session:
        sign_in.link_role(session, "Līga Ozola", "liga", by=MANAGER)
    with pytest.raises(sign_in.RoleTaken), staffed.unit_of_work() as session:
        sign_in.link_role(session, MANAGER[0], "liga", by=MANAGER)
    with pytest.raises(sign_in.UserUnknown), staffed.unit_of_work() as session:
        sign_in.link_role(session, "Nobody", "nobody", by=MANAGER)
    with staffed.session() as session:
        assert sign_in.actor_for_role(session, "liga").name == "Līga Ozola"
        assert [a.name for a in sign_in.sign_in_choices(session)] == ["Līga Ozola", MANAGER[0]]


def test_the_command_line_links_a_role_with_a_manager_s_password(
    staffed: Database,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = str(staffed.path)
    staffed.close()
    monkeypatch.setenv("MINIME_ADMIN_USER_PASSWORD", "wrong password")
    assert (
        main(["--db", path, "users", "link-role", "Līga Ozola", "liga", "--by", MANAGER[0]], clock)
        == 1
    )
    assert "liga" not in capsys.readouterr().out
    monkeypatch.setenv("MINIME_ADMIN_USER_PASSWORD", MANAGER[1])
    assert (
        main(["--db", path, "users", "link-role", "Līga Ozola", "liga", "--by", MANAGER[0]], clock)
        == 0
    )
    assert "Linked the database role liga to Līga Ozola" in capsys.readouterr().out
    assert (
        main(["--db", path, "users", "link-role", MANAGER[0], "liga", "--by", MANAGER[0]], clock)
        == 1
    )
    assert "is linked to Līga Ozola already" in capsys.readouterr().err
