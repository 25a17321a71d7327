"""The Shop data page's file sources (issue #12): a shop CSV export, a newsletter list and
web-server access logs. What was chosen for each, and the job that previews or imports it
(run off the GUI thread by the page, through wizards/common.start_batched_job)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from minime_admin.domain.actor import Actor
from minime_admin.domain.import_runs import ImportSource
from minime_admin.domain.newsletter import ListFormat
from minime_admin.importers.csv_presets import Kind
from minime_admin.progress import Progress
from minime_admin.services import access_log_import, csv_import, newsletter_import
from minime_admin.store.session import UnitsOfWork


@dataclass(frozen=True)
class Chosen:
    """The file(s) waiting for Preview / Import on one source's row."""

    source: ImportSource
    paths: tuple[Path, ...]
    kind: Kind | None = None  # CSV: customers or orders
    preset: str = ""  # CSV: the recognised export, "" when mapped by hand
    remembered: bool = False  # CSV: mapped as the last file with these columns
    format: ListFormat | None = None  # newsletter list

    @property
    def names(self) -> str:
        return ", ".join(p.name for p in self.paths)


def job(chosen: Chosen, actor: Actor, dry_run: bool) -> Callable[[UnitsOfWork, Progress], Any]:
    """The work of one preview or import of ``chosen`` (each importer records its run)."""

    def work(units: UnitsOfWork, progress: Progress) -> Any:
        if chosen.source is ImportSource.CSV:
            assert chosen.kind is not None
            return csv_import.import_csv(
                units, actor, chosen.paths[0], chosen.kind, None, dry_run, progress
            )
        if chosen.source is ImportSource.NEWSLETTER:
            assert chosen.format is not None
            return newsletter_import.import_newsletter(
                units, actor, chosen.paths[0], chosen.format, None, dry_run, progress
            )
        return access_log_import.import_access_logs(
            units, actor, list(chosen.paths), dry_run, progress
        )

    return work
