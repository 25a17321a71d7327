"""Letters about to be e-mailed: an attempt row committed before sending, so that a crash
between the mail server's answer and the record never sends a letter twice (issue #16.4).

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 16:10:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mail_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.String(length=250), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("letter_id", sa.Integer(), nullable=True),
        sa.Column("breach_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_attempts")),
        sa.UniqueConstraint("message_id", name=op.f("uq_mail_attempts_message_id")),
    )
    with op.batch_alter_table("mail_attempts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mail_attempts_state"), ["state"], unique=False)
        batch_op.create_index("ix_mail_attempts_request", ["request_id", "kind"], unique=False)
        batch_op.create_index("ix_mail_attempts_breach", ["breach_id", "customer_id"], unique=False)


def downgrade() -> None:
    op.drop_table("mail_attempts")
