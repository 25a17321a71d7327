"""Customer search: a contentless FTS5 index of folded names, contacts, addresses,
order numbers and IP addresses (SQLite only; another backend brings its own index).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Kept literal: a migration must not change when the app's code does.
CREATE = (
    "CREATE VIRTUAL TABLE customer_search USING fts5(names, contact, addresses, orders, ips, "
    "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', "
    "prefix='2 3')"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(CREATE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE customer_search")
