"""`minime-admin requests ...`: the inbox on the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    id_in_text,
    limit,
    open_database,
    print_json,
    record_id,
)
from minime_admin.domain.inbox_row import RequestRow
from minime_admin.domain.proofs import HandoverMethod, IdentityCheck
from minime_admin.domain.requests import (
    OPEN_STATUSES,
    Channel,
    ErasureException,
    HoldReason,
    RefusalReason,
    RequestEventKind,
    RequestType,
    Status,
    TransitionRequest,
)
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.errors import MESSAGE_SKIPPED, KnownError, NoSuchRequest
from minime_admin.importers.mail_intake import Skipped
from minime_admin.services import handover, intake, requests
from minime_admin.services.database import Database
from minime_admin.services.profile import command_line_actor
from minime_admin.store import session as store_session


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("requests", help="the data-subject request inbox")
    actions = parser.add_subparsers(dest="requests_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="record a new request")
    add.add_argument("--type", required=True, choices=[t.value for t in RequestType])
    add.add_argument("--email")
    add.add_argument("--name")
    add.add_argument("--phone")
    add.add_argument("--received", type=_parse_received, help="YYYY-MM-DD[THH:MM], Riga time")
    add.add_argument("--channel", default=Channel.EMAIL.value, choices=[c.value for c in Channel])
    add.add_argument("--text", default="")
    add.add_argument("--customer", type=record_id)
    add.add_argument("--assignee")
    _identity_arguments(add)
    add.add_argument("--test", action="store_true", help="a test request, left out of counts")
    add.add_argument("--json", action="store_true")

    listing = actions.add_parser("list", help="requests by due date")
    listing.add_argument("--status", action="append", choices=[s.value for s in Status])
    listing.add_argument("--type", action="append", choices=[t.value for t in RequestType])
    listing.add_argument("--overdue", action="store_true", help="open and past the due date")
    listing.add_argument("--assignee", help="only requests assigned to NAME")
    listing.add_argument("--limit", type=limit, default=1000)
    listing.add_argument("--json", action="store_true")

    show = actions.add_parser("show", help="one request with its timeline")
    show.add_argument("id", help="number or reference (DSR-2026-0042)")
    show.add_argument("--json", action="store_true")

    eml = actions.add_parser(
        "import-eml", help="open requests from e-mail files (.eml, Outlook .msg)"
    )
    eml.add_argument("files", nargs="+", type=Path)
    eml.add_argument(
        "--type",
        choices=[t.value for t in RequestType],
        help="instead of the type suggested from the wording",
    )
    eml.add_argument("--json", action="store_true")

    move = actions.add_parser("transition", help="move a request to another status")
    move.add_argument("id")
    move.add_argument("status", choices=[s.value for s in Status])
    move.add_argument(
        "--reason",
        default="",
        help="the written reason or note (a refusal's ground, for the letter)",
    )
    move.add_argument("--hold-reason", choices=[h.value for h in HoldReason])
    move.add_argument("--refusal-reason", choices=[r.value for r in RefusalReason])
    move.add_argument(
        "--exception",
        choices=[e.value for e in ErasureException],
        help="the Art. 17(3) point of an art_17_3 refusal: a expression, b legal obligation or "
        "public interest, c public health, d archiving/research/statistics, e legal claims",
    )
    _identity_arguments(move)

    given = actions.add_parser(
        "handed-over", help="record that the request's export package reached the person"
    )
    given.add_argument("id")
    given.add_argument(
        "--how",
        required=True,
        choices=[m.value for m in HandoverMethod],
        help="export packages are never e-mailed; other needs --note",
    )
    given.add_argument(
        "--at", type=_parse_received, help="YYYY-MM-DDTHH:MM, Riga time (default: now)"
    )
    given.add_argument("--note", default="", help="how, in words (required with other)")

    extend = actions.add_parser("extend", help="extend by two months (Art. 12(3))")
    extend.add_argument("id")
    extend.add_argument("--reason", required=True)

    assign = actions.add_parser("assign", help="give a request to a user (or to nobody)")
    assign.add_argument("id")
    who = assign.add_mutually_exclusive_group(required=True)
    who.add_argument("--to", metavar="NAME", help="one of the app's users, or yourself")
    who.add_argument("--nobody", action="store_true", help="take the assignment away")

    link = actions.add_parser("link", help="link a request to a customer (or unlink it)")
    link.add_argument("id")
    whose = link.add_mutually_exclusive_group(required=True)
    whose.add_argument("--customer", type=int, metavar="CID")
    whose.add_argument("--no-customer", action="store_true")


def _identity_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--identity-method",
        choices=[c.value for c in IdentityCheck],
        help="how the person's identity was confirmed (other needs --identity-note)",
    )
    parser.add_argument("--identity-note", help="the identity check in words")


def _identity_check(arguments: argparse.Namespace) -> IdentityCheck | None:
    """The method; a note alone is refused (it says nothing checkable)."""
    if arguments.identity_note and not arguments.identity_method:
        raise requests.IdentityMethodNotChosen()
    return IdentityCheck(arguments.identity_method) if arguments.identity_method else None


def _parse_received(text: str) -> datetime:
    try:
        if "T" in text:
            moment = datetime.fromisoformat(text)
        else:
            moment = datetime.combine(date.fromisoformat(text), time(0, 0))
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date: {text!r}") from error
    return moment if moment.tzinfo else moment.replace(tzinfo=SHOP_ZONE)


def run(arguments: argparse.Namespace) -> int:
    database = open_database(arguments)
    try:
        if arguments.requests_command == "import-eml":
            return _import_eml(database, arguments)  # a unit of work per file
        with database.unit_of_work() as session:
            handler = _HANDLERS[arguments.requests_command]
            return handler(session, arguments)
    finally:
        database.close()


def _add(session: Session, arguments: argparse.Namespace) -> int:
    new = requests.NewRequest(
        type=RequestType(arguments.type),
        channel=Channel(arguments.channel),
        received_at=arguments.received or store_session.now(session),
        requester_name=arguments.name or arguments.email or "",
        requester_email=arguments.email,
        requester_phone=arguments.phone,
        text=arguments.text,
        customer_id=arguments.customer,
        assignee=arguments.assignee,
        identity_method=arguments.identity_note,
        identity_check=_identity_check(arguments),
        is_test=arguments.test,
    )
    opened = requests.open_request(session, command_line_actor(), new)
    detail = requests.get_request(session, opened.request_id)
    if arguments.json:
        print_json(
            {
                **_detail_json(detail),
                "duplicates": list(opened.duplicates),
                "candidates": [c.customer_id for c in opened.candidates],
            }
        )
        return EXIT_OK
    print(f"{opened.reference} opened; due {opened.due_on.isoformat()}.")
    if opened.duplicates:
        print(f"Likely duplicate of: {', '.join(opened.duplicates)}")
    for candidate in opened.candidates:
        print(f"Possible customer: #{candidate.customer_id} ({candidate.matched_by})")
    return EXIT_OK


def _list(session: Session, arguments: argparse.Namespace) -> int:
    today = store_session.today(session)
    statuses = tuple(arguments.status or ())
    if arguments.overdue:
        statuses = statuses or tuple(s.value for s in OPEN_STATUSES)
    query = requests.inbox_query(
        today,
        statuses=statuses,
        types=tuple(arguments.type or ()),
        due_within_days=-1 if arguments.overdue else None,
        assignee=arguments.assignee.strip() if arguments.assignee else None,
        show_unverified=True,
    )
    rows = requests.list_requests(session, query, limit=arguments.limit)
    if arguments.json:
        print_json([_row_json(row, today) for row in rows])
        return EXIT_OK
    for row in rows:
        left = row.days_left(today)
        print(
            f"{row.reference}  {row.type.value:<20} {row.status.value:<14} "
            f"due {row.due_on.isoformat()} ({left:+d} d)  {row.requester}"
        )
    return EXIT_OK


def _show(session: Session, arguments: argparse.Namespace) -> int:
    detail = requests.get_request(session, request_id_of(session, arguments.id))
    if arguments.json:
        print_json(_detail_json(detail))
        return EXIT_OK
    print(f"{detail.reference}  {detail.type.value}  {detail.status.value}")
    print(
        f"Received {detail.received_at.astimezone(SHOP_ZONE):%Y-%m-%d %H:%M} via "
        f"{detail.channel.value}; due {detail.due_on.isoformat()}"
        + (" (extended)" if detail.extended else "")
    )
    print(
        f"From {detail.requester_name} <{detail.requester_email or '-'}>; "
        f"customer {detail.customer_id or '-'}"
    )
    if detail.erased_before is not None:
        print(erased_before_line(detail.erased_before))
    print()
    print(detail.text)
    print()
    for entry in detail.timeline:
        moved = f"{entry.from_status or ''} → {entry.to_status}" if entry.to_status else ""
        if entry.kind in (RequestEventKind.IDENTITY, RequestEventKind.HANDED_OVER):
            moved = entry.reason_code or ""  # the method's code; the note follows
        print(
            f"  {entry.at.astimezone(SHOP_ZONE):%Y-%m-%d %H:%M}  {entry.actor}  {entry.kind}  "
            f"{moved}  {entry.text}"
        )
    return EXIT_OK


def _import_eml(database: Database, arguments: argparse.Namespace) -> int:
    """Each file in its own unit of work: one bad file never costs the others. A bounce,
    auto-reply or read receipt is listed as skipped (not an error)."""
    failures, results = 0, list[dict[str, Any]]()
    for path in arguments.files:
        try:
            data = path.read_bytes()
        except OSError as error:
            print(f"{path}: {error.strerror}", file=sys.stderr)
            failures += 1
            continue
        try:
            with database.unit_of_work() as session:
                preview = intake.preview_eml(session, data, path.name)
                if isinstance(preview, Skipped):
                    reason = preview.reason.value
                    results.append({"file": str(path), "skipped": reason})
                    if not arguments.json:
                        print(MESSAGE_SKIPPED.format(name=path, reason=reason))
                    continue
                chosen = (
                    RequestType(arguments.type) if arguments.type else preview.suggested_types[0]
                )
                opened = intake.open_from_email(session, command_line_actor(), preview, chosen)
        except KnownError as error:
            print(f"{path}: {error.message()}", file=sys.stderr)
            failures += 1
            continue
        warnings = [w.message() for w in preview.email.warnings]
        results.append(
            {
                "file": str(path),
                "reference": opened.reference,
                "type": chosen.value,
                "due": opened.due_on.isoformat(),
                "warnings": warnings,
                "duplicates": list(opened.duplicates),
            }
        )
        if not arguments.json:
            print(f"{path}: {opened.reference} ({chosen.value}), due {opened.due_on.isoformat()}")
            for warning in warnings:
                print(f"  warning: {warning}")
            if opened.duplicates:
                print(
                    "  looks like a duplicate of open request(s) of the same type from this "
                    f"person: {', '.join(opened.duplicates)}"
                )
    if arguments.json:
        print_json(results)
    return EXIT_ERROR if failures else EXIT_OK


def _transition(session: Session, arguments: argparse.Namespace) -> int:
    change = TransitionRequest(
        target=Status(arguments.status),
        hold_reason=HoldReason(arguments.hold_reason) if arguments.hold_reason else None,
        refusal_reason=RefusalReason(arguments.refusal_reason)
        if arguments.refusal_reason
        else None,
        erasure_exception=ErasureException(arguments.exception) if arguments.exception else None,
        text=arguments.reason,
    )
    request_id = request_id_of(session, arguments.id)
    requests.transition(
        session,
        command_line_actor(),
        request_id,
        change,
        identity_method=arguments.identity_note,
        identity_check=_identity_check(arguments),
    )
    print(f"{arguments.id}: {arguments.status}")
    return EXIT_OK


def _handed_over(session: Session, arguments: argparse.Namespace) -> int:
    given = handover.record_handover(
        session,
        command_line_actor(),
        request_id_of(session, arguments.id),
        HandoverMethod(arguments.how),
        arguments.at or store_session.now(session),
        arguments.note,
    )
    when = f"{given.at.astimezone(SHOP_ZONE):%Y-%m-%d %H:%M}"
    print(
        f"{given.reference}: package handed over ({given.method.value}) at {when}"
        + ("; request completed" if given.completed else "")
    )
    return EXIT_OK


def _extend(session: Session, arguments: argparse.Namespace) -> int:
    due = requests.extend(
        session, command_line_actor(), request_id_of(session, arguments.id), arguments.reason
    )
    print(f"{arguments.id}: extended; due {due.isoformat()}. Tell the person, with the reasons.")
    return EXIT_OK


def _assign(session: Session, arguments: argparse.Namespace) -> int:
    request_id = request_id_of(session, arguments.id)
    who = requests.assign(
        session, command_line_actor(), request_id, None if arguments.nobody else arguments.to
    )
    print(f"{arguments.id}: assigned to {who}" if who else f"{arguments.id}: assigned to nobody")
    return EXIT_OK


def _link(session: Session, arguments: argparse.Namespace) -> int:
    request_id = request_id_of(session, arguments.id)
    customer_id = None if arguments.no_customer else arguments.customer
    letter_id = requests.link_customer(session, command_line_actor(), request_id, customer_id)
    if customer_id is None:
        print(f"{arguments.id}: no customer linked")
    else:
        print(f"{arguments.id}: linked to customer {customer_id}")
    if letter_id is not None:
        print(
            f"{arguments.id}: recorded and completed; confirmation letter {letter_id} archived "
            "(not sent)"
        )
    return EXIT_OK


def request_id_of(session: Session, text: str) -> int:
    number = id_in_text(text)
    if number is not None:
        return number
    found = requests.find_by_reference(session, text.strip().upper())
    if found is None:
        raise NoSuchRequest(reference=text)
    return found


def _row_json(row: RequestRow, today: date) -> dict[str, Any]:
    return {
        "id": row.id,
        "reference": row.reference,
        "type": row.type.value,
        "status": row.status.value,
        "received": row.received_at.isoformat(),
        "due": row.due_on.isoformat(),
        "days_left": row.days_left(today),
        "requester_name": row.requester,
        "assignee": row.assignee,
    }


def erased_before_line(erased: requests.ErasedBefore) -> str:
    """A returning person: their e-mail matches the salted hash kept of an erased one."""
    line = f"This person's data was erased on {erased.erased_on.isoformat()}"
    return line + (f" under request {erased.reference}." if erased.reference else ".")


def _detail_json(detail: requests.RequestDetail) -> dict[str, Any]:
    erased = detail.erased_before
    return {
        "id": detail.id,
        "reference": detail.reference,
        "type": detail.type.value,
        "status": detail.status.value,
        "channel": detail.channel.value,
        "received": detail.received_at.isoformat(),
        "due": detail.due_on.isoformat(),
        "legal_due_one_month": detail.deadline.due.isoformat(),
        "extended": detail.extended,
        "requester_name": detail.requester_name,
        "requester_email": detail.requester_email,
        "requester_phone": detail.requester_phone,
        "customer_id": detail.customer_id,
        "assignee": detail.assignee,
        "identity_method": detail.identity_check.value if detail.identity_check else None,
        "identity_note": detail.identity_method,
        "subject": detail.subject,
        "text": detail.text,
        "outcome": detail.outcome,
        "refusal_exception": detail.refusal_exception.value if detail.refusal_exception else None,
        "test": detail.is_test,
        "allowed_transitions": [s.value for s in detail.allowed],
        "timeline": [
            {
                "at": e.at.isoformat(),
                "actor": e.actor,
                "kind": e.kind.value,
                "from": e.from_status,
                "to": e.to_status,
                "reason": e.reason_code,
                "text": e.text,
                "letter_id": e.letter.id if e.letter else None,
                "rectified_field": e.rectified_field,
            }
            for e in detail.timeline
        ],
        "attachments": [{"id": a[0], "filename": a[1], "size": a[2]} for a in detail.attachments],
        "erased_before": {"erased_on": erased.erased_on.isoformat(), "reference": erased.reference}
        if erased is not None
        else None,
    }


_HANDLERS = {
    "add": _add,
    "list": _list,
    "show": _show,
    "transition": _transition,
    "extend": _extend,
    "handed-over": _handed_over,
    "assign": _assign,
    "link": _link,
}


def identity_check_of(arguments: argparse.Namespace) -> IdentityCheck | None:
    """--identity-method and --identity-note, as `export` and `erase` take them too."""
    return _identity_check(arguments)
