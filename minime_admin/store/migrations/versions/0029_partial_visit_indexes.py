"""visit_records' customer and visitor indexes hold only the rows they are looked up by (#12).

An access log's visits (most of the table) are linked to no customer and all carry the
visitor id "access-log": the two full indexes held an entry for each of them that no query
reads, written with every imported line. Partial indexes keep the linked visits and the shop
imports' visitor ids only. The same statements on SQLite and PostgreSQL; the conditions must
stay the ones store/models.py spells (LINKED_VISIT_CONDITION, VISITOR_ID_INDEXED).

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-08 03:00:00.000000
"""

from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

LINKED = "customer_id IS NOT NULL"
NOT_ACCESS_LOG = "visitor_id <> 'access-log'"


def upgrade() -> None:
    op.execute("DROP INDEX ix_visit_records_customer_id")
    op.execute(
        f"CREATE INDEX ix_visit_records_customer_id ON visit_records (customer_id) WHERE {LINKED}"
    )
    op.execute("DROP INDEX ix_visit_records_visitor_id")
    op.execute(
        "CREATE INDEX ix_visit_records_visitor_id ON visit_records (visitor_id) "
        f"WHERE {NOT_ACCESS_LOG}"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_visit_records_visitor_id")
    op.execute("CREATE INDEX ix_visit_records_visitor_id ON visit_records (visitor_id)")
    op.execute("DROP INDEX ix_visit_records_customer_id")
    op.execute("CREATE INDEX ix_visit_records_customer_id ON visit_records (customer_id)")
