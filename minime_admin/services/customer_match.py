"""Find the customer a request is from: by e-mail, phone, or an order number in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from minime_admin.domain.text import normalise_phone
from minime_admin.store import request_repo

_ORDER_NUMBER = re.compile(r"(?<![\d+])#?(\d{6,7})(?!\d)")


@dataclass(frozen=True)
class Candidate:
    customer_id: int
    name: str
    email: str | None
    matched_by: str  # "email" | "phone" | "order"


@dataclass(frozen=True)
class Match:
    customer_id: int | None  # set only when exactly one person fits
    candidates: tuple[Candidate, ...]


def match_customer(session: Session, email: str | None, phone: str | None, text: str) -> Match:
    found: dict[int, Candidate] = {}

    def add(customers: list, how: str) -> None:  # type: ignore[type-arg]
        for customer in customers:
            found.setdefault(
                customer.id,
                Candidate(
                    customer.id, f"{customer.first_name} {customer.last_name}", customer.email, how
                ),
            )

    if email:
        add(request_repo.customers_by_email(session, email), "email")
    if phone and not found:
        number = normalise_phone(phone)
        if len(number) >= 8:
            add(request_repo.customers_by_phone_digits(session, number[-8:]), "phone")
    if not found:
        numbers = sorted(set(_ORDER_NUMBER.findall(text)))
        add(request_repo.customers_by_order_numbers(session, numbers), "order")
    candidates = tuple(found.values())
    only = candidates[0].customer_id if len(candidates) == 1 else None
    return Match(only, candidates)
