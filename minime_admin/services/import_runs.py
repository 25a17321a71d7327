"""The history of import runs, for every source (issue #12): what ran, when, how it ended.

Any importer records its run with ``record_run`` in the unit of work that ends the run (the
WooCommerce import: the one that writes its audit entry), so the history says only what was
committed. The Shop data page reads ``last_runs`` and ``rejections``. Nothing personal is
kept: counts, reason codes with their parameters, and the source's own id of a rejected row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from minime_admin.domain.import_runs import RunOutcome
from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError
from minime_admin.importers.records import Rejection
from minime_admin.services.files import write_atomic
from minime_admin.store import import_run_repo
from minime_admin.store import session as store_session
from minime_admin.store.import_run_models import ImportRejection, ImportRun

# Rejected rows are kept for the newest runs of each source only; older runs keep counts.
KEEP_REJECTIONS = 10
# Orders changed this long before the last good run started are asked for again: covers a
# shop clock a little ahead of ours and an order saved while that run was paging.
SAFETY_MARGIN = timedelta(minutes=10)


@dataclass(frozen=True)
class RunSummary:
    id: int
    source: str
    started_at: datetime
    finished_at: datetime
    dry_run: bool
    outcome: RunOutcome
    counts: dict[str, dict[str, int]]
    rejected: int
    error: str  # a KnownError source text, "" unless failed
    error_params: dict[str, Any]

    def total(self, name: str) -> int:
        """Summed over the parts: total("new"), total("updated"), ..."""
        return sum(part.get(name, 0) for part in self.counts.values())

    def error_message(self, translate: Any = None) -> str:
        text = translate("errors", self.error) if translate else self.error
        return str(text).format(**self.error_params)


def record_run(
    session: Session,
    source: str,
    dry_run: bool,
    outcome: RunOutcome,
    counts: Mapping[str, Mapping[str, int]],
    rejections: Iterable[Rejection] = (),
    started_at: datetime | None = None,
    error: KnownError | None = None,
) -> int:
    """Add one run to the history; returns its id. ``counts``: part → {"new": n, ...}."""
    now = store_session.now(session)
    kept = list(rejections)
    run = ImportRun(
        source=source,
        started_at=started_at or now,
        finished_at=now,
        dry_run=dry_run,
        outcome=outcome.value,
        counts={part: dict(numbers) for part, numbers in counts.items()},
        rejected=len(kept),
        error=error.source_text if error is not None else "",
        error_params={k: _plain(v) for k, v in error.params.items()} if error else {},
        rejections=[
            ImportRejection(
                part=r.source,  # customers, orders, or a file's whole name (TEXT)
                position=r.position,
                external_id=r.external_id,
                reason=r.reason,
                params={k: _plain(v) for k, v in r.params.items()},
            )
            for r in kept
        ],
    )
    import_run_repo.add(session, run)
    import_run_repo.drop_old_rejections(session, source, KEEP_REJECTIONS)
    return run.id


def last_runs(session: Session) -> dict[str, RunSummary]:
    """The newest run of every source that has run, dry or real."""
    return {
        source: _summary(run) for source, run in import_run_repo.last_per_source(session).items()
    }


def modified_after(session: Session, source: str) -> datetime | None:
    """Where an incremental run starts: the last finished real run's start, less a margin;
    None when there was none (download everything)."""
    started = import_run_repo.last_start(session, source, RunOutcome.FINISHED.value)
    return started - SAFETY_MARGIN if started is not None else None


def rejections(session: Session, run_id: int) -> list[Rejection]:
    return [
        Rejection(r.part, r.position, r.external_id, r.reason, dict(r.params))
        for r in import_run_repo.rejections(session, run_id)
    ]


def run(session: Session, run_id: int) -> RunSummary | None:
    found = import_run_repo.get(session, run_id)
    return _summary(found) if found is not None else None


def _summary(run: ImportRun) -> RunSummary:
    return RunSummary(
        run.id,
        run.source,
        run.started_at,
        run.finished_at,
        run.dry_run,
        RunOutcome(run.outcome),
        {part: dict(numbers) for part, numbers in run.counts.items()},
        run.rejected,
        run.error,
        dict(run.error_params),
    )


def _plain(value: Any) -> Any:
    return value if isinstance(value, int | float | bool | str) or value is None else str(value)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets an apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def rejections_csv(rows: Iterable[Rejection], translate: Any = None) -> bytes:
    """The rejected rows as CSV (UTF-8 with a BOM, so Excel reads ā and ž), header first."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    header = ("part", "position", "id", "reason")
    if translate is not None:
        header = tuple(translate("import_runs", name) for name in _CSV_HEADER)
    writer.writerow(header)
    for r in rows:
        writer.writerow(
            [
                csv_cell(r.source),
                r.position,
                csv_cell(r.external_id),
                csv_cell(r.message(translate)),
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def save_rejections_csv(path: Path, rows: Iterable[Rejection], translate: Any = None) -> None:
    write_atomic(path, rejections_csv(rows, translate))


_CSV_HEADER = (
    QT_TRANSLATE_NOOP("import_runs", "Part"),
    QT_TRANSLATE_NOOP("import_runs", "Position"),
    QT_TRANSLATE_NOOP("import_runs", "Id in the source"),
    QT_TRANSLATE_NOOP("import_runs", "Reason"),
)
