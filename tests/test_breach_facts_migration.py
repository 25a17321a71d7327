"""Migration 0015: a breach written before it gains empty English facts and still reads."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from minime_admin.domain.breach import missing_translations
from minime_admin.store import migrate
from minime_admin.store.sqlcipher import Secret, make_engine


def test_an_existing_breach_gets_empty_english_facts(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "old.db", Secret(raw_key=os.urandom(32)))
    migrate.upgrade(engine, None, target="0010")
    with engine.begin() as connection:
        tables = sa.MetaData()
        tables.reflect(connection, only=("breaches",))
        table = tables.tables["breaches"]
        # every text column as 0010 required it (not null, no server default), then the facts
        texts = {c.name: "" for c in table.columns if isinstance(c.type, sa.Text | sa.String)}
        connection.execute(
            table.insert(),
            {
                **texts,
                "status": "open",
                "cross_border": False,
                "id": 1,
                "reference": "BR-2026-001",
                "title": "Vecs",
                "aware_at": datetime(2026, 11, 1, tzinfo=UTC),
                "description": "Nozagts dators",
                "advice": "Esiet piesardzīgi",
                "created_at": datetime(2026, 11, 1, tzinfo=UTC),
                "version": 1,
            },
        )
    migrate.upgrade(engine, None)
    with engine.connect() as connection:
        row = connection.execute(sa.text("SELECT * FROM breaches WHERE id = 1")).mappings().one()
    engine.dispose()
    assert row["description"] == "Nozagts dators" and row["description_en"] == ""
    assert set(missing_translations(row, "en")) == {"description", "advice"}
