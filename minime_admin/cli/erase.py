"""`minime-admin erase ...`: plan (--dry-run) or carry out a customer's erasure, and write
the confirmation letter and the Art. 19 partner notices to files (services/erasure_letters.py,
as the wizard does)."""

from __future__ import annotations

import argparse
import hashlib
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
from minime_admin.domain.erasure import Action
from minime_admin.domain.proofs import IdentityCheck
from minime_admin.errors import QT_TRANSLATE_NOOP
from minime_admin.services import erasure_letters
from minime_admin.services.erasure import ErasurePlan, plan_erasure
from minime_admin.services.erasure_letters import Erased, Notice
from minime_admin.services.files import write_atomic
from minime_admin.services.profile import command_line_actor, command_line_signer


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("erase", help="erase a customer (Art. 17), or show the plan")
    parser.add_argument("--customer", type=record_id, required=True)
    parser.add_argument("--request", help="the request it answers; completed afterwards")
    parser.add_argument(
        "--identity-method",
        choices=[c.value for c in IdentityCheck],
        help="how the person's identity was confirmed (other needs --identity-note)",
    )
    parser.add_argument("--identity-note", help="the identity check in words")
    parser.add_argument("--dry-run", action="store_true", help="print the plan; change nothing")
    parser.add_argument(
        "--letter",
        type=Path,
        metavar="FILE.pdf",
        help="save the erasure-done letter (needs --request)",
    )
    parser.add_argument(
        "--lang", choices=("lv", "en"), help="the letter's language; default: the customer's"
    )
    parser.add_argument(
        "--partner-notices",
        type=Path,
        metavar="DIR",
        help="save an Art. 19 notice to each partner in DIR",
    )
    parser.add_argument("--progress", action="store_true", help="report progress on stderr")
    parser.add_argument("--json", action="store_true")


def run(arguments: argparse.Namespace) -> int:
    _check_letter_options(arguments)
    database = open_database(arguments)
    written: list[Path] = []
    try:
        with database.unit_of_work() as session:
            plan = plan_erasure(session, arguments.customer)
            # A request that does not exist is said even on a dry run.
            request_id = request_id_of(session, arguments.request) if arguments.request else None
            if arguments.dry_run:
                _show(plan, None, arguments.json)
                return EXIT_OK
            _check_folders(arguments)  # before anything changes: the letters cannot be remade
            letters = arguments.letter is not None or arguments.partner_notices is not None
            # A letter is signed by a person: the known user MINIME_ADMIN_USER names.
            actor = command_line_signer(session) if letters else command_line_actor()
            erased = erasure_letters.erase(
                session,
                actor,
                plan,
                request_id,
                arguments.identity_note,
                _progress if arguments.progress else None,
                language=arguments.lang,
                with_letter=arguments.letter is not None,
                identity_check=identity_check_of(arguments),
            )
            notices: list[Notice] = []
            if arguments.partner_notices is not None:
                notices = erasure_letters.partner_notices(session, actor, erased)
            # Written before the unit of work commits: a letter that cannot be written is
            # never recorded as produced, and the erasure waits for a retry (#14.10).
            saved = _save(arguments, erased, notices, written)
    except BaseException:
        for path in written:  # the erasure did not commit: its letters must not stand
            path.unlink(missing_ok=True)
        raise
    finally:
        database.close()
    _show(erased.outcome.plan, erased.outcome, arguments.json, saved)
    return EXIT_OK


def _check_letter_options(arguments: argparse.Namespace) -> None:
    wants_letters = arguments.letter is not None or arguments.partner_notices is not None
    if arguments.dry_run and wants_letters:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A dry run changes nothing, so it makes no letters: leave out --letter and "
                "--partner-notices.",
            )
        )
    if arguments.letter is not None and not arguments.request:
        raise CliError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The erasure-done letter answers a request: give it with --request.",
            )
        )
    if arguments.lang is not None and arguments.letter is None:
        raise CliError(
            QT_TRANSLATE_NOOP("errors", "--lang chooses the letter's language: give --letter too.")
        )


def _check_folders(arguments: argparse.Namespace) -> None:
    folders = [arguments.partner_notices]
    if arguments.letter is not None:
        folders.append(arguments.letter.parent)
    for folder in (f for f in folders if f is not None):
        check_folder(folder)


def _save(
    arguments: argparse.Namespace, erased: Erased, notices: list[Notice], written: list[Path]
) -> dict[str, Any]:
    """Write the letters where asked (each path into ``written``); returns what was saved."""
    saved: dict[str, Any] = {}
    if arguments.letter is not None and erased.letter is not None and erased.letter_pdf:
        _write(arguments.letter, erased.letter_pdf)
        written.append(arguments.letter)
        saved["letter"] = {
            "path": str(arguments.letter),
            "language": erased.letter.language,
            "sha256": hashlib.sha256(erased.letter_pdf).hexdigest(),
        }
    if arguments.partner_notices is not None:
        saved["partner_notices"] = []
        for notice in notices:
            path = arguments.partner_notices / notice.file_name
            _write(path, notice.pdf)
            written.append(path)
            saved["partner_notices"].append(
                {
                    "partner": notice.recipient.name,
                    "path": str(path),
                    "language": notice.language,
                    "sha256": notice.sha256,
                }
            )
    return saved


def _progress(done: int, total: int) -> bool:
    print(f"progress {done}/{total}", file=sys.stderr, flush=True)
    return True


def _write(path: Path, pdf: bytes) -> None:
    try:
        write_atomic(path, pdf)
    except OSError as error:  # the folders were checked, yet a disk can still fill up
        raise CliError(
            QT_TRANSLATE_NOOP(
                "errors", "The erasure was carried out, but {path} could not be saved ({detail})."
            ),
            path=str(path),
            detail=error.strerror or type(error).__name__,
        ) from error


def _show(
    plan: ErasurePlan, outcome: Any, as_json: bool, saved: dict[str, Any] | None = None
) -> None:
    counts = plan.counts()
    retained = [
        {
            "category": g.category.value,
            "table": g.table,
            "records": len(g.ids),
            "what": list(g.labels[:20]),
            "reason": g.decision.reason.value if g.decision.reason else None,
            "basis": g.decision.basis.value if g.decision.basis else None,
            "until": g.decision.until.isoformat() if g.decision.until else None,
        }
        for g in plan.retained()
    ]
    recipients = [
        {"name": r.name, "country": r.country, "contact_email": r.contact_email}
        for r in plan.recipients
    ]
    if as_json:
        result: dict[str, Any] = {
            "customer_id": plan.customer_id,
            "dry_run": outcome is None,
            Action.ERASE.value: counts[Action.ERASE.value],
            Action.ANONYMISE.value: counts[Action.ANONYMISE.value],
            Action.RETAIN.value: retained,
            "recipients": recipients,
        }
        if outcome is not None:
            result.update(
                erased=outcome.erased,
                anonymised=outcome.anonymised,
                completed_request=outcome.completed_request,
                **(saved or {}),
            )
        print_json(result)
        return
    title = "Erasure plan (nothing changed)" if outcome is None else "Erasure carried out"
    print(f"{title}: customer #{plan.customer_id}")
    for action in (Action.ERASE, Action.ANONYMISE):
        for category, number in sorted(counts[action.value].items()):
            print(f"  {action.value:<10} {category:<22} {number:>8}")
    for item in retained:
        print(
            f"  retain     {item['category']:<22} {item['records']:>8}  {item['reason']} "
            f"({item['basis']}) until {item['until'] or 'released'}"
        )
    if recipients:
        print("Partners to inform (Art. 19): " + ", ".join(str(r["name"]) for r in recipients))
    letter = (saved or {}).get("letter")
    if letter:
        print(f"Erasure-done letter ({letter['language']}) saved to {letter['path']}")
    for notice in (saved or {}).get("partner_notices", []):
        print(
            f"Art. 19 notice to {notice['partner']} ({notice['language']}) saved to "
            f"{notice['path']}"
        )
