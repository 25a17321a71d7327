"""`minime-admin letter ...`: a request's letter as a PDF file, archived in the database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from minime_admin.cli.common import EXIT_OK, check_folder, open_database, print_json, write_out
from minime_admin.cli.requests import request_id_of
from minime_admin.letters.catalogue import LETTERS
from minime_admin.letters.model import LetterKind
from minime_admin.services import letters
from minime_admin.services.profile import command_line_signer


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("letter", help="write a letter for a request (PDF)")
    parser.add_argument("--list-kinds", action="store_true", help="the kinds of letter")
    parser.add_argument("--request", help="request number or reference")
    parser.add_argument("--kind", choices=[k.value for k in LetterKind])
    parser.add_argument("--lang", choices=("lv", "en"), help="default: the customer's language")
    parser.add_argument("--text", default="", help="your own paragraph, placed before the close")
    parser.add_argument("--out", type=Path, help="where to save the PDF")
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
    if not (arguments.request and arguments.kind and arguments.out):
        raise SystemExit("minime-admin letter: --request, --kind and --out are needed")
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
            letter_id, pdf = letters.produce(session, actor, letter, request_id)
    finally:
        database.close()
    write_out(arguments.out, pdf)
    if arguments.json:
        print_json(
            {
                "letter_id": letter_id,
                "path": str(arguments.out),
                "bytes": len(pdf),
                "kind": letter.kind.value,
                "language": letter.language,
            }
        )
    else:
        what = f"{letter.kind.value}, {letter.language}"
        print(f"Saved {arguments.out} ({what}); archived as #{letter_id}.")
    return EXIT_OK
