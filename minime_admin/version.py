"""The app's version, written once: ``[project] version`` in pyproject.toml.

A checkout (tests, ``PYTHONPATH=.``) reads pyproject.toml beside the package, so a branch
shows its own version even when the virtualenv has another copy installed; an installed
wheel and the frozen bundle read the package metadata (the PyInstaller spec copies the
dist-info into the bundle with ``copy_metadata``). The packaging scripts import this too.
"""

from __future__ import annotations

import re
from pathlib import Path

DISTRIBUTION = "minime-admin"
UNKNOWN = "0+unknown"  # neither source found: a damaged install, said plainly
_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def app_version() -> str:
    from_checkout = _from_pyproject(_PYPROJECT)
    if from_checkout is not None:
        return from_checkout
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return UNKNOWN


def _from_pyproject(path: Path) -> str | None:
    """The ``version`` of the ``[project]`` table, if ``path`` is minime-admin's pyproject.

    A plain scan, not tomllib: this runs at every start and must stay cheap.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    project = re.search(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    if project is None or not re.search(
        rf'^name\s*=\s*"{DISTRIBUTION}"', project.group(1), re.MULTILINE
    ):
        return None
    found = re.search(r'^version\s*=\s*"([^"]+)"', project.group(1), re.MULTILINE)
    return found.group(1) if found else None
