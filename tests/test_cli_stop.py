"""`samskap pdf` stopped halfway, as a real process stopped by a real signal (issue 15).

SIGTERM (a logout, a service manager, `kill`) and Ctrl+C (SIGINT) both leave no half-written
`.partial` file beside the target, and say so in one `samskap:` line, never a traceback. The
workshop is large enough that the PDF is still being written when the signal comes: the test
sends it once the `.partial` file exists, so nothing depends on how fast the machine is.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.storage.workshop_file import WorkshopFile
from tests.factories import many_notes_workshop

ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def big_workshop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "Stor.samskap"
    WorkshopFile.create(path, many_notes_workshop(8000)).close()
    return path


def start_pdf(home: Path, workshop: Path, output: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["SAMSKAP_WORKSHOP_DIR"] = str(home / "workshops")
    env["SAMSKAP_SETTINGS"] = str(home / "settings" / "samskap.ini")
    return subprocess.Popen(
        [sys.executable, "-m", "app", "pdf", str(workshop), "-o", str(output)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        encoding="utf-8",
        errors="replace",
    )


def wait_for_partial_file(process: subprocess.Popen[str], folder: Path) -> None:
    """Until the command has begun writing its .partial file (waiting on the process, not sleeping)."""
    while not list(folder.glob("*.partial")):
        try:
            process.wait(timeout=0.05)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"the pdf command ended before it wrote anything: {process.communicate()}")


@pytest.mark.parametrize(("number", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)], ids=["sigterm", "ctrl-c"])
def test_a_stopped_pdf_leaves_no_partial_file_and_says_so_in_one_line(
    tmp_path: Path, big_workshop: Path, number: signal.Signals, code: int
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    process = start_pdf(tmp_path, big_workshop, out / "Oppsummering.pdf")
    try:
        wait_for_partial_file(process, out)
        process.send_signal(number)
        _stdout, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()

    assert process.returncode == code, stderr
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1 and lines[0] == "samskap: stopped before the command finished", stderr
    assert list(out.iterdir()) == []  # neither the PDF nor its .partial
