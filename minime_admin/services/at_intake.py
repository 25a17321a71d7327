"""Requests that take effect at intake: a direct-marketing objection (Art. 21(3)), a newsletter
unsubscribe and a consent withdrawal (Art. 7(3)).

As soon as such a request is matched to a customer — when it is opened, or later linked —
the objection, unsubscribe or withdrawal is recorded, the request is completed and its
confirmation letter is produced (archived, not sent). No identity check comes first:
stopping marketing harms nobody. An unmatched one stays open and visible until matched.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.requests import (
    CLOSED_STATUSES,
    EFFECTIVE_AT_INTAKE,
    RequestType,
    Status,
    TransitionRequest,
)
from minime_admin.letters.model import LetterKind
from minime_admin.services import customer_actions, letters, requests
from minime_admin.store import customer_repo

CONFIRMATIONS = {
    RequestType.MARKETING_OBJECTION: LetterKind.MARKETING_OPT_OUT,
    RequestType.UNSUBSCRIBE: LetterKind.NEWSLETTER_UNSUBSCRIBED,
    RequestType.CONSENT_WITHDRAWAL: LetterKind.CONSENT_WITHDRAWN,
}
# The way to "completed" from each open status (received may go there straight).
_STEPS = {
    Status.RECEIVED: (Status.COMPLETED,),
    Status.IDENTITY_CHECK: (Status.IN_PROGRESS, Status.COMPLETED),
    Status.ON_HOLD: (Status.IN_PROGRESS, Status.COMPLETED),
    Status.IN_PROGRESS: (Status.COMPLETED,),
}


def take_effect(session: Session, actor: Actor, request_id: int) -> int | None:
    """Record and complete the request if it is of such a type, open and matched; returns the
    archived confirmation letter's id, or None when nothing was to be done (flushes only)."""
    detail = requests.get_request(session, request_id)
    customer_id = detail.customer_id
    if detail.type not in EFFECTIVE_AT_INTAKE or customer_id is None:
        return None
    if detail.status in CLOSED_STATUSES:
        return None
    person = customer_repo.customer(session, customer_id)
    if person is None or person.erased_at is not None:
        return None  # an erased person's stub gets no marketing; the office answers by hand
    channel = detail.channel.value
    if detail.type is RequestType.MARKETING_OBJECTION:
        customer_actions.record_marketing_objection(
            session, actor, customer_id, channel, request_id
        )
    elif detail.type is RequestType.UNSUBSCRIBE:
        customer_actions.record_unsubscribe(session, actor, customer_id, channel, request_id)
    else:
        customer_actions.withdraw_every_consent(session, actor, customer_id, channel, request_id)
    for target in _STEPS[detail.status]:
        text = "Took effect at intake" if target is Status.COMPLETED else ""
        requests.transition(session, actor, request_id, TransitionRequest(target, text=text))
    letter = letters.compose(session, actor, request_id, CONFIRMATIONS[detail.type])
    letter_id, _pdf = letters.produce(session, actor, letter, request_id)
    return letter_id
