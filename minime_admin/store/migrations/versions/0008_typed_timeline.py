"""Typed timeline entries: the letter an entry notes and the field a rectification corrected.

Until now both lived only in the entry's words ("Letter: refusal (lv) #4", "Rectified email
(Art. 16); ...") and were parsed back. They are read from those words once, here; the words
stay as the note people read. A letter's entry gets its own kind, "letter".

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 09:00:00.000000
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# The words the app wrote up to 0007; this migration is the only reader left.
_ARCHIVED_LETTER = re.compile(r"^Letter: \w+ \(\w+\) #(?P<id>\d+)$")
_UNARCHIVED_LETTER = re.compile(r"^Letter: \w+ \(\w+\) sha256:[0-9a-f]{64}$")
_RECTIFIED = re.compile(r"^Rectified (?P<field>\w+) \(Art\. 16\)")

_events = sa.table(
    "request_events",
    sa.column("id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("text", sa.Text),
    sa.column("letter_id", sa.Integer),
    sa.column("rectified_field", sa.String),
)
_letters = sa.table("letters", sa.column("id", sa.Integer))


def upgrade() -> None:
    with op.batch_alter_table("request_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("letter_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("rectified_field", sa.String(length=32), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_request_events_letter_id"), ["letter_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_request_events_letter_id_letters"),
            "letters",
            ["letter_id"],
            ["id"],
            ondelete="SET NULL",
        )
    _read_the_old_words()


def _read_the_old_words() -> None:
    connection = op.get_bind()
    archived = set(connection.execute(sa.select(_letters.c.id)).scalars())
    actions = connection.execute(
        sa.select(_events.c.id, _events.c.text).where(_events.c.kind == "action")
    ).all()
    for event_id, text in actions:
        values: dict[str, object] = {}
        if letter := _ARCHIVED_LETTER.match(text):
            letter_id = int(letter["id"])
            values = {"kind": "letter", "letter_id": letter_id if letter_id in archived else None}
        elif _UNARCHIVED_LETTER.match(text):
            values = {"kind": "letter"}
        elif rectified := _RECTIFIED.match(text):
            values = {"rectified_field": rectified["field"]}
        if values:
            connection.execute(sa.update(_events).where(_events.c.id == event_id).values(**values))


def downgrade() -> None:
    op.execute(sa.update(_events).where(_events.c.kind == "letter").values(kind="action"))
    with op.batch_alter_table("request_events", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_request_events_letter_id_letters"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_request_events_letter_id"))
        batch_op.drop_column("rectified_field")
        batch_op.drop_column("letter_id")
