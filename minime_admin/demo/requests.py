"""Invented data-subject requests for the demo and for benchmarks: every status, every
type, some overdue, some due this week, a few extended, a few marked as tests.

Rows are generated deterministically (seed, as_of) and written in bulk (plain tuples through
store.bulk.Rows: 100,000 requests for the benchmarks in well under a minute), with due dates
from the same domain rule the inbox uses, worked out once per day received.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.demo.customers import DEMO_REASON
from minime_admin.domain import deadlines
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.requests import (
    IDENTITY_RECORDED_CHANNELS,
    Channel,
    ErasureException,
    HoldReason,
    RefusalReason,
    RequestEventKind,
    RequestType,
    Status,
)
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.domain.text import fold
from minime_admin.progress import Progress, report
from minime_admin.services import audit
from minime_admin.store import bulk, request_repo
from minime_admin.store.request_models import DataRequest, RequestEvent

_TEXTS: dict[RequestType, tuple[str, str]] = {
    RequestType.ACCESS: (
        "Labdien! Lūdzu, atsūtiet man kopiju par visiem maniem personas datiem, ko glabājat.",
        "Hello, please send me a copy of all personal data you hold about me.",
    ),
    RequestType.RECTIFICATION: (
        "Manā profilā ir nepareiza adrese, lūdzu, izlabojiet to.",
        "My delivery address is wrong in your records, please correct it.",
    ),
    RequestType.ERASURE: (
        "Lūdzu, izdzēsiet manu kontu un visus manus datus.",
        "Please delete my account and all my data.",
    ),
    RequestType.RESTRICTION: (
        "Lūdzu, ierobežojiet manu datu apstrādi, kamēr tiek pārbaudīta to pareizība.",
        "Please restrict the processing of my data while its accuracy is checked.",
    ),
    RequestType.PORTABILITY: (
        "Vēlos saņemt savus datus mašīnlasāmā formātā, lai tos pārnestu.",
        "I would like my data in a machine-readable format to move it to another shop.",
    ),
    RequestType.OBJECTION: (
        "Iebilstu pret manu datu izmantošanu piedāvājumu personalizēšanai.",
        "I object to my data being used to personalise the website.",
    ),
    RequestType.MARKETING_OBJECTION: (
        "Nesūtiet man vairs reklāmu un mārketinga piedāvājumus.",
        "Please stop sending me marketing offers.",
    ),
    RequestType.CONSENT_WITHDRAWAL: (
        "Atsaucu savu piekrišanu datu apstrādei.",
        "I withdraw my consent.",
    ),
    RequestType.UNSUBSCRIBE: (
        "Lūdzu, atrakstiet mani no jaunumu vēstules.",
        "Please unsubscribe me from the newsletter.",
    ),
    RequestType.LEGAL_BASIS_QUESTION: (
        "Uz kāda juridiskā pamata jūs nododat manus datus ārpus ES?",
        "On what legal basis do you transfer my data outside the EU?",
    ),
    RequestType.OTHER: (
        "Kāpēc jūs glabājat manu tālruņa numuru?",
        "Why do you keep my phone number?",
    ),
}
# The path an open or closed request took to reach each status.
_PATHS: dict[Status, tuple[Status, ...]] = {
    Status.RECEIVED: (Status.RECEIVED,),
    Status.IDENTITY_CHECK: (Status.RECEIVED, Status.IDENTITY_CHECK),
    Status.IN_PROGRESS: (Status.RECEIVED, Status.IDENTITY_CHECK, Status.IN_PROGRESS),
    Status.ON_HOLD: (Status.RECEIVED, Status.IDENTITY_CHECK, Status.ON_HOLD),
    Status.COMPLETED: (Status.RECEIVED, Status.IDENTITY_CHECK, Status.IN_PROGRESS,
                       Status.COMPLETED),
    Status.REFUSED: (Status.RECEIVED, Status.IDENTITY_CHECK, Status.REFUSED),
    Status.WITHDRAWN: (Status.RECEIVED, Status.WITHDRAWN),
}  # fmt: skip


def demo_request_count(customers: int) -> int:
    """About one request for every 20 customers, and never fewer than 30 when there are any."""
    return 0 if customers == 0 else max(30, customers // 20)


_STAFF = ("Ilze Kalniņa", "Mārtiņš Ozols", None)
_BATCH = 5_000


def seed_demo_requests(
    session: Session,
    count: int,
    seed: int,
    as_of: date,
    actor: Actor,
    progress: Progress | None = None,
) -> int:
    """Write ``count`` requests received in the 120 days before ``as_of``. Does not commit."""
    rng = random.Random(seed)
    customers = request_repo.first_customers(session, 2000)
    start_id = request_repo.max_request_id(session) + 1
    # Decide every request's type, age and status first, so that references run in order
    # of receipt and every status appears at least once.
    plans = sorted((_plan(rng, index) for index in range(count)), key=lambda p: (-p[1], p[3]))
    numbers: dict[int, int] = {}
    written = 0
    request_rows = event_rows = None
    for begin in range(0, count, _BATCH):
        requests, events = [], []
        for index in range(begin, min(begin + _BATCH, count)):
            request, request_events = _one(
                rng, start_id + index, index, plans[index], as_of, customers, numbers
            )
            requests.append(request)
            events.extend(request_events)
        # Every dict of a kind has the same keys in the same order (built by _one): their
        # values go in as tuples, without Core's per-row dict processing.
        request_rows = request_rows or bulk.Rows(session, DataRequest, list(requests[0]))
        event_rows = event_rows or bulk.Rows(session, RequestEvent, list(events[0]))
        request_rows.insert([tuple(row.values()) for row in requests])
        event_rows.insert([tuple(row.values()) for row in events])
        written += len(requests)
        report(progress, written, count)
    audit.record(
        session,
        actor,
        AuditAction.DEMO_REQUESTS_SEEDED,
        "database",
        "",
        DEMO_REASON,
        {"requests": written, "seed": seed},
    )
    return written


Plan = tuple[RequestType, int, Status, int]  # type, age in days, status, minute of the day
_SHOWCASE: tuple[tuple[RequestType, int, Status], ...] = (
    (RequestType.ACCESS, 1, Status.RECEIVED),
    (RequestType.ERASURE, 6, Status.IDENTITY_CHECK),
    (RequestType.PORTABILITY, 26, Status.IN_PROGRESS),  # due within the week
    (RequestType.RECTIFICATION, 12, Status.ON_HOLD),
    (RequestType.ACCESS, 44, Status.IN_PROGRESS),  # overdue
    (RequestType.ERASURE, 50, Status.REFUSED),
    (RequestType.UNSUBSCRIBE, 20, Status.COMPLETED),
    (RequestType.OBJECTION, 9, Status.WITHDRAWN),
)


def _plan(rng: random.Random, index: int) -> Plan:
    """The newest requests are open; older ones mostly closed, some late."""
    minute = rng.randint(7 * 60, 22 * 60)
    if index < len(_SHOWCASE):
        return (*_SHOWCASE[index], minute)
    request_type = list(RequestType)[index % len(RequestType)]
    age_days = rng.randint(0, 120)
    return request_type, age_days, _status_for(rng, age_days, request_type), minute


def _one(
    rng: random.Random,
    request_id: int,
    index: int,
    plan: Plan,
    as_of: date,
    customers: list[Any],
    numbers: dict[int, int],
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    request_type, age_days, status, minute = plan
    received_on = as_of - timedelta(days=age_days)
    moment = datetime.combine(received_on, time(minute // 60, minute % 60), SHOP_ZONE).astimezone(
        UTC
    )
    year = received_on.year
    numbers[year] = numbers.get(year, 0) + 1
    customer = customers[index % len(customers)] if customers and rng.random() < 0.85 else None
    if customer is not None:
        name, email = f"{customer.first_name} {customer.last_name}", customer.email
        language = customer.language
    else:
        name, email, language = "Jānis Paraudziņš", f"janis.p{index}@example.lv", "lv"
    channel = rng.choice(
        (Channel.EMAIL,) * 6 + (Channel.WEB_FORM, Channel.PHONE, Channel.LETTER, Channel.IN_PERSON)
    )
    extended = status in (Status.IN_PROGRESS, Status.ON_HOLD) and age_days > 25 and index % 5 == 3
    due = _due(received_on, extended)
    hold = rng.choice(list(HoldReason)) if status is Status.ON_HOLD else None
    refusal = None
    if status is Status.REFUSED:
        refusal = (
            RefusalReason.ERASURE_EXCEPTION
            if request_type is RequestType.ERASURE
            else rng.choice(
                (RefusalReason.IDENTITY_NOT_CONFIRMED, RefusalReason.UNFOUNDED_OR_EXCESSIVE)
            )
        )
    closed = status in (Status.COMPLETED, Status.REFUSED, Status.WITHDRAWN)
    lv_text, en_text = _TEXTS[request_type]
    request = {
        "id": request_id,
        "reference": f"DSR-{year}-{numbers[year]:04d}",
        "type": request_type.value,
        "channel": channel.value,
        "status": status.value,
        "hold_reason": hold.value if hold else None,
        "received_at": moment,
        "received_on": received_on,
        "due_on": due,
        "extended": extended,
        "extension_reason": "Daudz pieprasījumu vienlaikus" if extended else None,
        "requester_name": name,
        "requester_email": email,
        "requester_phone": None,
        "requester_folded": fold(f"{name} {email or ''}"),
        "subject": None,
        "text": lv_text if language == "lv" else en_text,
        "customer_id": customer.id if customer is not None else None,
        "assignee": rng.choice(_STAFF),
        "identity_method": "Pārbaudīts pēc pasūtījuma numura"
        if channel in IDENTITY_RECORDED_CHANNELS and status is not Status.RECEIVED
        else None,
        "outcome": (refusal.value if refusal else status.value) if closed else None,
        "outcome_text": "Demo" if closed else None,
        # An erasure refused under Art. 17(3) names its point: here an open dispute, (e).
        "refusal_exception": ErasureException.LEGAL_CLAIMS.value
        if refusal is RefusalReason.ERASURE_EXCEPTION
        else None,
        "is_test": index % 97 == 0,
        "closed_at": moment + timedelta(days=min(age_days, 20)) if closed else None,
    }
    events = []
    path = _PATHS[status]
    for step, (before, after) in enumerate(zip((None, *path), path, strict=False)):
        events.append(
            {
                "request_id": request_id,
                "at": moment + timedelta(days=min(step * 3, age_days), minutes=step),
                "actor": "demo",
                "kind": (
                    RequestEventKind.CREATED if before is None else RequestEventKind.TRANSITION
                ).value,
                "from_status": before.value if before else None,
                "to_status": after.value,
                "reason_code": (
                    hold.value
                    if after is Status.ON_HOLD and hold
                    else refusal.value
                    if after is Status.REFUSED and refusal
                    else None
                ),
                "text": "",
            }
        )
    return request, events


@lru_cache(maxsize=512)
def _due(received_on: date, extended: bool) -> date:
    """The due date (a few hundred distinct days received, ~100,000 requests)."""
    rule = deadlines.extended_due_date if extended else deadlines.due_date
    return rule(received_on).due


def _status_for(rng: random.Random, age_days: int, request_type: RequestType) -> Status:
    if age_days < 5:
        return rng.choice((Status.RECEIVED, Status.RECEIVED, Status.IDENTITY_CHECK))
    if age_days < 35:
        return rng.choice(
            (
                Status.IDENTITY_CHECK,
                Status.IN_PROGRESS,
                Status.IN_PROGRESS,
                Status.ON_HOLD,
                Status.COMPLETED,
            )
        )
    if age_days < 50:  # past the month: most done, some late
        return rng.choice((Status.COMPLETED, Status.COMPLETED, Status.IN_PROGRESS, Status.ON_HOLD))
    choices = [Status.COMPLETED] * 6 + [Status.WITHDRAWN]
    if request_type not in (
        RequestType.MARKETING_OBJECTION,
        RequestType.UNSUBSCRIBE,
        RequestType.CONSENT_WITHDRAWAL,
    ):
        choices.append(Status.REFUSED)
    return rng.choice(choices)
