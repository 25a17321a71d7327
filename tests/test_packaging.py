"""The installed package carries what lives at the repository's top level (setup.py)."""

from __future__ import annotations

import json
from importlib import metadata

import pytest

from minime_admin import bundled


def _installed_files() -> set[str]:
    """The files pip installed from the wheel (a build leaves an egg-info in the checkout,
    which importlib also finds: it lists the sources, not what was installed)."""
    for distribution in metadata.distributions(name="minime-admin"):
        if distribution.read_text("RECORD") is None:
            continue
        direct_url = distribution.read_text("direct_url.json")
        if direct_url and json.loads(direct_url).get("dir_info", {}).get("editable"):
            pytest.skip("an editable install has no file list; CI installs the wheel")
        return {str(path) for path in distribution.files or ()}
    pytest.skip("minime-admin is not installed from a wheel here")


def test_the_wheel_ships_translations_fonts_and_migrations() -> None:
    files = _installed_files()
    for wanted in (
        "minime_admin/i18n/minime_admin_lv.qm",
        "minime_admin/resources/fonts/DejaVuSans.ttf",
        "minime_admin/resources/fonts/LICENSE-DejaVu.txt",
        "minime_admin/resources/icons/minime-admin.png",
        "minime_admin/resources/icons/minime-admin.ico",
        "minime_admin/store/migrations/script.py.mako",
        "minime_admin/store/migrations/versions/0001_system_tables.py",
        "minime_admin/demo/customers.py",
        "minime_admin/cli/breach.py",
    ):
        assert wanted in files, wanted


def test_bundled_folders_exist_where_the_code_looks() -> None:
    assert (bundled.i18n_dir() / "minime_admin_lv.qm").is_file()
    assert (bundled.fonts_dir() / "DejaVuSans.ttf").is_file()
    assert bundled.icon_file().is_file()
