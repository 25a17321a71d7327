"""Visits read from web-server access logs: each row's identity in the log, and an index
to find visits (most of them linked to nobody) by IP address.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 05:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit_records", schema=None) as batch_op:
        batch_op.add_column(sa.Column("line_key", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_visit_records_line_key"), ["line_key"], unique=True)
        batch_op.create_index(
            batch_op.f("ix_visit_records_ip_address"), ["ip_address"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("visit_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_records_ip_address"))
        batch_op.drop_index(batch_op.f("ix_visit_records_line_key"))
        batch_op.drop_column("line_key")
