"""Newsletter lists in (issue #12): a subscription names the list it was read from, is unique
per list and address, and keeps the export's opt-in evidence (IPs, the double opt-in's
confirmation). An export may lack the opt-in time, so subscribed_at may be empty.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 05:05:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("newsletter_subscriptions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("list_name", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("optin_ip", sa.String(length=45), nullable=True))
        batch_op.add_column(sa.Column("confirmed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("confirm_ip", sa.String(length=45), nullable=True))
        batch_op.alter_column("subscribed_at", existing_type=sa.DateTime(), nullable=True)
        # Rows from before have no list (NULL), and NULLs never collide: the upgrade cannot fail.
        batch_op.create_unique_constraint(
            batch_op.f("uq_newsletter_subscriptions_list_name"), ["list_name", "email"]
        )


def downgrade() -> None:
    with op.batch_alter_table("newsletter_subscriptions", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("uq_newsletter_subscriptions_list_name"), type_="unique"
        )
        batch_op.alter_column("subscribed_at", existing_type=sa.DateTime(), nullable=False)
        batch_op.drop_column("confirm_ip")
        batch_op.drop_column("confirmed_at")
        batch_op.drop_column("optin_ip")
        batch_op.drop_column("list_name")
