"""`minime-admin init` and `seed-demo`: a new encrypted database, and demo data in it."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from minime_admin.cli.common import (
    EXIT_OK,
    MAX_ID,
    CliError,
    check_out_file,
    database_path,
    open_database,
    server_location,
    server_password,
    whole_number,
)
from minime_admin.errors import QT_TRANSLATE_NOOP
from minime_admin.services import database as db_service
from minime_admin.services import users
from minime_admin.services.profile import USER_VARIABLE, command_line_actor
from minime_admin.services.server_database import ServerLocation
from minime_admin.store import session as store_session


def add_commands(commands: Any) -> None:
    init = commands.add_parser("init", help="create a new encrypted database")
    init.add_argument("--recovery-sheet", type=Path, help="also save the recovery sheet PDF")
    init.add_argument("--language", choices=("lv", "en"), default="lv")
    init.add_argument(
        "--title",
        default="",
        help="the first manager's title on letters, e.g. Vadītāja (the manager is "
        "MINIME_ADMIN_USER with MINIME_ADMIN_USER_PASSWORD, or asked for)",
    )

    seed = commands.add_parser("seed-demo", help="fill a new database with demo data")
    seed.add_argument("--customers", type=whole_number(1, 1_000_000), default=2000)
    seed.add_argument("--seed", type=whole_number(0, MAX_ID), default=1)
    seed.add_argument("--as-of", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    seed.add_argument(
        "--requests",
        type=whole_number(0, 1_000_000),
        help="data-subject requests (default: customers/20)",
    )


def cmd_init(arguments: argparse.Namespace) -> int:
    location = server_location(arguments)
    if location is not None:
        return _init_on_server(arguments, location)
    path = database_path(arguments)
    keychain = db_service.system_keychain()
    passphrase = db_service.passphrase_from_environment()
    if passphrase is None and not keychain.available and sys.stdin.isatty():
        passphrase = _ask_new_passphrase()
    if arguments.recovery_sheet:
        # Before the database exists: a sheet that cannot be written must not cost the key.
        check_out_file(arguments.recovery_sheet)
    manager = _first_manager(arguments.title)  # asked and checked before anything is made
    created = db_service.create_database(
        path, command_line_actor(), keychain, passphrase, clock=arguments.clock
    )
    database = created.database
    if manager is not None:
        name, title, password = manager
        with database.unit_of_work() as session:
            users.add_first_manager(session, command_line_actor(), name, title, password)
    keychain_used = database.unlocked_by is db_service.Unlock.KEYCHAIN
    where = "the system keychain" if keychain_used else "your passphrase"
    print(f"Created encrypted database {path} (key: {where}).")
    print("Recovery key - write it down or print the sheet; it is shown only now:")
    print(f"    {created.recovery_key}", flush=True)
    if manager is not None:
        print(f"First manager: {manager[0]}" + (f" ({manager[1]})" if manager[1] else ""))
    else:
        print(
            "No manager yet: the first one is asked for when the app first opens this "
            "database, or add them with: minime-admin users add --name NAME --role manager"
        )
    try:
        if arguments.recovery_sheet:
            _save_recovery_sheet(
                arguments.recovery_sheet, database, created.recovery_key, arguments.language
            )
    finally:
        database.close()
    return EXIT_OK


def _init_on_server(arguments: argparse.Namespace, location: ServerLocation) -> int:
    """The app's tables in an empty server database; no key and no recovery sheet: the
    server's administrator keeps its data safe (docs/team-server.md)."""
    from minime_admin.services import server_database

    if arguments.recovery_sheet:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A database on a server has no recovery key, so there is no recovery sheet "
                "to save; nothing was created.",
            )
        )
    manager = _first_manager(arguments.title)
    database = server_database.create_on_server(
        location, server_password(location), command_line_actor(), clock=arguments.clock
    )
    try:
        if manager is not None:
            name, title, password = manager
            with database.unit_of_work() as session:
                users.add_first_manager(session, command_line_actor(), name, title, password)
    finally:
        database.close()
    print(f"Set up the app's database at {location.shown}.")
    if manager is not None:
        print(f"First manager: {manager[0]}" + (f" ({manager[1]})" if manager[1] else ""))
    return EXIT_OK


def _first_manager(title: str) -> tuple[str, str, str] | None:
    """The first manager's name, title and password (issue #15.4): MINIME_ADMIN_USER and
    MINIME_ADMIN_USER_PASSWORD, or typed at a terminal; None when neither is possible (a
    script without them: the app asks at its first start)."""
    password = os.environ.get(users.PASSWORD_VARIABLE)
    name = (os.environ.get(USER_VARIABLE) or "").strip()
    if password is None:
        if not sys.stdin.isatty():
            return None
        print("The first manager adds the other users and signs off breach notices.")
        name = input(f"Manager's name{f' [{name}]' if name else ''}: ").strip() or name
        title = title or input("Title on letters (e.g. Vadītāja): ").strip()
        password = getpass.getpass("Manager's password: ")
        if getpass.getpass("Repeat the password: ") != password:
            raise CliError(
                QT_TRANSLATE_NOOP("errors", "The two passwords differ; nothing was created.")
            )
    if not name:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Name the first manager (MINIME_ADMIN_USER, or typed); nothing was created.",
            )
        )
    users.check_manager_password(password)
    return name, title.strip(), password


def _ask_new_passphrase() -> str:
    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("Repeat passphrase: ") != first:
        raise CliError(
            QT_TRANSLATE_NOOP("errors", "The two passphrases differ; nothing was created.")
        )
    return first


def _save_recovery_sheet(out: Path, database: db_service.Database, key: str, language: str) -> None:
    from minime_admin.letters.recovery_sheet import RecoverySheet, render_recovery_sheet
    from minime_admin.services.files import write_atomic
    from minime_admin.services.settings import load_letterhead

    with database.unit_of_work() as session:
        company = load_letterhead(session).company_name
    sheet = RecoverySheet(
        recovery_key=key,
        database_path=str(database.path),
        database_id=database.database_id,
        created_at=database.clock.now(),
        language=language,
        company_name=company,
    )
    write_atomic(out, render_recovery_sheet(sheet))


def cmd_seed_demo(arguments: argparse.Namespace) -> int:
    from minime_admin.demo.customers import seed_demo
    from minime_admin.demo.requests import demo_request_count, seed_demo_requests
    from minime_admin.services import customer_search
    from minime_admin.services.overview import customer_count

    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            existing = customer_count(session)
            if existing:
                raise CliError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "This database already holds {count} customers; demo data goes only "
                        "into a new, empty database.",
                    ),
                    count=existing,
                )
            summary = seed_demo(
                session,
                customers=arguments.customers,
                seed=arguments.seed,
                as_of=arguments.as_of or store_session.today(session),
                progress=None,
                actor=command_line_actor(),
            )
            request_count = (
                demo_request_count(arguments.customers)
                if arguments.requests is None
                else arguments.requests
            )
            seed_demo_requests(
                session,
                request_count,
                arguments.seed,
                arguments.as_of or store_session.today(session),
                command_line_actor(),
            )
            customer_search.rebuild_index(session)
    finally:
        database.close()
    print(f"Seeded {summary.customers} demo customers and {request_count} requests:")
    for table, rows in sorted(summary.counts.items()):
        print(f"  {table:<26} {rows:>9}")
    return EXIT_OK
