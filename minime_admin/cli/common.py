"""What every command needs: finding and unlocking the database, printing JSON."""

from __future__ import annotations

import argparse
import errno
import getpass
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from minime_admin import paths
from minime_admin.errors import (
    FileNotWritten,
    FolderNotWritable,
    KeyNeeded,
    KnownError,
    NotAFolder,
)
from minime_admin.services import database as db_service
from minime_admin.services.files import write_atomic

EXIT_OK, EXIT_ERROR, EXIT_AUDIT_BROKEN = 0, 1, 3
EXIT_DAMAGED = EXIT_AUDIT_BROKEN  # the database file is damaged: the same alarm as a broken log


class CliError(KnownError):
    """Usage problems found after parsing (e.g. seeding a database that has customers)."""


def database_path(arguments: argparse.Namespace) -> Path:
    if arguments.demo:
        return paths.demo_database()
    return arguments.db or paths.default_database()


def open_database(arguments: argparse.Namespace) -> db_service.Database:
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
