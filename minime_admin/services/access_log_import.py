"""Visits in from web-server access logs (issue #12): the use case behind
``minime-admin import access-log FILE...`` and the Shop data page.

Every file is checked first (readable, a combined log, a whole .gz), so a bad file stops the
run before anything is written. Then the lines are read one at a time and written in
batches, each its own unit of work. A line's identity is a hash of its text
(importers/access_log.py), so a second run, or the same lines again in a rotated file,
adds nothing. Only page views are kept: a page's images, scripts and styles and robots'
visits are skipped, and so is a visit older than the visit_record retention rule. A visit is
linked to a customer when the log's user field (%u) names exactly one shop account;
otherwise it is kept linked to nobody, found by IP (services/visits.py) and deleted by the
retention sweep like any visit. A dry run does the same in one transaction and rolls it
back. One audit entry per run holds the counts, nothing personal; every run, a preview or a
refused file too, goes into the run history (services/import_runs) in the unit of work that
ends it.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from minime_admin.domain.actor import Actor
from minime_admin.domain.audit_actions import AuditAction
from minime_admin.domain.import_runs import ImportSource, RunOutcome
from minime_admin.domain.retention import add_months
from minime_admin.domain.shop_time import wall_clock_instant
from minime_admin.errors import AccessLogReadFailed, KnownError
from minime_admin.importers import access_log
from minime_admin.importers.access_log import LineRejected, LogFile, LogLine
from minime_admin.importers.records import Rejection
from minime_admin.importers.user_agent import browser_of
from minime_admin.progress import Cancelled, Progress, report
from minime_admin.services import audit, customer_search, import_runs
from minime_admin.services.retention_rules import current_rules
from minime_admin.store import session as store_session
from minime_admin.store import version_repo, visit_repo
from minime_admin.store.models import ACCESS_LOG_VISITOR_ID
from minime_admin.store.session import UnitsOfWork
from minime_admin.store.visit_repo import NewVisit

# Page views a transaction. Each commit writes (and encrypts) nearly every page of the IP
# address index again, since a batch's addresses land all over it: 1,000,000 lines took 20 s
# of CPU in batches of 40,000 against 24 s in batches of 10,000 (benchmarks/results/
# import_access_log.txt), at a peak of 164 MB; a waiting line is kept as its compact row.
BATCH = 40_000
REPORT_LINES = 2000
MAX_LISTED = 1000  # rejections listed one by one; all of them are counted
KIND = "visits"  # the one part of an access-log run in the import history
SOURCE = ImportSource.ACCESS_LOG.value
# A log has no visitor cookie: every such visit says where it came from (not indexed).
VISITOR_ID = ACCESS_LOG_VISITOR_ID
# A page view waiting for its batch: its row (linked to nobody yet) and the log's user field.
_Pending = tuple[NewVisit, str | None]


@dataclass
class Counts:
    new: int = 0  # visits written
    unchanged: int = 0  # already in the database (or twice in these files)
    skipped: int = 0  # not a page view: a page's files, a robot
    too_old: int = 0  # older than the visit_record retention rule
    rejected: int = 0  # lines that could not be read
    linked: int = 0  # of the new: linked to a customer

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class LineRejection:
    file: str
    line: int
    reason: str  # a source text (importers/access_log.py)
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, translate: Any = None) -> str:
        text = translate("errors", self.reason) if translate else self.reason
        return str(text).format(**self.params)


@dataclass(frozen=True)
class AccessLogResult:
    files: tuple[str, ...]
    dry_run: bool
    counts: Counts
    rejections: tuple[LineRejection, ...]  # the first MAX_LISTED

    def as_dict(self, translate: Any = None) -> dict[str, Any]:
        return {
            "files": list(self.files),
            "dry_run": self.dry_run,
            "counts": self.counts.as_dict(),
            "rejected": [
                {"file": r.file, "line": r.line, "reason": r.message(translate)}
                for r in self.rejections
            ],
        }


def check_files(paths: Sequence[Path]) -> list[LogFile]:
    """Each file readable and a combined log (a .gz whole); raises a KnownError otherwise."""
    return [access_log.check_file(path) for path in paths]


def import_access_logs(
    units: UnitsOfWork,
    actor: Actor,
    files: Sequence[Path | LogFile],
    dry_run: bool = False,
    progress: Progress | None = None,
    batch_size: int = BATCH,
) -> AccessLogResult:
    """Import the logs (paths, or what ``check_files`` returned for them: then they are not
    checked again); ``progress(bytes read, bytes in all files)`` may cancel
    (progress.Cancelled): batches already written stay written, and are audited."""
    with units() as session:
        started = store_session.now(session)
    try:
        logs = [f if isinstance(f, LogFile) else access_log.check_file(f) for f in files]
    except KnownError as refused:
        with units() as session:  # nothing was written; the history says why
            import_runs.record_run(
                session, SOURCE, dry_run, RunOutcome.FAILED, {}, (), started, refused
            )
        raise
    run = _Run(logs, progress, batch_size)
    outcome, error = RunOutcome.FAILED, None
    if dry_run:
        try:
            with units() as session:
                run.write(lambda: nullcontext(session))
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
                run.record(session, True, outcome, started, error)
        return run.result(dry_run=True)
    try:
        run.write(units)
        outcome = RunOutcome.FINISHED
    except Cancelled:
        outcome = RunOutcome.CANCELLED
        raise
    except KnownError as failure:
        error = failure
        raise
    finally:
        with units() as session:
            # One entry per run, even a cancelled or failed one: what was written stays.
            audit.record(
                session,
                actor,
                AuditAction.ACCESS_LOG_IMPORTED,
                "visits",
                "",
                "",
                {"files": len(logs), "counts": run.counts.as_dict()},
            )
            run.record(session, False, outcome, started, error)
    return run.result(dry_run=False)


class _Preview(Exception):
    """Rolls back a dry run's one transaction."""


class _Run:
    def __init__(self, logs: list[LogFile], progress: Progress | None, batch_size: int) -> None:
        self.logs = logs
        self.progress = progress
        self.batch_size = batch_size
        # Progress (and a chance to cancel) at least every REPORT_LINES lines read: a cancel
        # drops the unfinished batch, which a new run reads again.
        self.report_every = min(batch_size, REPORT_LINES)
        self.counts = Counts()
        self.rejections: list[LineRejection] = []
        self.total = sum(log.size for log in logs) or 1
        self.done = 0  # bytes of the files (as stored) read so far

    def result(self, dry_run: bool) -> AccessLogResult:
        names = tuple(log.name for log in self.logs)
        return AccessLogResult(names, dry_run, self.counts, tuple(self.rejections))

    def record(
        self,
        session: Session,
        dry_run: bool,
        outcome: RunOutcome,
        started: datetime,
        error: KnownError | None,
    ) -> None:
        """This run in the import history; a rejected line's "part" is its file's name (the
        folders above it can name a person: not kept)."""
        rejections = [
            Rejection(Path(r.file).name, r.line, None, r.reason, r.params) for r in self.rejections
        ]
        counts = {KIND: self.counts.as_dict()}
        import_runs.record_run(
            session, SOURCE, dry_run, outcome, counts, rejections, started, error
        )

    def write(self, units: UnitsOfWork | Any) -> None:
        oldest: datetime | None = None  # a visit before this instant is too old to keep
        batch: list[_Pending] = []
        for log in self.logs:
            with _opened(log) as raw:
                for read, line in enumerate(self._candidates(log, raw), 1):
                    if line is not None:
                        if oldest is None:
                            oldest = self._oldest(units)
                        if line.at < oldest:
                            self.counts.too_old += 1
                        else:  # as its row at once: the line's other text is let go
                            batch.append((_row(line), line.user))
                    if len(batch) >= self.batch_size:
                        self._flush(units, batch)
                        batch = []
                        report(self.progress, self.done + raw.tell(), self.total)
                    elif read % self.report_every == 0:  # between commits: cancel is quick
                        report(self.progress, self.done + raw.tell(), self.total)
            if batch:
                self._flush(units, batch)
                batch = []
            self.done += log.size
            report(self.progress, self.done, self.total)

    def _oldest(self, units: UnitsOfWork | Any) -> datetime:
        """The start (in Riga) of the day after the last day the visit_record rule no longer
        keeps: comparing instants costs far less than finding each line's Riga day."""
        opened: AbstractContextManager[Session] = units()
        with opened as session:
            months = current_rules(session)["visit_record"].months
            cutoff = add_months(store_session.today(session), -months)
        return wall_clock_instant(datetime.combine(cutoff + timedelta(days=1), time()))

    def _candidates(self, log: LogFile, raw: BinaryIO) -> Iterator[LogLine | None]:
        """Each line of one file (``raw``, as stored: its position tells progress): a page
        view, or None for a line counted as skipped or rejected."""
        try:
            with access_log.open_log_stream(log, raw) as stream:
                for number, line in access_log.read_lines(stream):
                    if isinstance(line, bytes):
                        try:
                            parsed = access_log.parse_line(line)
                        except LineRejected as refusal:
                            line = refusal
                        else:
                            if parsed.is_page_view() and not browser_of(parsed.user_agent).robot:
                                yield parsed
                            else:
                                self.counts.skipped += 1
                                yield None
                            continue
                    self.counts.rejected += 1
                    if len(self.rejections) < MAX_LISTED:
                        self.rejections.append(
                            LineRejection(log.name, number, line.reason, line.params)
                        )
                    yield None
        except (OSError, EOFError, zlib.error) as error:
            raise AccessLogReadFailed(name=log.path.name) from error

    def _flush(self, units: UnitsOfWork | Any, batch: list[_Pending]) -> None:
        opened: AbstractContextManager[Session] = units()
        with opened as session:
            new, unchanged, linked = _write_batch(session, batch)
        # Counted only once the batch has committed.
        self.counts.new += new
        self.counts.unchanged += unchanged
        self.counts.linked += linked


def _opened(log: LogFile) -> BinaryIO:
    try:
        return log.path.open("rb")
    except OSError as error:  # gone or locked since it was checked
        raise AccessLogReadFailed(name=log.path.name) from error


def _write_batch(session: Session, batch: list[_Pending]) -> tuple[int, int, int]:
    fresh: dict[str, _Pending] = {}
    for pending in batch:
        fresh.setdefault(pending[0].line_key or "", pending)
    with visit_repo.batch_cache(session):
        known = visit_repo.known_keys(session, list(fresh))
        owners = visit_repo.account_owners(
            session, (user for _visit, user in fresh.values() if user)
        )
        rows = [
            row._replace(customer_id=owners[user]) if user in owners else row
            for key, (row, user) in fresh.items()
            if key not in known
        ]
        visit_repo.insert_visits(session, rows)
    touched = sorted({row.customer_id for row in rows if row.customer_id is not None})
    if touched:  # their IP addresses are searchable in the customer search
        session.flush()
        version_repo.bump(session, "customer", touched)  # their pages show the visits
        customer_search.refresh_customers(session, touched)
    linked = sum(1 for row in rows if row.customer_id is not None)
    return len(rows), len(batch) - len(rows), linked


def _row(line: LogLine) -> NewVisit:
    """The visit a page view becomes, linked to nobody yet (its batch links it)."""
    browser = browser_of(line.user_agent)
    search = line.site_search()
    return NewVisit(
        customer_id=None,
        visitor_id=VISITOR_ID,
        ip_address=line.ip[:45],
        browser=browser.name,
        browser_version=browser.version,
        operating_system=browser.operating_system,
        language="",  # the combined format does not log Accept-Language
        referrer=line.referrer[:500] if line.referrer else None,
        page=line.page()[:500],
        time_on_page_s=0,
        site_search=search[:200] if search else None,
        visited_at=line.at,
        line_key=line.key,
    )
