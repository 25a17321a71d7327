"""Alembic environment: always run from store.migrate with an open connection."""

from alembic import context

from minime_admin.store import (  # noqa: F401 - register the tables
    breach_models,
    import_run_models,
    mail_models,
    models,
    request_models,
    system_models,
)
from minime_admin.store.base import Base

connection = context.config.attributes["connection"]


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """The search index is a virtual table outside the ORM's metadata."""
    return not (type_ == "table" and name is not None and name.startswith("customer_search"))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_name=include_name,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
)
with context.begin_transaction():
    context.run_migrations()
