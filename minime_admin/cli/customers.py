"""`minime-admin customers ...`: search and show, as the customer page does."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.cli.common import EXIT_OK, limit, open_database, print_json, record_id
from minime_admin.services import customer_page, customer_search
from minime_admin.services.profile import command_line_actor


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("customers", help="find a person and show what is held")
    actions = parser.add_subparsers(dest="customers_command", metavar="ACTION", required=True)
    search = actions.add_parser("search", help="by name, e-mail, phone, address, order or IP")
    search.add_argument("query")
    search.add_argument("--limit", type=limit, default=20)
    search.add_argument("--json", action="store_true")
    show = actions.add_parser("show", help="everything held about one customer (audited)")
    show.add_argument("id", type=record_id)
    show.add_argument("--reason", default="", help="why you look (recorded in the audit log)")
    show.add_argument("--request", help="the request this answers, e.g. DSR-2026-0042")
    show.add_argument("--all-visits", action="store_true", help="every visit, not the newest 100")
    show.add_argument("--json", action="store_true")


def run(arguments: argparse.Namespace) -> int:
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            if arguments.customers_command == "search":
                return _search(session, arguments)
            return _show(session, arguments)
    finally:
        database.close()


def _search(session: Session, arguments: argparse.Namespace) -> int:
    hits = customer_search.search(session, arguments.query, arguments.limit)
    if arguments.json:
        print_json([hit.__dict__ for hit in hits])
        return EXIT_OK
    for hit in hits:
        flag = "  [restricted]" if hit.restricted else ""
        print(f"{hit.id:>7}  {hit.name:<32} {hit.email or '-':<36} {hit.phone or '-'}{flag}")
    return EXIT_OK


def _show(session: Session, arguments: argparse.Namespace) -> int:
    reason = arguments.reason or ("command line" if not arguments.request else "")
    page = customer_page.open_customer_page(
        session, command_line_actor(), arguments.id, reason, arguments.request
    )
    sections = []
    for section in page.sections:
        rows = list(section.rows)
        if arguments.all_visits and section.total > len(rows):
            rows += customer_page.visit_page(session, page.customer_id, len(rows), section.total)
        sections.append((section, rows))
    if arguments.json:
        print_json(
            {
                "id": page.customer_id,
                "name": page.name,
                "language": page.language,
                "restricted": page.restricted,
                "categories": {
                    section.info.category.value: {
                        "source": section.info.source,
                        "purpose": section.info.purpose,
                        "legal_basis": section.info.legal_basis.value,
                        "retention_rule": section.info.retention_rule,
                        "total": section.total,
                        "rows": [
                            {
                                **{k: _plain(v) for k, v in r.values.items()},
                                "kept_until": _plain(r.kept_until),
                            }
                            for r in rows
                        ],
                    }
                    for section, rows in sections
                },
            }
        )
        return EXIT_OK
    print(f"#{page.customer_id} {page.name}" + ("  [RESTRICTED]" if page.restricted else ""))
    for section, rows in sections:
        print(
            f"\n== {section.info.title} ({section.total}) — {section.info.source}; "
            f"{section.info.legal_basis.value}; rule {section.info.retention_rule}"
        )
        for row in rows:
            shown = ", ".join(
                f"{k}={_plain(v)}" for k, v in row.values.items() if v not in (None, "")
            )
            print(f"  {shown}  [kept until {_plain(row.kept_until) or 'while it stands'}]")
        if section.total > len(rows):
            print(f"  ... {section.total - len(rows)} more (--all-visits)")
    return EXIT_OK


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
