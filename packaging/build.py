"""Build the one-folder bundle of minime-admin for the system this runs on.

    python -m pip install ".[packaging]"
    python packaging/build.py [--dist DIR] [--work DIR]

Writes DIR/minime-admin/ (Linux, Windows) or DIR/minime-admin.app (macOS); DIR defaults to
packaging/dist. The installers are made from that folder: packaging/windows/minime-admin.iss
(Inno Setup) and packaging/macos/make_dmg.sh. Prints the bundle's path on its last line.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from minime_admin.version import app_version  # noqa: E402


def windows_version_file(version: str, folder: Path) -> Path:
    """The version resource Explorer shows under Properties › Details (four numbers)."""
    numbers = [int(part) if part.isdigit() else 0 for part in version.split(".")[:4]]
    numbers += [0] * (4 - len(numbers))
    path = folder / "version_info.txt"
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(numbers)}, prodvers={tuple(numbers)}),
  kids=[StringFileInfo([StringTable('040904B0', [
    StringStruct('CompanyName', 'SIA Mini Me'),
    StringStruct('FileDescription', 'minime-admin'),
    StringStruct('FileVersion', '{version}'),
    StringStruct('ProductName', 'minime-admin'),
    StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])])
""",
        encoding="utf-8",
    )
    return path


def build(dist: Path, work: Path) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit('PyInstaller is missing: python -m pip install ".[packaging]"')
    version = app_version()
    environment = dict(os.environ)
    if sys.platform == "win32":
        environment["MINIME_ADMIN_WIN_VERSION_FILE"] = str(windows_version_file(version, work))
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(HERE / "minime-admin.spec"),
    ]
    print(f"building minime-admin {version} for {sys.platform}", flush=True)
    subprocess.run(command, check=True, cwd=ROOT, env=environment)
    return dist / ("minime-admin.app" if sys.platform == "darwin" else "minime-admin")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=HERE / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, help="PyInstaller's build folder (default: a temp)")
    arguments = parser.parse_args()
    arguments.dist.mkdir(parents=True, exist_ok=True)
    if arguments.work is not None:
        arguments.work.mkdir(parents=True, exist_ok=True)
        bundle = build(arguments.dist.resolve(), arguments.work.resolve())
    else:
        with tempfile.TemporaryDirectory(prefix="minime-admin-build-") as work:
            bundle = build(arguments.dist.resolve(), Path(work))
    print(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
