"""`minime-admin retention sweep [--dry-run] [--json]`."""

from __future__ import annotations

import argparse
from typing import Any

from minime_admin.cli.common import EXIT_OK, open_database, print_json, whole_number
from minime_admin.services import retention, retention_rules
from minime_admin.services.profile import command_line_actor


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("retention", help="delete what has outlived its rule")
    actions = parser.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    sweep = actions.add_parser("sweep", help="delete expired records, in batches")
    sweep.add_argument("--dry-run", action="store_true", help="count only; change nothing")
    sweep.add_argument("--json", action="store_true")
    rules = actions.add_parser("rules", help="the retention rules in force")
    rules.add_argument("--json", action="store_true")
    change = actions.add_parser("set", help="change a rule's period (a manager, with password)")
    change.add_argument("rule")
    change.add_argument("--months", type=whole_number(0, 100_000), required=True)
    change.add_argument("--user", required=True, help="the manager making the change")


def run(arguments: argparse.Namespace) -> int:
    if arguments.retention_command in ("rules", "set"):
        return _rules(arguments)
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            due = retention.due_now(session)
        result = retention.sweep(
            database.unit_of_work, command_line_actor(), dry_run=arguments.dry_run
        )
    finally:
        database.close()
    if arguments.json:
        print_json(
            {
                "dry_run": result.dry_run,
                "rules": [
                    {
                        "rule": d.rule,
                        "table": d.table,
                        "due": d.records,
                        "before": d.before.isoformat(),
                        "reference": d.reference,
                        "deleted": 0 if result.dry_run else result.deleted.get(d.rule, 0),
                    }
                    for d in due
                ],
            }
        )
        return EXIT_OK
    verb = "due (dry run, nothing deleted)" if result.dry_run else "deleted"
    for item in due:
        shown = item.records if result.dry_run else result.deleted.get(item.rule, 0)
        print(f"  {item.rule:<26} {item.table:<26} {shown:>9} {verb}  (before {item.before})")
    return EXIT_OK


def _rules(arguments: argparse.Namespace) -> int:
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            if arguments.retention_command == "set":
                from minime_admin.cli.users import manager_actor

                actor = manager_actor(session, arguments.user)
                rule = retention_rules.change_period(
                    session, actor, arguments.rule, arguments.months
                )
                print(f"{rule.key}: {rule.months} months from {rule.trigger.value}")
                return EXIT_OK
            rules = retention_rules.current_rules(session)
    finally:
        database.close()
    if arguments.json:
        print_json(
            [
                {
                    "rule": r.key,
                    "months": r.months,
                    "from": r.trigger.value,
                    "then": r.end_action.value,
                    "legal_basis": r.legal_basis.value,
                    "reference": r.reference,
                    "stated_default": r.review,
                }
                for r in rules.values()
            ]
        )
    else:
        for r in rules.values():
            print(f"  {r.key:<26} {r.months:>4} months from {r.trigger.value:<20} {r.reference}")
    return EXIT_OK
