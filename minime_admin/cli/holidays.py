"""`minime-admin holidays ...`: one-off public holidays that move request deadlines."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from minime_admin.cli.common import EXIT_OK, open_database, print_json
from minime_admin.services import holidays
from minime_admin.services.profile import command_line_actor


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("holidays", help="one-off public holidays (deadlines move)")
    actions = parser.add_subparsers(dest="holidays_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list")
    listing.add_argument("--json", action="store_true")
    add = actions.add_parser("add", help="a day the government declared a public holiday")
    add.add_argument("day", type=date.fromisoformat)
    add.add_argument("name")
    remove = actions.add_parser("remove")
    remove.add_argument("day", type=date.fromisoformat)


def run(arguments: argparse.Namespace) -> int:
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            actor = command_line_actor()
            if arguments.holidays_command == "add":
                holidays.add_extra(session, actor, arguments.day, arguments.name)
                print(f"{arguments.day}: {arguments.name} — deadlines now move past it.")
            elif arguments.holidays_command == "remove":
                removed = holidays.remove_extra(session, actor, arguments.day)
                print(f"{arguments.day}: " + ("removed." if removed else "was not on the list."))
            else:
                days = holidays.list_extra(session)
                if arguments.json:
                    print_json({day.isoformat(): name for day, name in days.items()})
                else:
                    for day, name in days.items():
                        print(f"{day}  {name}")
    finally:
        database.close()
    return EXIT_OK
