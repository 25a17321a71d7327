"""The SQLite customer search index with one prefix index, for two letters (issue #12.7).

0004 made the FTS5 table with ``prefix='2 3'``. Measured on 100,000 customers, writing the
three-letter prefix index cost a third of what the index costs a CSV import of 100,000
customers (about 1.1 CPU seconds with both, 0.8-0.95 with the two-letter one alone) and a
quarter of its size (37 MB, 28 MB), while typed searches found the same people in the same
order and were no slower (from three letters on FTS5 reads the term b-tree as fast).
Without the two-letter one as well, the first two letters typed were slower (a prefix that
matches thousands of terms: median 4.5 -> 5.6 ms), so it stays
(benchmarks/results/customer_search.txt).

An FTS5 table's options cannot be altered: it is dropped and made anew, empty. Opening the
database then rebuilds it from the customers before anything reads it
(services/database.py, ``_index_customers_once``), with the app's own folding, which a
migration must not copy. Nothing changes on PostgreSQL (its index is 0025's table).

Revision ID: 0029
Revises: 0027 (the lead: 0028 when that branch is merged)
Create Date: 2026-12-07 23:30:00.000000
"""

from alembic import op

revision = "0029"
down_revision = "0027"
branch_labels = None
depends_on = None

# Kept literal: a migration must not change when the app's code does.
_COLUMNS = "names, contact, addresses, orders, ips"
_OPTIONS = "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'"
CREATE = f"CREATE VIRTUAL TABLE customer_search USING fts5({_COLUMNS}, {_OPTIONS}, prefix='2')"
CREATE_0004 = (
    f"CREATE VIRTUAL TABLE customer_search USING fts5({_COLUMNS}, {_OPTIONS}, prefix='2 3')"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE customer_search")
        op.execute(CREATE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE customer_search")
        op.execute(CREATE_0004)
