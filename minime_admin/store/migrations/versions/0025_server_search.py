"""The customer search index on PostgreSQL (issue #18): folded text with a trigram index.

SQLite keeps its FTS5 table (0004); this revision changes nothing there. On PostgreSQL the
index is an ordinary table of the same folded documents (store/search.py), with a generated
column of all of them and a pg_trgm GIN index on it, so a word's beginning is found without
reading every row. pg_trgm is a trusted extension: the database's owner may create it (the
set-up guide, docs/team-server.md, has the administrator create it beforehand all the same).

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07 16:00:00.000000
"""

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        "CREATE TABLE customer_search ("
        " customer_id integer PRIMARY KEY,"
        " names text NOT NULL DEFAULT '', contact text NOT NULL DEFAULT '',"
        " addresses text NOT NULL DEFAULT '', orders text NOT NULL DEFAULT '',"
        " ips text NOT NULL DEFAULT '',"
        " everything text GENERATED ALWAYS AS"
        " (names || ' ' || contact || ' ' || addresses || ' ' || orders || ' ' || ips) STORED)"
    )
    op.execute(
        "CREATE INDEX customer_search_trgm ON customer_search"
        " USING gin ((' ' || everything) gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE customer_search")
