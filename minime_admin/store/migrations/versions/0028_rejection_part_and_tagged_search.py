"""A rejected row's part holds a whole file name; PostgreSQL's search finds common words fast
(issue #18).

``import_rejections.part`` is "customers", "orders", or the name of the file a row came from
(a newsletter list, an access log). It was VARCHAR(32): SQLite stored a longer name whole,
PostgreSQL refused it, so the service cut every name to 32 characters and two lists whose
names began alike were no longer told apart. Now TEXT on both, nothing cut. PostgreSQL
changes the type in place (varchar to text needs no rewrite); SQLite copies the table
(batch mode), which holds only the last runs' rejections.

On PostgreSQL only, the customer search table gets ``tagged``: its document with each word led
by its column's letter (n names, c contact, a addresses, o orders, i ips), and a pg_trgm index
on it, so "a word of the addresses starts with lv" is an indexed ``tagged LIKE '% alv%'``.
store/search.py uses it for the queries most customers match (its _common_query); SQLite's
FTS5 table is untouched. Generated from the columns, so nothing writes it.

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


# Each column's words, every one led by the column's letter (store/search.py _TAGS).
TAGGED = " || ".join(
    f"replace(' ' || {column}, ' ', ' {tag}')"
    for column, tag in (
        ("names", "n"),
        ("contact", "c"),
        ("addresses", "a"),
        ("orders", "o"),
        ("ips", "i"),
    )
)


def upgrade() -> None:
    with op.batch_alter_table("import_rejections", schema=None) as batch_op:
        batch_op.alter_column(
            "part", existing_type=sa.String(length=32), type_=sa.Text(), existing_nullable=False
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"ALTER TABLE customer_search ADD COLUMN tagged text GENERATED ALWAYS AS ({TAGGED}) STORED"
        )
        op.execute(
            "CREATE INDEX customer_search_tagged_trgm ON customer_search"
            " USING gin (tagged gin_trgm_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE customer_search DROP COLUMN tagged")  # and its index
    op.execute("UPDATE import_rejections SET part = substr(part, 1, 32) WHERE length(part) > 32")
    with op.batch_alter_table("import_rejections", schema=None) as batch_op:
        batch_op.alter_column(
            "part", existing_type=sa.Text(), type_=sa.String(length=32), existing_nullable=False
        )
