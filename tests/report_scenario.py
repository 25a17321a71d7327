"""A varied set of requests made through the real inbox services with the clock moved, and
what each was made to be, so report tests can count the expected figures directly."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock
from minime_admin.domain.requests import (
    Channel,
    ErasureException,
    RefusalReason,
    RequestType,
    Status,
    TransitionRequest,
)
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.services import requests
from minime_admin.services.database import Database

TODAY = date(2026, 11, 25)  # conftest.TEST_NOW's Riga day
KINDS = ("on_time", "late", "extended_on_time", "refused", "withdrawn", "open", "open_overdue")
TYPES = (RequestType.ACCESS, RequestType.ERASURE, RequestType.RECTIFICATION, RequestType.OBJECTION)


@dataclass(frozen=True)
class Made:
    reference: str
    type: str
    received_on: date
    due_on: date  # the due date in force at the end (extended or not)
    kind: str  # one of KINDS
    answered_on: date | None
    ground: str | None  # the refusal ground as the report names it
    extended: bool
    test: bool
    reason: str | None  # the closing note of a late answer


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), SHOP_ZONE)


def make_requests(
    database: Database, clock: FixedClock, actor: Actor, count: int = 48, seed: int = 5
) -> list[Made]:
    rng = random.Random(seed)
    made = []
    for index in range(count):
        kind = KINDS[index % len(KINDS)]
        request_type = TYPES[(index // len(KINDS)) % len(TYPES)]
        test = index % 11 == 4
        if kind == "open":
            received = TODAY - timedelta(days=rng.randint(1, 20))
        elif kind == "open_overdue":
            received = TODAY - timedelta(days=rng.randint(40, 70))
        elif kind == "extended_on_time":
            received = TODAY - timedelta(days=rng.randint(75, 140))
        else:
            received = TODAY - timedelta(days=rng.randint(40, 140))
        made.append(_make(database, clock, actor, index, kind, request_type, received, test, rng))
    clock.set(at(TODAY))
    return made


def _make(
    database: Database,
    clock: FixedClock,
    actor: Actor,
    index: int,
    kind: str,
    request_type: RequestType,
    received: date,
    test: bool,
    rng: random.Random,
) -> Made:
    clock.set(at(received, 9))
    with database.unit_of_work() as session:
        opened = requests.open_request(
            session,
            actor,
            requests.NewRequest(
                type=request_type,
                channel=Channel.EMAIL,
                received_at=at(received, 9),
                requester_name=f"Pārbaudes Persona {index}",
                requester_email=f"person{index}@example.lv",
                text="Lūdzu.",
                is_test=test,
            ),
        )
    due, extended, answered, ground, reason = opened.due_on, False, None, None, None
    if kind in ("open", "open_overdue"):
        return Made(opened.reference, request_type.value, received, due, kind, None, None,
                    False, test, None)  # fmt: skip
    if kind == "extended_on_time":
        clock.set(at(received + timedelta(days=10)))
        with database.unit_of_work() as session:
            due = requests.extend(session, actor, opened.request_id, "Daudz datu")
        extended = True
        answered = opened.due_on + timedelta(days=rng.randint(3, 20))  # past the first month
    elif kind == "late":
        answered = due + timedelta(days=rng.randint(1, 9))
        reason = None if index % 3 == 0 else f"Slimības dēļ ({index})"
    else:
        answered = received + timedelta(days=rng.randint(0, (due - received).days))
    clock.set(at(answered, 11))
    with database.unit_of_work() as session:
        if kind == "withdrawn":
            change = TransitionRequest(Status.WITHDRAWN)
        elif kind == "refused":
            change, ground = _refusal(request_type, index)
        else:
            requests.transition(
                session, actor, opened.request_id, TransitionRequest(Status.IN_PROGRESS)
            )
            change = TransitionRequest(Status.COMPLETED, text=reason or "")
        requests.transition(session, actor, opened.request_id, change)
    return Made(opened.reference, request_type.value, received, due, kind, answered, ground,
                extended, test, reason)  # fmt: skip


def _refusal(request_type: RequestType, index: int) -> tuple[TransitionRequest, str]:
    if request_type is RequestType.ERASURE:
        change = TransitionRequest(
            Status.REFUSED,
            refusal_reason=RefusalReason.ERASURE_EXCEPTION,
            erasure_exception=ErasureException.LEGAL_CLAIMS,
            text="Strīds par pasūtījumu",
        )
        return change, "art_17_3(e)"
    if index % 2:
        return TransitionRequest(
            Status.REFUSED, refusal_reason=RefusalReason.IDENTITY_NOT_CONFIRMED
        ), "art_12_6"
    return TransitionRequest(
        Status.REFUSED, refusal_reason=RefusalReason.UNFOUNDED_OR_EXCESSIVE, text="Atkārtots"
    ), "art_12_5"
