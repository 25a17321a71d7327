"""How a requester's identity was confirmed, as a code from a list (issue #15.13); the
words a worker wrote stay in ``identity_method`` (older records have only those).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 13:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("identity_check", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_column("identity_check")
