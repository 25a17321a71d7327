"""`minime-admin mail proposals [--json]`, `mail open ID [--type T] [--customer CID]`,
`mail set-aside ID --reason TEXT`: the fetched messages waiting for a worker (issue #16.3).

The same service calls as the inbox's confirmation dialog (gui/inbox/mail_fetcher.py):
``preview_proposal`` reads what the intake reads from the kept message, ``open_proposal``
opens it as a request as a confirmed dropped .eml is, ``set_aside`` keeps it taken but not a
request. Each in one unit of work, so a proposal opened elsewhere meanwhile is refused
(MailProposalGone) and nothing is changed.
"""

from __future__ import annotations

import argparse
from typing import Any

from minime_admin.cli.common import EXIT_OK, open_database, print_json, record_id
from minime_admin.domain.requests import RequestType
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.errors import KnownError, SetAsideReasonNeeded
from minime_admin.services import mail_fetch
from minime_admin.services.intake import EmailPreview
from minime_admin.services.profile import command_line_actor


def add_proposal_commands(actions: Any) -> None:
    """`proposals`, `open` and `set-aside`, actions of the `mail` group (cli/mail.py)."""
    listing = actions.add_parser(
        "proposals", help="the fetched messages waiting to be opened as requests or set aside"
    )
    listing.add_argument("--json", action="store_true")
    opening = actions.add_parser(
        "open",
        help="open a fetched message as a request (as the inbox's confirmation does)",
        description=(
            "Opens proposal ID as a request: its type is --type, else the first one suggested; "
            "its customer --customer, else the one the message matched (if only one did)."
        ),
    )
    opening.add_argument("proposal", type=record_id, metavar="ID")
    opening.add_argument("--type", choices=[t.value for t in RequestType])
    opening.add_argument("--customer", type=record_id, metavar="CID")
    opening.add_argument("--json", action="store_true")
    aside = actions.add_parser(
        "set-aside", help="a fetched message that is not a request: keep it taken, not opened"
    )
    aside.add_argument("proposal", type=record_id, metavar="ID")
    aside.add_argument("--reason", required=True, help="why it is not a request (kept)")


def run(arguments: argparse.Namespace) -> int:
    handler = {"proposals": _list, "open": _open, "set-aside": _set_aside}
    return handler[arguments.mail_command](arguments)


def _list(arguments: argparse.Namespace) -> int:
    database = open_database(arguments)
    rows: list[dict[str, Any]] = []
    try:
        with database.unit_of_work() as session:
            for waiting in mail_fetch.pending(session):
                try:
                    preview = mail_fetch.preview_proposal(session, waiting.proposal_id)
                except KnownError:  # opened elsewhere this very moment
                    continue
                rows.append(_described(waiting, preview))
    finally:
        database.close()
    if arguments.json:
        print_json(rows)
        return EXIT_OK
    print(f"Fetched messages waiting: {len(rows)}")
    for row in rows:
        sender = row["sender_name"]
        if row["sender_email"] and row["sender_email"] != sender:
            sender = f"{sender} <{row['sender_email']}>"
        print(
            f"  proposal {row['proposal']}  {row['folder']} #{row['uid']}  "
            f"{row['received_local']}  {sender}  {row['subject']!r}  "
            f"suggested: {', '.join(row['suggested_types'])}"
        )
        for warning in row["warnings"]:
            print(f"    warning: {warning}")
    if rows:
        print("Open one with `mail open ID [--type TYPE]`, or `mail set-aside ID --reason ...`.")
    return EXIT_OK


def _described(waiting: mail_fetch.Pending, preview: EmailPreview) -> dict[str, Any]:
    mail = preview.email
    return {
        "proposal": waiting.proposal_id,
        "folder": waiting.folder,
        "uid": waiting.uid,
        "size": waiting.size,
        "taken_at": waiting.taken_at.isoformat(),
        "received_at": mail.received_at.isoformat(),
        "received_local": f"{mail.received_at.astimezone(SHOP_ZONE):%Y-%m-%d %H:%M}",
        "sender_name": mail.sender_name,
        "sender_email": mail.sender_email,
        "subject": mail.subject,
        "suggested_types": [t.value for t in preview.suggested_types],
        "customer": preview.match.customer_id,
        "warnings": [w.message() for w in mail.warnings],
    }


def _open(arguments: argparse.Namespace) -> int:
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            preview = mail_fetch.preview_proposal(session, arguments.proposal)
            chosen = RequestType(arguments.type) if arguments.type else preview.suggested_types[0]
            opened = mail_fetch.open_proposal(
                session, command_line_actor(), arguments.proposal, preview, chosen,
                arguments.customer,
            )  # fmt: skip
    finally:
        database.close()
    result = {
        "proposal": arguments.proposal,
        "reference": opened.reference,
        "type": chosen.value,
        "due": opened.due_on.isoformat(),
        "duplicates": list(opened.duplicates),
    }
    if arguments.json:
        print_json(result)
        return EXIT_OK
    print(
        f"Proposal {arguments.proposal} opened as {opened.reference} ({chosen.value}), "
        f"due {opened.due_on.isoformat()}."
    )
    if opened.duplicates:
        print(
            "  looks like a duplicate of open request(s) of the same type from this person: "
            + ", ".join(opened.duplicates)
        )
    return EXIT_OK


def _set_aside(arguments: argparse.Namespace) -> int:
    if not arguments.reason.strip():
        raise SetAsideReasonNeeded()
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            mail_fetch.set_aside(
                session, command_line_actor(), arguments.proposal, arguments.reason
            )
    finally:
        database.close()
    print(f"Proposal {arguments.proposal} set aside; it stays taken and is not a request.")
    return EXIT_OK
