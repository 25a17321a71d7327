"""The retention sweep: what has outlived its rule, across all customers, and deleting it
as the privacy policy promises ("when the retention period ends, the data is deleted").

Each batch is its own transaction, so a cancel or a crash keeps what was done so far and
loses nothing else. Afterwards the search index forgets removed IP addresses and the file
is rid of remnants.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select
from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.erasure import Action, identity_hash
from minime_admin.domain.retention import (
    RULES_BY_KEY,
    Trigger,
    add_months,
    financial_year_cutoff,
)
from minime_admin.progress import Progress, report
from minime_admin.services import audit, customer_search, erasure
from minime_admin.services.retention_rules import Rules, current_rules
from minime_admin.store import erasure_repo, retention_repo, sqlcipher
from minime_admin.store import session as store_session
from minime_admin.store.base import Base
from minime_admin.store.session import UnitsOfWork

BATCH = 5000
# A whole customer goes through the erasure plan, each one audited: smaller batches.
CUSTOMER_BATCH = 50
_log = logging.getLogger(__name__)
# What is swept is retention_repo.due_queries: a query per rule. Which tagged tables are
# deliberately not swept (published reviews, ...) and why is said once, in
# store/personal_data.py.


# The audit reason of an erasure the sweep made (the audit page puts it into words).
SWEEP_ERASURE_REASON = "retention rule customer_profile: every record outlived its rule"


@dataclass(frozen=True)
class Due:
    rule: str
    table: str
    records: int
    before: date  # records whose retention began before this day are due
    reference: str


@dataclass(frozen=True)
class SweepResult:
    deleted: dict[str, int]
    dry_run: bool

    @property
    def total(self) -> int:
        return sum(self.deleted.values())


def cutoffs(today: date, rules: Rules | None = None) -> dict[str, date]:
    """Rule key → the last trigger day whose records have outlived the rule."""
    rules = rules or RULES_BY_KEY
    return {key: add_months(today, -rule.months) for key, rule in rules.items()}


def due_now(session: Session) -> list[Due]:
    today = store_session.today(session)
    rules = current_rules(session)
    limits = cutoffs(today, rules)
    result = []
    for key, (model, query) in retention_repo.due_queries(limits).items():
        before = limits[key]
        if rules[key].trigger is Trigger.FINANCIAL_YEAR_END:
            before = financial_year_cutoff(before)  # whole financial years only
        result.append(
            Due(
                key,
                str(model.__tablename__),
                retention_repo.count(session, query),
                before,
                rules[key].reference,
            )
        )
    return result


def sweep(
    units: UnitsOfWork,
    actor: Actor,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> SweepResult:
    """Delete what is due, each batch in its own unit of work (``units()`` opens the next).

    A cancel (``progress``) or a failure stops between batches: what was swept stays swept,
    and is recorded in the audit log either way: each batch with its own entry, in its own
    transaction, and the whole run in a summary entry at the end.
    """
    with units() as session:
        today = store_session.today(session)
        due = due_now(session)
        queries = retention_repo.due_queries(cutoffs(today, current_rules(session)))
    if dry_run:
        return SweepResult({d.rule: d.records for d in due}, True)
    total, done = sum(d.records for d in due) or 1, 0
    deleted: dict[str, int] = {}
    try:
        for item in due:
            model, query = queries[item.rule]
            deleted[item.rule] = 0
            while (removed := _sweep_batch(units, actor, item.rule, model, query)) is not None:
                deleted[item.rule] += removed
                done += removed
                report(progress, done, total)
    finally:
        with units() as session:
            # Whatever was swept is recorded, even when the user cancelled halfway.
            audit.record(
                session,
                actor,
                AuditAction.RETENTION_SWEPT,
                "database",
                "",
                "",
                {"deleted": deleted, "as_of": today.isoformat()},
            )
            _log.info("retention sweep as of %s: deleted per rule %s", today.isoformat(), deleted)
            customer_search.optimize_index(session)
            engine = session.get_bind()
            store_session.after_commit(
                session,
                lambda: sqlcipher.checkpoint_truncate(engine),  # type: ignore[arg-type]
            )
    return SweepResult(deleted, False)


def _sweep_batch(
    units: UnitsOfWork, actor: Actor, rule: str, model: type[Base], query: Select[tuple[int]]
) -> int | None:
    """One batch of one rule in one unit of work: how many went; None when none are left."""
    with units() as session:
        size = CUSTOMER_BATCH if rule == "customer_profile" else BATCH
        ids = retention_repo.next_batch(session, query, size)
        if not ids:
            return None
        touched = retention_repo.customers_of(session, model, ids)
        if rule == "customer_profile":
            removed = _erase_customers(session, actor, ids)
        elif rule == "accounting_document":
            removed = retention_repo.cut_orders_loose(session, ids)
        elif rule == "request_letter":
            removed = retention_repo.delete_letters(session, ids)
        elif rule == "request_record":
            removed = _hash_requests(session, ids)
        elif rule == "breach_affected_list":
            removed = retention_repo.drop_affected_lists(session, ids)
        else:
            removed = retention_repo.delete_batch(session, model, ids)
        if touched and rule == "visit_record":
            customer_search.refresh_customers(session, sorted(touched))
        # In the batch's own transaction: a sweep killed between batches never leaves rows
        # deleted without an entry saying so (the summary entry comes only at the end).
        audit.record(
            session,
            actor,
            AuditAction.RETENTION_BATCH_SWEPT,
            "retention_rule",
            rule,
            "",
            {"rule": rule, "deleted": removed},
        )
        return removed


def _erase_customers(session: Session, actor: Actor, ids: list[int]) -> int:
    """Customers every record of whom has outlived its rule go through the same erasure
    plan as a request would: what accounting law or a hold keeps is kept, the rest erased,
    the customer left an anonymous stub with the salted hash; each erasure is audited."""
    for customer_id in ids:
        plan = erasure.plan_erasure(session, customer_id)
        if any(g.table == "customers" and g.decision.action is Action.RETAIN for g in plan.groups):
            # The query leaves out every customer under a hold; were one chosen anyway, the
            # sweep would choose it again forever. Stop loudly instead.
            raise RuntimeError(f"customer {customer_id} is held yet was due for erasure")
        erasure.execute_erasure(
            session,
            actor,
            plan,
            rid_remnants=False,
            planned_now=True,
            reason=SWEEP_ERASURE_REASON,
        )
    return len(ids)


def _hash_requests(session: Session, ids: list[int]) -> int:
    salt = erasure_repo.identity_salt(session)
    # Only a request with an e-mail has anything to recognise; the slow hash is not spent on
    # a placeholder.
    hashes = {
        request_id: identity_hash(salt, email) if email else None
        for request_id, email in retention_repo.request_emails(session, ids)
    }
    return retention_repo.hash_request_identifiers(session, hashes)


def sweep_due(session: Session) -> int:
    """How many records are due now (for the quiet start-up reminder)."""
    return sum(d.records for d in due_now(session))
