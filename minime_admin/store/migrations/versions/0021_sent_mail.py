"""Letters sent by e-mail (issue #16.4): when, by whom, the Message-ID and the PDF's SHA-256,
for a request's letter or a breach letter to one affected customer. Written only once the
mail server accepted the message; bulk breach letters resume from it.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 12:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sent_mail",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("message_id", sa.String(length=250), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("letter_id", sa.Integer(), nullable=True),
        sa.Column("breach_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_mail")),
        sa.UniqueConstraint("message_id", name=op.f("uq_sent_mail_message_id")),
    )
    with op.batch_alter_table("sent_mail", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sent_mail_request_id"), ["request_id"])
        batch_op.create_index("ix_sent_mail_breach_customer", ["breach_id", "customer_id"])


def downgrade() -> None:
    with op.batch_alter_table("sent_mail", schema=None) as batch_op:
        batch_op.drop_index("ix_sent_mail_breach_customer")
        batch_op.drop_index(batch_op.f("ix_sent_mail_request_id"))
    op.drop_table("sent_mail")
