"""A sign-off's signatures per document kind, each over the breach's reference, version,
canonical digest, the sign-off time and the kind (issue #14.15): a file whose stated kind or
sign-off time was changed no longer verifies. Empty for sign-offs made before.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 06:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("breach_signoffs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind_signatures", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("breach_signoffs", schema=None) as batch_op:
        batch_op.drop_column("kind_signatures")
