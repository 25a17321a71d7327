"""`minime-admin export ...`: the Art. 15 / Art. 20 package for one customer."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from minime_admin.cli.common import (
    EXIT_OK,
    CliError,
    check_folder,
    open_database,
    print_json,
    record_id,
)
from minime_admin.cli.requests import identity_check_of, request_id_of
from minime_admin.domain.export_scope import Scope
from minime_admin.domain.proofs import IdentityCheck
from minime_admin.errors import QT_TRANSLATE_NOOP
from minime_admin.services.export import export_customer
from minime_admin.services.profile import command_line_signer

PASSWORD_VARIABLE = "MINIME_ADMIN_EXPORT_PASSWORD"


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("export", help="a customer's data package (ZIP)")
    parser.add_argument("--customer", type=record_id, required=True)
    parser.add_argument("--out", type=Path, required=True, help="folder to save the ZIP in")
    parser.add_argument(
        "--request",
        help="the request it answers; in progress afterwards, completed once 'requests "
        "handed-over' records that the package reached the person",
    )
    scopes = [Scope.ACCESS.value, Scope.PORTABILITY.value]  # CHOSEN is for the wizard
    parser.add_argument("--scope", choices=scopes, default=Scope.ACCESS.value)
    parser.add_argument(
        "--identity-method",
        choices=[c.value for c in IdentityCheck],
        help="how the person's identity was confirmed (other needs --identity-note)",
    )
    parser.add_argument("--identity-note", help="the identity check in words")
    parser.add_argument("--lang", choices=("lv", "en"), help="default: the customer's language")
    parser.add_argument(
        "--encrypt",
        action="store_true",
        help=f"AES-encrypt the ZIP; password from {PASSWORD_VARIABLE} or asked",
    )
    parser.add_argument("--json", action="store_true")


def run(arguments: argparse.Namespace) -> int:
    password = _password() if arguments.encrypt else None
    check_folder(arguments.out)
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            request_id = request_id_of(session, arguments.request) if arguments.request else None
            result = export_customer(
                session,
                command_line_signer(session),  # the package's letter is signed by a person
                arguments.customer,
                arguments.out,
                Scope(arguments.scope),
                request_id=request_id,
                identity_method=arguments.identity_note,
                identity_check=identity_check_of(arguments),
                password=password,
                language=arguments.lang,
            )
    finally:
        database.close()
    if arguments.json:
        print_json(
            {
                "path": str(result.path),
                "sha256": result.sha256,
                "bytes": result.bytes,
                "encrypted": result.encrypted,
                "counts": result.counts,
            }
        )
    else:
        print(f"Saved {result.path} ({result.bytes:,} bytes)")
        print(f"SHA-256 {result.sha256}")
        for table, rows in result.counts.items():
            print(f"  {table:<40} {rows:>8}")
    return EXIT_OK


def _password() -> str:
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None and sys.stdin.isatty():
        password = getpass.getpass("Password for the ZIP: ")
    if not password or len(password) < 8:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "errors", "An encrypted export needs a password of at least 8 characters."
            )
        )
    return password
