"""`minime-admin breach letters ID --send [--rate N] [--json]`: the final letter to every
affected customer by e-mail, throttled; run it again to resume (nobody gets it twice)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from minime_admin.cli.common import EXIT_OK, open_database, print_json
from minime_admin.errors import DraftNotSent
from minime_admin.services import breach_mail
from minime_admin.services import database as db_service
from minime_admin.services.mail_send import sender_opener
from minime_admin.services.profile import command_line_signer


def add_options(letters: Any) -> None:
    letters.add_argument(
        "--send", action="store_true", help="e-mail each final letter (resumes where it stopped)"
    )
    letters.add_argument("--rate", type=float, help="letters per minute (default: settings)")
    letters.add_argument(
        "--resend",
        action="store_true",
        help="with --send: also to those a stopped run may have sent it to",
    )
    letters.add_argument("--json", action="store_true")


def check_options(a: argparse.Namespace) -> bool:
    """True when the letters are to be sent; refuses what cannot be."""
    if a.send and a.draft:
        raise DraftNotSent()
    if not a.send and not a.out:
        raise SystemExit("minime-admin breach letters: --out or --send is needed")
    return bool(a.send)


def run(a: argparse.Namespace) -> int:
    database = open_database(a)
    try:
        with database.unit_of_work() as session:
            actor = command_line_signer(session)
        opener = sender_opener(db_service.system_keychain(), database.database_id)

        def progress(done: int, total: int) -> bool:
            if total and sys.stderr.isatty():
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)
            return True

        result = breach_mail.send_breach_letters(
            database.unit_of_work, actor, a.id, opener, progress, rate=a.rate, resend=a.resend
        )
    finally:
        database.close()
    if a.json:
        print_json(result.as_dict())
        return EXIT_OK
    print(
        f"Sent by e-mail now: {result.sent}; sent before: {result.already}; "
        f"affected customers: {result.total}."
    )
    if result.without_address:
        ids = ", ".join(map(str, result.without_address))
        print(f"No usable e-mail address (send by post): {len(result.without_address)}: {ids}")
    if result.refused:
        ids = ", ".join(map(str, result.refused))
        print(f"Refused by the mail server: {len(result.refused)}: {ids}")
    if result.uncertain:
        print(
            f"Not sent again: {len(result.uncertain)}. An earlier run stopped before recording "
            "them, so they may have been sent — check the sent folder; --resend sends them:"
        )
        for customer_id, at in result.uncertain.items():
            print(f"  customer {customer_id}: may have been sent at {at}")
    return EXIT_OK
