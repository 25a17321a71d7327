"""`minime-admin audit verify|head|list`: the hash-chained audit log and its anchor."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date
from pathlib import Path
from typing import Any

from minime_admin.cli.common import (
    EXIT_AUDIT_BROKEN,
    EXIT_OK,
    limit,
    open_database,
    print_json,
)
from minime_admin.domain.audit_action_texts import action_words
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.audit_chain import ChainVerdict
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.services.audit import AuditFilter, AuditRow


def add_commands(commands: Any) -> None:
    audit = commands.add_parser("audit", help="the audit log")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_commands.add_parser("verify", help="check the hash chain")
    verify.add_argument(
        "--since-head",
        metavar="HEAD",
        help="also prove the log up to this earlier head (from `audit head`) was not rewritten",
    )
    verify.add_argument("--json", action="store_true")
    head = audit_commands.add_parser("head", help="the chain head's position and hash, to keep")
    head.add_argument("--json", action="store_true")
    listing = audit_commands.add_parser("list", help="newest entries first")
    listing.add_argument("--limit", type=limit, default=50, help="entries printed (not --csv)")
    listing.add_argument("--who", metavar="NAME", help="only entries written by NAME")
    listing.add_argument(
        "--action", choices=[action.value for action in AuditAction], help="only these entries"
    )
    listing.add_argument("--since", type=date.fromisoformat, metavar="YYYY-MM-DD")
    listing.add_argument(
        "--until", type=date.fromisoformat, metavar="YYYY-MM-DD", help="Riga days, included"
    )
    listing.add_argument(
        "--subject", metavar="S", help='"customer 42", "request DSR-2026-0001" or a type alone'
    )
    listing.add_argument("--search", metavar="TEXT", help="in who, subject and reason")
    listing.add_argument(
        "--csv", type=Path, metavar="FILE", help="write every matching entry to FILE"
    )
    listing.add_argument("--json", action="store_true")


def cmd_audit(arguments: argparse.Namespace) -> int:
    from minime_admin.services import audit, audit_anchor

    if getattr(arguments, "since_head", None):
        audit_anchor.parse_anchor(arguments.since_head)  # a typo is told before the key

    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            if arguments.audit_command == "head":
                return _print_head(audit_anchor.chain_head(session), arguments.json)
            if arguments.audit_command == "verify" and arguments.since_head:
                anchored = audit_anchor.verify_since(session, arguments.since_head)
                return _print_anchored(anchored, arguments.json)
            if arguments.audit_command == "verify":
                verdict = audit.verify(session)
                return _print_verdict(verdict, arguments.json)
            wanted = AuditFilter(
                who=arguments.who,
                action=arguments.action,
                subject=arguments.subject or "",
                since=arguments.since,
                until=arguments.until,
                search=arguments.search or "",
            )
            if arguments.csv is not None:
                return _write_csv(session, wanted, arguments.csv, arguments.json)
            rows = audit.newest_first(session, limit=arguments.limit, wanted=wanted)
    finally:
        database.close()
    if arguments.json:
        print_json([_audit_row_json(row) for row in rows])
    else:
        for row in rows:
            when = row.at.astimezone(SHOP_ZONE).strftime("%Y-%m-%d %H:%M:%S")  # Riga time
            note = "(erased)" if row.note_erased else row.note
            why = "  ".join(part for part in (row.reason, note) if part)
            print(
                f"{row.seq:>6}  {when}  {row.actor} ({row.role})  {action_words(row.action)}"
                f" [{row.action}]  {row.subject}" + (f"  {why}" if why else "")
            )
    return EXIT_OK


def _write_csv(session: Any, wanted: AuditFilter, path: Path, as_json: bool) -> int:
    from minime_admin.cli import _translator  # the user's language, as for errors
    from minime_admin.services import audit_csv

    written = audit_csv.write(session, wanted, path, _translator())
    if as_json:
        print_json({"file": str(path), "entries": written})
    else:
        print(f"Wrote {written} audit entries to {path}.")
    return EXIT_OK


def _print_verdict(verdict: ChainVerdict, as_json: bool) -> int:
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
            "note_altered": "has a note that was altered",
        }[problem.kind]
        print(f"Audit log BROKEN: entry {problem.seq} {what}.", file=sys.stderr)
    return EXIT_OK if problem is None else EXIT_AUDIT_BROKEN


def _print_head(head: Any, as_json: bool) -> int:
    if as_json:
        print_json({"seq": head.seq, "hash": head.hash, "head": head.token})
    else:
        print(f"Audit chain head: entry {head.seq}, hash {head.hash}")
        print(f"Keep this line; later: audit verify --since-head {head.token}")
    return EXIT_OK


def _print_anchored(anchored: Any, as_json: bool) -> int:
    """The chain's own verdict first; then whether the kept head is still where it was."""
    if not anchored.chain.intact:
        return _print_verdict(anchored.chain, as_json)
    if as_json:
        print_json(
            {
                "intact": anchored.chain.intact,
                "checked": anchored.chain.checked,
                "head_found": anchored.anchor_seq is not None,
                "head_seq": anchored.anchor_seq,
                "unchanged_since_head": anchored.holds,
                "entries_since": anchored.entries_since if anchored.holds else None,
            }
        )
    elif anchored.holds:
        print(
            f"Audit log intact: {anchored.chain.checked} entries verified; entries 1 to "
            f"{anchored.anchor_seq} are unchanged since that head, and "
            f"{anchored.entries_since} entries follow it."
        )
    elif anchored.anchor_seq is None:
        print(
            "Audit log REWRITTEN: the kept head is not in the log, so entries up to it were "
            "changed and the chain recomputed (or the head is from another database).",
            file=sys.stderr,
        )
    else:
        print(
            f"Audit log REWRITTEN: the kept head stood at entry {anchored.expected_seq}, "
            f"the log has it at {anchored.anchor_seq}.",
            file=sys.stderr,
        )
    return EXIT_OK if anchored.holds else EXIT_AUDIT_BROKEN


def _audit_row_json(row: AuditRow) -> dict[str, Any]:
    return {
        "seq": row.seq,
        "at": row.at.astimezone(UTC).isoformat(),
        "actor": row.actor,
        "role": row.role,
        "action": row.action,
        "subject": row.subject,
        "reason": row.reason,
        "note_text": "(erased)" if row.note_erased else row.note,
    }
