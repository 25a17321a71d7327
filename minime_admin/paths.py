"""Where files live: platformdirs' per-user data folder, or MINIME_ADMIN_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from minime_admin import APP_NAME

DATA_DIR_VARIABLE = "MINIME_ADMIN_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_VARIABLE)
    return Path(override) if override else user_data_path(APP_NAME, appauthor=False)


def default_database() -> Path:
    return data_dir() / "minime.db"


def demo_database() -> Path:
    return data_dir() / "demo" / "minime-demo.db"


def logs_dir() -> Path:
    """The app's log and crash reports (README, "When something goes wrong")."""
    return data_dir() / "logs"
