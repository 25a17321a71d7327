"""Day one (issue #15): the DVI submission recorded apart from the notice saved, and the
title a staff user signs letters with.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 06:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "breach_submissions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("breach_id", sa.Integer(), sa.ForeignKey("breaches.id"), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("dvi_reference", sa.String(100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(100), nullable=False),
    )
    op.create_index("ix_breach_submissions_breach_id", "breach_submissions", ["breach_id"])
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title", sa.String(100), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.drop_column("title")
    op.drop_index("ix_breach_submissions_breach_id", "breach_submissions")
    op.drop_table("breach_submissions")
