"""The retention sweep: what has outlived its rule, across all customers, and deleting it
as the privacy policy promises ("when the retention period ends, the data is deleted").

Each batch is its own transaction, so a cancel or a crash keeps what was done so far and
loses nothing else. Afterwards the search index forgets removed IP addresses and the file
is rid of remnants.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.erasure import identity_hash
from minime_admin.domain.retention import RULES_BY_KEY, add_months
from minime_admin.domain.shop_time import shop_day
from minime_admin.progress import Progress, report
from minime_admin.services import audit, customer_search
from minime_admin.services.retention_rules import Rules, current_rules
from minime_admin.store import erasure_repo, retention_repo, sqlcipher

BATCH = 5000
_log = logging.getLogger(__name__)
# Accounting documents and whole customer profiles are not swept here: an expired profile
# is erased through the erasure plan (which weighs holds and open orders), and the demo
# data holds no accounting documents old enough yet.
SWEPT_RULES = (
    "payment_transaction",
    "visit_record",
    "cookie_consent",
    "newsletter_subscription",
    "consent_evidence",
    "inactive_account",
    "disclosure_record",
    "restriction_record",
    "legal_hold",
    "request_record",
    "breach_affected_list",
)


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
    rules = rules or RULES_BY_KEY
    return {key: add_months(today, -rules[key].months) for key in SWEPT_RULES}


def due_now(session: Session, today: date | None = None) -> list[Due]:
    today = today or shop_day(datetime.now(UTC))
    rules = current_rules(session)
    limits = cutoffs(today, rules)
    result = []
    for key, (model, query) in retention_repo.due_queries(limits).items():
        result.append(
            Due(
                key,
                str(model.__tablename__),
                retention_repo.count(session, query),
                limits[key],
                rules[key].reference,
            )
        )
    return result


def sweep(
    session: Session,
    actor: Actor,
    today: date | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> SweepResult:
    today = today or shop_day(datetime.now(UTC))
    due = due_now(session, today)
    if dry_run:
        return SweepResult({d.rule: d.records for d in due}, True)
    total, done = sum(d.records for d in due) or 1, 0
    deleted: dict[str, int] = {}
    queries = retention_repo.due_queries(cutoffs(today, current_rules(session)))
    try:
        for item in due:
            model, query = queries[item.rule]
            deleted[item.rule] = 0
            while True:
                ids = retention_repo.next_batch(session, query, BATCH)
                if not ids:
                    break
                touched = retention_repo.customers_of(session, model, ids)
                if item.rule == "request_record":
                    removed = _hash_requests(session, ids)
                elif item.rule == "breach_affected_list":
                    removed = retention_repo.drop_affected_lists(session, ids)
                else:
                    removed = retention_repo.delete_batch(session, model, ids)
                if touched and item.rule == "visit_record":
                    customer_search.refresh_customers(session, sorted(touched))
                session.commit()
                deleted[item.rule] += removed
                done += removed
                report(progress, done, total)
    finally:
        # Whatever was swept is recorded, even when the user cancelled halfway.
        audit.record(
            session,
            actor,
            "retention.swept",
            "database",
            "",
            "",
            {"deleted": deleted, "as_of": today.isoformat()},
        )
        _log.info("retention sweep as of %s: deleted per rule %s", today.isoformat(), deleted)
        customer_search.optimize_index(session)
        session.commit()
        sqlcipher.checkpoint_truncate(session.get_bind())  # type: ignore[arg-type]
    return SweepResult(deleted, False)


def _hash_requests(session: Session, ids: list[int]) -> int:
    salt = erasure_repo.identity_salt(session)
    hashes = {
        request_id: identity_hash(salt, email or f"request-{request_id}")
        for request_id, email in retention_repo.request_emails(session, ids)
    }
    return retention_repo.hash_request_identifiers(session, hashes)


def sweep_due(session: Session, today: date | None = None) -> int:
    """How many records are due now (for the quiet start-up reminder)."""
    return sum(d.records for d in due_now(session, today))
