"""The newest migration's revision, read from the scripts' text without Alembic.

Alembic compiles every script to find its head (~0.4 s of a start); a start on a current
database needs only the name. Without SQLAlchemy too, so that the first inbox rows read at
start (store/first_page.py, #19.5) can tell a current schema from one still to migrate.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

MIGRATIONS = Path(__file__).with_name("migrations")
# A script's own lines `revision = "0026"` and `down_revision = "0025"` (or None).
_REVISION = re.compile(r"""^revision\s*=\s*["']([^"']+)["']\s*$""", re.MULTILINE)
_DOWN_REVISION = re.compile(r"""^down_revision\s*=\s*(?:["']([^"']+)["']|None)\s*$""", re.MULTILINE)


@functools.cache
def head_from_scripts() -> str | None:
    """The head read from the scripts' ``revision``/``down_revision`` lines. None when the
    scripts are not a plain chain this can read (a merge, only compiled files): Alembic
    decides then (store/migrate.py)."""
    revisions: dict[str, str | None] = {}
    for script in (MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            if script.name != "__init__.py":
                return None
            continue
        revisions[revision.group(1)] = down.group(1)
    heads = set(revisions) - {down for down in revisions.values() if down is not None}
    return heads.pop() if len(heads) == 1 else None
