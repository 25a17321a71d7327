"""`minime-admin users ...`: staff users and managers (a manager's password unlocks their key)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.cli.common import EXIT_OK, CliError, open_database, print_json
from minime_admin.domain.actor import Actor, Role
from minime_admin.errors import QT_TRANSLATE_NOOP, ManagerNeeded
from minime_admin.services import sign_in, users
from minime_admin.services.profile import command_line_actor


def add_commands(commands: Any) -> None:
    people = commands.add_parser("users", help="staff users and managers")
    people_actions = people.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = people_actions.add_parser("add", help="add a staff user or a manager")
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=[role.value for role in Role], default=Role.STAFF.value)
    add.add_argument("--title", default="", help="how letters sign them, e.g. Vadītāja")
    add.add_argument(
        "--by",
        metavar="MANAGER",
        help="the manager adding them (their password is asked for, or read from "
        "MINIME_ADMIN_USER_PASSWORD); required once a manager exists",
    )
    link = people_actions.add_parser(
        "link-role",
        help="link the database role a person signs in to the server with to their user",
    )
    link.add_argument("name", help="the user's name")
    link.add_argument("role", help="their PostgreSQL role; empty unlinks it")
    link.add_argument(
        "--by",
        metavar="MANAGER",
        required=True,
        help="the manager linking it (their password is asked for, or read from "
        "MINIME_ADMIN_USER_PASSWORD)",
    )
    listing = people_actions.add_parser("list")
    listing.add_argument("--json", action="store_true")


def run(arguments: argparse.Namespace) -> int:
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            if arguments.users_command == "link-role":
                manager = (arguments.by, ask_password("Password of {name}: ", arguments.by))
                sign_in.link_role(session, arguments.name, arguments.role, by=manager)
                print(f"Linked the database role {arguments.role} to {arguments.name}")
                return EXIT_OK
            if arguments.users_command == "add":
                role = Role(arguments.role)
                # The first user is the first manager, with their own password
                # (MINIME_ADMIN_USER_PASSWORD or typed). After that a manager (--by) confirms
                # with theirs (the same variable), and a new manager's own password is read
                # from MINIME_ADMIN_NEW_USER_PASSWORD or typed.
                first = not users.has_manager(session)
                if not first and not arguments.by:
                    raise ManagerNeeded()  # before any password is asked for
                by = None
                if not first and arguments.by:
                    by = (arguments.by, ask_password("Password of {name}: ", arguments.by))
                password = None
                if role is Role.MANAGER:
                    password = (
                        ask_password()
                        if first
                        else ask_password("New manager's password: ", variable=NEW_PASSWORD)
                    )
                info = users.add_user(
                    session,
                    command_line_actor(),
                    arguments.name,
                    role,
                    password,
                    title=arguments.title,
                    by=by,
                )
                print(
                    f"Added {info.name} ({info.role.value})"
                    + (f"; public key {info.public_key}" if info.public_key else "")
                )
                return EXIT_OK
            found = users.list_users(session)
    finally:
        database.close()
    if arguments.json:
        print_json(
            [
                {
                    "id": u.id,
                    "name": u.name,
                    "role": u.role.value,
                    "title": u.title,
                    "public_key": u.public_key,
                    "fingerprint": users.fingerprint(bytes.fromhex(u.public_key))
                    if u.public_key
                    else None,
                }
                for u in found
            ]
        )
    else:
        for user in found:
            print(f"{user.id:>4}  {user.name:<30} {user.role.value:<8} {user.title}")
    return EXIT_OK


def manager_actor(session: Session, name: str) -> Actor:
    """A manager proven by their password (MINIME_ADMIN_USER_PASSWORD or typed)."""
    user, _ = users.unlock_signing_key(session, name, ask_password())
    return Actor(user.name, Role.MANAGER)


NEW_PASSWORD = "MINIME_ADMIN_NEW_USER_PASSWORD"


def ask_password(
    prompt: str = "Password: ", name: str = "", variable: str = users.PASSWORD_VARIABLE
) -> str:
    password = os.environ.get(variable)
    if password is None and sys.stdin.isatty():
        password = getpass.getpass(prompt.format(name=name))
    if not password:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "errors", "A password is needed (MINIME_ADMIN_USER_PASSWORD, or typed)."
            )
        )
    return password
