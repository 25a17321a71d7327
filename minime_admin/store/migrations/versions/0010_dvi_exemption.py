"""Why the DVI is not notified although the people are told: its own column, not text
appended to the DVI reasoning.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 04:25:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("breaches", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("notify_dvi_exemption", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("breaches", schema=None) as batch_op:
        batch_op.drop_column("notify_dvi_exemption")
