"""One row of the request inbox, and which requests its default view leaves out.

Here rather than in services/requests.py so that the first rows can be read and shown at
start before SQLAlchemy has loaded (store/first_page.py, #19.5).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from minime_admin.domain.requests import RequestType, Status

# Requests still waiting for proof of identity this long after receipt are hidden from the
# default inbox view (one click shows them): the person has most likely gone away.
UNVERIFIED_HIDDEN_AFTER_DAYS = 60
# The inbox reads its rows a page at a time; the first page is also what a start reads early.
INBOX_PAGE = 200


@dataclass(frozen=True)
class RequestRow:
    id: int
    reference: str
    received_at: datetime
    requester: str
    type: RequestType
    status: Status
    due_on: date
    assignee: str | None
    is_test: bool

    def days_left(self, today: date) -> int:
        return (self.due_on - today).days
