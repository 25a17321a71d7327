"""The audit log's entries as a CSV file, for the page's "Export CSV…" and `audit list --csv`.

One row per entry, newest first: the time in Riga time, who, the action in words and its
code, the subject, the reason and the note while it exists ("(erased)" after an erasure).
Every cell goes through domain.csv_cells.safe_row, so a reference or a typed note that
looks like a formula stays text in a spreadsheet. The file is built in memory and written
in one rename: a failure leaves no half-written file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from minime_admin.domain.audit_action_texts import action_words
from minime_admin.domain.csv_cells import safe_row
from minime_admin.domain.shop_time import SHOP_ZONE
from minime_admin.errors import QT_TRANSLATE_NOOP, KnownError
from minime_admin.progress import Progress
from minime_admin.services import audit, files

Translate = Callable[[str, str], str]
CONTEXT = "audit_csv"
HEADERS = (
    QT_TRANSLATE_NOOP("audit_csv", "Entry"),
    QT_TRANSLATE_NOOP("audit_csv", "Time (Riga)"),
    QT_TRANSLATE_NOOP("audit_csv", "Who"),
    QT_TRANSLATE_NOOP("audit_csv", "Role"),
    QT_TRANSLATE_NOOP("audit_csv", "Action"),
    QT_TRANSLATE_NOOP("audit_csv", "Action code"),
    QT_TRANSLATE_NOOP("audit_csv", "Subject"),
    QT_TRANSLATE_NOOP("audit_csv", "Reason"),
    QT_TRANSLATE_NOOP("audit_csv", "Note"),
)
ERASED = QT_TRANSLATE_NOOP("audit_csv", "(erased)")


class CsvNotWritten(KnownError):
    source_text = QT_TRANSLATE_NOOP(
        "errors",
        "The CSV file {file} could not be written ({detail}): choose another folder or name.",
    )


def riga_time(row: audit.AuditRow) -> str:
    return row.at.astimezone(SHOP_ZONE).strftime("%Y-%m-%d %H:%M:%S")


def write(
    session: Session,
    wanted: audit.AuditFilter | None,
    path: Path,
    translate: Translate | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the entries ``wanted`` lets through to ``path``; returns how many."""

    def words(text: str) -> str:
        return translate(CONTEXT, text) if translate else text

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(safe_row(words(header) for header in HEADERS))
    written = 0
    for row in audit.matching(session, wanted, progress):
        note = words(ERASED) if row.note_erased else row.note
        writer.writerow(
            safe_row(
                (
                    row.seq,
                    riga_time(row),
                    row.actor,
                    row.role,
                    action_words(row.action, translate),
                    row.action,
                    row.subject,
                    row.reason,
                    note,
                )
            )
        )
        written += 1
    # UTF-8 with a byte-order mark: Excel then reads "Ģirts" as Ģirts, not as mojibake
    try:
        files.write_atomic(path, buffer.getvalue().encode("utf-8-sig"))
    except OSError as error:
        raise CsvNotWritten(file=path.name, detail=type(error).__name__) from error
    return written
