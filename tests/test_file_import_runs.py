"""The newsletter and access-log imports write their runs into the import history (issue
#12), so the Shop data page can show each source's last run: a preview, an import, a
refused file, each in the unit of work that ends it."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsletter_exports import write_mailerlite
from test_access_log_import import line, write

from minime_admin.domain.actor import Actor
from minime_admin.domain.import_runs import ImportSource, RunOutcome
from minime_admin.domain.newsletter import ListFormat
from minime_admin.errors import KnownError
from minime_admin.services import access_log_import, import_runs, newsletter_import
from minime_admin.services.database import Database
from minime_admin.services.import_runs import RunSummary

BOTH_BACKENDS = True  # also on PostgreSQL (tests/conftest.py: backend)


def last(database: Database, source: ImportSource) -> RunSummary:
    with database.session() as session:
        return import_runs.last_runs(session)[source.value]


def subscribers() -> list[dict[str, str]]:
    return [
        {"Email": "ilze@example.lv", "Subscribed": "2025-03-14 09:15:00", "Status": "active"},
        {"Email": "girts@example.lv", "Subscribed": "2025-03-15 10:00:00", "Status": "active"},
        {"Email": "", "Subscribed": "2025-03-15 10:00:00", "Status": "active"},
    ]


def test_a_newsletter_list_records_its_preview_import_and_refusal(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    path = write_mailerlite(tmp_path, subscribers())

    def run(dry_run: bool) -> RunSummary:
        newsletter_import.import_newsletter(
            database.unit_of_work, clerk, path, ListFormat.MAILERLITE, dry_run=dry_run
        )
        return last(database, ImportSource.NEWSLETTER)

    preview = run(dry_run=True)
    assert (preview.dry_run, preview.outcome) == (True, RunOutcome.FINISHED)
    assert (preview.total("new"), preview.total("rejected"), preview.rejected) == (2, 1, 1)
    first = run(dry_run=False)
    assert (first.dry_run, first.total("new")) == (False, 2)
    with database.session() as session:
        (rejected,) = import_runs.rejections(session, first.id)
    assert (rejected.source, rejected.position) == (path.name, 4)
    again = run(dry_run=False)
    assert (again.total("new"), again.total("unchanged")) == (0, 2)

    binary = tmp_path / "saraksts.csv"
    binary.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(KnownError):
        newsletter_import.import_newsletter(
            database.unit_of_work, clerk, binary, ListFormat.MAILCHIMP
        )
    failed = last(database, ImportSource.NEWSLETTER)
    assert failed.outcome is RunOutcome.FAILED and failed.error


def test_access_logs_record_their_preview_import_and_refusal(
    database: Database, clerk: Actor, tmp_path: Path
) -> None:
    log = write(tmp_path / "access.log", [line(), line("192.0.2.11"), "nonsense"])

    def run(dry_run: bool) -> RunSummary:
        access_log_import.import_access_logs(database.unit_of_work, clerk, [log], dry_run)
        return last(database, ImportSource.ACCESS_LOG)

    preview = run(dry_run=True)
    assert (preview.dry_run, preview.outcome, preview.total("new")) == (
        True,
        RunOutcome.FINISHED,
        2,
    )
    first = run(dry_run=False)
    assert (first.dry_run, first.total("new"), first.total("rejected")) == (False, 2, 1)
    with database.session() as session:
        (rejected,) = import_runs.rejections(session, first.id)
    assert (rejected.source, rejected.position) == ("access.log", 3)
    assert run(dry_run=False).total("unchanged") == 2

    binary = tmp_path / "access.log.1"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(KnownError):
        access_log_import.import_access_logs(database.unit_of_work, clerk, [binary])
    failed = last(database, ImportSource.ACCESS_LOG)
    assert failed.outcome is RunOutcome.FAILED and failed.error
