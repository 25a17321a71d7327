"""SQL for exports: one customer's rows per table, streamed in batches, as plain dicts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from minime_admin.domain.categories import DataCategory
from minime_admin.store import personal_data
from minime_admin.store.base import Base
from minime_admin.store.models import Customer, Disclosure, Partner

BATCH = 2000
# Each category's tables, in the policy's order: every tagged table the registry does not
# exempt from the Art. 15 copy.
TABLES: dict[DataCategory, tuple[type[Base], ...]] = personal_data.by_category(
    personal_data.Use.EXPORT
)
_HIDDEN = {"customer_id"}  # the package is about one person already


def _table(model: type[Base]) -> Table:
    return model.__table__  # type: ignore[return-value]


def columns(model: type[Base]) -> list[str]:
    names = [c.name for c in _table(model).columns if c.name not in _HIDDEN]
    if model is Disclosure:
        names += ["partner_name", "partner_country", "third_country", "safeguards"]
    return names


def _owned(model: type[Base], customer_id: int) -> Any:
    return select(_table(model)).where(personal_data.belongs_to(model, customer_id))


def count(session: Session, model: type[Base], customer_id: int) -> int:
    statement = select(func.count()).select_from(_owned(model, customer_id).subquery())
    return session.execute(statement).scalar_one()


def stream(session: Session, model: type[Base], customer_id: int) -> Iterator[dict[str, Any]]:
    """Rows in primary-key order, a batch at a time (a customer may have 200,000 visits)."""
    table = _table(model)
    statement = _owned(model, customer_id).order_by(*table.primary_key.columns)
    if model is Disclosure:
        partners = _table(Partner)
        statement = (
            select(table, partners.c.name.label("partner_name"),
                   partners.c.country.label("partner_country"), partners.c.third_country,
                   partners.c.safeguards)
            .join(partners, partners.c.id == table.c.partner_id)
            .where(table.c.customer_id == customer_id)
            .order_by(table.c.id)
        )  # fmt: skip
    result = session.execute(statement.execution_options(yield_per=BATCH))
    try:
        for row in result.mappings():
            yield {key: value for key, value in row.items() if key not in _HIDDEN}
    finally:  # a reader that stops early: PostgreSQL's server-side cursor is closed too
        result.close()


def customer_exists(session: Session, customer_id: int) -> bool:
    return session.get(Customer, customer_id) is not None
