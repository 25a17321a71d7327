"""Files shipped with the app: the translations (i18n/) and fonts (resources/).

In the repository they sit at its top level, beside the package, so that translators and
designers find them without reading code; the build config (setup.py) ships them into the
wheel as ``minime_admin/i18n`` and ``minime_admin/resources``. A frozen bundle keeps that
layout too. This module is the one place that knows both.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def folder(name: str) -> Path:
    """``i18n`` or ``resources``: inside the installed package, else beside it (a checkout)."""
    installed = _PACKAGE / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def i18n_dir() -> Path:
    return folder("i18n")


def fonts_dir() -> Path:
    return folder("resources") / "fonts"


def icon_file() -> Path:
    """The app icon as a 256 px PNG (resources/icons; tools/make_icons.py draws it)."""
    return folder("resources") / "icons" / "minime-admin.png"
