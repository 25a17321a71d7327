"""A fast start stays fast (#19.5): the heavy libraries load when first used, not at start.

The app runs in a subprocess (a fresh interpreter, as a user starts it) on a small demo
database until the inbox has drawn its first rows, then reports which libraries it loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import TEST_NOW

from minime_admin import paths
from minime_admin.demo import database as demo_database
from minime_admin.domain.actor import Actor
from minime_admin.domain.clock import FixedClock

ROOT = Path(__file__).resolve().parent.parent

# Loaded only by what needs them: letters (ReportLab), previews (PDFium), access logs,
# browsers, passphrase checks, encrypted exports, Outlook files. None is needed to show the
# inbox, so each would be start-up time wasted.
LAZY = ("reportlab", "pypdfium2", "apachelogs", "ua_parser", "zxcvbn", "pyzipper", "olefile")
# Nor the other pages of the main window (each is built when first shown), Alembic on a
# database that needs no migration, the keychain for the demo, the letter code and the
# wizards: all of it waits for its first use.
LAZY_OF_OURS = (
    "minime_admin.gui.customers.page",
    "minime_admin.gui.breaches.page",
    "minime_admin.gui.shop.page",
    "minime_admin.gui.reports.page",
    "minime_admin.gui.audit_view",
    "minime_admin.gui.settings_page",
    "minime_admin.gui.letter_dialog",
    "minime_admin.gui.wizards.export_wizard",
    "minime_admin.gui.wizards.erasure_wizard",
    "minime_admin.demo.customers",
    "alembic",
    "keyring",
)

SCRIPT = """
import json, sys
from minime_admin.cli import main
status = main(["--demo"])
print("loaded: " + json.dumps(sorted(name for name in {lazy!r} if name in sys.modules)))
sys.exit(status)
"""


def run_app(until: str, script: str = SCRIPT, **variables: str) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        **variables,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "MINIME_ADMIN_EXIT_WHEN_SHOWN": until,
    }
    return subprocess.run(
        [sys.executable, "-c", script.format(lazy=LAZY + LAZY_OF_OURS)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=180,
        check=False,
    )


@pytest.fixture
def small_demo(clerk: Actor) -> Path:
    path = paths.demo_database()
    demo_database.create_demo(path, clerk, FixedClock(TEST_NOW), customers=60).close()
    return path


@pytest.mark.slow
@pytest.mark.parametrize("until", ["inbox", "ready"])
def test_the_inbox_shows_its_rows_without_loading_the_heavy_libraries(
    small_demo: Path, until: str
) -> None:
    """ "inbox": the first rows, read early; "ready": the inbox's own, to act on."""
    result = run_app(until)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"shown: {until}" in lines
    loaded = json.loads(next(line for line in lines if line.startswith("loaded: "))[8:])
    assert loaded == []


def test_the_first_rows_show_before_the_services_have_loaded(small_demo: Path) -> None:
    """The start's own trace: the rows read early are drawn before the preload of SQLAlchemy
    and the services has ended (store/first_page.py)."""
    result = run_app("inbox", MINIME_ADMIN_STARTUP_TRACE="1")
    assert result.returncode == 0, result.stderr
    phases = [line.split(") ", 1)[1] for line in result.stderr.splitlines() if "startup:" in line]
    assert "first rows shown" in phases and "shown: inbox" in phases
    if "preloaded" in phases:  # the imports may end before the app does
        assert phases.index("first rows shown") < phases.index("preloaded")


def test_the_command_line_without_a_command_loads_no_command_code() -> None:
    """No command means the GUI: the command groups (and the services) are not imported."""
    script = (
        "import sys\n"
        "from minime_admin import cli\n"
        "arguments = cli.parse_arguments(['--demo'])\n"
        "assert arguments.command is None and arguments.demo\n"
        "print(sorted(m for m in ('minime_admin.cli.requests', 'minime_admin.services.database',"
        " 'sqlalchemy', 'alembic', 'PySide6.QtWidgets') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "[]"


def loaded_by(imports: str, watched: str) -> list[str]:
    """The modules a fresh interpreter has loaded after ``imports``, among those for which
    the expression ``watched`` (over a module name ``m``) is true."""
    script = f"import sys\n{imports}\nprint(sorted(m for m in sys.modules if {watched}))\n"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=True,
    )
    loaded: list[str] = json.loads(result.stdout.strip().replace("'", '"'))
    return loaded


def test_the_main_window_paints_before_sqlalchemy_and_the_services_are_imported() -> None:
    """The window's frame, in its "Opening…" state, needs Qt only (#19.5): gui/app.py and
    gui/main_window.py import the database code when it is needed, on the worker thread."""
    watched = (
        "m in ('sqlalchemy', 'minime_admin.services.database', 'minime_admin.gui.inbox.page',"
        " 'minime_admin.gui.context')"
    )
    assert loaded_by("from minime_admin.gui import app, main_window", watched) == []


def test_the_early_read_of_the_first_rows_loads_neither_sqlalchemy_nor_the_services() -> None:
    """What reads and shows the first rows at start (store/first_page.py) runs before the
    preload of SQLAlchemy and the services: it must not load them itself, nor keyring."""
    imports = (
        "from minime_admin.services import first_rows\n"
        "from minime_admin.gui import opening\n"
        "from minime_admin.gui.inbox import columns, model"
    )
    watched = (
        "m.startswith('sqlalchemy') or m in ('minime_admin.services.database',"
        " 'minime_admin.services.requests', 'keyring')"
    )
    assert loaded_by(imports, watched) == []


def test_a_command_still_parses_with_the_full_parser() -> None:
    from minime_admin import cli

    arguments = cli.parse_arguments(["--db", "x.db", "customers", "search", "berzins"])
    assert arguments.command == "customers" and str(arguments.db) == "x.db"
    with pytest.raises(SystemExit):
        cli.parse_arguments(["--no-such-option"])
