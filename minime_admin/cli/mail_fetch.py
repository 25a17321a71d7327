"""`minime-admin mail fetch [--json]`: new messages in the office mailbox become proposed
requests (issue #16.3), which a worker opens or sets aside in the app's inbox.

The mailbox is the one saved in the database's settings (Settings › Mailbox, `mail configure`);
its password comes from MINIME_ADMIN_MAIL_PASSWORD or the keychain, never the command line.
"""

from __future__ import annotations

import argparse
from typing import Any

from minime_admin.cli.common import EXIT_OK, open_database, print_json
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.errors import MailSettingsMissing
from minime_admin.services import database as db_service
from minime_admin.services import mail_fetch
from minime_admin.services.mail_fetch import FetchResult
from minime_admin.services.profile import command_line_actor


def add_fetch_command(actions: Any) -> None:
    """`fetch`, one action of the `mail` group (cli/mail.py)."""
    fetch = actions.add_parser(
        "fetch",
        help="propose new messages in the office mailbox as requests",
        description=(
            "Reads the folder set in Settings › Mailbox; each message not taken before is "
            "proposed as a request, to be opened or set aside in the app's inbox. Nothing on "
            f"the server is deleted or marked read. The password comes from "
            f"{mail_fetch.PASSWORD_VARIABLE} or the keychain."
        ),
    )
    fetch.add_argument("--json", action="store_true")


def run(arguments: argparse.Namespace) -> int:
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            account = mail_fetch.load_imap_account(session)
        if not account.configured:
            raise MailSettingsMissing()
        password = mail_fetch.imap_password(db_service.system_keychain(), database.database_id)
        result = mail_fetch.fetch_mail(
            database.unit_of_work, command_line_actor(), account, password
        )
    finally:
        database.close()
    from minime_admin.cli import _translator  # the one translator of the command line

    translate = _translator()
    if arguments.json:
        print_json(_as_dict(result, translate))
        return EXIT_OK
    print(
        f"Proposed: {len(result.proposed)}; skipped: {len(result.skipped)}; "
        f"taken before under another number: {result.already_taken}; "
        f"copied to the handled folder: {result.copied}."
    )
    for item in result.proposed:
        sender = item.sender_name
        if item.sender_email and item.sender_email != item.sender_name:
            sender = f"{item.sender_name} <{item.sender_email}>"
        types = ", ".join(t.value for t in item.suggested_types)
        print(
            f"  proposal {item.proposal_id}  {result.folder} #{item.uid}  "
            f"{item.received_at.astimezone(SHOP_ZONE):%Y-%m-%d %H:%M}  {sender}  "
            f"{item.subject!r}  suggested: {types}"
        )
        for warning in item.warnings:
            print(f"    warning: {warning}")
    for skip in result.skipped:
        print(f"  skipped {result.folder} #{skip.uid}: {skip.message(translate)}")
    if result.proposed:
        print("Open or set aside each proposal in the app's inbox (Fetched mail).")
    return EXIT_OK


def _as_dict(result: FetchResult, translate: Any) -> dict[str, Any]:
    return {
        "folder": result.folder,
        "counts": result.counts(),
        "proposed": [
            {
                "proposal": item.proposal_id,
                "uid": item.uid,
                "received_at": item.received_at.isoformat(),
                "sender_name": item.sender_name,
                "sender_email": item.sender_email,
                "subject": item.subject,
                "suggested_types": [t.value for t in item.suggested_types],
                "warnings": list(item.warnings),
            }
            for item in result.proposed
        ],
        "skipped": [
            {"uid": skip.uid, "reason": skip.message(translate)} for skip in result.skipped
        ],
    }
