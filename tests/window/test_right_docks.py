"""The right-hand docks with a vote running stay usable at 1366x768 and 1920x1080 (issue 16, item 9).

Each size needs a screen of that size before Qt starts, so each runs in a child process:
tests/right_docks_scenario.py. Screenshots: tests/screenshots/window-SIZE-vote-running*.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SCREENSHOTS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("size", ["1366x768", "1920x1080"])
def test_every_panel_on_the_right_keeps_three_lines_with_a_vote_running(tmp_path, size):
    SCREENSHOTS.mkdir(exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "tests.right_docks_scenario", str(tmp_path), str(SCREENSHOTS), size],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all checks passed" in result.stdout
