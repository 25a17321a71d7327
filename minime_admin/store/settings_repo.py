"""SQL for the key/value settings table."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from minime_admin.store.system_models import AppSetting


def read_prefixed(session: Session, prefix: str) -> dict[str, str]:
    rows = session.execute(select(AppSetting).where(AppSetting.key.startswith(prefix))).scalars()
    return {row.key.removeprefix(prefix): row.value for row in rows}


def write_prefixed(session: Session, prefix: str, values: dict[str, str]) -> None:
    for name, value in values.items():
        session.merge(AppSetting(key=prefix + name, value=value))
    session.flush()
