"""Erasure: customers become anonymous stubs; salted identity hashes on stubs and requests.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 11:06:48.706669
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("erased_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("identity_hash", sa.String(length=64), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_customers_identity_hash"), ["identity_hash"], unique=False
        )

    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("requester_hash", sa.String(length=64), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_requests_requester_hash"), ["requester_hash"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_requests_requester_hash"))
        batch_op.drop_column("requester_hash")

    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_identity_hash"))
        batch_op.drop_column("identity_hash")
        batch_op.drop_column("erased_at")
