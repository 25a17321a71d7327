"""Team mode (issue #18.3, #18.4): a version on requests and customers, the audit log
append-only on PostgreSQL too, and the database role each staff member signs in with.

Breaches already carry their version (0007). A version counts every stored change of the
row: the mapper's ``version_id_col`` adds ``WHERE version = :seen`` to each UPDATE, and a
worker's save is refused when the record moved on since they loaded it (services/versions.py).

SQLite got its append-only triggers in 0001; PostgreSQL gets the same refusal here, as a
trigger function, and refuses TRUNCATE too. Written to be re-runnable (``CREATE OR REPLACE``,
``DROP TRIGGER IF EXISTS``) so it stays correct whichever branch created the triggers first.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07 16:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END
$$
"""


def upgrade() -> None:
    for table in ("requests", "customers"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
    # Who is who on a server (#18.3): the database role a staff member signs in with, mapped
    # to their user row (services/sign_in.actor_for_role).
    # A unique index, not a constraint: SQLite would copy the table to add a constraint, and
    # with foreign keys on, dropping the old staff_users fails once a sign-off refers to it.
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("db_role", sa.String(length=63), nullable=True))
        batch_op.create_index(batch_op.f("ix_staff_users_db_role"), ["db_role"], unique=True)
    if op.get_context().dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        for name, when in (
            ("audit_log_no_update", "BEFORE UPDATE ON audit_log FOR EACH ROW"),
            ("audit_log_no_delete", "BEFORE DELETE ON audit_log FOR EACH ROW"),
            ("audit_log_no_truncate", "BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT"),
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON audit_log")
            op.execute(f"CREATE TRIGGER {name} {when} EXECUTE FUNCTION audit_log_append_only()")


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        for name in ("audit_log_no_update", "audit_log_no_delete", "audit_log_no_truncate"):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_staff_users_db_role"))
        batch_op.drop_column("db_role")
    for table in ("customers", "requests"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
