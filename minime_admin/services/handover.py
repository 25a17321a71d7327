"""An export package handed over: how, when, by whom — recorded apart from "package made".

Saving a package to disk answers nobody: the request is completed when the person has the
package, and its closing time is the handover's own time (when the worker says it
happened), so the deadline is judged by when the person received the answer. Export
packages are never e-mailed (issue #16), so e-mail is not a way of handing one over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.proofs import HandoverMethod, needs_note
from minime_admin.domain.requests import CLOSED_STATUSES, RequestEventKind, Status
from minime_admin.errors import QT_TRANSLATE_NOOP, InvalidInput
from minime_admin.services import audit, requests, versions
from minime_admin.store import request_repo
from minime_admin.store import session as store_session
from minime_admin.store.request_models import DataRequest, RequestEvent

_FUTURE_TOLERANCE = timedelta(minutes=5)


class NoPackageMade(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "No export package has been made for request {reference}, so none can have been "
        "handed over; nothing was recorded.",
    )


class HandoverInFuture(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "A handover cannot be recorded for a time still to come; nothing was recorded."
    )


class HandoverBeforePackage(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The package was made at {made}: it cannot have been handed over before that; "
        "nothing was recorded.",
    )


class HandoverNoteNeeded(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "Say in a note how the package was handed over when the way is “other”; nothing was "
        "recorded.",
    )


@dataclass(frozen=True)
class Handover:
    request_id: int
    reference: str
    method: HandoverMethod
    at: datetime
    completed: bool  # the request was answered by this handover


def package_made_at(session: Session, request_id: int) -> datetime | None:
    """When the latest export package of the request was made (None: none was)."""
    made = request_repo.event_times(session, request_id, RequestEventKind.PACKAGE_MADE.value)
    return max(made) if made else None


def handed_over(session: Session, request_id: int) -> bool:
    """Whether a package of this request was handed over after its latest one was made."""
    made = package_made_at(session, request_id)
    given = request_repo.event_times(session, request_id, RequestEventKind.HANDED_OVER.value)
    return made is not None and any(at >= made.replace(second=0, microsecond=0) for at in given)


def record_handover(
    session: Session,
    actor: Actor,
    request_id: int,
    method: HandoverMethod,
    at: datetime,
    note: str = "",
    seen: versions.Seen | None = None,
) -> Handover:
    """Record that the request's export package reached the person ``at`` (aware).

    ``seen``: the request as the worker loaded it; refused (ChangedMeanwhile) when a
    colleague changed it since (#18.4)."""
    if at.tzinfo is None:
        raise ValueError("at must be time-zone aware")
    request = session.get(DataRequest, request_id)
    if request is None:
        requests.get_request(session, request_id)  # raises NotFound, in words
        raise AssertionError
    if seen is not None:
        versions.require_unchanged(session, seen, request.reference)
    note = note.strip()
    if needs_note(method) and not note:
        raise HandoverNoteNeeded()
    made = package_made_at(session, request_id)
    if made is None:
        raise NoPackageMade(reference=request.reference)
    now = store_session.now(session)
    if at > now + _FUTURE_TOLERANCE:
        raise HandoverInFuture()
    if at < made.replace(second=0, microsecond=0):  # the dialog's times have minutes only
        raise HandoverBeforePackage(made=made.isoformat(timespec="minutes"))
    # The timeline entry carries the handover's own time; who recorded it, and when, is in
    # the audit entry.
    session.add(
        RequestEvent(
            request_id=request.id,
            at=at,
            actor=actor.name,
            kind=RequestEventKind.HANDED_OVER.value,
            reason_code=method.value,
            text=note,
        )
    )
    audit.record(
        session,
        actor,
        AuditAction.EXPORT_HANDED_OVER,
        "request",
        request.id,
        request.reference,
        {"method": method.value, "at": at.isoformat(), "customer_id": request.customer_id},
        note=note,
        note_customer_id=request.customer_id,
    )
    session.flush()
    completed = False
    if Status(request.status) not in CLOSED_STATUSES:
        completed = requests.complete_if_possible(
            session,
            actor,
            request.id,
            None,
            "",  # the handover entry says it, in words
        )
        if completed:
            request.closed_at = at  # answered when the person received it, not when typed
            session.flush()
    return Handover(request.id, request.reference, method, at, completed)
