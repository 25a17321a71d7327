"""`minime-admin report requests|ropa|inspection|verify` (issue #20)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from minime_admin.cli.common import (
    EXIT_AUDIT_BROKEN,
    EXIT_OK,
    check_folder,
    check_out_file,
    open_database,
    print_json,
    write_out,
)
from minime_admin.domain import ropa
from minime_admin.services.profile import command_line_actor


def add_commands(commands: Any) -> None:
    report = commands.add_parser("report", help="figures, the Art. 30 register, inspection pack")
    actions = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    figures = actions.add_parser("requests", help="request figures per month and type")
    figures.add_argument("--from", dest="start", type=date.fromisoformat, required=True)
    figures.add_argument("--to", dest="end", type=date.fromisoformat, required=True)
    figures.add_argument("--json", action="store_true")
    register = actions.add_parser(
        "ropa", help="the records of processing (Art. 30) as PDF, or CSV for FILE.csv"
    )
    register.add_argument("--lang", choices=("lv", "en"), default="lv")
    register.add_argument("--out", type=Path, required=True, metavar="FILE")
    pack = actions.add_parser("inspection", help="write the signed inspection pack into DIR")
    pack.add_argument("--from", dest="start", type=date.fromisoformat, required=True)
    pack.add_argument("--to", dest="end", type=date.fromisoformat, required=True)
    pack.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR|FILE.zip",
        help="a new or empty folder, or a new ZIP file (a name ending in .zip)",
    )
    pack.add_argument(
        "--zip", action="store_true", help="write one ZIP (.zip is added to --out if missing)"
    )
    pack.add_argument("--user", required=True, metavar="MANAGER", help="the manager who signs")
    pack.add_argument("--lang", choices=("lv", "en"), default="lv")
    pack.add_argument("--json", action="store_true")
    check = actions.add_parser("verify", help="who signed a pack, and is every file unchanged")
    check.add_argument("folder", type=Path, metavar="DIR|FILE.zip")
    check.add_argument("--json", action="store_true")
    edit = actions.add_parser("ropa-set", help="write one of the register's office fields")
    edit.add_argument("activity", help=f"an activity key, or {ropa.REGISTER!r}")
    edit.add_argument("field", help="; ".join((*ropa.EDITABLE, *ropa.REGISTER_FIELDS)))
    edit.add_argument("text", help="the new text (empty: clear it)")


def run(arguments: argparse.Namespace) -> int:
    handler = _ACTIONS[arguments.report_command]
    return handler(arguments)


def _requests(arguments: argparse.Namespace) -> int:
    from minime_admin.services import reports

    reports.check_period(arguments.start, arguments.end)
    database = open_database(arguments)
    try:
        with database.session() as session:
            report = reports.request_report(session, arguments.start, arguments.end)
            # The open requests one by one only where they are printed.
            open_now = (
                reports.open_requests(session, arguments.start, arguments.end)
                if arguments.json
                else []
            )
    finally:
        database.close()
    if arguments.json:
        print_json(reports.report_json(report, open_now))
        return EXIT_OK
    print(
        f"Requests received {report.start} to {report.end} (test requests left out), "
        f"as of {report.today}"
    )
    head = (
        f"{'month':<8} {'type':<21} {'recv':>5} {'answ':>5} {'on t.':>5} {'late':>5} "
        f"{'ext.':>5} {'ref.':>5} {'med.':>5} {'p90':>5} {'open':>5} {'left':>5}"
    )
    print(head)
    for row in [*report.rows, report.total]:
        print(
            f"{row.month or 'total':<8} {row.type or '':<21} {row.received:>5} "
            f"{row.answered:>5} {row.on_time:>5} {row.late:>5} {row.extended:>5} "
            f"{row.refused_total:>5} {_number(row.median_days):>5} {_number(row.p90_days):>5} "
            f"{row.open_now:>5} {_number(row.fewest_days_left):>5}"
        )
    if report.total.refused:
        grounds = ", ".join(f"{ground}: {n}" for ground, n in report.total.refused.items())
        print(f"Refused by ground: {grounds}")
    for item in report.late:
        print(
            f"Late: {item.reference} ({item.type}) due {item.due_on}, answered "
            f"{item.answered_on}, {item.days_late} day(s) late; reason: "
            f"{item.reason or '(none recorded)'}"
        )
    return EXIT_OK


def _ropa(arguments: argparse.Namespace) -> int:
    from minime_admin.services import ropa as ropa_service

    check_out_file(arguments.out)
    database = open_database(arguments)
    try:
        with database.session() as session:
            data = ropa_service.export(
                session, arguments.lang, arguments.out.suffix.lower() == ".csv"
            )
    finally:
        database.close()
    write_out(arguments.out, data)
    print(f"Wrote the records of processing ({arguments.lang}) to {arguments.out}.")
    return EXIT_OK


def _ropa_set(arguments: argparse.Namespace) -> int:
    from minime_admin.services import ropa as ropa_service

    ropa.check_field(arguments.activity, arguments.field, arguments.text.strip())
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            actor = command_line_actor()
            version = ropa_service.set_field(
                session, actor, arguments.activity, arguments.field, arguments.text
            )
    finally:
        database.close()
    if version is None:
        print("Unchanged: the register already says that.")
    else:
        print(f"Register field {arguments.activity}.{arguments.field}: version {version}.")
    return EXIT_OK


def _inspection(arguments: argparse.Namespace) -> int:
    from minime_admin.cli.users import ask_password
    from minime_admin.services import inspection, reports

    reports.check_period(arguments.start, arguments.end)
    out: Path = arguments.out
    if arguments.zip and out.suffix.lower() != ".zip":
        out = out.with_name(out.name + ".zip")
    check_folder(out.parent)
    password = ask_password("Password of {name}: ", arguments.user)
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            result = inspection.make_pack(
                session,
                command_line_actor(),
                arguments.start,
                arguments.end,
                out,
                arguments.user,
                password,
                arguments.lang,
                _translate(arguments.lang),
            )
    finally:
        database.close()
    if arguments.json:
        print_json(
            {
                "folder": str(result.folder),
                "files": result.files,
                "audit_intact": result.audit_intact,
                "audit_head": result.head.token,
                "signer": result.signer,
                "fingerprint": result.fingerprint,
            }
        )
    else:
        print(f"Wrote the inspection pack to {result.folder} ({len(result.files)} files).")
        print(f"Signed by {result.signer}, key {result.fingerprint}.")
        print(f"Audit chain head: {result.head.token}")
    return EXIT_OK


def _verify(arguments: argparse.Namespace) -> int:
    from minime_admin.services import inspection
    from minime_admin.services.pack_files import PackNotFound

    if not arguments.folder.exists():
        raise PackNotFound(path=str(arguments.folder))
    database = open_database(arguments)
    try:
        with database.session() as session:
            checked = inspection.verify_pack(session, arguments.folder)
    finally:
        database.close()
    if arguments.json:
        print_json(
            {
                "ok": checked.ok,
                "signer": checked.signer,
                "made_at": checked.made_at,
                "signature_valid": checked.signature_ok,
                "key_is_the_signers": checked.key_known,
                "audit_head": checked.head,
                "problems": [{"file": f, "problem": p} for f, p in checked.problems],
            }
        )
    elif checked.ok:
        print(
            f"Pack intact: signed by {checked.signer} at {checked.made_at}; every file unchanged."
        )
    else:
        if checked.signer is not None:
            if not checked.signature_ok:
                print("Pack NOT VALID: the signature does not match the manifest.", file=sys.stderr)
            if not checked.key_known:
                print(
                    f"Pack NOT VALID: the key is not {checked.signer}'s key in this database.",
                    file=sys.stderr,
                )
        for name, problem in checked.problems:
            print(f"Pack NOT VALID: {name} is {problem}.", file=sys.stderr)
    return EXIT_OK if checked.ok else EXIT_AUDIT_BROKEN


def _translate(language: str) -> Callable[[str, str], str] | None:
    from minime_admin import translation

    translator = translation.load_translator(language)
    if translator is None:
        return None
    return lambda context, text: translator.translate(context, text) or text


def _number(value: float | int | None) -> str:
    if value is None:
        return "-"
    return f"{value:g}" if isinstance(value, float) else str(value)


_ACTIONS = {
    "requests": _requests,
    "ropa": _ropa,
    "ropa-set": _ropa_set,
    "inspection": _inspection,
    "verify": _verify,
}
