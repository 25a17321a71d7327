"""Use cases of the request inbox: intake, transitions, the extension, notes, listing.

Every change writes the request's timeline and the audit log. The legal due date is
computed by domain.deadlines from the Riga day of receipt and the holiday calendar.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from minime_admin.domain import deadlines, recognition
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.calendar import HolidayCalendar
from minime_admin.domain.inbox_row import UNVERIFIED_HIDDEN_AFTER_DAYS, RequestRow
from minime_admin.domain.proofs import IdentityCheck, needs_note
from minime_admin.domain.requests import (
    CLOSED_STATUSES,
    Channel,
    ErasureException,
    RequestEventKind,
    RequestType,
    Status,
    TransitionRequest,
    allowed_targets,
    check_transition,
)
from minime_admin.domain.shop_time import shop_day
from minime_admin.domain.text import fold, is_email
from minime_admin.errors import (
    QT_TRANSLATE_NOOP,
    ExtensionNeedsReason,
    ExtensionOfClosedRequest,
    InvalidInput,
    KnownError,
    NotFound,
    ReceivedInFuture,
    RequesterEmailInvalid,
    RequesterNameNeeded,
)
from minime_admin.services import audit, versions
from minime_admin.services.customer_match import Candidate, match_customer
from minime_admin.store import (
    customer_repo,
    erasure_repo,
    letter_repo,
    request_repo,
    user_repo,
    version_repo,
)
from minime_admin.store import session as store_session
from minime_admin.store.models import Customer
from minime_admin.store.request_models import DataRequest, RequestAttachment, RequestEvent

_FUTURE_TOLERANCE = timedelta(minutes=5)


class ExtensionTooLate(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The extension can no longer be announced: it had to be decided and told to the "
        "person within the first month, by {due}.",
    )


class AlreadyExtended(KnownError):
    source_text = QT_TRANSLATE_NOOP("errors", "This request has already been extended once.")


class IdentityNoteNeeded(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Say in a note how the identity was confirmed when the method is “other”; nothing "
        "was changed.",
    )


class IdentityMethodNotChosen(InvalidInput):
    """A note alone says nothing checkable: the dialogs and the command line ask for the
    method too. (The service itself still takes a note alone, as older callers wrote one.)"""

    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Choose from the list how the identity was confirmed; the note only adds to it. "
        "Nothing was changed.",
    )


class UnknownAssignee(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "“{name}” is not one of the app's users, so nothing was assigned. Add them as a user "
        "first (minime-admin users add).",
    )


@dataclass(frozen=True)
class NewRequest:
    type: RequestType
    channel: Channel
    received_at: datetime  # time-zone aware
    requester_name: str
    text: str
    requester_email: str | None = None
    requester_phone: str | None = None
    subject: str | None = None
    customer_id: int | None = None
    assignee: str | None = None
    identity_method: str | None = None  # a note in words
    is_test: bool = False
    identity_check: IdentityCheck | None = None


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    content: bytes


@dataclass(frozen=True)
class Opened:
    request_id: int
    reference: str
    due_on: date
    candidates: tuple[Candidate, ...]  # when the customer could not be matched for sure
    duplicates: tuple[str, ...]  # references of open requests of the same type
    # An objection, unsubscribe or withdrawal matched at once took effect: the request is
    # completed and this is its archived confirmation letter (services.at_intake).
    confirmation_letter_id: int | None = None


def holiday_calendar(session: Session) -> HolidayCalendar:
    return HolidayCalendar(extra=request_repo.extra_holidays(session))


def validate(new: NewRequest, now: datetime) -> None:
    if not new.requester_name.strip():
        raise RequesterNameNeeded()
    if new.requester_email and not is_email(new.requester_email):
        raise RequesterEmailInvalid(value=new.requester_email[:80])
    if new.received_at.tzinfo is None:
        raise ValueError("received_at must be time-zone aware")
    if new.received_at > now + _FUTURE_TOLERANCE:
        raise ReceivedInFuture()


def open_request(
    session: Session,
    actor: Actor,
    new: NewRequest,
    attachments: tuple[Attachment, ...] = (),
) -> Opened:
    now = store_session.now(session)
    validate(new, now)
    _check_identity_note(new.identity_check, new.identity_method)
    received_on = shop_day(new.received_at)
    deadline = deadlines.due_date(received_on, calendar=holiday_calendar(session))
    customer_id: int | None = new.customer_id
    candidates: tuple[Candidate, ...] = ()
    if customer_id is not None and session.get(Customer, customer_id) is None:
        raise NotFound(kind="customer", ident=customer_id)  # a typo, not a crash (#14.14)
    if customer_id is None:
        match = match_customer(session, new.requester_email, new.requester_phone, new.text)
        customer_id, candidates = match.customer_id, match.candidates
        if customer_id is not None:
            candidates = ()
    email = new.requester_email.strip() if new.requester_email else None
    duplicates = tuple(request_repo.open_duplicates(session, new.type.value, email, customer_id))
    request = DataRequest(
        reference=request_repo.next_reference(session, received_on.year),
        type=new.type.value,
        channel=new.channel.value,
        status=Status.RECEIVED.value,
        received_at=new.received_at,
        received_on=received_on,
        due_on=deadline.due,
        extended=False,
        requester_name=new.requester_name.strip(),
        requester_email=email,
        requester_phone=new.requester_phone,
        requester_folded=fold(f"{new.requester_name} {email or ''}"),
        subject=new.subject,
        text=new.text,
        customer_id=customer_id,
        assignee=new.assignee,
        identity_method=new.identity_method,
        identity_check=new.identity_check.value if new.identity_check else None,
        is_test=new.is_test,
    )
    session.add(request)
    session.flush()
    _event(
        session,
        request,
        actor,
        now,
        RequestEventKind.CREATED,
        to_status=Status.RECEIVED.value,
        text=f"{new.channel.value}; due {deadline.due.isoformat()}",
    )
    if new.identity_check or new.identity_method:
        _identity_event(session, request, actor, now, new.identity_check, new.identity_method)
    for attachment in attachments:
        _attach(session, request, actor, now, attachment)
    audit.record(
        session,
        actor,
        AuditAction.REQUEST_OPENED,
        "request",
        request.id,
        request.reference,
        {
            "type": new.type.value,
            "customer_id": customer_id,
            "attachments": len(attachments),
            "test": new.is_test,
        },
    )
    session.flush()
    letter_id = _take_effect_at_intake(session, actor, request.id)
    return Opened(request.id, request.reference, deadline.due, candidates, duplicates, letter_id)


def _take_effect_at_intake(session: Session, actor: Actor, request_id: int) -> int | None:
    # Imported here: at_intake builds on this module (and on letters, which does too).
    from minime_admin.services import at_intake

    return at_intake.take_effect(session, actor, request_id)


def transition(
    session: Session,
    actor: Actor,
    request_id: int,
    change: TransitionRequest,
    identity_method: str | None = None,
    identity_check: IdentityCheck | None = None,
) -> Status:
    """Move the request on. ``identity_check`` and ``identity_method`` (a note in words)
    record how the requester's identity was confirmed, on the request and its timeline."""
    now = store_session.now(session)
    request = _get(session, request_id)
    current = Status(request.status)
    _check_identity_note(identity_check, identity_method)
    recorded = identity_check is not None or bool((identity_method or "").strip())
    known = request.identity_check or request.identity_method
    check_transition(
        current,
        RequestType(request.type),
        Channel(request.channel),
        known if not recorded else (identity_check or identity_method),
        change,
    )
    if recorded:
        record_identity(session, actor, request_id, identity_check, identity_method)
    request.status = change.target.value
    request.hold_reason = change.hold_reason.value if change.hold_reason else None
    if change.target in CLOSED_STATUSES:
        request.closed_at = now
        request.outcome = (
            change.refusal_reason.value if change.refusal_reason else change.target.value
        )
        request.outcome_text = change.text or None
        request.refusal_exception = (
            change.erasure_exception.value if change.erasure_exception else None
        )
    reason_code = change.hold_reason or change.refusal_reason or None
    _event(
        session,
        request,
        actor,
        now,
        RequestEventKind.TRANSITION,
        current.value,
        change.target.value,
        reason_code.value if reason_code else None,
        change.text,
    )
    # The written reason stays on the request's timeline; the audit log names the request
    # only, as free text may hold personal data that a later erasure must be able to remove.
    audit.record(
        session,
        actor,
        AuditAction.REQUEST_TRANSITION,
        "request",
        request.id,
        request.reference,
        {
            "from": current.value,
            "to": change.target.value,
            "reason": reason_code.value if reason_code else None,
            "exception": change.erasure_exception.value if change.erasure_exception else None,
        },
    )
    session.flush()
    return change.target


def record_identity(
    session: Session,
    actor: Actor,
    request_id: int,
    check: IdentityCheck | None,
    note: str | None,
) -> None:
    """How identity was confirmed, when no status change carries it (an export made for a
    request already in progress)."""
    _check_identity_note(check, note)
    request = _get(session, request_id)
    if (check, note) == (
        request.identity_check and IdentityCheck(request.identity_check),
        request.identity_method,
    ):
        return
    request.identity_check = check.value if check else None
    request.identity_method = (note or "").strip() or None
    _identity_event(session, request, actor, store_session.now(session), check, note)
    session.flush()


def _check_identity_note(check: IdentityCheck | None, note: str | None) -> None:
    if check is not None and needs_note(check) and not (note or "").strip():
        raise IdentityNoteNeeded()


def _identity_event(
    session: Session,
    request: DataRequest,
    actor: Actor,
    at: datetime,
    check: IdentityCheck | None,
    note: str | None,
) -> None:
    """The timeline shows how identity was confirmed, in words of the reader's language."""
    _event(
        session,
        request,
        actor,
        at,
        RequestEventKind.IDENTITY,
        reason_code=check.value if check else None,
        text=(note or "").strip(),
    )


def extend(session: Session, actor: Actor, request_id: int, reason: str) -> date:
    """Extend by two further months (Art. 12(3)); once, and only within the first month."""
    now = store_session.now(session)
    request = _get(session, request_id)
    if request.extended:
        raise AlreadyExtended()
    if not reason.strip():
        raise ExtensionNeedsReason()
    calendar = holiday_calendar(session)
    if not deadlines.may_still_extend(request.received_on, shop_day(now), calendar):
        first = deadlines.due_date(request.received_on, calendar=calendar).due
        raise ExtensionTooLate(due=first.isoformat())
    if Status(request.status) in CLOSED_STATUSES:
        raise ExtensionOfClosedRequest()
    extended = deadlines.extended_due_date(request.received_on, calendar).due
    request.extended, request.extension_reason, request.due_on = True, reason, extended
    _event(
        session, request, actor, now, RequestEventKind.EXTENSION, text=f"{reason} (due {extended})"
    )
    audit.record(
        session,
        actor,
        AuditAction.REQUEST_EXTENDED,
        "request",
        request.id,
        request.reference,
        {"due": extended.isoformat()},
    )
    session.flush()
    return extended


def add_note(session: Session, actor: Actor, request_id: int, text: str) -> None:
    request = _get(session, request_id)
    now = store_session.now(session)
    _event(session, request, actor, now, RequestEventKind.NOTE, text=text)
    audit.record(session, actor, AuditAction.REQUEST_NOTE, "request", request.id, request.reference)
    session.flush()


@dataclass(frozen=True)
class TimelineLetter:
    """The archived letter a timeline entry notes."""

    id: int
    kind: str  # a letters.model.LetterKind
    language: str


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    actor: str
    kind: RequestEventKind
    from_status: str | None
    to_status: str | None
    reason_code: str | None
    text: str
    letter: TimelineLetter | None = None
    rectified_field: str | None = None  # the field a rectification corrected


@dataclass(frozen=True)
class ErasedBefore:
    """The requester's e-mail matches a person erased earlier (their salted hash)."""

    erased_on: date  # the Riga day of the erasure
    reference: str | None  # the erasure request's, when one was on file


_HASHES = "minime_admin.recognition_hashes"  # session.info key: e-mail → its two hashes


def erased_before(session: Session, email: str | None) -> ErasedBefore | None:
    """Whether the person writing was erased before: only the salted hash of the e-mail is
    kept of them (domain/recognition.py), so that is what is compared. The hash is slow on
    purpose: skipped while nobody has been erased."""
    salt = erasure_repo.stored_salt(session)
    if not email or salt is None or not erasure_repo.has_stubs(session):
        return None
    # get_request is called several times in one use case: hash each address once per session.
    hashes: dict[str, tuple[str, str]] = session.info.setdefault(_HASHES, {})
    if email not in hashes:
        hashes[email] = recognition.candidates(salt, email)
    found = erasure_repo.last_erasure_of(session, *hashes[email])
    if found is None:
        return None
    erased_at, reference = found
    return ErasedBefore(shop_day(erased_at), reference)


@dataclass(frozen=True)
class RequestDetail:
    id: int
    reference: str
    type: RequestType
    channel: Channel
    status: Status
    hold_reason: str | None
    received_at: datetime
    deadline: deadlines.Deadline  # the one-month legal deadline, explained
    due_on: date  # the deadline in force (extended if extended)
    extended: bool
    extension_reason: str | None
    requester_name: str
    requester_email: str | None
    requester_phone: str | None
    subject: str | None
    text: str
    customer_id: int | None
    assignee: str | None
    identity_method: str | None  # the note in words (older requests: all there is)
    outcome: str | None
    outcome_text: str | None
    refusal_exception: ErasureException | None  # the Art. 17(3) point of a refused erasure
    is_test: bool
    allowed: tuple[Status, ...]
    timeline: tuple[TimelineEntry, ...] = field(default=())
    attachments: tuple[tuple[int, str, int], ...] = field(default=())  # id, name, size
    erased_before: ErasedBefore | None = None  # the requester is a returning, erased person
    identity_check: IdentityCheck | None = None
    closed_at: datetime | None = None
    # The version read and the audit head then: a change made from this view is refused if
    # someone else changed the request meanwhile (services/versions.py, issue #18.4).
    seen: versions.Seen | None = None

    def days_awaiting_identity(self, today: date) -> int:
        transitions = (
            (shop_day(e.at), e.to_status, e.reason_code)
            for e in self.timeline
            if e.kind is RequestEventKind.TRANSITION
        )
        return deadlines.days_awaiting_identity(transitions, today)


def get_request(session: Session, request_id: int) -> RequestDetail:
    request = _get(session, request_id)
    calendar = holiday_calendar(session)
    status, request_type = Status(request.status), RequestType(request.type)
    attachments = request_repo.attachments_of(session, request.id)
    archived = {
        letter.id: TimelineLetter(letter.id, letter.kind, letter.language)
        for letter in letter_repo.kinds_of(session, request.id)
    }
    return RequestDetail(
        id=request.id,
        reference=request.reference,
        type=request_type,
        channel=Channel(request.channel),
        status=status,
        hold_reason=request.hold_reason,
        received_at=request.received_at,
        deadline=deadlines.due_date(request.received_on, calendar=calendar),
        due_on=request.due_on,
        extended=request.extended,
        extension_reason=request.extension_reason,
        requester_name=request.requester_name,
        requester_email=request.requester_email,
        requester_phone=request.requester_phone,
        subject=request.subject,
        text=request.text,
        customer_id=request.customer_id,
        assignee=request.assignee,
        identity_method=request.identity_method,
        outcome=request.outcome,
        outcome_text=request.outcome_text,
        refusal_exception=ErasureException(request.refusal_exception)
        if request.refusal_exception
        else None,
        is_test=request.is_test,
        allowed=tuple(allowed_targets(status, request_type)),
        timeline=tuple(
            TimelineEntry(
                e.at,
                e.actor,
                RequestEventKind(e.kind),
                e.from_status,
                e.to_status,
                e.reason_code,
                e.text,
                archived.get(e.letter_id) if e.letter_id is not None else None,
                e.rectified_field,
            )
            for e in request.events
        ),
        attachments=tuple((a.id, a.filename, a.size) for a in attachments),
        erased_before=erased_before(session, request.requester_email),
        identity_check=IdentityCheck(request.identity_check) if request.identity_check else None,
        closed_at=request.closed_at,
        seen=versions.Seen(
            "request", request.id, request.version, version_repo.audit_head_seq(session)
        ),
    )


def inbox_query(
    today: date,
    *,
    statuses: tuple[str, ...] = (),
    types: tuple[str, ...] = (),
    assignee: str | None = None,
    customer_id: int | None = None,
    due_within_days: int | None = None,
    text: str = "",
    show_unverified: bool = False,
    include_tests: bool = False,
    sort: str = "due",
    descending: bool = False,
) -> request_repo.RequestQuery:
    hide_before = None if show_unverified else today - timedelta(days=UNVERIFIED_HIDDEN_AFTER_DAYS)
    return request_repo.RequestQuery(
        statuses=statuses,
        types=types,
        assignee=assignee,
        customer_id=customer_id,
        due_before=today + timedelta(days=due_within_days) if due_within_days is not None else None,
        text_folded=fold(text.strip()),
        include_tests=include_tests,
        hide_unverified_received_before=hide_before,
        sort=sort,
        descending=descending,
    )


def list_requests(
    session: Session, query: request_repo.RequestQuery, offset: int = 0, limit: int = 200
) -> list[RequestRow]:
    return [
        RequestRow(
            r.id,
            r.reference,
            r.received_at,
            r.requester_name,
            RequestType(r.type),
            Status(r.status),
            r.due_on,
            r.assignee,
            r.is_test,
        )
        for r in request_repo.page(session, query, offset, limit)
    ]


def count_requests(session: Session, query: request_repo.RequestQuery) -> int:
    return request_repo.count(session, query)


def still_listed(session: Session, query: request_repo.RequestQuery, request_id: int) -> bool:
    """Whether a request that just changed still matches the inbox's filters."""
    return request_repo.matches(session, query, request_id)


def status_counts(session: Session, query: request_repo.RequestQuery) -> dict[Status, int]:
    """Counts per status under the same filters except the status filter; tests left out."""
    unfiltered = request_repo.RequestQuery(
        types=query.types,
        assignee=query.assignee,
        due_before=query.due_before,
        text_folded=query.text_folded,
        include_tests=False,
        hide_unverified_received_before=query.hide_unverified_received_before,
    )
    counts = request_repo.counts_by_status(session, unfiltered)
    return {status: counts.get(status.value, 0) for status in Status}


def read_attachment(session: Session, actor: Actor, attachment_id: int) -> Attachment:
    row = session.get(RequestAttachment, attachment_id)
    if row is None:
        raise NotFound(kind="attachment", ident=attachment_id)
    audit.record(
        session,
        actor,
        AuditAction.REQUEST_ATTACHMENT_READ,
        "request",
        row.request_id,
        details={"attachment_id": row.id},
    )
    session.flush()
    return Attachment(row.filename, row.content_type, row.content)


def _get(session: Session, request_id: int) -> DataRequest:
    request = session.get(DataRequest, request_id)
    if request is None:
        raise NotFound(kind="request", ident=request_id)
    return request


def _event(
    session: Session,
    request: DataRequest,
    actor: Actor,
    at: datetime,
    kind: RequestEventKind,
    from_status: str | None = None,
    to_status: str | None = None,
    reason_code: str | None = None,
    text: str = "",
    letter_id: int | None = None,
    rectified_field: str | None = None,
) -> None:
    session.add(
        RequestEvent(
            request_id=request.id,
            at=at,
            actor=actor.name,
            kind=kind.value,
            from_status=from_status,
            to_status=to_status,
            reason_code=reason_code,
            text=text,
            letter_id=letter_id,
            rectified_field=rectified_field,
        )
    )


def _attach(
    session: Session, request: DataRequest, actor: Actor, at: datetime, attachment: Attachment
) -> None:
    session.add(
        RequestAttachment(
            request_id=request.id,
            filename=attachment.filename,
            content_type=attachment.content_type,
            size=len(attachment.content),
            sha256=hashlib.sha256(attachment.content).hexdigest(),
            content=attachment.content,
        )
    )
    _event(session, request, actor, at, RequestEventKind.ATTACHMENT, text=attachment.filename)


def find_by_reference(session: Session, reference: str) -> int | None:
    return request_repo.id_by_reference(session, reference)


def note_on_request(
    session: Session,
    actor: Actor,
    request_id: int | None,
    text: str,
    kind: RequestEventKind = RequestEventKind.ACTION,
    *,
    letter_id: int | None = None,
    rectified_field: str | None = None,
) -> str | None:
    """Put what was done on a request's timeline (no commit); returns its reference.

    ``text`` is for people; what the app reads back goes in ``letter_id`` or
    ``rectified_field``."""
    if request_id is None:
        return None
    request = _get(session, request_id)
    _event(
        session,
        request,
        actor,
        store_session.now(session),
        kind,
        text=text,
        letter_id=letter_id,
        rectified_field=rectified_field,
    )
    return request.reference


def complete_if_possible(
    session: Session,
    actor: Actor,
    request_id: int,
    identity_method: str | None,
    text: str,
    *,
    identity_check: IdentityCheck | None = None,
    until: Status = Status.COMPLETED,
) -> bool:
    """Move a request on to completed (or only as far as ``until``: in progress) where its
    state allows, via in progress."""
    detail = get_request(session, request_id)
    steps = {
        Status.RECEIVED: (Status.IN_PROGRESS, Status.COMPLETED),
        Status.IDENTITY_CHECK: (Status.IN_PROGRESS, Status.COMPLETED),
        Status.ON_HOLD: (Status.IN_PROGRESS, Status.COMPLETED),
        Status.IN_PROGRESS: (Status.COMPLETED,),
    }.get(detail.status, ())
    if until is Status.IN_PROGRESS:
        steps = tuple(step for step in steps if step is Status.IN_PROGRESS)
    if not steps and (identity_check is not None or identity_method):
        record_identity(session, actor, request_id, identity_check, identity_method)
    for target in steps:
        change = TransitionRequest(target, text=text if target is Status.COMPLETED else "")
        transition(
            session,
            actor,
            request_id,
            change,
            identity_method=identity_method if target is steps[0] else None,
            identity_check=identity_check if target is steps[0] else None,
        )
    return bool(steps)


def link_customer(
    session: Session, actor: Actor, request_id: int, customer_id: int | None
) -> int | None:
    """Set, change or clear the customer a request is from (the worker picked one).

    Linking a direct-marketing objection, unsubscribe or consent withdrawal makes it take
    effect at once (services.at_intake); its archived confirmation letter's id is returned."""
    request = _get(session, request_id)
    previous = request.customer_id
    if customer_id is not None and customer_repo.customer(session, customer_id) is None:
        raise NotFound(kind="customer", ident=customer_id)
    if previous == customer_id:
        return None  # nothing changes: no timeline entry, no audit entry
    request.customer_id = customer_id
    _event(
        session,
        request,
        actor,
        store_session.now(session),
        RequestEventKind.CUSTOMER_LINKED,
        text=f"customer #{customer_id}" if customer_id else "no customer",
    )
    audit.record(
        session,
        actor,
        AuditAction.REQUEST_CUSTOMER_LINKED,
        "request",
        request.id,
        request.reference,
        {"customer_id": customer_id, "previous_customer_id": previous},
    )
    session.flush()
    if customer_id is None:
        return None
    return _take_effect_at_intake(session, actor, request.id)


def assignable_names(session: Session, actor: Actor) -> list[str]:
    """Who a request may be given to: the app's users and whoever is at the keyboard (their
    staff profile, which need not be a user: profiles are per computer, users per database)."""
    names = {user.name for user in user_repo.all_users(session)}
    names.add(actor.name)
    return sorted(names, key=str.casefold)


def assign(session: Session, actor: Actor, request_id: int, assignee: str | None) -> str | None:
    """Give the request to ``assignee`` (None: to nobody); returns who has it now.

    The timeline names the person; the audit entry holds codes and ids only (the user's id
    where the assignee is a user), so it never keeps free text."""
    request = _get(session, request_id)
    name = (assignee or "").strip() or None
    if name is not None and name not in assignable_names(session, actor):
        raise UnknownAssignee(name=name[:80])
    if name == request.assignee:
        return name
    previous = request.assignee
    request.assignee = name
    _event(
        session,
        request,
        actor,
        store_session.now(session),
        RequestEventKind.ASSIGNED,
        text=name or "",
    )
    user = user_repo.by_name(session, name) if name else None
    audit.record(
        session,
        actor,
        AuditAction.REQUEST_ASSIGNED,
        "request",
        request.id,
        request.reference,
        {
            "has_assignee": name is not None,
            "to_self": name == actor.name,
            "user_id": user.id if user is not None else None,
            "was_assigned": previous is not None,
        },
    )
    session.flush()
    return name


def likely_duplicates(
    session: Session, request_type: RequestType, email: str | None, customer_id: int | None
) -> list[str]:
    """References of open requests of this type from this person, before opening another."""
    return request_repo.open_duplicates(session, request_type.value, email, customer_id)
