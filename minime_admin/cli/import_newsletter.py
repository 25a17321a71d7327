"""`minime-admin import newsletter FILE --format mailchimp|mailerlite [--list NAME]
[--dry-run] [--json]`: a newsletter service's audience export (CSV, or Mailchimp's zip)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from minime_admin.cli.common import EXIT_OK, open_database, print_json
from minime_admin.domain.newsletter import ListFormat
from minime_admin.services import newsletter_import
from minime_admin.services.profile import command_line_actor

SOURCE = "newsletter"


def add_source(sources: Any) -> None:
    parser = sources.add_parser(
        SOURCE,
        help="subscriptions and unsubscribes from a Mailchimp or MailerLite export",
        description=(
            "Reads an audience export: Mailchimp's subscribed, unsubscribed or cleaned "
            "members CSV (or the zip holding all three), or MailerLite's subscribers CSV. "
            "Unsubscribes are taken over; nobody unsubscribed or objecting here is "
            "subscribed again (such rows are listed as warnings)."
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "--format", required=True, choices=[f.value for f in ListFormat], dest="list_format"
    )
    parser.add_argument(
        "--list",
        dest="list_name",
        metavar="NAME",
        help="the list's name here (default: the format's name); one list, one name",
    )
    parser.add_argument("--dry-run", action="store_true", help="count only; change nothing")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.set_defaults(import_handler=run)


def run(arguments: argparse.Namespace) -> int:
    database = open_database(arguments)
    try:
        result = newsletter_import.import_newsletter(
            database.unit_of_work,
            command_line_actor(),
            arguments.file,
            ListFormat(arguments.list_format),
            list_name=arguments.list_name,
            dry_run=arguments.dry_run,
        )
    finally:
        database.close()
    from minime_admin.cli import _translator  # the one translator of the command line

    translate = _translator()
    if arguments.json:
        print_json(result.as_dict(translate))
        return EXIT_OK
    if result.dry_run:
        print("Dry run: nothing was changed.")
    print(f"List {result.list_name} ({result.source}):")
    print(f"  {'':<13}      new  updated  unchanged  rejected")
    for kind, counts in result.counts.items():
        print(
            f"  {kind:<13} {counts.new:>8} {counts.updated:>8} {counts.unchanged:>10}"
            f" {counts.rejected:>9}"
        )
    for rejection in result.rejections:
        print(
            f"  rejected: {rejection.source} line {rejection.position}: "
            f"{rejection.message(translate)}"
        )
    for warning in result.warnings:
        print(f"  warning: {warning.source} line {warning.position}: {warning.message(translate)}")
    return EXIT_OK
