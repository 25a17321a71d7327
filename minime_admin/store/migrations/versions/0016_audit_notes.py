"""Free text leaves the append-only audit log (issue #14.2): it goes into an erasable
``audit_notes`` table; an entry keeps the note's id and salted hash in its details. Entries
written before keep their reason as it is, since the chain hashes them as they are.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 05:30:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("salt", sa.String(length=32), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_audit_notes_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_notes")),
    )
    with op.batch_alter_table("audit_notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_notes_customer_id"), ["customer_id"])


def downgrade() -> None:
    with op.batch_alter_table("audit_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_notes_customer_id"))
    op.drop_table("audit_notes")
