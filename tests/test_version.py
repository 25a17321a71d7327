"""One version, pyproject.toml's, everywhere the app shows one (#19.4)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

from minime_admin import __version__, bundled
from minime_admin.version import _from_pyproject

ROOT = Path(__file__).resolve().parent.parent


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def test_the_package_version_is_pyprojects() -> None:
    assert __version__ == pyproject_version()


def test_version_flag_prints_pyprojects_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "minime_admin", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"minime-admin {pyproject_version()}"


def test_another_projects_pyproject_is_not_read(tmp_path: Path) -> None:
    other = tmp_path / "pyproject.toml"
    other.write_text('[project]\nname = "something-else"\nversion = "9.9"\n', encoding="utf-8")
    assert _from_pyproject(other) is None
    assert _from_pyproject(tmp_path / "missing.toml") is None


def test_version_is_read_from_the_project_table_only(tmp_path: Path) -> None:
    ours = tmp_path / "pyproject.toml"
    ours.write_text(
        '[tool.x]\nversion = "0.0"\n\n[project]\nname = "minime-admin"\nversion = "2.3.4"\n'
        '\n[project.optional-dependencies]\nversion = "nope"\n',
        encoding="utf-8",
    )
    assert _from_pyproject(ours) == "2.3.4"


def test_the_icon_ships_in_every_format() -> None:
    icons = bundled.icon_file().parent
    for name in ("minime-admin.svg", "minime-admin.png", "minime-admin.ico", "minime-admin.icns"):
        assert (icons / name).stat().st_size > 0, name
    assert bundled.icon_file().read_bytes().startswith(b"\x89PNG")
    assert (icons / "minime-admin.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "minime-admin.icns").read_bytes()[:4] == b"icns"
