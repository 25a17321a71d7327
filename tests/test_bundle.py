"""The frozen app (PyInstaller one-folder bundle) does what the pip-installed one does (#19.2).

Slow lane: the bundle is built once per test session (minutes) into a temporary folder, or
taken from MINIME_ADMIN_BUNDLE (a folder `python packaging/build.py` wrote; the CI workflow
builds first and points here). Deselect with ``-m "not bundle"``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "Brīvdienas-Jūrmalā-2026!"  # MINIME_ADMIN_PASSPHRASE: no keychain, no prompt

pytestmark = [pytest.mark.slow, pytest.mark.bundle]


def executable_in(bundle: Path) -> Path:
    if sys.platform == "darwin":
        return bundle / "Contents" / "MacOS" / "minime-admin"
    # Windows: the console executable, so the smoke test reads what the commands print.
    return bundle / ("minime-admin-cli.exe" if sys.platform == "win32" else "minime-admin")


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    given = os.environ.get("MINIME_ADMIN_BUNDLE")
    if given:
        yield Path(given)
        return
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail('PyInstaller missing in CI: install ".[packaging]"')
        pytest.skip('PyInstaller not installed (pip install ".[packaging]")')
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    yield Path(result.stdout.strip().splitlines()[-1])


def run(bundle: Path, data: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("MINIME_ADMIN_")
    }
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        MINIME_ADMIN_DATA_DIR=str(data),
        MINIME_ADMIN_PASSPHRASE=PASSPHRASE,
        MINIME_ADMIN_LANG="en",
        **env,
    )
    return subprocess.run(
        [str(executable_in(bundle)), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=600,
        check=False,
    )


def test_version_is_pyprojects(bundle: Path, tmp_path: Path) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    result = run(bundle, tmp_path / "data", "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"minime-admin {version}"


def test_commands_on_a_passphrase_database(bundle: Path, tmp_path: Path) -> None:
    data, db = tmp_path / "data", str(tmp_path / "office.db")
    created = run(bundle, data, "--db", db, "init")
    assert created.returncode == 0, created.stderr
    seeded = run(bundle, data, "--db", db, "seed-demo", "--customers", "300")
    assert seeded.returncode == 0, seeded.stderr
    found = run(bundle, data, "--db", db, "customers", "search", "berzins", "--json")
    assert found.returncode == 0, found.stderr
    people = json.loads(found.stdout)
    assert people and all("Bērziņ" in person["name"] for person in people[:3])


def test_the_gui_shows_its_main_window_and_exits_cleanly(bundle: Path, tmp_path: Path) -> None:
    # The inbox's first rows, not just the main window's first paint: since #19.5 the window
    # paints before the database has opened, and the frozen app must open it too.
    result = run(bundle, tmp_path / "data", "--demo", MINIME_ADMIN_EXIT_WHEN_SHOWN="ready")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "shown: ready" in result.stdout.splitlines()
    assert "Traceback" not in result.stderr
    # Started again, on the demo made above: its first rows read early, before the services.
    again = run(
        bundle,
        tmp_path / "data",
        "--demo",
        MINIME_ADMIN_EXIT_WHEN_SHOWN="inbox",
        MINIME_ADMIN_STARTUP_TRACE="1",
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert "shown: inbox" in again.stdout.splitlines()
    assert "first rows shown" in again.stderr


def test_the_bundle_carries_its_files_and_no_unused_qt(bundle: Path) -> None:
    files = [path.relative_to(bundle).as_posix() for path in bundle.rglob("*")]
    names = [name.rsplit("/", 1)[-1].lower() for name in files]
    for unused in ("qtqml", "qt6qml", "qtquick", "qt6quick", "qtwebengine", "qt6webengine"):
        assert not [name for name in names if unused in name], unused
    assert any(name.endswith("minime_admin/i18n/minime_admin_lv.qm") for name in files)
    assert any(name.endswith("minime_admin/resources/fonts/dejavusans.ttf") for name in
               (f.lower() for f in files))  # fmt: skip
    assert any(name.endswith("minime_admin/store/migrations/env.py") for name in files)
    assert any("keyring" in name and name.endswith("entry_points.txt") for name in files)
