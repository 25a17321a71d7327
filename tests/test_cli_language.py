"""Errors on the command line speak the user's language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import _subprocess_env


@pytest.mark.slow
def test_errors_speak_latvian_when_asked(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "minime_admin", "--db", str(tmp_path / "x.db"), "audit", "verify"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=_subprocess_env(tmp_path, MINIME_ADMIN_LANG="lv"),
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "datubāz" in result.stderr  # "datubāze" in one of its forms
