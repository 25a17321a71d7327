"""Data-subject requests: their kinds, states and the rules for moving between states.

received → identity check → in progress → completed | refused | withdrawn, with "on hold"
(awaiting proof of identity, awaiting clarification, legal review) as a recorded state.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from minime_admin.errors import (
    ErasureExceptionNeeded,
    HoldNeedsReason,
    IdentityMethodNeeded,
    IllegalTransition,
    NoIdentityHoldAtIntake,
    RefusalNeedsGround,
    RefusalNeedsReason,
    RefusalNotAllowed,
)


class RequestType(StrEnum):
    ACCESS = "access"  # Art. 15
    RECTIFICATION = "rectification"  # Art. 16
    ERASURE = "erasure"  # Art. 17
    RESTRICTION = "restriction"  # Art. 18
    PORTABILITY = "portability"  # Art. 20
    OBJECTION = "objection"  # Art. 21(1)
    MARKETING_OBJECTION = "marketing_objection"  # Art. 21(3): absolute, no reason asked
    CONSENT_WITHDRAWAL = "consent_withdrawal"  # Art. 7(3)
    UNSUBSCRIBE = "unsubscribe"  # newsletter
    LEGAL_BASIS_QUESTION = "legal_basis_question"  # legal basis or transfers outside the EU
    OTHER = "other"


class Channel(StrEnum):
    EMAIL = "email"
    WEB_FORM = "web_form"
    PHONE = "phone"
    LETTER = "letter"
    IN_PERSON = "in_person"


class Status(StrEnum):
    RECEIVED = "received"
    IDENTITY_CHECK = "identity_check"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class HoldReason(StrEnum):
    AWAITING_IDENTITY = "awaiting_identity"
    AWAITING_CLARIFICATION = "awaiting_clarification"
    LEGAL_REVIEW = "legal_review"


class RequestEventKind(StrEnum):
    """What a timeline entry of a request records."""

    CREATED = "created"
    TRANSITION = "transition"
    NOTE = "note"
    EXTENSION = "extension"
    ATTACHMENT = "attachment"
    LETTER = "letter"  # a letter produced: archived (with its id) or only noted
    ACTION = "action"  # something done for the request from the customer page or an export
    CUSTOMER_LINKED = "customer_linked"
    ASSIGNED = "assigned"  # the request given to someone (or to nobody)
    # How identity was confirmed: reason_code an IdentityCheck (none: an older free text),
    # text the note.
    IDENTITY = "identity_confirmed"
    PACKAGE_MADE = "package_made"  # an export package written (not yet with the person)
    # The package reached the person: reason_code a HandoverMethod, ``at`` when it did.
    HANDED_OVER = "handed_over"


class RefusalReason(StrEnum):
    UNFOUNDED_OR_EXCESSIVE = "art_12_5"  # manifestly unfounded or excessive
    IDENTITY_NOT_CONFIRMED = "art_12_6"
    ERASURE_EXCEPTION = "art_17_3"  # an Art. 17(3) exception, named with ErasureException
    COMPELLING_GROUNDS = "art_21_1"  # an objection: compelling legitimate grounds override it
    OTHER = "other"  # with a written reason


class ErasureException(StrEnum):
    """The exceptions of Art. 17(3), by the letter of the point."""

    FREEDOM_OF_EXPRESSION = "a"
    LEGAL_OBLIGATION = "b"  # a legal obligation, or a task in the public interest
    PUBLIC_HEALTH = "c"
    ARCHIVING_RESEARCH = "d"  # archiving in the public interest, research, statistics
    LEGAL_CLAIMS = "e"  # establishment, exercise or defence of legal claims


# Refusals whose ground must be written out for the letter (Art. 12(4)): why the request is
# manifestly unfounded or excessive, why the exception applies, which compelling grounds.
# Only an unconfirmed identity speaks for itself.
GROUND_WRITTEN_OUT = frozenset(
    {
        RefusalReason.UNFOUNDED_OR_EXCESSIVE,
        RefusalReason.ERASURE_EXCEPTION,
        RefusalReason.COMPELLING_GROUNDS,
        RefusalReason.OTHER,
    }
)


OPEN_STATUSES = frozenset(
    {Status.RECEIVED, Status.IDENTITY_CHECK, Status.IN_PROGRESS, Status.ON_HOLD}
)
CLOSED_STATUSES = frozenset({Status.COMPLETED, Status.REFUSED, Status.WITHDRAWN})

_ALLOWED: dict[Status, frozenset[Status]] = {
    Status.RECEIVED: frozenset(
        {Status.IDENTITY_CHECK, Status.IN_PROGRESS, Status.ON_HOLD, Status.COMPLETED,
         Status.REFUSED, Status.WITHDRAWN}
    ),
    Status.IDENTITY_CHECK: frozenset(
        {Status.IN_PROGRESS, Status.ON_HOLD, Status.REFUSED, Status.WITHDRAWN}
    ),
    Status.IN_PROGRESS: frozenset(
        {Status.ON_HOLD, Status.COMPLETED, Status.REFUSED, Status.WITHDRAWN}
    ),
    Status.ON_HOLD: frozenset(
        {Status.IDENTITY_CHECK, Status.IN_PROGRESS, Status.REFUSED, Status.WITHDRAWN}
    ),
    Status.COMPLETED: frozenset(),
    Status.REFUSED: frozenset(),
    Status.WITHDRAWN: frozenset(),
}  # fmt: skip

# Requests the law says must simply be honoured: a direct-marketing objection is absolute
# (Art. 21(3)); withdrawing consent must be as easy as giving it (Art. 7(3)).
NEVER_REFUSED = frozenset(
    {RequestType.MARKETING_OBJECTION, RequestType.CONSENT_WITHDRAWAL, RequestType.UNSUBSCRIBE}
)
# Requests that need no identity check and can be done at once, straight from "received".
IMMEDIATE_TYPES = NEVER_REFUSED | {RequestType.LEGAL_BASIS_QUESTION}
# Requests that take effect the moment they are matched to a customer, before and regardless
# of any identity check: stopping marketing or a consent harms nobody (Art. 21(3), 7(3)).
# They are never held for proof of identity, so never hidden as waiting for it either.
EFFECTIVE_AT_INTAKE = NEVER_REFUSED
# Channels where the office itself saw or heard the person: how identity was checked is
# recorded before work starts.
IDENTITY_RECORDED_CHANNELS = frozenset({Channel.PHONE, Channel.LETTER, Channel.IN_PERSON})


@dataclass(frozen=True)
class TransitionRequest:
    target: Status
    hold_reason: HoldReason | None = None
    refusal_reason: RefusalReason | None = None
    erasure_exception: ErasureException | None = None  # with an Art. 17(3) refusal only
    text: str = ""  # the written reason or note that goes on the timeline


def allowed_targets(current: Status, request_type: RequestType) -> list[Status]:
    targets = _ALLOWED[current]
    if current is Status.RECEIVED and request_type not in IMMEDIATE_TYPES:
        targets = targets - {Status.COMPLETED}
    if request_type in NEVER_REFUSED:
        targets = targets - {Status.REFUSED}
    if request_type in EFFECTIVE_AT_INTAKE:
        targets = targets - {Status.IDENTITY_CHECK}
    return sorted(targets, key=list(Status).index)


def check_transition(
    current: Status,
    request_type: RequestType,
    channel: Channel,
    identity_method: str | None,
    change: TransitionRequest,
) -> None:
    """Raise a KnownError unless ``change`` is allowed from ``current``."""
    if change.target is Status.REFUSED and request_type in NEVER_REFUSED:
        raise RefusalNotAllowed()
    if request_type in EFFECTIVE_AT_INTAKE and (
        change.target is Status.IDENTITY_CHECK or change.hold_reason is HoldReason.AWAITING_IDENTITY
    ):
        raise NoIdentityHoldAtIntake()
    if change.target not in allowed_targets(current, request_type):
        raise IllegalTransition(current=current.value, target=change.target.value)
    if change.target is Status.ON_HOLD and change.hold_reason is None:
        raise HoldNeedsReason()
    if change.target is Status.REFUSED:
        _check_refusal(request_type, change)
    elif change.erasure_exception is not None:
        raise RefusalNotAllowed()
    if (
        change.target is Status.IN_PROGRESS
        and channel in IDENTITY_RECORDED_CHANNELS
        and request_type not in EFFECTIVE_AT_INTAKE
        and not (identity_method or "").strip()
    ):
        raise IdentityMethodNeeded()


def _check_refusal(request_type: RequestType, change: TransitionRequest) -> None:
    reason = change.refusal_reason
    if reason is None or (reason is RefusalReason.OTHER and not change.text.strip()):
        raise RefusalNeedsReason()
    if reason is RefusalReason.ERASURE_EXCEPTION and request_type is not RequestType.ERASURE:
        raise RefusalNotAllowed()
    if reason is RefusalReason.COMPELLING_GROUNDS and request_type is not RequestType.OBJECTION:
        raise RefusalNotAllowed()
    named = change.erasure_exception is not None
    if reason is RefusalReason.ERASURE_EXCEPTION and not named:
        raise ErasureExceptionNeeded()
    if reason is not RefusalReason.ERASURE_EXCEPTION and named:
        raise RefusalNotAllowed()
    if reason in GROUND_WRITTEN_OUT and not change.text.strip():
        raise RefusalNeedsGround()
