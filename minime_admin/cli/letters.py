"""`minime-admin letter ...`: a request's letter as a PDF file, archived in the database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from minime_admin.cli.common import EXIT_OK, check_folder, open_database, print_json, write_out
from minime_admin.cli.requests import request_id_of
from minime_admin.letters.catalogue import LETTERS
from minime_admin.letters.model import LetterKind
from minime_admin.services import database as db_service
from minime_admin.services import letters, mail_send, mail_settings
from minime_admin.services.profile import command_line_signer


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("letter", help="write a letter for a request (PDF)")
    parser.add_argument("--list-kinds", action="store_true", help="the kinds of letter")
    parser.add_argument("--request", help="request number or reference")
    parser.add_argument("--kind", choices=[k.value for k in LetterKind])
    parser.add_argument("--lang", choices=("lv", "en"), help="default: the customer's language")
    parser.add_argument("--text", default="", help="your own paragraph, placed before the close")
    parser.add_argument("--out", type=Path, help="where to save the PDF")
    parser.add_argument(
        "--send",
        action="store_true",
        help="also e-mail it to the requester (Settings › Mailbox); prints the Message-ID",
    )
    parser.add_argument(
        "--resend",
        action="store_true",
        help="send even though such a letter may have gone out before the app stopped",
    )
    parser.add_argument("--json", action="store_true")


def run(arguments: argparse.Namespace) -> int:
    if arguments.list_kinds:
        kinds = [
            {"kind": k.value, "en": LETTERS[k]["en"].title, "lv": LETTERS[k]["lv"].title}
            for k in LetterKind
        ]
        if arguments.json:
            print_json(kinds)
        else:
            for entry in kinds:
                print(f"{entry['kind']:<26} {entry['en']}")
        return EXIT_OK
    if not (arguments.request and arguments.kind and (arguments.out or arguments.send)):
        raise SystemExit("minime-admin letter: --request, --kind and --out or --send are needed")
    if arguments.out:
        check_folder(arguments.out.parent)  # before the letter is archived
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            actor = command_line_signer(session)
            request_id = request_id_of(session, arguments.request)
            letter = letters.compose(
                session,
                actor,
                request_id,
                LetterKind(arguments.kind),
                arguments.lang,
                arguments.text,
            )
            if arguments.send:  # no letter archived for an address that cannot take it
                mail_settings.require_sending(mail_settings.load(session))
                mail_send.recipient_of(session, request_id)
                if not arguments.resend:  # said before another letter is archived
                    mail_send.check_not_uncertain(session, request_id, letter.kind)
            letter_id, pdf = letters.produce(session, actor, letter, request_id)
        if arguments.out:
            write_out(arguments.out, pdf)
        sent = None
        if arguments.send:
            opener = mail_send.sender_opener(db_service.system_keychain(), database.database_id)
            sent = mail_send.send_letter(
                database.unit_of_work, actor, letter_id, opener, resend=arguments.resend
            )
    finally:
        database.close()
    if arguments.json:
        result: dict[str, object] = {
            "letter_id": letter_id,
            "path": str(arguments.out) if arguments.out else None,
            "bytes": len(pdf),
            "kind": letter.kind.value,
            "language": letter.language,
        }
        if sent is not None:
            result.update(
                sent_to=sent.to,
                sent_at=sent.sent_at.isoformat(),
                message_id=sent.message_id,
                sha256=sent.sha256,
            )
        print_json(result)
        return EXIT_OK
    what = f"{letter.kind.value}, {letter.language}"
    if arguments.out:
        print(f"Saved {arguments.out} ({what}); archived as #{letter_id}.")
    else:
        print(f"Archived as #{letter_id} ({what}).")
    if sent is not None:
        print(f"Sent by e-mail to {sent.to}.")
        print(f"Message-ID: {sent.message_id}")
        print(f"SHA-256:    {sent.sha256}")
    return EXIT_OK
