"""`minime-admin backup [OUT]`, `backup verify FILE`, `backup list [FOLDER]` and
`restore FILE --db NEWPATH` (issue #17).

``backup`` with no OUT writes into the backup folder of Settings › Backups and applies its
rotation, as the app's automatic backups do; with OUT (a folder, or a file name ending in
.mmbak) it writes there and removes nothing.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from minime_admin import paths
from minime_admin.cli.common import (
    EXIT_DAMAGED,
    EXIT_OK,
    CliError,
    ask_secret,
    open_database,
    print_json,
)
from minime_admin.errors import QT_TRANSLATE_NOOP
from minime_admin.services import backup, restore
from minime_admin.services import database as db_service
from minime_admin.services.profile import command_line_actor

ACTIONS = ("verify", "list")


class _Words(argparse.Action):
    """`backup verify FILE`, `backup list [FOLDER]` or `backup [OUT]`: the action word goes
    to ``backup_command`` (the log names it), the paths to ``backup_paths`` (never logged)."""

    def __call__(
        self, parser: Any, namespace: argparse.Namespace, values: Any, option: Any = None
    ) -> None:
        words = list(values or [])
        action = words.pop(0) if words and words[0] in ACTIONS else "make"
        namespace.backup_command = action
        namespace.backup_paths = [Path(word) for word in words]


def add_commands(commands: Any) -> None:
    made = commands.add_parser(
        "backup",
        help="back the database up (backup [OUT]), check a backup (backup verify FILE) "
        "or list backups (backup list [FOLDER])",
    )
    made.add_argument("words", nargs="*", action=_Words, metavar="[verify|list] [PATH]")
    made.add_argument("--json", action="store_true", help="print the result as JSON")
    made.add_argument(
        "--recover",
        dest="backup_recover",
        action="store_true",
        help="verify: open the backup with the recovery key (asked for)",
    )
    made.set_defaults(backup_command="make", backup_paths=[])

    back = commands.add_parser("restore", help="restore a backup to a new database file")
    back.add_argument("file", type=Path, metavar="FILE")
    back.add_argument(
        "--db", dest="restore_db", type=Path, help="the new database file (default: --db)"
    )
    back.add_argument(
        "--recover", dest="restore_recover", action="store_true", help="use the recovery key"
    )
    back.add_argument(
        "--replace",
        action="store_true",
        help="put the backup in place of an existing file (which is backed up first)",
    )
    back.add_argument("--folder", type=Path, help="backup folder (default: Settings › Backups)")
    back.add_argument("--json", action="store_true", help="print the result as JSON")


def run(arguments: argparse.Namespace) -> int:
    action = arguments.backup_command
    given: Sequence[Path] = arguments.backup_paths
    if len(given) > 1 or (action == "verify" and not given):
        raise CliError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Use: backup [OUT], backup verify FILE or backup list [FOLDER].",
            )
        )
    if action == "verify":
        return _verify(arguments, given[0])
    if action == "list":
        return _list(arguments, given[0] if given else backup.load_settings().backup_folder())
    return _make(arguments, given[0] if given else None)


def _make(arguments: argparse.Namespace, out: Path | None) -> int:
    settings = backup.load_settings()
    database = open_database(arguments)
    try:
        made = backup.make_backup(
            database,
            out or settings.backup_folder(),
            command_line_actor(),
            retention=None if out else settings.retention,
            remember=out is None,
        )
    finally:
        database.close()
    if arguments.json:
        print_json(made.as_json())
        return EXIT_OK
    print(f"Backup written: {made.path}")
    print(f"  taken     {made.taken_at:%Y-%m-%d %H:%M:%S} UTC")
    print(f"  size      {made.size:,} bytes")
    print(f"  sha256    {made.sha256}")
    print(f"  revision  {made.revision}")
    print(f"  erasures  {made.erasures}")
    if made.forgotten:
        print(f"  rotation removed {len(made.forgotten)} older backup(s)")
    return EXIT_OK


def _typed_key(recover: bool) -> str | None:
    return ask_secret(recovery=True) if recover else None


def _verify(arguments: argparse.Namespace, file: Path) -> int:
    recover = arguments.backup_recover or arguments.recover
    verdict = restore.verify(file, db_service.system_keychain(), _typed_key(recover))
    if arguments.json:
        print_json(verdict.as_json())
    else:
        print(f"Backup:    {verdict.path}")
        taken = f"{verdict.taken_at:%Y-%m-%d %H:%M:%S} UTC" if verdict.taken_at else "unknown"
        print(f"Taken:     {taken}")
        print(f"Size:      {verdict.size:,} bytes")
        print(f"SHA-256:   {verdict.sha256}")
        print(f"Revision:  {verdict.revision}")
        counts = ", ".join(f"{table} {count}" for table, count in verdict.counts.items())
        print(f"Counts:    {counts or '-'}; erasures {verdict.erasures}")
        print(f"Pages:     {'ok' if not verdict.problems else '; '.join(verdict.problems)}")
        chain = (
            f"intact; entries checked: {verdict.chain_checked}"
            if verdict.chain_intact
            else f"NOT intact {verdict.chain_problem}".strip()
        )
        print(f"Audit log: {chain if not verdict.problems else 'not checked'}")
        print(f"Intact:    {'yes' if verdict.intact else 'NO'}")
    return EXIT_OK if verdict.intact else EXIT_DAMAGED


def _list(arguments: argparse.Namespace, folder: Path) -> int:
    listed = backup.list_backups(folder)
    if arguments.json:
        print_json(
            [
                {
                    "path": str(item.path),
                    "database_id": item.name.database_id,
                    "taken_at": item.name.taken_at.isoformat(),
                    "size": item.size,
                }
                for item in listed
            ]
        )
        return EXIT_OK
    print(f"Backups in {folder}: {len(listed)}")
    for item in listed:
        print(f"  {item.name.taken_at:%Y-%m-%d %H:%M:%S} UTC  {item.size:>14,}  {item.path.name}")
    return EXIT_OK


def run_restore(arguments: argparse.Namespace) -> int:
    target = arguments.restore_db or arguments.db or paths.default_database()
    recover = arguments.restore_recover or arguments.recover
    current = paths.default_database()
    restored = restore.restore(
        arguments.file,
        target,
        db_service.system_keychain(),
        command_line_actor(),
        arguments.clock,
        typed=_typed_key(recover),
        replace=arguments.replace,
        folder=arguments.folder,
        current=current if current != target else None,
    )
    if arguments.json:
        print_json(restored.as_json())
        return EXIT_OK
    print(f"Restored {restored.verdict.path.name} to {restored.path}")
    if restored.replaced_backup is not None:
        print(f"  the file it replaced was backed up first: {restored.replaced_backup}")
    counts = ", ".join(f"{table} {count}" for table, count in restored.counts.items())
    print(f"  counts: {counts}")
    if restored.reapplied:
        ids = ", ".join(str(i) for i in restored.reapplied)
        print(
            f"  erasures re-applied: {len(restored.reapplied)} (customer stubs {ids}), "
            f"as listed by {restored.reference}"
        )
    elif restored.reference:
        print(f"  erasures re-applied: 0 (the newer list of {restored.reference} adds none)")
    else:
        print("  erasures re-applied: 0 (no newer backup or database of it was found)")
    return EXIT_OK
