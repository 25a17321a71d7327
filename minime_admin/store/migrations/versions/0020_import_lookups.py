"""Indexes for what a shop import looks up per batch: customers by e-mail in any (ASCII) case and a
checkout's visit by its visitor id. Without them each look-up read the whole table, so an
import slowed down with every customer and visit already stored (issue #12.7).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 13:00:00.000000
"""

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE INDEX ix_customers_email_nocase ON customers (email COLLATE NOCASE)")
    else:  # PostgreSQL has no NOCASE: store/import_repo.py asks for lower(email) there
        op.execute("CREATE INDEX ix_customers_email_nocase ON customers (lower(email))")
    op.create_index("ix_visit_records_visitor_id", "visit_records", ["visitor_id"])


def downgrade() -> None:
    op.drop_index("ix_visit_records_visitor_id", table_name="visit_records")
    op.drop_index("ix_customers_email_nocase", table_name="customers")
