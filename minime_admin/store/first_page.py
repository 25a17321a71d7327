"""The inbox's first page read straight through sqlcipher3, while SQLAlchemy still loads.

A cold start spends about half a second importing SQLAlchemy, the models and the services
before the database can open through them; the rows a user first sees need one indexed
query. This reads that query's page (the inbox's default view: open requests by due date,
test requests and long-unverified ones left out, as services/requests.inbox_query builds
it) on its own read-only connection, so the rows show while the rest loads (#19.5). The
inbox then reads the same page through the services and takes over.

Only a file whose schema is the app's current one is read here, and only with a key known
without asking. Anything else (a wrong key, a damaged or busy file, a schema still to
migrate) returns None: the normal open follows and says what is wrong, if anything is.
tests/test_first_page.py holds this query to the inbox's own, row for row.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from minime_admin.domain.inbox_row import UNVERIFIED_HIDDEN_AFTER_DAYS, RequestRow
from minime_admin.domain.requests import (
    EFFECTIVE_AT_INTAKE,
    OPEN_STATUSES,
    HoldReason,
    RequestType,
    Status,
)
from minime_admin.store.cipher_key import Secret
from minime_admin.store.schema_head import head_from_scripts

_OPEN = ", ".join(f"'{s.value}'" for s in Status if s in OPEN_STATUSES)
_AT_INTAKE = ", ".join(f"'{t.value}'" for t in EFFECTIVE_AT_INTAKE)
# The values are the app's own constants, never typed text; the day and limit are bound.
_PAGE = f"""
SELECT id, reference, received_at, requester_name, type, status, due_on, assignee, is_test
FROM requests
WHERE status IN ({_OPEN})
  AND is_test IS 0
  AND NOT ((status = '{Status.IDENTITY_CHECK.value}'
            OR (status = '{Status.ON_HOLD.value}'
                AND hold_reason = '{HoldReason.AWAITING_IDENTITY.value}'))
           AND type NOT IN ({_AT_INTAKE})
           AND received_on < ?)
ORDER BY due_on, id
LIMIT ?
"""
_BUSY_MS = 200  # a writer holding the file: give up soon, the normal open will wait


def read_first_page(path: Path, secret: Secret, today: date, limit: int) -> list[RequestRow] | None:
    """The inbox's first ``limit`` rows on ``today``, or None when they cannot be read here."""
    import sqlcipher3  # ~5 ms; the module is imported only when a start reads rows early

    if not path.is_file():
        return None
    try:
        connection = sqlcipher3.dbapi2.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
        )
    except Exception:
        return None
    try:
        cursor = connection.cursor()
        cursor.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is not news here
        cursor.execute(secret.pragma())
        cursor.execute("PRAGMA cipher_compatibility = 4")
        cursor.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
        revision = cursor.execute("SELECT version_num FROM alembic_version").fetchall()
        if [row[0] for row in revision] != [head_from_scripts()]:
            return None  # a schema to migrate (or from a newer app): the open decides
        hidden_before = today - timedelta(days=UNVERIFIED_HIDDEN_AFTER_DAYS)
        found = cursor.execute(_PAGE, (hidden_before.isoformat(), limit)).fetchall()
        return [_row(*values) for values in found]
    except Exception:  # never a reason to stop a start: the normal open follows
        return None
    finally:
        with contextlib.suppress(Exception):
            connection.close()


def _row(
    id_: int,
    reference: str,
    received_at: str,
    requester: str,
    type_: str,
    status: str,
    due_on: str,
    assignee: str | None,
    is_test: int,
) -> RequestRow:
    # As SQLAlchemy returns them: instants stored as naive UTC text, days as ISO dates.
    return RequestRow(
        id_,
        reference,
        datetime.fromisoformat(received_at).replace(tzinfo=UTC),
        requester,
        RequestType(type_),
        Status(status),
        date.fromisoformat(due_on),
        assignee,
        bool(is_test),
    )
