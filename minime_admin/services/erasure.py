"""Erasure (Art. 17): plan first, changing nothing; then carry the plan out in one
transaction, leave the customer an anonymous stub, and rid the file of remnants.

The audit entry records the act, the counts and the request, never the erased data.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from minime_admin.domain import erasure as rules
from minime_admin.domain import recognition
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.categories import DataCategory
from minime_admin.domain.erasure import Action, Decision
from minime_admin.domain.proofs import IdentityCheck
from minime_admin.domain.shop_time import shop_day
from minime_admin.errors import AlreadyErased, NotFound
from minime_admin.progress import Progress, report
from minime_admin.services import audit, customer_actions, customer_search, requests, versions
from minime_admin.services.customer_actions import Recipient
from minime_admin.services.retention_rules import current_rules
from minime_admin.store import erasure_repo as repo
from minime_admin.store import personal_data, sqlcipher
from minime_admin.store import session as store_session
from minime_admin.store.base import Base
from minime_admin.store.models import (
    ConsentEvent,
    Customer,
    Invoice,
    LegalHold,
    Order,
    OrderItem,
    PaymentTransaction,
)

# Weighed record by record below; every other table the registry gives the plan is decided
# by its data category alone (domain.erasure.for_category).
_WEIGHED: tuple[type[Base], ...] = (
    Customer,
    Order,
    OrderItem,
    Invoice,
    PaymentTransaction,
    ConsentEvent,
    LegalHold,
)
_PLANNED = personal_data.covered(personal_data.Use.ERASURE)  # parents before children
BY_CATEGORY: tuple[type[Base], ...] = tuple(m for m in _PLANNED if m not in _WEIGHED)
PLANNED: tuple[type[Base], ...] = (*_WEIGHED, *BY_CATEGORY)  # every table a plan covers
# Children before parents, so that foreign keys hold at every step; the customer row
# itself becomes the stub instead.
_DELETE_ORDER: tuple[type[Base], ...] = tuple(m for m in reversed(_PLANNED) if m is not Customer)


@dataclass(frozen=True)
class PlanGroup:
    table: str
    category: DataCategory
    decision: Decision
    ids: tuple[int, ...]
    labels: tuple[str, ...] = ()  # for retained records: what they are, in a word


@dataclass(frozen=True)
class ErasurePlan:
    customer_id: int
    name: str
    made_on: date
    groups: tuple[PlanGroup, ...]
    recipients: tuple[Recipient, ...]  # Art. 19: partners who received the data

    def counts(self) -> dict[str, dict[str, int]]:
        """{"erase": {"visit": 183, ...}, "anonymise": {...}, "retain": {...}}"""
        result: dict[str, Counter[str]] = {a.value: Counter() for a in Action}
        for group in self.groups:
            result[group.decision.action.value][group.category.value] += len(group.ids)
        return {action: dict(counter) for action, counter in result.items()}

    def retained(self) -> list[PlanGroup]:
        return [g for g in self.groups if g.decision.action is Action.RETAIN]


@dataclass(frozen=True)
class ErasureOutcome:
    plan: ErasurePlan
    erased: int
    anonymised: int
    retained: int
    requests_scrubbed: int = 0
    completed_request: bool = False
    counts: dict[str, dict[str, int]] = field(default_factory=dict)


def plan_erasure(session: Session, customer_id: int) -> ErasurePlan:
    """What would happen, record by record. Reads only."""
    today = store_session.today(session)
    person = repo.customer_row(session, customer_id)
    if person is None:
        raise NotFound(kind="customer", ident=customer_id)
    if person.erased_at is not None:
        raise AlreadyErased(ident=customer_id, day=shop_day(person.erased_at).isoformat())
    in_force = current_rules(session)
    holds = repo.holds_of(session, customer_id)
    held_orders = {h.order_id for h in holds if h.order_id is not None}
    held_profile = any(h.order_id is None for h in holds)
    groups: dict[tuple[str, Decision], tuple[DataCategory, list[int], list[str]]] = {}

    def add(model: type[Base], decision: Decision, record_id: int, label: str = "") -> None:
        key = (str(model.__tablename__), decision)
        entry = groups.setdefault(key, (personal_data.category_of(model), [], []))
        entry[1].append(record_id)
        if label and decision.action is Action.RETAIN:
            entry[2].append(label)

    orders = repo.orders_of(session, customer_id)
    items = repo.items_of(session, [o.id for o in orders])
    for order in orders:
        decision = rules.for_order(
            order.status, shop_day(order.placed_at), order.id in held_orders, today, in_force
        )
        add(Order, decision, order.id, f"#{order.number}")
        for item_id in items.get(order.id, []):
            add(OrderItem, decision, item_id)
    for invoice in repo.invoices_of(session, customer_id):
        decision = rules.for_invoice(
            shop_day(invoice.issued_at), invoice.order_id in held_orders, today, in_force
        )
        add(Invoice, decision, invoice.id, invoice.number)
    for payment in repo.payments_of(session, customer_id):
        decision = rules.for_payment(payment.status, payment.order_id in held_orders)
        add(PaymentTransaction, decision, payment.id, f"#{payment.order_id}")
    withdrawn: dict[str, date] = {}
    events = repo.consent_events_of(session, customer_id)
    for event in events:
        if event.action == "withdrawn":
            withdrawn.setdefault(event.purpose, shop_day(event.occurred_at))
    for event in events:
        decision = rules.for_consent_event(withdrawn.get(event.purpose), today, in_force)
        add(ConsentEvent, decision, event.id)
    for hold in repo.all_holds_of(session, customer_id):
        add(LegalHold, rules.for_legal_hold(hold.released_on, today, in_force), hold.id)
    for model in BY_CATEGORY:
        category = personal_data.category_of(model)
        decision = rules.for_category(category, held_profile)
        for record_id in repo.ids_of(session, model, customer_id):
            add(model, decision, record_id, str(category.value))
    add(Customer, rules.for_category(DataCategory.PROFILE, held_profile), customer_id, "profile")

    recipients = customer_actions.recipients_of(session, customer_id, DataCategory.PROFILE)
    for category in (DataCategory.ADDRESS, DataCategory.NEWSLETTER, DataCategory.PAYMENT):
        for partner in customer_actions.recipients_of(session, customer_id, category):
            if partner not in recipients:
                recipients.append(partner)
    return ErasurePlan(
        customer_id=customer_id,
        name=f"{person.first_name} {person.last_name}",
        made_on=today,
        groups=tuple(
            PlanGroup(table, category, decision, tuple(ids), tuple(labels))
            for (table, decision), (category, ids, labels) in groups.items()
        ),
        recipients=tuple(sorted(recipients, key=lambda r: r.name)),
    )


def execute_erasure(
    session: Session,
    actor: Actor,
    plan: ErasurePlan,
    request_id: int | None = None,
    identity_method: str | None = None,
    progress: Progress | None = None,
    rid_remnants: bool = True,
    planned_now: bool = False,
    reason: str = "",
    *,
    identity_check: IdentityCheck | None = None,
    seen: Sequence[versions.Seen] = (),
) -> ErasureOutcome:
    """Carry out ``plan`` in one transaction; on any error or cancel nothing has changed.

    ``rid_remnants=False``: the caller (the retention sweep, erasing many) tidies the
    search index and the write-ahead log once at its end instead of after each one.
    ``planned_now``: the caller made ``plan`` in this same transaction, so it is current.
    ``reason``: why, for the audit log, when no request is answered (the retention rule).
    ``seen``: the customer (and request) as they were when the plan was shown; nothing is
    erased when a colleague changed one since (ChangedMeanwhile, #18.4)."""
    versions.require_all_unchanged(session, seen, _reference(session, request_id))
    if not planned_now:
        fresh = plan_erasure(session, plan.customer_id)
        if fresh.counts() != plan.counts():
            plan = fresh  # the data changed since the plan was shown: follow the current facts
    by_table = {model.__tablename__: model for model in _DELETE_ORDER}
    total = sum(len(g.ids) for g in plan.groups) or 1
    done = erased = anonymised = retained = 0
    now = store_session.now(session)
    person = repo.customer_row(session, plan.customer_id)
    assert person is not None
    email, phone = person.email, person.phone  # read before the stub blanks them
    salt = repo.identity_salt(session)
    identity = rules.identity_hash(salt, email) if email else None
    for model in _DELETE_ORDER:
        for group in plan.groups:
            if group.table != model.__tablename__:
                continue
            action = group.decision.action
            if action is Action.ERASE:
                erased += repo.delete_ids(session, by_table[group.table], group.ids)
            elif action is Action.ANONYMISE:
                if model is Order:
                    repo.blank_shipping_addresses(session, group.ids)
                anonymised += len(group.ids)
            else:
                retained += len(group.ids)
            done += len(group.ids)
            report(progress, done, total)
    profile_kept = any(
        g.table == "customers" and g.decision.action is Action.RETAIN for g in plan.groups
    )
    completed = False
    if request_id is not None:
        completed = requests.complete_if_possible(
            session,
            actor,
            request_id,
            identity_method,
            "Erasure carried out",
            identity_check=identity_check,
        )
    scrubbed: list[int] = []
    if not profile_kept:
        repo.make_stub(session, plan.customer_id, identity, now)
        anonymised += 1  # the customer row itself, now an anonymous stub
        # After completing the request, so the words that step wrote on it go as well.
        scrubbed = repo.requests_naming(session, plan.customer_id, email, phone)
        if request_id is not None and request_id not in scrubbed:
            scrubbed.append(request_id)
        repo.scrub_requests(session, scrubbed, identity)
        repo.delete_notes_naming(session, plan.customer_id, email, phone)
        customer_search.remove_customers(session, [plan.customer_id])
    counts = plan.counts()
    requests.note_on_request(
        session,
        actor,
        request_id,
        f"Erasure carried out: {erased} erased, {anonymised} anonymised, {retained} retained",
    )
    audit.record(
        session,
        actor,
        AuditAction.CUSTOMER_ERASED,
        "customer",
        plan.customer_id,
        _reference(session, request_id) or reason,
        {
            "counts": counts,
            "request_id": request_id,
            "recipients": len(plan.recipients),
            # Whether identity was recorded, not the words: free text may name the person.
            "identity_recorded": identity_check is not None
            or bool((identity_method or "").strip()),
            "identity_method": identity_check.value if identity_check else None,
        },
    )
    if rid_remnants:
        _rid_file_of_remnants(session)
    return ErasureOutcome(plan, erased, anonymised, retained, len(scrubbed), completed, counts)


def was_erased(session: Session, email: str) -> bool:
    """Has someone with this e-mail been erased before? (Recognised by the salted hash.)"""
    if not repo.has_stubs(session):
        return False
    salt = repo.identity_salt(session)
    return repo.customers_with_hash(session, *recognition.candidates(salt, email)) > 0


def _reference(session: Session, request_id: int | None) -> str:
    return requests.get_request(session, request_id).reference if request_id else ""


def _rid_file_of_remnants(session: Session) -> None:
    """secure_delete zeroes the freed space; merge the search index's segments so removed
    tokens go too (in this transaction), and once it has committed fold the WAL (with its
    old page images) back into the file."""
    customer_search.optimize_index(session)
    engine = session.get_bind()
    store_session.after_commit(session, lambda: sqlcipher.checkpoint_truncate(engine))  # type: ignore[arg-type]
