"""The Art. 30 register's fields written by the office, one row per version (issue #20.2).

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07 16:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ropa_fields",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ropa_fields")),
        sa.UniqueConstraint("activity", "field", "version", name=op.f("uq_ropa_fields_activity")),
    )


def downgrade() -> None:
    op.drop_table("ropa_fields")
