"""Breach facts shown to customers in English beside the Latvian ones: an English letter or
website notice reads only these columns, never the Latvian text (issue #13.12).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 05:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

COLUMNS = (
    "description_en",
    "data_categories_en",
    "consequences_en",
    "measures_taken_en",
    "measures_proposed_en",
    "advice_en",
)


def upgrade() -> None:
    with op.batch_alter_table("breaches", schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("breaches", schema=None) as batch_op:
        for name in COLUMNS:
            batch_op.drop_column(name)
