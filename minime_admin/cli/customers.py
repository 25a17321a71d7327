"""`minime-admin customers ...`: search and show, as the customer page does."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.cli.common import (
    EXIT_OK,
    check_folder,
    limit,
    open_database,
    print_json,
    record_id,
    write_out,
)
from minime_admin.cli.requests import request_id_of
from minime_admin.domain.partner_notices import Change, Method
from minime_admin.services import (
    change_notices,
    customer_actions,
    customer_page,
    customer_search,
    partner_notices,
)
from minime_admin.services.profile import command_line_actor
from minime_admin.store import session as store_session


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
    release = actions.add_parser(
        "release-hold", help="end a legal hold (dispute settled); `show` lists holds with ids"
    )
    release.add_argument("id", type=int, help="the customer")
    release.add_argument("hold", type=int, help="the hold's id")
    release.add_argument("--on", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    release.add_argument("--request", help="the request this belongs to, e.g. DSR-2026-0042")
    told = actions.add_parser(
        "partner-told",
        help="record that a partner who got the data was told of a change (Art. 19); "
        "only after you told it",
    )
    told.add_argument("id", type=int, help="the customer")
    told.add_argument("partner", type=int, help="the partner's id (`partners-told` lists them)")
    told.add_argument("--change", required=True, choices=[c.value for c in Change])
    told.add_argument("--on", type=date.fromisoformat, help="YYYY-MM-DD (default: today)")
    told.add_argument("--how", required=True, choices=[m.value for m in Method])
    told.add_argument("--request", help="the request this belongs to, e.g. DSR-2026-0042")
    notices = actions.add_parser(
        "partner-notices",
        help="write the Art. 19 notices to the partners after a rectification or restriction "
        "(prepared, not sent: record each with partner-told once it went out)",
    )
    notices.add_argument("id", type=int, help="the customer")
    notices.add_argument(
        "--change", required=True, choices=[Change.RECTIFICATION.value, Change.RESTRICTION.value]
    )
    notices.add_argument("--field", action="append", default=[], help="a corrected field")
    notices.add_argument("--request", help="the request this belongs to, e.g. DSR-2026-0042")
    notices.add_argument("--out", type=Path, required=True, help="the folder for the PDFs")
    listing = actions.add_parser(
        "partners-told", help="the partners who got the data, and when each was told (Art. 19)"
    )
    listing.add_argument("id", type=int, help="the customer")
    listing.add_argument("--json", action="store_true")


def run(arguments: argparse.Namespace) -> int:
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            if arguments.customers_command == "search":
                return _search(session, arguments)
            if arguments.customers_command == "release-hold":
                return _release_hold(session, arguments)
            if arguments.customers_command == "partner-told":
                return _partner_told(session, arguments)
            if arguments.customers_command == "partner-notices":
                return _partner_notices(session, arguments)
            if arguments.customers_command == "partners-told":
                return _partners_told(session, arguments)
            return _show(session, arguments)
    finally:
        database.close()


def _search(session: Session, arguments: argparse.Namespace) -> int:
    hits = customer_search.search(session, arguments.query, arguments.limit)
    if arguments.json:
        print_json(
            [
                {
                    **hit.__dict__,
                    "last_order_on": hit.last_order_on.isoformat() if hit.last_order_on else None,
                }
                for hit in hits
            ]
        )
        return EXIT_OK
    for hit in hits:
        flag = "  [restricted]" if hit.restricted else ""
        print(f"{hit.id:>7}  {hit.name:<32} {hit.email or '-':<36} {hit.phone or '-'}{flag}")
    return EXIT_OK


def _release_hold(session: Session, arguments: argparse.Namespace) -> int:
    request_id = request_id_of(session, arguments.request) if arguments.request else None
    day = customer_actions.release_legal_hold(
        session, command_line_actor(), arguments.id, arguments.hold, arguments.on, request_id
    )
    print(f"Legal hold {arguments.hold} released on {day.isoformat()}.")
    return EXIT_OK


def _partner_told(session: Session, arguments: argparse.Namespace) -> int:
    request_id = request_id_of(session, arguments.request) if arguments.request else None
    change, day = Change(arguments.change), arguments.on or store_session.today(session)
    partner_notices.mark_told(
        session,
        command_line_actor(),
        arguments.id,
        arguments.partner,
        change,
        day,
        Method(arguments.how),
        request_id,
    )
    name = next(p.name for p in partner_notices.recipients(session, arguments.id)
                if p.id == arguments.partner)  # fmt: skip
    print(f"Recorded: {name} told of the {change.value} on {day.isoformat()} ({arguments.how}).")
    return EXIT_OK


def _partner_notices(session: Session, arguments: argparse.Namespace) -> int:
    check_folder(arguments.out)
    request_id = request_id_of(session, arguments.request) if arguments.request else None
    made = change_notices.change_notices(
        session,
        command_line_actor(),
        arguments.id,
        Change(arguments.change),
        tuple(arguments.field),
        request_id,
    )
    for notice in made:
        write_out(arguments.out / notice.file_name, notice.pdf)
        print(f"Prepared (not sent): {arguments.out / notice.file_name}  ({notice.partner})")
    if not made:
        print("No partner received this data: no notice is needed.")
    return EXIT_OK


def _partners_told(session: Session, arguments: argparse.Namespace) -> int:
    told = partner_notices.told_of(session, arguments.id)
    if arguments.json:
        print_json(
            [
                {
                    "partner_id": t.partner.id,
                    "partner": t.partner.name,
                    "change": t.change.value,
                    "told_on": t.told_on.isoformat(),
                    "method": t.method.value,
                    "recorded_by": t.recorded_by,
                    "request": t.request_reference,
                }
                for t in told
            ]
        )
        return EXIT_OK
    for partner in partner_notices.recipients(session, arguments.id):
        print(f"{partner.id:>5}  {partner.name} ({partner.country})")
        for t in (t for t in told if t.partner.id == partner.id):
            print(f"       told of the {t.change.value} on {t.told_on.isoformat()} "
                  f"({t.method.value}); recorded by {t.recorded_by}")  # fmt: skip
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
