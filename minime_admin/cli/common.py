"""What every command needs: finding and unlocking the database, printing JSON."""

from __future__ import annotations

import argparse
import errno
import getpass
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from minime_admin import paths

# Re-exported: every command module imports the exit statuses from here.
from minime_admin.cli.exits import EXIT_AUDIT_BROKEN as EXIT_AUDIT_BROKEN
from minime_admin.cli.exits import EXIT_DAMAGED as EXIT_DAMAGED
from minime_admin.cli.exits import EXIT_ERROR as EXIT_ERROR
from minime_admin.cli.exits import EXIT_OK as EXIT_OK
from minime_admin.errors import (
    QT_TRANSLATE_NOOP,
    FileNotWritten,
    FolderNotWritable,
    KeyNeeded,
    KnownError,
    NotAFolder,
)
from minime_admin.services import database as db_service
from minime_admin.services.files import write_atomic

if TYPE_CHECKING:
    from minime_admin.services.server_database import ServerLocation

MAX_ID = 2**63 - 1  # SQLite's largest integer: a larger id can only be a typing mistake
MAX_COUNT = 1_000_000_000  # people, records, rows: beyond any shop's numbers


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: ASCII digits only (int() also takes "١٢" or "１２") within
    [low, high], else argparse's one-line usage error instead of a crash further on."""

    def parse(text: str) -> int:
        digits = text.strip()
        body = digits[1:] if digits[:1] in "+-" else digits
        if not (body.isascii() and body.isdigit()) or len(body) > 19:
            raise argparse.ArgumentTypeError(f"not a whole number: {text[:40]!r}")
        value = int(digits)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is not between {low} and {high}")
        return value

    parse.__name__ = "whole number"  # argparse names the type in its message
    return parse


record_id = whole_number(1, MAX_ID)  # a customer's, breach's or request's number
limit = whole_number(1, 1_000_000)  # how many rows a listing prints
count = whole_number(0, MAX_COUNT)  # people, records, customers to make


def id_in_text(text: str) -> int | None:
    """A plain record number (ASCII digits, in range) or None: "١٢" or "DSR-..." is not one."""
    plain = text.strip()
    if plain.isascii() and plain.isdigit() and len(plain) <= 19 and 0 < int(plain) <= MAX_ID:
        return int(plain)
    return None


class CliError(KnownError):
    """Usage problems found after parsing (e.g. seeding a database that has customers)."""


def database_argument(text: str) -> Path | str:
    """``--db``: a file path, or a server URL kept as typed (``server_location`` reads it)."""
    from minime_admin.services import server_database

    if server_database.is_server(text):
        server_database.location_of(text)  # a malformed URL: one sentence, before any work
        return text
    return Path(text)


def server_location(arguments: argparse.Namespace) -> ServerLocation | None:
    """The server ``--db`` names, with ``--ca-file`` (else the saved one); None for a file."""
    from minime_admin.services import server_database

    if arguments.demo or not isinstance(arguments.db, str):
        return None
    ca_file = getattr(arguments, "ca_file", None) or server_database.saved_ca_file()
    location = server_database.location_of(arguments.db, ca_file)
    assert isinstance(location, server_database.ServerLocation)
    return location


def database_path(arguments: argparse.Namespace) -> Path:
    if arguments.demo:
        return paths.demo_database()
    if isinstance(arguments.db, str):  # a server: commands that need a file refuse it
        raise CliError(
            QT_TRANSLATE_NOOP("errors", "This command works on a database file, not a server.")
        )
    db: Path | None = arguments.db
    return db or paths.default_database()


def server_password(location: ServerLocation) -> str | None:
    """The keychain's or MINIME_ADMIN_DB_PASSWORD, else asked at a terminal (or read from
    piped input); None where there is nothing to ask (a socket sign-in needs none)."""
    from minime_admin.services import server_database

    found = server_database.password_for(db_service.system_keychain(), location, None)
    if found is not None:
        return found
    if sys.stdin.isatty():
        return getpass.getpass(f"Password for {location.shown}: ")
    return None


def open_database(arguments: argparse.Namespace) -> db_service.Database:
    location = server_location(arguments)
    if location is not None:
        from minime_admin.services import server_database

        return server_database.open_server(
            location, server_password(location), clock=arguments.clock
        )
    path = database_path(arguments)
    if arguments.demo:
        from minime_admin.demo.database import open_demo

        return open_demo(path, arguments.clock)
    keychain = db_service.system_keychain()
    if arguments.recover:
        return db_service.open_database(
            path, keychain, ask_secret(recovery=True), clock=arguments.clock
        )
    try:
        return db_service.open_database(path, keychain, clock=arguments.clock)
    except KeyNeeded:
        typed = db_service.passphrase_from_environment()
        if typed is None and sys.stdin.isatty():
            typed = ask_secret(recovery=False)
        if typed is None:
            raise
        return db_service.open_database(path, keychain, typed, clock=arguments.clock)


def ask_secret(recovery: bool) -> str:
    prompt = "Recovery key: " if recovery else "Passphrase or recovery key: "
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()  # automation may pipe the secret in


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def check_folder(folder: Path) -> None:
    """Before any work is done: the folder an --out names is (or is made) a writable folder."""
    for part in (folder, *folder.parents):
        if part.exists():
            if not part.is_dir():  # e.g. --out letter.pdf/x.pdf where letter.pdf is a file
                raise NotAFolder(path=str(part))
            break
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise FolderNotWritable(path=str(folder)) from error
    if not os.access(folder, os.W_OK):
        raise FolderNotWritable(path=str(folder))


def check_out_file(path: Path) -> None:
    """Before any work is done: ``path`` can be written (its folder is writable, no folder
    sits at its name). A probe file is made and removed, since permissions alone do not tell
    (a read-only mount, a network share)."""
    if path.is_dir():
        raise FileNotWritten(path=str(path), detail=os.strerror(errno.EISDIR))
    check_folder(path.parent)
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".minime-probe-"):
            pass
    except OSError as error:
        raise FolderNotWritable(path=str(path.parent)) from error


def write_out(path: Path, data: bytes) -> None:
    """Save an --out file; a failure (a full disk, a folder in the way) is one sentence."""
    try:
        write_atomic(path, data)
    except OSError as error:
        detail = error.strerror or type(error).__name__
        raise FileNotWritten(path=str(path), detail=detail) from error
