"""Newsletter subscriptions: their states, and whose word counts when a list and this office
disagree.

A newsletter service's export says what happened there; this office may know more (an
unsubscribe or an objection told to us directly). An end of a subscription is always taken
over; a subscription is never revived against a withdrawal recorded here (see ``blocked``).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum


class SubscriptionStatus(StrEnum):
    SUBSCRIBED = "subscribed"
    UNSUBSCRIBED = "unsubscribed"  # the person withdrew
    CLEANED = "cleaned"  # the service removed the address after bounces: no withdrawal


class ConsentAction(StrEnum):
    GIVEN = "given"
    WITHDRAWN = "withdrawn"


class ListFormat(StrEnum):
    """The newsletter services whose audience exports can be read."""

    MAILCHIMP = "mailchimp"
    MAILERLITE = "mailerlite"


NEWSLETTER_PURPOSE = "newsletter"  # ConsentEvent.purpose of a newsletter consent
ENDED = frozenset({SubscriptionStatus.UNSUBSCRIBED, SubscriptionStatus.CLEANED})


def blocked(objected: bool, withdrawn_at: datetime | None, opted_in_at: datetime | None) -> bool:
    """May a list's "subscribed" not be taken over here?

    An objection to direct marketing (Art. 21(3)) always wins. A withdrawal recorded here
    wins unless the list shows the person opting in again after it (a new consent); a list
    that does not say when the person opted in cannot show that."""
    if objected:
        return True
    if withdrawn_at is None:
        return False
    return opted_in_at is None or opted_in_at <= withdrawn_at
