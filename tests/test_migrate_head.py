"""The schema check of a start without Alembic (#19.5): the newest migration read from the
scripts' text, and the database's revision read with one query, agree with Alembic's own."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from minime_admin.services import database as db_service
from minime_admin.store import migrate, schema_head


def test_the_head_read_from_the_scripts_is_alembics() -> None:
    assert schema_head.head_from_scripts() == migrate._head_from_alembic()
    assert migrate.head_revision() == migrate._head_from_alembic()


def test_a_new_database_is_at_the_head(database: db_service.Database) -> None:
    assert migrate.current_revision(database.engine) == migrate.head_revision()


def test_a_database_never_migrated_has_no_revision(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.db'}")
    assert migrate.current_revision(engine) is None
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32))"))
    assert migrate.current_revision(engine) is None  # an empty table: Alembic's own reading
    engine.dispose()


def test_scripts_that_are_not_a_plain_chain_leave_it_to_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "0001_a.py").write_text('revision = "0001"\ndown_revision = None\n')
    (versions / "0002_b.py").write_text('revision = "0002"\ndown_revision = "0001"\n')
    (versions / "0003_c.py").write_text('revision = "0003"\ndown_revision = "0001"\n')
    monkeypatch.setattr(schema_head, "MIGRATIONS", tmp_path)
    schema_head.head_from_scripts.cache_clear()
    try:
        assert schema_head.head_from_scripts() is None  # two heads
        (versions / "0003_c.py").write_text('revision = "0003"\ndown_revision = ("0001", "0002")\n')
        schema_head.head_from_scripts.cache_clear()
        assert schema_head.head_from_scripts() is None  # a merge
    finally:
        schema_head.head_from_scripts.cache_clear()
