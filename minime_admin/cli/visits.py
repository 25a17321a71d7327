"""`minime-admin visits --ip IP [--limit N] [--json]`: visits from one address (audited)."""

from __future__ import annotations

import argparse
from typing import Any

from minime_admin.cli.common import EXIT_OK, open_database, print_json
from minime_admin.services import visits
from minime_admin.services.profile import command_line_actor


def add_commands(commands: Any) -> None:
    parser = commands.add_parser(
        "visits", help="visits from one IP address, linked to a customer or to nobody"
    )
    parser.add_argument("--ip", required=True, help="the address, e.g. 192.0.2.10")
    parser.add_argument("--limit", type=int, default=visits.DEFAULT_LIMIT)
    parser.add_argument("--json", action="store_true")


def run(arguments: argparse.Namespace) -> int:
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            found = visits.find_by_ip(session, command_line_actor(), arguments.ip, arguments.limit)
    finally:
        database.close()
    if arguments.json:
        print_json(
            {
                "total": found.total,
                "visits": [
                    {
                        **visit.__dict__,
                        "visited_at": visit.visited_at.isoformat(),
                    }
                    for visit in found.visits
                ],
            }
        )
        return EXIT_OK
    print(f"{found.total} visit(s); newest first.")
    for visit in found.visits:
        owner = f"customer #{visit.customer_id}" if visit.customer_id else "no customer"
        search = f'  search "{visit.site_search}"' if visit.site_search else ""
        print(
            f"  {visit.visited_at.isoformat(timespec='seconds')}  {owner:<18} {visit.page}"
            f"{search}  {visit.browser} {visit.browser_version}, {visit.operating_system}"
        )
    if found.total > len(found.visits):
        print(f"  ... {found.total - len(found.visits)} more (--limit)")
    return EXIT_OK
