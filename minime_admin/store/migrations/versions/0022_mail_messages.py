"""Messages taken from the office mailbox and the proposals waiting for a worker (issue #16.3).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 13:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mail_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("folder", sa.String(length=255), nullable=False),
        sa.Column("uidvalidity", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Integer(), nullable=False),
        sa.Column("identity", sa.String(length=80), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reason_params", sa.JSON(), nullable=False),
        sa.Column("copied", sa.Boolean(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_mail_messages_request_id_requests"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_messages")),
        sa.UniqueConstraint("folder", "uidvalidity", "uid", name=op.f("uq_mail_messages_folder")),
    )
    with op.batch_alter_table("mail_messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mail_messages_identity"), ["identity"], unique=False)
        batch_op.create_index(batch_op.f("ix_mail_messages_state"), ["state"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_mail_messages_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("mail_messages")
