"""The inbox's open requests in due order, one partial index (issue #18.8).

The inbox opens on the open requests, earliest due first. With 100,000 requests PostgreSQL
answered that through ix_requests_due_on, stepping past tens of thousands of closed requests
(old, so due early) before it had the first 200 open ones; this index holds only the open
ones, in (due_on, id) order. The same statement on SQLite and PostgreSQL (both have partial
indexes); the condition must stay the one store/request_models.py's OPEN_STATUS_CONDITION
and request_repo's literal status filter spell.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-07 19:30:00.000000
"""

from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None

OPEN = "status IN ('received', 'identity_check', 'in_progress', 'on_hold')"


def upgrade() -> None:
    op.execute(f"CREATE INDEX ix_requests_open_due ON requests (due_on, id) WHERE {OPEN}")


def downgrade() -> None:
    op.execute("DROP INDEX ix_requests_open_due")
