"""Newsletter lists in (issue #12): a Mailchimp or MailerLite audience export becomes
subscriptions and consent events here, matched to customers by e-mail.

Like the shop import (services/shop_import.py): the whole file is read and checked first, so
a file that is not the export named writes nothing; then subscriptions are upserted by list
and address in batches, each its own unit of work, so a second identical run changes
nothing; a dry run does the same in one transaction and rolls it back; one audit entry per
run holds the counts, and every run, a preview or a refused file too, goes into the run
history (services/import_runs) in the unit of work that ends it.

Whose word counts:
- unsubscribed there → unsubscribed here, with the same effect as an unsubscribe recorded on
  the customer page: every newsletter subscription of that customer that began before it
  ends, and a withdrawal of the newsletter consent is recorded (when the export says);
- cleaned there (the service dropped a bouncing address) → the subscription ends; no
  withdrawal is claimed, for the person withdrew nothing;
- subscribed there, but unsubscribed or objecting here → left as it is here and reported as
  a warning: the list must be corrected at the service (domain.newsletter.blocked);
- an address that matches no customer is kept as a subscription without one and given to a
  customer with that address later (newsletter_repo.link_subscriptions); consent events
  belong to customers and are written for matched subscribers only — the opt-in evidence
  (times, IPs) is on the subscription either way;
- an erased person is never brought back: their row is rejected with the day of erasure.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.domain import recognition
from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.import_runs import ImportSource, RunOutcome
from minime_admin.domain.newsletter import (
    ENDED,
    NEWSLETTER_PURPOSE,
    ConsentAction,
    ListFormat,
    SubscriptionStatus,
    blocked,
)
from minime_admin.domain.shop_time import shop_day
from minime_admin.errors import QT_TRANSLATE_NOOP, InvalidInput, KnownError
from minime_admin.importers.newsletter import SubscriberRecord, open_export
from minime_admin.importers.records import ERASED_ON, Rejection
from minime_admin.progress import Cancelled, Progress, report
from minime_admin.services import audit, import_runs, retention
from minime_admin.services.retention_rules import current_rules
from minime_admin.services.shop_import import Counts, ImportResult
from minime_admin.store import erasure_repo, import_repo, newsletter_repo
from minime_admin.store import session as store_session
from minime_admin.store.import_repo import Outcome
from minime_admin.store.models import ConsentEvent, NewsletterSubscription
from minime_admin.store.session import UnitsOfWork

BATCH = 500
KIND = "subscriptions"
SOURCE = ImportSource.NEWSLETTER.value
LIST_NAME_LIMIT = 64
_READ_REPORT_EVERY = 1000
SERVICE_NAMES = {ListFormat.MAILCHIMP: "Mailchimp", ListFormat.MAILERLITE: "MailerLite"}

STILL_SUBSCRIBED = QT_TRANSLATE_NOOP(
    "errors",
    "subscribed on the list, but unsubscribed or objecting to direct marketing here: left "
    "unsubscribed here; remove the address from the list at {service}",
)


class ListNameInvalid(InvalidInput):
    source_text = QT_TRANSLATE_NOOP(
        "errors", "A list name must be 1 to 64 characters long. Nothing was imported."
    )


@dataclass(frozen=True)
class NewsletterImportResult(ImportResult):
    """An ImportResult, plus the rows taken as they are here that the list should not hold."""

    list_name: str = ""

    def as_dict(self, translate: Any = None) -> dict[str, Any]:
        result = super().as_dict(translate)
        result["list"] = self.list_name
        return result


def import_newsletter(
    units: UnitsOfWork,
    actor: Actor,
    path: Path,
    format: ListFormat,
    list_name: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    batch_size: int = BATCH,
) -> NewsletterImportResult:
    """Read ``path`` and write it in batches (``units()`` opens each); raises a KnownError,
    having written nothing, for a file that is not ``format``'s export."""
    name = (format.value if list_name is None else list_name).strip()
    if not 0 < len(name) <= LIST_NAME_LIMIT:
        raise ListNameInvalid()
    with units() as session:
        started = store_session.now(session)
    records: list[SubscriberRecord] = []
    rejections: list[Rejection] = []
    try:
        export = open_export(path, format)
        for read, item in enumerate(export.rows(), start=1):
            (records if isinstance(item, SubscriberRecord) else rejections).append(item)  # type: ignore[arg-type]
            if read % _READ_REPORT_EVERY == 0:
                report(progress, 0, 0)
    except (KnownError, Cancelled) as stopped:
        with units() as session:  # nothing was written; the history says why
            import_runs.record_run(
                session,
                SOURCE,
                dry_run,
                RunOutcome.FAILED if isinstance(stopped, KnownError) else RunOutcome.CANCELLED,
                {},
                (),
                started,
                stopped if isinstance(stopped, KnownError) else None,
            )
        raise
    counts = Counts(rejected=len(rejections))
    run = _Run(format, name, counts, rejections)
    batches = [records[i : i + batch_size] for i in range(0, len(records), batch_size)]
    outcome, error = RunOutcome.FAILED, None
    if dry_run:
        try:
            with units() as session:
                run.write(lambda: nullcontext(session), batches, progress)
                raise _Preview
        except _Preview:
            outcome = RunOutcome.FINISHED
        except Cancelled:
            outcome = RunOutcome.CANCELLED
            raise
        except KnownError as failure:
            error = failure
            raise
        finally:
            with units() as session:  # the preview's own work was rolled back; its run is kept
                import_runs.record_run(
                    session,
                    SOURCE,
                    True,
                    outcome,
                    run.plain_counts(),
                    run.rejections,
                    started,
                    error,
                )
        return run.result(True)
    try:
        run.write(units, batches, progress)
        outcome = RunOutcome.FINISHED
    except Cancelled:
        outcome = RunOutcome.CANCELLED
        raise
    except KnownError as failure:
        error = failure
        raise
    finally:
        with units() as session:
            # One entry per run, even a cancelled one: the batches written stay written.
            audit.record(
                session,
                actor,
                AuditAction.SHOP_IMPORTED,
                "newsletter",
                format.value,
                "",
                {"list": name, "counts": {KIND: counts.as_dict()}, "warnings": len(run.warnings)},
            )
            import_runs.record_run(
                session, SOURCE, False, outcome, run.plain_counts(), run.rejections, started, error
            )
    return run.result(False)


class _Preview(Exception):
    """Rolls back a dry run's one transaction."""


@dataclass
class _Run:
    format: ListFormat
    list_name: str
    counts: Counts
    rejections: list[Rejection]
    warnings: list[Rejection] = field(default_factory=list)

    def plain_counts(self) -> dict[str, dict[str, int]]:
        return {KIND: self.counts.as_dict()}

    def result(self, dry_run: bool) -> NewsletterImportResult:
        return NewsletterImportResult(
            self.format.value,
            dry_run,
            {KIND: self.counts},
            tuple(self.rejections),
            warnings=tuple(self.warnings),
            list_name=self.list_name,
        )

    def write(
        self,
        units: Callable[[], AbstractContextManager[Session]],
        batches: list[list[SubscriberRecord]],
        progress: Progress | None,
    ) -> None:
        total = sum(len(b) for b in batches)
        done = 0
        for batch in batches:
            with units() as session:
                outcome = _Batch(session, self.format, self.list_name, batch).run()
            # Counted only once the batch has committed.
            for kind, number in outcome.outcomes.items():
                setattr(self.counts, kind.value, getattr(self.counts, kind.value) + number)
            self.counts.rejected += len(outcome.rejected)
            self.rejections.extend(outcome.rejected)
            self.warnings.extend(outcome.warnings)
            done += len(batch)
            report(progress, done, total)


class _Batch:
    """One batch: what is known here about its addresses is read once, then each row."""

    def __init__(
        self, session: Session, format: ListFormat, list_name: str, batch: list[SubscriberRecord]
    ) -> None:
        self.session, self.format, self.list_name, self.batch = session, format, list_name, batch
        self.outcomes: dict[Outcome, int] = {o: 0 for o in Outcome}
        self.rejected: list[Rejection] = []
        self.warnings: list[Rejection] = []
        self.now = store_session.now(session)
        rule = "newsletter_subscription"
        last_day = retention.cutoffs(store_session.today(session), current_rules(session))[rule]
        self.swept_before = datetime.combine(last_day, time.min, UTC)  # as retention_repo

    def _erased(self, emails: list[str]) -> dict[str, Any]:
        """Address → when its person was erased. The recognition hash is slow on purpose, so
        only addresses that match no live customer and no stored subscription are hashed,
        and none while nobody has been erased."""
        session = self.session
        if not erasure_repo.has_stubs(session):
            return {}
        salt = erasure_repo.identity_salt(session)
        hashes = {
            e: recognition.candidates(salt, e)
            for e in emails
            if e not in self.customers and e not in self.existing
        }
        erased = import_repo.erased_on(session, [h for pair in hashes.values() for h in pair])
        found: dict[str, Any] = {}
        for email, pair in hashes.items():
            moments = [erased[h] for h in pair if h in erased]
            if moments:
                found[email] = min(moments)
        return found

    def run(self) -> _Batch:
        session, emails = self.session, [r.email for r in self.batch]
        self.customers = newsletter_repo.customers_by_email(session, emails)
        self.existing = newsletter_repo.subscriptions(session, self.list_name, emails)
        self.erased = self._erased(emails)
        ids = sorted(set(self.customers.values()) | self._linked_ids())
        self.objecting = newsletter_repo.objectors(session, ids)
        self.withdrawn = newsletter_repo.withdrawals(session, ids)
        self.events = newsletter_repo.consent_events(session, ids, self.format.value)
        self.active: dict[int, list[NewsletterSubscription]] = {}
        for subscription in newsletter_repo.active_subscriptions(session, ids):
            if subscription.customer_id is not None:
                self.active.setdefault(subscription.customer_id, []).append(subscription)
        with session.no_autoflush:
            for record in self.batch:
                erased_at = self.erased.get(record.email)
                if erased_at is not None:
                    day = shop_day(erased_at).isoformat()
                    self.rejected.append(
                        Rejection(record.source, record.line, None, ERASED_ON, {"day": day})
                    )
                    continue
                self.outcomes[self._row(record)] += 1
        session.flush()
        return self

    def _linked_ids(self) -> set[int]:
        return {s.customer_id for s in self.existing.values() if s.customer_id is not None}

    def _row(self, record: SubscriberRecord) -> Outcome:
        row = self.existing.get(record.email)
        matched = self.customers.get(record.email)
        customer_id = matched if matched is not None else (row.customer_id if row else None)
        if record.status is SubscriptionStatus.SUBSCRIBED and self._blocked(
            record, row, customer_id
        ):
            service = SERVICE_NAMES[self.format]
            self.warnings.append(
                Rejection(record.source, record.line, None, STILL_SUBSCRIBED, {"service": service})
            )
            if row is not None and row.customer_id is None and customer_id is not None:
                row.customer_id = customer_id  # the link is a fact; the status stays ours
                return Outcome.UPDATED
            return Outcome.UNCHANGED
        status, ended = self._end_of(record, row)
        values: dict[str, Any] = {
            "customer_id": customer_id,
            "status": status,
            "subscribed_at": _either(record.consent_at, row, "subscribed_at"),
            "unsubscribed_at": ended,
            "optin_ip": _either(record.optin_ip, row, "optin_ip"),
            "confirmed_at": _either(record.confirmed_at, row, "confirmed_at"),
            "confirm_ip": _either(record.confirm_ip, row, "confirm_ip"),
        }
        if row is None and ended is not None and ended < self.swept_before:
            # Already past its retention rule: the sweep would delete the row at once, and a
            # run after the sweep would make it again. Its effect is what must stay.
            wrote = customer_id is not None and self._consent(
                record, None, customer_id, status, ended
            )
            return Outcome.UPDATED if wrote else Outcome.UNCHANGED
        if row is None:
            row = NewsletterSubscription(list_name=self.list_name, email=record.email, **values)
            self.session.add(row)
            self.existing[record.email] = row
            outcome = Outcome.NEW
        else:
            outcome = (
                Outcome.UPDATED if newsletter_repo.assign(row, **values) else Outcome.UNCHANGED
            )
        if customer_id is not None and self._consent(record, row, customer_id, status, ended):
            outcome = Outcome.UPDATED if outcome is Outcome.UNCHANGED else outcome
        return outcome

    def _blocked(
        self, record: SubscriberRecord, row: NewsletterSubscription | None, customer_id: int | None
    ) -> bool:
        withdrawn = self.withdrawn.get(customer_id) if customer_id is not None else None
        if row is not None and row.status == SubscriptionStatus.UNSUBSCRIBED:
            ours = row.unsubscribed_at
            if ours is not None and (withdrawn is None or ours > withdrawn):
                withdrawn = ours
            if withdrawn is None:  # unsubscribed without a date: still unsubscribed
                return True
        return blocked(customer_id in self.objecting, withdrawn, record.consent_at)

    def _end_of(
        self, record: SubscriberRecord, row: NewsletterSubscription | None
    ) -> tuple[SubscriptionStatus, datetime | None]:
        """The status to keep and when the subscription ended (None: it goes on)."""
        if record.status not in ENDED:
            return record.status, None
        ended_here = row is not None and row.status in ENDED and row.unsubscribed_at is not None
        if (
            ended_here
            and row is not None
            and row.status == SubscriptionStatus.UNSUBSCRIBED
            and record.status is SubscriptionStatus.CLEANED
        ):
            return SubscriptionStatus.UNSUBSCRIBED, row.unsubscribed_at  # the stronger fact
        if record.ended_at is not None:
            return record.status, record.ended_at
        # The export does not say when: the first run that saw it is when it was known.
        return record.status, row.unsubscribed_at if ended_here and row else self.now

    def _consent(
        self,
        record: SubscriberRecord,
        row: NewsletterSubscription | None,
        customer_id: int,
        status: SubscriptionStatus,
        ended: datetime | None,
    ) -> bool:
        """The consent events the row is evidence of, and an unsubscribe's effect on the
        customer's other subscriptions; True when anything was written."""
        wrote = False
        given_at = record.consent_at
        if given_at is not None:
            wrote |= self._event(customer_id, ConsentAction.GIVEN, given_at)
        if status is SubscriptionStatus.UNSUBSCRIBED and ended is not None:
            if record.status is SubscriptionStatus.UNSUBSCRIBED:
                wrote |= self._event(customer_id, ConsentAction.WITHDRAWN, ended)
            for other in self.active.get(customer_id, []):
                if other is row or other.status != SubscriptionStatus.SUBSCRIBED:
                    continue
                if other.subscribed_at is None or other.subscribed_at <= ended:
                    other.status, other.unsubscribed_at = SubscriptionStatus.UNSUBSCRIBED, ended
                    wrote = True
            latest = self.withdrawn.get(customer_id)
            if latest is None or ended > latest:
                self.withdrawn[customer_id] = ended
        return wrote

    def _event(self, customer_id: int, action: ConsentAction, at: datetime) -> bool:
        key = (customer_id, action.value, at)
        if key in self.events:
            return False
        self.events.add(key)
        self.session.add(
            ConsentEvent(
                customer_id=customer_id,
                purpose=NEWSLETTER_PURPOSE,
                action=action.value,
                occurred_at=at,
                channel=self.format.value,  # how: recorded by that service
                wording=None,  # the export does not say what the person was shown
            )
        )
        return True


def _either(value: Any, row: NewsletterSubscription | None, name: str) -> Any:
    """The export's value, or what is stored when the export leaves it out."""
    if value is not None or row is None:
        return value
    return getattr(row, name)
