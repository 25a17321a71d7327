"""Art. 19: which partner was told of a rectification, erasure or restriction, when and how.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 05:05:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "partner_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("change", sa.String(length=16), nullable=False),
        sa.Column("told_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("recorded_by", sa.String(length=128), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"]),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"]),
        sa.ForeignKeyConstraint(["request_id"], ["requests.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("partner_notifications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partner_notifications_customer_id"), ["customer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_partner_notifications_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("partner_notifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partner_notifications_request_id"))
        batch_op.drop_index(batch_op.f("ix_partner_notifications_customer_id"))
    op.drop_table("partner_notifications")
