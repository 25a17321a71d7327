"""The command line (docs/architecture.md lists the contract) over the same services as the GUI.

With no command it opens the GUI. Expected errors print one translated sentence to stderr
and exit non-zero; so does a bug (exit 70), whose details go to a crash report instead.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from minime_admin import APP_NAME, __version__, crash, logs
from minime_admin.cli import (
    audit,
    breach,
    customers,
    database,
    erase,
    export,
    holidays,
    letters,
    mail,
    report,
    requests,
    retention,
    settings,
    shop_import,
    users,
    visits,
)
from minime_admin.cli.common import EXIT_DAMAGED, EXIT_ERROR, EXIT_OK
from minime_admin.domain.clock import Clock, SystemClock
from minime_admin.errors import (
    CRASH_NOT_REPORTED,
    CRASH_REPORTED,
    DatabaseDamaged,
    KnownError,
)

EXIT_CRASH = 70  # sysexits' EX_SOFTWARE: the app failed, not the user
_log = logging.getLogger(__name__)


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
    """Run one command. ``clock`` is the one clock every step reads (tests fix it).

    An unexpected exception (a bug, a database changed behind the app's back) prints one
    sentence naming a crash report (crash.py) and exits with EXIT_CRASH, never a traceback.
    """
    clock = clock or SystemClock()
    command: str | None = None
    stop_logging = _no_logging
    try:
        arguments = build_parser().parse_args(argv)
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
            )
        _log.info("%s %s: command %s", APP_NAME, __version__, command)
        handler: Callable[[argparse.Namespace], int] = _HANDLERS[arguments.command]
        return handler(arguments)
    except DatabaseDamaged as error:  # exits 3, as `audit verify` does for a broken log
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
    mail,
    users,
    breach,
    holidays,
    visits,
    settings,
    report,
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
    "shop": shop_import.run_shop,
    "mail": mail.run,
    "breach": breach.run,
    "users": users.run,
    "holidays": holidays.run,
    "visits": visits.run,
    "settings": settings.run,
    "report": report.run,
}
