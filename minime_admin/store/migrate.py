"""Bring a database to the app's schema with Alembic, copying the file first.

A database from a newer app version is refused, untouched. Alembic itself (with Mako and
Pygments, a few hundred modules) is imported only when a migration runs: a start on a
database that is already current reads its revision with one query and the newest
script's name from the scripts' text, which takes milliseconds (#19.5).
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from minime_admin.errors import NewerDatabase
from minime_admin.store import (  # noqa: F401 - every table registered on Base.metadata
    breach_models,
    import_run_models,
    mail_models,
    models,
    request_models,
    sqlcipher,
    system_models,
)
from minime_admin.store.schema_head import MIGRATIONS, head_from_scripts

_log = logging.getLogger(__name__)
# Makes the copy taken before a migration (engine, revision before it) -> where it went, or
# None to fall back to a byte copy beside the file. The app passes one that writes a regular
# backup into the backup folder (services/backup.py); this layer knows nothing of that.
SafetyCopy = Callable[[Engine, str], "Path | None"]
VERSION_TABLE = "alembic_version"  # Alembic's own, one row: the revision the schema is at

if TYPE_CHECKING:
    from alembic.config import Config


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest migration's revision."""
    return head_from_scripts() or _head_from_alembic()


def _head_from_alembic() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the schema is at; None for a database that has never been migrated."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
    if len(rows) != 1:  # several heads, or an emptied table: Alembic's own reading decides
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    return str(rows[0][0])


def upgrade(
    engine: Engine,
    path: Path | None,
    target: str = "head",
    *,
    at: datetime | None = None,
    safety_copy: SafetyCopy | None = None,
) -> Path | None:
    """Migrate to ``target``. Returns the safety copy made of an existing database, if any.

    ``at`` (the clock's instant) names the safety copy; it is needed whenever ``path`` is.
    """
    current = current_revision(engine)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return None
    if current is not None and not is_known(current):
        raise NewerDatabase(path=str(path))
    backup = None
    if current is not None and path:
        if at is None:
            raise ValueError("a safety copy needs the clock's instant")
        backup = safety_copy(engine, current) if safety_copy is not None else None
        if backup is None:
            backup = _safety_copy(engine, path, current, at)
    from alembic import command

    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, target)
    _log.info(
        "schema of %s: revision %s -> %s; safety copy: %s",
        path.name if path else "a new database",
        current,
        wanted,
        backup.name if backup else "none",
    )
    return backup


def is_known(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        return ScriptDirectory.from_config(_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _safety_copy(engine: Engine, path: Path, revision: str, at: datetime) -> Path:
    """A byte copy of the (still encrypted) file, taken with the WAL folded in.

    A migration that failed leaves the file as it was, so the next attempt finds an identical
    copy already there and reuses it instead of writing another full-size one."""
    sqlcipher.checkpoint_truncate(engine)
    for earlier in sorted(path.parent.glob(f"{path.name}.before-{revision}-*.bak")):
        if _same_bytes(earlier, path):
            return earlier
    stamp = at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = path.with_name(f"{path.name}.before-{revision}-{stamp}.bak")
    shutil.copy2(path, backup)
    return backup


def _same_bytes(first: Path, second: Path) -> bool:
    if first.stat().st_size != second.stat().st_size:
        return False
    with first.open("rb") as a, second.open("rb") as b:
        while chunk := a.read(1024 * 1024):
            if chunk != b.read(len(chunk)):
                return False
    return True


def is_foreign(engine: Engine) -> bool:
    """A database with tables but no migration record: not one of ours."""
    return current_revision(engine) is None and bool(inspect(engine).get_table_names())
