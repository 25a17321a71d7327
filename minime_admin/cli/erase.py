"""`minime-admin erase ...`: plan (--dry-run) or carry out a customer's erasure."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from minime_admin.cli.common import EXIT_OK, open_database, print_json
from minime_admin.cli.requests import request_id_of
from minime_admin.domain.erasure import Action
from minime_admin.services.erasure import ErasurePlan, execute_erasure, plan_erasure
from minime_admin.services.profile import command_line_actor


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("erase", help="erase a customer (Art. 17), or show the plan")
    parser.add_argument("--customer", type=int, required=True)
    parser.add_argument("--request", help="the request it answers; completed afterwards")
    parser.add_argument("--identity-method", help="how the person's identity was confirmed")
    parser.add_argument("--dry-run", action="store_true", help="print the plan; change nothing")
    parser.add_argument("--progress", action="store_true", help="report progress on stderr")
    parser.add_argument("--json", action="store_true")


def run(arguments: argparse.Namespace) -> int:
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            plan = plan_erasure(session, arguments.customer)
            if arguments.dry_run:
                _show(plan, None, arguments.json)
                return EXIT_OK
            request_id = request_id_of(session, arguments.request) if arguments.request else None
            outcome = execute_erasure(
                session,
                command_line_actor(),
                plan,
                request_id,
                arguments.identity_method,
                _progress if arguments.progress else None,
            )
            _show(outcome.plan, outcome, arguments.json)
    finally:
        database.close()
    return EXIT_OK


def _progress(done: int, total: int) -> bool:
    print(f"progress {done}/{total}", file=sys.stderr, flush=True)
    return True


def _show(plan: ErasurePlan, outcome: Any, as_json: bool) -> None:
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
        print("Partners to inform (Art. 19): " + ", ".join(r["name"] for r in recipients))
