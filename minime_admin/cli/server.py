"""`minime-admin migrate-to-server URL`: the encrypted file's data into an empty server database."""

from __future__ import annotations

import argparse
from typing import Any

from minime_admin.cli.common import (
    EXIT_OK,
    database_path,
    open_database,
    print_json,
    server_password,
)
from minime_admin.services import server_database, server_move


def add_commands(commands: Any) -> None:
    move = commands.add_parser(
        "migrate-to-server",
        help="copy the database file (--db, or your data folder's) into an empty database "
        "on the office's PostgreSQL server; the file is left as it is",
    )
    move.add_argument("url", help="postgresql+psycopg://user@host/dbname (--ca-file for TLS)")
    move.add_argument("--json", action="store_true")


def run(arguments: argparse.Namespace) -> int:
    target = server_database.location_of(
        arguments.url, arguments.ca_file or server_database.saved_ca_file()
    )
    if not isinstance(target, server_database.ServerLocation):
        raise server_database.not_a_server(arguments.url)
    database_path(arguments)  # the source is a file: a server --db is refused here
    password = server_password(target)
    source = open_database(arguments)
    try:
        moved = server_move.move_to_server(source, target, password)
    finally:
        source.close()
    if arguments.json:
        print_json(
            {
                "server": target.shown,
                "rows": moved.rows,
                "audit_entries_verified": moved.audit_entries,
                "customers_indexed": moved.indexed,
            }
        )
    else:
        print(
            f"Copied {sum(moved.rows.values())} rows in {len(moved.rows)} tables to {target.shown}."
        )
        print(
            f"Row counts equal in every table; audit chain verified: {moved.audit_entries} entries."
        )
        print("The file was left unchanged. Open the server with: minime-admin --db URL")
    return EXIT_OK
