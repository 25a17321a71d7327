"""A rejected row's part holds a whole file name (issue #18).

``import_rejections.part`` is "customers", "orders", or the name of the file a row came from
(a newsletter list, an access log). It was VARCHAR(32): SQLite stored a longer name whole,
PostgreSQL refused it, so the service cut every name to 32 characters and two lists whose
names began alike were no longer told apart. Now TEXT on both, nothing cut. PostgreSQL
changes the type in place (varchar to text needs no rewrite); SQLite copies the table
(batch mode), which holds only the last runs' rejections.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-07 23:30:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("import_rejections", schema=None) as batch_op:
        batch_op.alter_column(
            "part", existing_type=sa.String(length=32), type_=sa.Text(), existing_nullable=False
        )


def downgrade() -> None:
    op.execute("UPDATE import_rejections SET part = substr(part, 1, 32) WHERE length(part) > 32")
    with op.batch_alter_table("import_rejections", schema=None) as batch_op:
        batch_op.alter_column(
            "part", existing_type=sa.Text(), type_=sa.String(length=32), existing_nullable=False
        )
