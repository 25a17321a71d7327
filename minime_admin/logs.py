"""The app's own log: start-up, migrations, e-mail imports, retention sweeps, errors' types.

``<data folder>/logs/minime-admin.log``, rotated at 1 MB with five older files kept
(``minime-admin.log.1`` … ``.5``), readable by its owner only. The entry points (``cli.main``
and ``gui.app.run``) switch it on; modules below them only call ``logging.getLogger(__name__)``
and write ids, codes, counts and file names, never anything about a person (no names,
addresses, subjects or free text). Times are UTC from the computer's clock: the log tells
what really happened when, whatever clock the app runs on.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from minime_admin import paths

LOG_FILE = "minime-admin.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_LOGGER = "minime_admin"  # the package's own loggers only: a library may log SQL parameters


class _OwnerOnlyHandler(RotatingFileHandler):
    """Every file it opens, the first and each one after a rotation, is the owner's only."""

    def _open(self) -> TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def configure(folder: Path | None = None) -> Callable[[], None]:
    """Log to ``folder`` (default: the data folder's logs/); returns what switches it off.

    Called again while on, it changes nothing and returns a no-op, so an entry point that
    calls another (``main`` opening the GUI) keeps one log. A folder that cannot be written
    leaves the app without a log rather than without its work.
    """
    logger = logging.getLogger(_LOGGER)
    if any(isinstance(h, _OwnerOnlyHandler) for h in logger.handlers):
        return _nothing
    try:
        folder = folder or paths.logs_dir()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler = _OwnerOnlyHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return _nothing
    formatter = logging.Formatter(FORMAT, datefmt="%Y-%m-%dT%H:%M:%SZ")
    formatter.converter = time.gmtime
    handler.setFormatter(formatter)
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)

    def switch_off() -> None:
        logger.removeHandler(handler)
        logger.setLevel(level)
        handler.close()

    return switch_off


def _nothing() -> None:
    return None
