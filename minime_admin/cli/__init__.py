"""The command line (docs/architecture.md lists the contract) over the same services as the GUI.

With no command it opens the GUI. Expected errors print one translated sentence to stderr
and exit non-zero; so does a bug (exit 70), whose details go to a crash report instead.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from minime_admin import APP_NAME, __version__, crash, logs
from minime_admin.cli.exits import EXIT_DAMAGED, EXIT_ERROR, EXIT_OK
from minime_admin.domain.clock import Clock, SystemClock
from minime_admin.errors import (
    CRASH_NOT_REPORTED,
    CRASH_REPORTED,
    BackupDamaged,
    DatabaseDamaged,
    KnownError,
)

EXIT_CRASH = 70  # sysexits' EX_SOFTWARE: the app failed, not the user
_log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = _global_options(add_help=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    for group in _groups():
        group.add_commands(commands)
    return parser


def _global_options(add_help: bool) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Privacy office of SIA Mini Me. With no command, opens the app.",
        add_help=add_help,
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        type=_database_argument,
        help="database file (default: your data folder), or a server's "
        "postgresql+psycopg://user@host/dbname (docs/team-server.md)",
    )
    parser.add_argument(
        "--ca-file",
        type=Path,
        help="the CA certificate that signed the database server's (TLS is verify-full "
        "unless the URL says its own sslmode)",
    )
    parser.add_argument("--demo", action="store_true", help="open the demo database")
    parser.add_argument(
        "--recover", action="store_true", help="unlock with the recovery key (asked for)"
    )
    return parser


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments; without a command, only the global options are ever imported.

    Opening the app (no command) needs none of the command groups, and they import every
    service and library (reportlab, alembic, the log parsers ...): skipping them is most of
    a fast start (#19.5). Anything else, ``-h`` included, goes to the full parser.
    """
    known, rest = _global_options(add_help=False).parse_known_args(argv)
    if not rest:
        known.command = None
        return known
    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run one command. ``clock`` is the one clock every step reads (tests fix it).

    An unexpected exception (a bug, a database changed behind the app's back) prints one
    sentence naming a crash report (crash.py) and exits with EXIT_CRASH, never a traceback.
    """
    clock = clock or SystemClock()
    command: str | None = None
    stop_logging = _no_logging
    try:
        arguments = parse_arguments(argv)
        arguments.clock = clock
        command = _command_name(arguments)
        stop_logging = logs.configure()
        _clean_leftovers()
        if arguments.command is None:
            from minime_admin.gui.app import run  # Qt widgets only when the GUI is wanted

            return run(
                db_path=arguments.db,
                demo=arguments.demo,
                recover=arguments.recover,
                clock=arguments.clock,
                ca_file=arguments.ca_file,
            )
        _log.info("%s %s: command %s", APP_NAME, __version__, command)
        handler = _handler(arguments.command)
        return handler(arguments)
    # Exits 3, as `audit verify` does for a broken log: a damaged database, or a backup too
    # damaged to open (`backup verify` of a readable one says "Intact: NO" and exits 3 too).
    except (DatabaseDamaged, BackupDamaged) as error:
        _log.info("command %s refused: %s", command, type(error).__name__)
        print(f"{APP_NAME}: {error.message(_translator())}", file=sys.stderr)
        return EXIT_DAMAGED
    except KnownError as error:
        _log.info("command %s refused: %s", command, type(error).__name__)
        print(f"{APP_NAME}: {error.message(_translator())}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the output went to `head` or a closed pager
        sys.stderr.close()
        return EXIT_OK
    except Exception as error:
        return _crashed(error, command, clock)
    finally:
        stop_logging()


def _crashed(error: Exception, command: str | None, clock: Clock) -> int:
    """One sentence in the user's language; the details go to a report without personal data."""
    report = crash.write_report(error, command, clock)
    name = report.name if report else "none"  # not the folder: it may name the login
    _log.error("command %s crashed (%s); report: %s", command, type(error).__name__, name)
    if report is None:
        notice = KnownError(CRASH_NOT_REPORTED)
    else:
        notice = KnownError(CRASH_REPORTED, path=str(report))
    try:
        translate = _translator()
    except Exception:  # e.g. Qt itself is what broke: English is better than nothing
        translate = None
    print(f"{APP_NAME}: {notice.message(translate)}", file=sys.stderr)
    return EXIT_CRASH


def _command_name(arguments: argparse.Namespace) -> str:
    """``requests add``: the command and its action, both fixed words; never an argument."""
    if arguments.command is None:
        return "gui"
    action = getattr(arguments, f"{arguments.command.replace('-', '_')}_command", None)
    return f"{arguments.command} {action}" if isinstance(action, str) else arguments.command


def _clean_leftovers() -> None:
    """Half-written files of a killed earlier run go before anything else (#14.5)."""
    from minime_admin.services import files

    try:
        removed = files.clean_leftovers()
    except OSError:
        return
    if removed:
        _log.info("removed %d half-written file(s) of an interrupted earlier run", removed)


def _no_logging() -> None:
    return None


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


# One module per command group, in the order `--help` lists them; imported on demand, so a
# GUI start loads none of them.
_GROUPS = (
    "database",
    "backup",
    "audit",
    "requests",
    "customers",
    "letters",
    "export",
    "erase",
    "retention",
    "shop_import",
    "mail",
    "users",
    "breach",
    "holidays",
    "visits",
    "settings",
    "server",
    "report",
)

# Each command's handler as (module in cli/, function).
_HANDLERS = {
    "init": ("database", "cmd_init"),
    "migrate-to-server": ("server", "run"),
    "seed-demo": ("database", "cmd_seed_demo"),
    "backup": ("backup", "run"),
    "restore": ("backup", "run_restore"),
    "audit": ("audit", "cmd_audit"),
    "requests": ("requests", "run"),
    "customers": ("customers", "run"),
    "letter": ("letters", "run"),
    "export": ("export", "run"),
    "erase": ("erase", "run"),
    "retention": ("retention", "run"),
    "import": ("shop_import", "run"),
    "shop": ("shop_import", "run_shop"),
    "mail": ("mail", "run"),
    "breach": ("breach", "run"),
    "users": ("users", "run"),
    "holidays": ("holidays", "run"),
    "visits": ("visits", "run"),
    "settings": ("settings", "run"),
    "report": ("report", "run"),
}


def _database_argument(text: str) -> Path | str:
    """--db: a file path or a server URL (read by cli.common, imported only when given)."""
    from minime_admin.cli.common import database_argument

    return database_argument(text)


def _groups() -> tuple[ModuleType, ...]:
    return tuple(importlib.import_module(f"minime_admin.cli.{name}") for name in _GROUPS)


def _handler(command: str) -> Callable[[argparse.Namespace], int]:
    module, function = _HANDLERS[command]
    handler: Callable[[argparse.Namespace], int] = getattr(
        importlib.import_module(f"minime_admin.cli.{module}"), function
    )
    return handler
