"""Alembic environment: always run from store.migrate with an open connection."""

from alembic import context

from minime_admin.store import models, system_models  # noqa: F401 - register the tables
from minime_admin.store.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
