"""Breach register: breaches, timeline, affected customers, staff users, sign-offs, outputs.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 11:18:54.036322
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "breaches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("aware_at", sa.DateTime(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("nature", sa.String(length=64), nullable=False),
        sa.Column("data_categories", sa.Text(), nullable=False),
        sa.Column("subject_categories", sa.Text(), nullable=False),
        sa.Column("people", sa.Integer(), nullable=True),
        sa.Column("records", sa.Integer(), nullable=True),
        sa.Column("consequences", sa.Text(), nullable=False),
        sa.Column("measures_taken", sa.Text(), nullable=False),
        sa.Column("measures_proposed", sa.Text(), nullable=False),
        sa.Column("advice", sa.Text(), nullable=False),
        sa.Column("contact_point", sa.Text(), nullable=False),
        sa.Column("cross_border", sa.Boolean(), nullable=False),
        sa.Column("dpc", sa.Integer(), nullable=True),
        sa.Column("ei", sa.String(length=8), nullable=True),
        sa.Column("cb_confidentiality", sa.String(length=8), nullable=True),
        sa.Column("cb_integrity", sa.String(length=8), nullable=True),
        sa.Column("cb_availability", sa.String(length=8), nullable=True),
        sa.Column("cb_malicious", sa.String(length=8), nullable=True),
        sa.Column("severity_score", sa.String(length=8), nullable=True),
        sa.Column("severity_level", sa.String(length=16), nullable=True),
        sa.Column("notify_dvi", sa.Boolean(), nullable=True),
        sa.Column("notify_dvi_reason", sa.Text(), nullable=False),
        sa.Column("notify_people", sa.Boolean(), nullable=True),
        sa.Column("notify_people_reason", sa.Text(), nullable=False),
        sa.Column("art34_exceptions", sa.String(length=64), nullable=False),
        sa.Column("delay_reasons", sa.Text(), nullable=False),
        sa.Column("affected_query", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breaches")),
        sa.UniqueConstraint("reference", name=op.f("uq_breaches_reference")),
    )
    op.create_table(
        "staff_users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("public_key", sa.LargeBinary(), nullable=True),
        sa.Column("sealed_private_key", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_users")),
        sa.UniqueConstraint("name", name=op.f("uq_staff_users_name")),
    )
    op.create_table(
        "breach_affected",
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breaches.id"], name=op.f("fk_breach_affected_breach_id_breaches")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_breach_affected_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("breach_id", "customer_id", name=op.f("pk_breach_affected")),
    )
    op.create_table(
        "breach_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breaches.id"], name=op.f("fk_breach_events_breach_id_breaches")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach_events")),
    )
    with op.batch_alter_table("breach_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_breach_events_breach_id"), ["breach_id"], unique=False)

    op.create_table(
        "breach_signoffs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("breach_version", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breaches.id"], name=op.f("fk_breach_signoffs_breach_id_breaches")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["staff_users.id"], name=op.f("fk_breach_signoffs_user_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach_signoffs")),
    )
    with op.batch_alter_table("breach_signoffs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_breach_signoffs_breach_id"), ["breach_id"], unique=False
        )

    op.create_table(
        "breach_outputs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("signoff_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breaches.id"], name=op.f("fk_breach_outputs_breach_id_breaches")
        ),
        sa.ForeignKeyConstraint(
            ["signoff_id"],
            ["breach_signoffs.id"],
            name=op.f("fk_breach_outputs_signoff_id_breach_signoffs"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach_outputs")),
    )
    with op.batch_alter_table("breach_outputs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_breach_outputs_breach_id"), ["breach_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_breach_outputs_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("breach_outputs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_breach_outputs_sha256"))
        batch_op.drop_index(batch_op.f("ix_breach_outputs_breach_id"))

    op.drop_table("breach_outputs")
    with op.batch_alter_table("breach_signoffs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_breach_signoffs_breach_id"))

    op.drop_table("breach_signoffs")
    with op.batch_alter_table("breach_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_breach_events_breach_id"))

    op.drop_table("breach_events")
    op.drop_table("breach_affected")
    op.drop_table("staff_users")
    op.drop_table("breaches")
