"""Start-up: seconds from launch to the first painted frame, for Samskap, a bare one-label window
and a skeleton of Samskap's shape (and another checkout), taken in turns (issue 12's figures)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, installed or not

from app.storage.workshop_file import WorkshopFile  # noqa: E402

# The first painted frame ends the measurement: a paint event filter prints the time and quits.
_PAINT_PROBE = """
import os, sys, time
from PySide6.QtCore import QObject, QEvent, QTimer
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: (print(time.time(), flush=True), os._exit(0)))
        return False
"""

_BARE_WINDOW = (
    _PAINT_PROBE
    + """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Samskap")
probe = Probe(); label.installEventFilter(probe)
label.show()
app.exec()
"""
)

_SAMSKAP_WINDOW = (
    _PAINT_PROBE
    + """
from app.__main__ import start_window
app, window = start_window([sys.argv[1]])  # what `samskap FILE` does before its event loop
probe = Probe(); window.view.viewport().installEventFilter(probe)
app.exec()
"""
)


# A reference point between the two, to show how much of the gap is the toolkit's: a window
# of Samskap's shape (board view, boards list in a dock, menus) that reads the same demo
# through the document layer and draws its notes with Qt's own items, none of Samskap's widgets.
_SKELETON_WINDOW = (
    _PAINT_PROBE
    + """
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QDockWidget, QGraphicsScene, QGraphicsView, QListWidget, QMainWindow
from PySide6.QtWidgets import QWidget
from app.document import WorkshopDocument
from app.storage.workshop_file import WorkshopFile
app = QApplication([])
window = QMainWindow()
view = QGraphicsView(); window.setCentralWidget(view)
# A viewport made in Python, as Samskap's board view has one: the probe's viewport() would otherwise
# make the binding set up every widget class it might be (15 ms), a cost of the measuring alone.
view.setViewport(QWidget())
boards = QListWidget(); dock = QDockWidget("Phases and boards"); dock.setWidget(boards)
window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
for title in ("File", "Edit", "Note", "Map", "Board", "Agenda", "View", "Help"):
    window.menuBar().addMenu(title)
window.resize(1280, 800)
document = WorkshopDocument.open(WorkshopFile.open(sys.argv[1], read_only=True))
scene = QGraphicsScene()
for note in document.workshop.notes_on(document.workshop.opening_board().id):
    scene.addRect(note.x, note.y, note.width, note.height, brush=QBrush(QColor(note.colour)))
    text = scene.addText(note.text); text.setPos(note.x, note.y); text.setTextWidth(note.width - 10)
view.setScene(scene)
boards.addItems([board.name for board in document.workshop.boards])
probe = Probe(); view.viewport().installEventFilter(probe)
window.show()
view.fitInView(scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
app.exec()
"""
)


def child_env(root: Path = ROOT) -> dict[str, str]:
    scratch = Path(tempfile.mkdtemp())
    # An installed Samskap imports compiled byte-code (pip compiles it on install, the bundle
    # carries it), as PySide6 does in the bare window: a shell that sets
    # PYTHONDONTWRITEBYTECODE would otherwise make every launch compile ~200 modules again.
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {
        **environment,
        "PYTHONPATH": str(root),
        "SAMSKAP_SETTINGS": str(scratch / "s.ini"),
        "SAMSKAP_BACKUP_DIR": str(scratch / "backups"),
    }


def launch_seconds(script: str, *args: str, root: Path = ROOT) -> float:
    """Seconds from launching `script` to its first paint, with `root`'s Samskap on the path."""
    for workshop in args:
        # The probe ends a launch with os._exit, which leaves the workshop's lock files behind as
        # a crash would; a normal start finds none, so each launch starts without them.
        for leftover in Path(workshop).parent.glob(f".{Path(workshop).name}.samskap-lock*"):
            leftover.unlink()
    start = time.time()
    command = [sys.executable, "-c", script, *args]
    out = subprocess.run(command, capture_output=True, text=True, env=child_env(root), timeout=60, cwd=root)
    return float(out.stdout.strip().splitlines()[-1]) - start


def measure_startup(folder: Path, runs: int, against: Path | None = None) -> dict[str, float]:
    """Start-up of Samskap, the bare window and the skeleton (and another checkout), in turns.

    `against` is another checkout of Samskap (an older commit, say): its window is launched
    in the same turns, so "before" and "after" are measured in one run on one machine.
    Each checkout opens the demo workshop as its own version writes it.
    """
    from app.demo import build_demo_workshop

    demo = folder / "demo.samskap"
    WorkshopFile.create(demo, build_demo_workshop(), overwrite=True).close()
    launch_seconds(_SAMSKAP_WINDOW, str(demo))  # a first launch writes the byte-code, as an install does
    if against is not None:
        # The other checkout opens its own demo: an older one refuses a file of a newer schema.
        against_demo = folder / "demo-against.samskap"
        subprocess.run(
            [sys.executable, "-m", "app", "demo", "-o", str(against_demo), "--force"],
            check=True,
            capture_output=True,
            env=child_env(against),
            cwd=against,
        )
        launch_seconds(_SAMSKAP_WINDOW, str(against_demo), root=against)
    bare_runs, skeleton_runs, our_runs, against_runs = [], [], [], []
    for _ in range(runs):  # taken in turns, so a busy moment of the machine falls on each alike
        bare_runs.append(launch_seconds(_BARE_WINDOW))
        skeleton_runs.append(launch_seconds(_SKELETON_WINDOW, str(demo)))
        our_runs.append(launch_seconds(_SAMSKAP_WINDOW, str(demo)))
        if against is not None:
            against_runs.append(launch_seconds(_SAMSKAP_WINDOW, str(against_demo), root=against))
    bare, skeleton, ours = (statistics.median(r) for r in (bare_runs, skeleton_runs, our_runs))
    figures = {
        "startup_s": ours,
        "startup_bare_s": bare,
        "startup_ratio": ours / bare,
        "startup_skeleton_s": skeleton,
        "startup_skeleton_ratio": skeleton / bare,
        "startup_vs_skeleton": ours / skeleton,
    }
    if against_runs:
        figures["startup_against_s"] = statistics.median(against_runs)
        figures["startup_against_ratio"] = figures["startup_against_s"] / bare
    return figures
