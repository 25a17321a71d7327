"""`minime-admin breach ...`: the breach register, its decisions, outputs and sign-off."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.cli import breach_mail
from minime_admin.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    check_folder,
    count,
    open_database,
    print_json,
    record_id,
    write_out,
)
from minime_admin.cli.users import ask_password
from minime_admin.domain.breach import (
    TRANSLATED_FACTS,
    Circumstances,
    DviChannel,
    NoticePhase,
    OutputKind,
    ScoreOutOfRange,
    circumstances_from_total,
    people_count_differs,
)
from minime_admin.domain.shop_time import (
    SHOP_ZONE,
    AmbiguousTime,
    NonexistentTime,
    wall_clock_instant,
)
from minime_admin.errors import (
    AwarenessTimeAmbiguous,
    AwarenessTimeNonexistent,
    FileNotRead,
    ScoreInvalid,
    TimeUnreadable,
)
from minime_admin.services import breach_outputs as outputs
from minime_admin.services import breach_selection, breaches
from minime_admin.services.breach_selection import Kind, Query
from minime_admin.services.profile import command_line_actor, command_line_signer
from minime_admin.store import session as store_session

_UPDATABLE = (
    "title",
    "description",
    "cause",
    "nature",
    "data_categories",
    "subject_categories",
    "consequences",
    "measures_taken",
    "measures_proposed",
    "advice",
    "contact_point",
    "delay_reasons",
    # The customer-facing facts in English (the plain ones are Latvian; issue #13.12).
    *(f"{name}_en" for name in TRANSLATED_FACTS),
)


def add_commands(commands: Any) -> None:
    parser = commands.add_parser("breach", help="the breach register")
    actions = parser.add_subparsers(dest="breach_command", metavar="ACTION", required=True)
    new = actions.add_parser("new", help="open a breach; the 72-hour clock starts at --aware")
    new.add_argument(
        "--aware",
        required=True,
        help="YYYY-MM-DDTHH:MM, Riga time; in the autumn's repeated hour add the offset "
        "(+03:00 the first, +02:00 the second)",
    )
    new.add_argument("--title", required=True)
    new.add_argument("--nature", default="", help="confidentiality,integrity,availability")
    new.add_argument("--people", type=count)
    new.add_argument("--records", type=count)
    new.add_argument("--json", action="store_true")
    for name in ("list", "show"):
        sub = actions.add_parser(name)
        if name == "show":
            sub.add_argument("id", type=record_id)
        sub.add_argument("--json", action="store_true")
    update = actions.add_parser("update", help="change facts (voids a sign-off)")
    update.add_argument("id", type=record_id)
    update.add_argument("--people", type=count)
    update.add_argument("--records", type=count)
    for field in _UPDATABLE:
        update.add_argument(f"--{field.replace('_', '-')}", dest=field)
    update.add_argument(
        "--aware",
        help="correct the awareness time (YYYY-MM-DDTHH:MM, Riga time); needs --reason",
    )
    update.add_argument("--reason", default="", help="why the awareness time is corrected")
    notified = actions.add_parser(
        "notified", help="record that the DVI was notified (this stops the 72-hour clock)"
    )
    notified.add_argument("id", type=int)
    notified.add_argument("--channel", choices=[c.value for c in DviChannel], required=True)
    notified.add_argument("--at", required=True, help="when it was submitted: YYYY-MM-DDTHH:MM")
    notified.add_argument("--reference", default="", help="the DVI's reference number")
    void = actions.add_parser(
        "void", help="mark a breach registered in error (it stays on the register)"
    )
    void.add_argument("id", type=int)
    void.add_argument("--reason", required=True)
    assess = actions.add_parser("assess", help="ENISA severity: SE = DPC × EI + CB")
    assess.add_argument("id", type=record_id)
    assess.add_argument("--dpc", type=count, required=True)
    assess.add_argument("--ei", required=True, help="0.25, 0.5, 0.75 or 1")
    assess.add_argument("--cb", default="0", help="sum, or c,i,a,m e.g. 0.5,0,0,0.5")
    assess.add_argument("--json", action="store_true")
    decide = actions.add_parser("decide", help="the two decisions, each with its reasoning")
    decide.add_argument("id", type=record_id)
    decide.add_argument("--dvi", choices=("yes", "no"), required=True)
    decide.add_argument("--dvi-reason", required=True)
    decide.add_argument("--people", choices=("yes", "no"), required=True)
    decide.add_argument("--people-reason", required=True)
    decide.add_argument(
        "--dvi-exemption",
        default="",
        help="with --dvi no --people yes: the legal reason why the DVI is not notified "
        "although the people are told (required then)",
    )
    affected = actions.add_parser("affected", help="select the customers affected")
    affected.add_argument("id", type=record_id)
    how = affected.add_mutually_exclusive_group(required=True)
    how.add_argument("--orders-between", nargs=2, metavar=("A", "B"))
    how.add_argument("--visits-between", nargs=2, metavar=("A", "B"))
    how.add_argument("--newsletter", action="store_true")
    how.add_argument("--file", type=Path, help="CSV with e-mails or order numbers")
    affected.add_argument("--preview", action="store_true", help="count only; save nothing")
    sign = actions.add_parser("sign-off", help="a manager signs the breach off")
    sign.add_argument("id", type=record_id)
    sign.add_argument("--user", required=True)
    notice = actions.add_parser("notice", help="DVI notice, website notice or report (PDF)")
    notice.add_argument("id", type=record_id)
    notices = [kind.value for kind in OutputKind if kind is not OutputKind.CUSTOMER]
    notice.add_argument("--kind", choices=notices, required=True)
    notice.add_argument("--lang", choices=("lv", "en"), default="lv")
    notice.add_argument("--follow-up", action="store_true", help="a follow-up DVI notice")
    notice.add_argument("--draft", action="store_true", help="watermarked, no sign-off needed")
    notice.add_argument("--out", type=Path, required=True)
    letters = actions.add_parser("letters", help="a letter to each affected customer")
    letters.add_argument("id", type=record_id)
    letters.add_argument("--out", type=Path, help="the folder for the PDFs")
    letters.add_argument("--draft", action="store_true")
    breach_mail.add_options(letters)
    verify = actions.add_parser("verify", help="who signed a file, when, and is it unchanged")
    verify.add_argument("file", type=Path)
    verify.add_argument("--json", action="store_true")


def run(arguments: argparse.Namespace) -> int:
    sending = arguments.breach_command == "letters" and breach_mail.check_options(arguments)
    if sending and not arguments.out:
        return breach_mail.run(arguments)
    database = open_database(arguments)
    try:
        with database.unit_of_work() as session:
            status = _HANDLERS[arguments.breach_command](session, arguments)
    finally:
        database.close()
    # The e-mails after the files, once their unit of work has committed: no transaction is
    # open while mail goes out.
    return breach_mail.run(arguments) if sending and status == EXIT_OK else status


def _new(session: Session, a: argparse.Namespace) -> int:
    breach_id = breaches.new_breach(
        session, command_line_actor(), a.title, _instant(a.aware), a.nature, a.people, a.records
    )
    detail = breaches.get_breach(session, breach_id)
    if a.json:
        print_json(_json(detail, store_session.now(session)))
    else:
        print(
            f"{breach_id} {detail.reference}: DVI notice due "
            f"{detail.clock.due_at.astimezone(SHOP_ZONE):%Y-%m-%d %H:%M %Z}"
        )
    return EXIT_OK


def _list(session: Session, a: argparse.Namespace) -> int:
    found = breaches.list_breaches(session)
    if a.json:
        print_json([_json(d, store_session.now(session)) for d in found])
        return EXIT_OK
    now = store_session.now(session)
    for d in found:
        print(
            f"{d.id:>4} {d.reference} {d.facts['title']}  {d.hours_left(now):+.0f} h "
            f"{d.severity.level.value if d.severity else '-'}"
        )
    return EXIT_OK


def _show(session: Session, a: argparse.Namespace) -> int:
    detail = breaches.get_breach(session, a.id)
    if a.json:
        print_json(_json(detail, store_session.now(session)))
        return EXIT_OK
    data = _json(detail, store_session.now(session))
    for key, value in data.items():
        if key != "facts":
            print(f"{key:<14} {value}")
    return EXIT_OK


def _update(session: Session, a: argparse.Namespace) -> int:
    changes = {
        f: getattr(a, f) for f in (*_UPDATABLE, "people", "records") if getattr(a, f) is not None
    }
    if a.aware is not None:
        clock = breaches.correct_awareness(
            session, command_line_actor(), a.id, _instant(a.aware), a.reason
        )
        print(
            f"Breach {a.id}: awareness time corrected; DVI notice due "
            f"{clock.due_at.astimezone(SHOP_ZONE):%Y-%m-%d %H:%M %Z}."
        )
    if changes:
        breaches.update_breach(session, command_line_actor(), a.id, **changes)
        print(f"Breach {a.id} updated ({', '.join(sorted(changes))}).")
    return EXIT_OK


def _notified(session: Session, a: argparse.Namespace) -> int:
    at = _instant(a.at)
    submission = breaches.record_dvi_submission(
        session, command_line_actor(), a.id, at, DviChannel(a.channel), a.reference
    )
    late = breaches.get_breach(session, a.id).clock.is_late(submission.submitted_at)
    print(
        f"Breach {a.id}: DVI notified {at.astimezone(SHOP_ZONE):%Y-%m-%d %H:%M %Z} "
        f"({submission.channel.value}"
        + (f", DVI reference {submission.dvi_reference}" if submission.dvi_reference else "")
        + ("; after the 72 hours" if late else "; within the 72 hours")
        + ")."
    )
    return EXIT_OK


def _void(session: Session, a: argparse.Namespace) -> int:
    breaches.void_breach(session, command_line_actor(), a.id, a.reason)
    print(f"Breach {a.id} marked as registered in error; it stays on the register.")
    return EXIT_OK


def _assess(session: Session, a: argparse.Namespace) -> int:
    try:
        parts = [Decimal(p) for p in a.cb.split(",")]
        circumstances = (
            circumstances_from_total(parts[0]) if len(parts) == 1 else Circumstances(*parts)
        )
    except (ArithmeticError, TypeError, ScoreOutOfRange) as error:
        raise ScoreInvalid(detail=str(error)) from error
    severity = breaches.assess(session, command_line_actor(), a.id, a.dpc, a.ei, circumstances)
    result = {
        "score": str(severity.score),
        "level": severity.level.value,
        "suggested": severity.suggested.value,
        "note": "ENISA level is guidance, not a legal threshold; people decide.",
    }
    print_json(result) if a.json else print(
        f"SE = {severity.score} ({severity.level.value}); suggested: {severity.suggested.value}"
    )
    return EXIT_OK


def _decide(session: Session, a: argparse.Namespace) -> int:
    breaches.decide(
        session,
        command_line_actor(),
        a.id,
        a.dvi == "yes",
        a.dvi_reason,
        a.people == "yes",
        a.people_reason,
        dvi_exemption=a.dvi_exemption,
    )
    print(f"Breach {a.id}: decisions recorded.")
    return EXIT_OK


def _affected(session: Session, a: argparse.Namespace) -> int:
    if a.orders_between:
        query = Query(Kind.ORDERS, _instant(a.orders_between[0]), _instant(a.orders_between[1]))
    elif a.visits_between:
        query = Query(Kind.VISITS, _instant(a.visits_between[0]), _instant(a.visits_between[1]))
    elif a.newsletter:
        query = Query(Kind.NEWSLETTER)
    else:
        query = Query(Kind.FILE, path=a.file)
    selection = breach_selection.select(session, query)  # as the breach page selects
    how = selection.how
    count = breaches.select_affected(
        session, command_line_actor(), a.id, selection.customer_ids, how, save=not a.preview
    )
    for line, why in selection.unmatched:  # never dropped silently (#14.11)
        print(f"{a.file.name}, line {line}: {why}", file=sys.stderr)
    if a.preview:
        print(f"Preview: {count} customers would be affected ({how}). Nothing saved yet.")
    else:
        print(f"Saved {count} customers as affected ({how}).")
    return EXIT_OK


def _sign_off(session: Session, a: argparse.Namespace) -> int:
    # The facts' number of people against the affected list (#15.10): said before the
    # manager's password is asked for, so nobody signs off without having seen it.
    detail = breaches.get_breach(session, a.id)
    people, listed = detail.facts.get("people"), len(detail.affected)
    if people_count_differs(people, listed):
        shown = people if isinstance(people, int) else "not given"
        print(
            f"Warning: people affected in the facts: {shown}; customers on the affected "
            f"list: {listed}. The facts may rightly count people who are not customers; "
            "correct them with `breach update --people N` if not.",
            file=sys.stderr,
        )
    state = breaches.sign_off(session, a.id, a.user, ask_password())
    print(f"Signed off by {state.signer} at {state.signed_at:%Y-%m-%d %H:%M %Z}.")
    return EXIT_OK


def _notice(session: Session, a: argparse.Namespace) -> int:
    check_folder(a.out.parent)
    pdf = outputs.render_output(
        session,
        command_line_actor(),
        a.id,
        OutputKind(a.kind),
        a.lang,
        final=not a.draft,
        phase=NoticePhase.FOLLOW_UP if a.follow_up else NoticePhase.INITIAL,
    )
    write_out(a.out, pdf)
    print(f"Saved {a.out}" + (" (DRAFT)" if a.draft else " (final, signed off)"))
    return EXIT_OK


def _letters(session: Session, a: argparse.Namespace) -> int:
    check_folder(a.out)
    result = outputs.customer_letters(
        session, command_line_signer(session), a.id, a.out, final=not a.draft
    )
    print(f"{result.letters} letters in {result.folder}; mail merge: {result.mail_merge}")
    return EXIT_OK


def _verify(session: Session, a: argparse.Namespace) -> int:
    try:
        data = a.file.read_bytes()
    except OSError as error:  # missing, a folder, unreadable: one sentence
        detail = error.strerror or type(error).__name__
        raise FileNotRead(path=str(a.file), detail=detail) from error
    result = outputs.verify_output(session, data)
    if a.json:
        print_json({**result.__dict__, "current": result.current})
    elif not result.signed:
        print(f"{a.file}: no minime-admin sign-off (a draft or another file).")
    else:
        state = "unchanged" if result.unchanged else "CHANGED since it was signed"
        trust = "genuine" if result.genuine else "NOT GENUINE"
        print(
            f"{a.file}: {result.kind} of {result.reference}, signed off by {result.signer} "
            f"at {result.signed_at}; {state}; {trust}."
        )
        if result.altered_statement:
            print(
                "NOT GENUINE: the document kind, version or sign-off time written in this "
                "file is not what the manager signed."
            )
        if result.signed and not result.current:
            print(_superseded(result))
    return EXIT_OK if result.genuine and result.current else EXIT_ERROR


def _superseded(result: outputs.Verification) -> str:
    """Issue #13.13: a file signed before a later edit says so."""
    if result.current_version is None:
        return f"NOT CURRENT: breach {result.reference} is not on this register."
    if result.breach_altered:
        return (
            f"NOT CURRENT: breach {result.reference} was changed outside the app after it "
            "was signed off, so its sign-off is no longer valid."
        )
    return (
        f"NOT CURRENT: it was signed for version {result.signed_version} of breach "
        f"{result.reference}; the breach has been changed since (now version "
        f"{result.current_version}), so this file is no longer current."
    )


def _json(detail: breaches.BreachDetail, now: datetime) -> dict[str, Any]:
    facts = detail.facts
    return {
        "id": detail.id,
        "reference": detail.reference,
        "title": facts["title"],
        "aware": detail.clock.aware_at.astimezone(SHOP_ZONE).isoformat(),
        "dvi_due": detail.clock.due_at.astimezone(SHOP_ZONE).isoformat(),
        "hours_left": round(detail.hours_left(now), 1),
        "status": facts["status"],
        "dvi_notified_at": detail.notified.submitted_at.astimezone(SHOP_ZONE).isoformat()
        if detail.notified
        else None,
        "dvi_channel": detail.notified.channel.value if detail.notified else None,
        "dvi_reference": detail.notified.dvi_reference if detail.notified else None,
        "dvi_notice_prepared": detail.notice_prepared,
        "severity": {"score": str(detail.severity.score), "level": detail.severity.level.value}
        if detail.severity
        else None,
        "people": facts["people"],
        "records": facts["records"],
        "affected": len(detail.affected),
        "notify_dvi": facts["notify_dvi"],
        "notify_people": facts["notify_people"],
        "signed_off": detail.signoff.valid,
        "signed_by": detail.signoff.signer,
        "version": detail.version,
    }


def _instant(text: str) -> datetime:
    """An instant from ISO 8601; a time without an offset is Riga wall-clock time, and one
    that did not exist or happened twice there is refused with one sentence, never guessed."""
    try:
        local = datetime.fromisoformat(text)
    except ValueError as error:
        raise TimeUnreadable(time=text) from error
    try:
        return wall_clock_instant(local)
    except NonexistentTime as error:
        raise AwarenessTimeNonexistent(time=text) from error
    except AmbiguousTime as error:
        raise AwarenessTimeAmbiguous(
            time=text,
            earlier=error.earlier.astimezone(SHOP_ZONE).isoformat(timespec="minutes"),
            later=error.later.astimezone(SHOP_ZONE).isoformat(timespec="minutes"),
        ) from error


_HANDLERS = {
    "new": _new,
    "list": _list,
    "show": _show,
    "update": _update,
    "notified": _notified,
    "void": _void,
    "assess": _assess,
    "decide": _decide,
    "affected": _affected,
    "sign-off": _sign_off,
    "notice": _notice,
    "letters": _letters,
    "verify": _verify,
}
