"""The command line (DESIGN.md's stable contract) over the same services as the GUI.

With no command it opens the GUI. Expected errors print one translated sentence to stderr
and exit non-zero; only a bug shows a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from minime_admin import (
    APP_NAME,
    __version__,
    cli_breach,
    cli_customers,
    cli_erase,
    cli_export,
    cli_holidays,
    cli_letters,
    cli_requests,
    cli_retention,
)
from minime_admin.cli_common import (
    EXIT_AUDIT_BROKEN,
    EXIT_ERROR,
    EXIT_OK,
    CliError,
    database_path,
    open_database,
    print_json,
)
from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError
from minime_admin.services import database as db_service
from minime_admin.services.profile import command_line_actor


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

    init = commands.add_parser("init", help="create a new encrypted database")
    init.add_argument("--recovery-sheet", type=Path, help="also save the recovery sheet PDF")
    init.add_argument("--language", choices=("lv", "en"), default="lv")

    seed = commands.add_parser("seed-demo", help="fill a new database with demo data")
    seed.add_argument("--customers", type=int, default=2000)
    seed.add_argument("--seed", type=int, default=1)
    seed.add_argument("--as-of", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    seed.add_argument("--requests", type=int, help="data-subject requests (default: customers/20)")

    audit = commands.add_parser("audit", help="the audit log")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_commands.add_parser("verify", help="check the hash chain")
    verify.add_argument("--json", action="store_true")
    listing = audit_commands.add_parser("list", help="newest entries first")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--json", action="store_true")
    cli_requests.add_commands(commands)
    cli_customers.add_commands(commands)
    cli_letters.add_commands(commands)
    cli_export.add_commands(commands)
    cli_erase.add_commands(commands)
    cli_retention.add_commands(commands)
    cli_breach.add_commands(commands)
    cli_holidays.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = build_parser().parse_args(argv)
    if arguments.command is None:
        from minime_admin.gui.app import run  # Qt widgets only when the GUI is wanted

        return run(db_path=arguments.db, demo=arguments.demo, recover=arguments.recover)
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


def cmd_init(arguments: argparse.Namespace) -> int:
    path = database_path(arguments)
    keychain = db_service.system_keychain()
    passphrase = db_service.passphrase_from_environment()
    if passphrase is None and not keychain.available and sys.stdin.isatty():
        passphrase = _ask_new_passphrase()
    created = db_service.create_database(path, command_line_actor(), keychain, passphrase)
    database = created.database
    try:
        if arguments.recovery_sheet:
            _save_recovery_sheet(
                arguments.recovery_sheet, database, created.recovery_key, arguments.language
            )
    finally:
        database.close()
    where = "the system keychain" if database.unlocked_by == "keychain" else "your passphrase"
    print(f"Created encrypted database {path} (key: {where}).")
    print("Recovery key - write it down or print the sheet; it is shown only now:")
    print(f"    {created.recovery_key}")
    return EXIT_OK


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

    with database.session() as session:
        company = load_letterhead(session).company_name
    sheet = RecoverySheet(
        recovery_key=key,
        database_path=str(database.path),
        database_id=database.database_id,
        created_at=datetime.now().astimezone(),
        language=language,
        company_name=company,
    )
    write_atomic(out, render_recovery_sheet(sheet))


def cmd_seed_demo(arguments: argparse.Namespace) -> int:
    from minime_admin.services import customer_search
    from minime_admin.services.demo import seed_demo
    from minime_admin.services.demo_requests import demo_request_count, seed_demo_requests
    from minime_admin.services.overview import customer_count

    database = open_database(arguments)
    try:
        with database.session() as session:
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
                as_of=arguments.as_of or date.today(),
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
                arguments.as_of or date.today(),
                command_line_actor(),
            )
            customer_search.rebuild_index(session)
            session.commit()
    finally:
        database.close()
    print(f"Seeded {summary.customers} demo customers and {request_count} requests:")
    for table, rows in sorted(summary.counts.items()):
        print(f"  {table:<26} {rows:>9}")
    return EXIT_OK


def cmd_audit(arguments: argparse.Namespace) -> int:
    from minime_admin.services import audit

    database = open_database(arguments)
    try:
        with database.session() as session:
            if arguments.audit_command == "verify":
                verdict = audit.verify(session)
                return _print_verdict(verdict, arguments.json)
            rows = audit.newest_first(session, limit=arguments.limit)
    finally:
        database.close()
    if arguments.json:
        print_json([_audit_row_json(row) for row in rows])
    else:
        for row in rows:
            when = row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            print(f"{row.seq:>6}  {when}  {row.actor} ({row.role})  {row.action}  {row.subject}")
    return EXIT_OK


def _print_verdict(verdict: Any, as_json: bool) -> int:
    problem = verdict.problem
    if as_json:
        print_json(
            {
                "intact": verdict.intact,
                "checked": verdict.checked,
                "first_bad_entry": problem.seq if problem else None,
                "problem": problem.kind if problem else None,
            }
        )
    elif problem is None:
        print(f"Audit log intact: {verdict.checked} entries verified.")
    else:
        what = {
            "altered": "was altered",
            "missing_before": "follows a removed or reordered entry",
            "missing_at_end": "and later entries were removed",
        }[problem.kind]
        print(f"Audit log BROKEN: entry {problem.seq} {what}.", file=sys.stderr)
    return EXIT_OK if problem is None else EXIT_AUDIT_BROKEN


def _audit_row_json(row: Any) -> dict[str, Any]:
    return {
        "seq": row.seq,
        "at": row.at.astimezone(UTC).isoformat(),
        "actor": row.actor,
        "role": row.role,
        "action": row.action,
        "subject": row.subject,
        "reason": row.reason,
    }


def _translator() -> Callable[[str, str], str] | None:
    """Translate known errors into the user's language (MINIME_ADMIN_LANG or the system's)."""
    from minime_admin import i18n

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


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "seed-demo": cmd_seed_demo,
    "audit": cmd_audit,
    "requests": cli_requests.run,
    "customers": cli_customers.run,
    "letter": cli_letters.run,
    "export": cli_export.run,
    "erase": cli_erase.run,
    "retention": cli_retention.run,
    "breach": cli_breach.run,
    "users": cli_breach.run_users,
    "holidays": cli_holidays.run,
}
