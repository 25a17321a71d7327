"""The command line (docs/architecture.md lists the contract) over the same services as the GUI.

With no command it opens the GUI. Expected errors print one translated sentence to stderr
and exit non-zero; only a bug shows a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from minime_admin import APP_NAME, __version__
from minime_admin.cli import (
    audit,
    breach,
    customers,
    database,
    erase,
    export,
    holidays,
    letters,
    requests,
    retention,
    shop_import,
    users,
)
from minime_admin.cli.common import EXIT_ERROR, EXIT_OK
from minime_admin.domain.clock import Clock, SystemClock
from minime_admin.errors import KnownError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Privacy office of SIA Mini Me. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: your data folder)")
    parser.add_argument("--demo", action="store_true", help="open the demo database")
    parser.add_argument(
        "--recover", action="store_true", help="unlock with the recovery key (asked for)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    for group in _GROUPS:
        group.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run one command. ``clock`` is the one clock every step reads (tests fix it)."""
    arguments = build_parser().parse_args(argv)
    arguments.clock = clock or SystemClock()
    if arguments.command is None:
        from minime_admin.gui.app import run  # Qt widgets only when the GUI is wanted

        return run(
            db_path=arguments.db,
            demo=arguments.demo,
            recover=arguments.recover,
            clock=arguments.clock,
        )
    handler: Callable[[argparse.Namespace], int] = _HANDLERS[arguments.command]
    try:
        return handler(arguments)
    except KnownError as error:
        print(f"{APP_NAME}: {error.message(_translator())}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the output went to `head` or a closed pager
        sys.stderr.close()
        return EXIT_OK


def _translator() -> Callable[[str, str], str] | None:
    """Translate known errors into the user's language (MINIME_ADMIN_LANG or the system's)."""
    from minime_admin import translation as i18n

    language = i18n.system_language()
    try:
        translator = i18n.load_translator(language)
    except FileNotFoundError:
        return None
    if translator is None:
        return None

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    return translate


# One module per command group, in the order `--help` lists them.
_GROUPS = (
    database,
    audit,
    requests,
    customers,
    letters,
    export,
    erase,
    retention,
    shop_import,
    users,
    breach,
    holidays,
)

_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": database.cmd_init,
    "seed-demo": database.cmd_seed_demo,
    "audit": audit.cmd_audit,
    "requests": requests.run,
    "customers": customers.run,
    "letter": letters.run,
    "export": export.run,
    "erase": erase.run,
    "retention": retention.run,
    "import": shop_import.run,
    "breach": breach.run,
    "users": users.run,
    "holidays": holidays.run,
}
