"""`minime-admin settings mail-domains [DOMAINS] [--json]`: the shop's own e-mail domains.

Mail sent from these domains is a staff member's: only such a message is unwrapped as a
forward (the requester is then the original sender). Without DOMAINS the command shows
them; with them (comma-separated) it stores them for everyone using the database.
"""

from __future__ import annotations

import argparse
from typing import Any

from minime_admin.cli.common import EXIT_OK, open_database, print_json
from minime_admin.services import settings
from minime_admin.services.profile import command_line_actor


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("settings", help="settings shared by everyone (the database)")
    actions = parser.add_subparsers(dest="settings_command", metavar="SETTING", required=True)
    domains = actions.add_parser(
        "mail-domains",
        help="the shop's own e-mail domains (default minime.lv)",
        description=(
            "Mail from these domains is taken as a staff member forwarding a customer's "
            "message; any other sender is the requester. Give them comma-separated to change "
            "them, or nothing to show them."
        ),
    )
    domains.add_argument("domains", nargs="?", help="e.g. minime.lv,mini-me.lv")
    domains.add_argument("--json", action="store_true")


def run(arguments: argparse.Namespace) -> int:
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            if arguments.domains is not None:
                chosen = settings.parse_office_domains(arguments.domains)
                changed = settings.save_office_domains(session, command_line_actor(), chosen)
            else:
                changed = False
            current = settings.load_office_domains(session)
    finally:
        database.close()
    if arguments.json:
        print_json({"mail_domains": list(current), "changed": changed})
    elif arguments.domains is not None:
        state = "saved" if changed else "unchanged"
        print(f"The shop's e-mail domains ({state}): {', '.join(current)}")
    else:
        print(", ".join(current))
    return EXIT_OK
