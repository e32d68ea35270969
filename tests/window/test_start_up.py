"""Start-up: the window paints its board first and builds its other parts right after.

The agenda, voting, stakeholder map, projector and email (widgets/window/window_parts.py)
are built in the turn of the event loop after the first frame. These tests hold
that to its promises: the first frame already has the final layout, the parts
catch up with a workshop opened before them, asking for a part builds it at
once, and a window closed straight away never builds them.
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, QObject

from app.demo import build_demo_workshop
from app.domain.model import AgendaStep, Board, BoardKind, Phase, Workshop, WorkshopInfo
from app.settings import Settings
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot
from widgets.window.main_window import MainWindow


@pytest.fixture
def bare_window(qtbot, tmp_path):
    """A main window as the app makes it: not shown, no parts built yet."""
    from widgets.common.fonts import install_fonts

    install_fonts()
    window = MainWindow(
        settings=Settings(tmp_path / "settings.ini"),
        workshop_folder=tmp_path,
        demo_path=lambda: tmp_path / "none.samskap",
    )
    qtbot.addWidget(window)
    return window


class FirstPaint(QObject):
    """Notes what the window looked like when the board was first painted."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.seen: dict | None = None
        window.view.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.seen is None:
            view = self.window.view
            self.seen = {
                "parts": self.window.parts_installed,
                "view": view.mapTo(self.window, view.rect().topLeft()),
                "size": view.size(),
                "zoom": view.transform().m11(),
                "board": self.window.current_board_id(),
                "toolbar": (len(self.window.toolbar.actions()), self.window.toolbar.geometry()),
                "agenda": self.window.agenda_dock.geometry(),
                "legend": (len(view.sector_legend.buttons), self.window.sector_dock.geometry()),
            }
        return False


def first_frame_of_the_demo(window: MainWindow, demo_file, qtbot) -> FirstPaint:
    """Show `window`, open the demo workshop in it and wait for the board's first frame."""
    probe = FirstPaint(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_path(demo_file)
    qtbot.waitUntil(lambda: probe.seen is not None)
    return probe


def test_the_board_is_painted_before_the_parts_are_built_and_nothing_moves_after(bare_window, demo_file, qtbot):
    window = bare_window
    probe = FirstPaint(window)
    window.resize(1280, 800)
    window.show()
    assert window.open_path(demo_file)
    assert not window.parts_installed, "opening a workshop builds only what its board needs"
    qtbot.waitUntil(lambda: probe.seen is not None)
    assert probe.seen["parts"] is False
    qtbot.waitUntil(lambda: window.parts_installed)  # without anyone asking for a part

    view = window.view
    assert view.mapTo(window, view.rect().topLeft()) == probe.seen["view"]
    assert view.size() == probe.seen["size"]
    assert view.transform().m11() == pytest.approx(probe.seen["zoom"])
    assert window.current_board_id() == probe.seen["board"]
    assert window.agenda_dock.widget() is window.facilitation.agenda_panel
    assert window.menus.file.actions(), "the menus are filled"
    save_screenshot(window, "start-up-parts-built")


def test_the_toolbar_is_filled_after_the_first_frame_and_the_board_stays_put(bare_window, demo_file, qtbot):
    window = bare_window
    probe = first_frame_of_the_demo(window, demo_file, qtbot)
    buttons, bar = probe.seen["toolbar"]
    assert buttons == 0, "its actions come with the parts"
    assert bar.height() > 0, "but its place is there from the first frame"
    qtbot.waitUntil(lambda: window.parts_installed)

    assert window.toolbar.actions(), "filled"
    assert window.toolbar.geometry() == bar
    view = window.view
    assert view.mapTo(window, view.rect().topLeft()) == probe.seen["view"]
    assert view.size() == probe.seen["size"]


def test_the_sector_legend_fills_after_the_first_frame_the_room_that_frame_kept(bare_window, demo_file, qtbot):
    window = bare_window
    probe = first_frame_of_the_demo(window, demo_file, qtbot)
    buttons, dock = probe.seen["legend"]
    assert buttons == 0, "its buttons come with the parts"
    assert window.sector_dock.isVisible(), "but its dock is there from the first frame"
    legend = window.view.sector_legend
    assert legend.held
    qtbot.waitUntil(lambda: window.parts_installed and not legend.held)

    assert [key for key, _count in legend.counts()] == list(legend.buttons), "one button per sector on the board"
    assert len(legend.buttons) >= 5
    assert window.sector_dock.geometry() == dock, "the buttons came where the first frame kept room for them"
    assert legend.height() == legend.sizeHint().height(), "and the room kept is the room they take"
    last = list(legend.buttons.values())[-1]
    assert last.geometry().bottom() <= legend.contentsRect().bottom(), "and all of them fit in it"
    save_screenshot(window, "start-up-sector-legend")


def test_parts_built_after_a_workshop_opened_catch_up_with_it(bare_window, demo_file, qtbot):
    window = bare_window
    window.show()
    window.open_path(demo_file)
    qtbot.waitUntil(lambda: window.parts_installed)
    document = window.document
    current = document.find(AgendaStep, document.info.current_step_id)
    assert window.facilitation.agenda.current_step() == current
    assert window.facilitation.step_panel.isVisibleTo(window)
    assert window.votes.scene is window.view.board_scene, "the dots follow the board shown"
    assert window.mail.email_action.isEnabled()
    assert window.save_as_action.isEnabled()
    assert window.undo_action.isEnabled() is False


def test_workshops_opened_before_the_first_frame_are_remembered_just_after_it(bare_window, demo_file, tmp_path):
    """Remembering a recent file syncs the settings file to the disk: none of the first frame."""
    window = bare_window
    other = tmp_path / "other.samskap"
    WorkshopFile.create(other, build_demo_workshop()).close()
    window.open_path(other)
    window.open_path(demo_file)
    assert window.settings.recent_files() == [], "nothing written before the parts"
    _ = window.parts
    assert window.settings.recent_files() == [demo_file, other], "each, newest first"
    assert Settings(tmp_path / "settings.ini").recent_files() == [demo_file, other], "and on the disk"
    window.open_path(other)
    assert window.settings.recent_files() == [other, demo_file], "after the first frame: at once"


def test_asking_for_a_part_before_the_first_frame_builds_it_at_once(bare_window):
    window = bare_window
    assert not window.parts_installed
    agenda = window.facilitation.agenda
    assert window.parts_installed
    assert window.facilitation.agenda is agenda, "built once"
    assert window.stakeholder_map is window.parts.stakeholder_map
    assert not window.save_as_action.isEnabled(), "nothing open: nothing to save"


def test_a_stakeholder_map_opened_first_builds_the_parts_to_show_it(bare_window, tmp_path, qtbot):
    board = Board("Aktørkart", Phase.CO_INITIATION, BoardKind.STAKEHOLDER_MAP)
    path = tmp_path / "aktorer.samskap"
    WorkshopFile.create(path, Workshop(info=WorkshopInfo("Aktører"), boards=[board])).close()
    window = bare_window
    window.show()
    assert window.open_path(path)
    assert window.parts_installed
    assert window.current_page() is window.stakeholder_map
    assert window.current_board_id() == board.id


def test_a_window_closed_at_once_never_builds_its_parts(bare_window, qtbot):
    window = bare_window
    window.show()
    qtbot.waitExposed(window)
    window.close()
    qtbot.wait(50)
    assert not window.parts_installed


def test_a_workshop_opens_on_the_current_steps_board_else_the_first_board():
    first = Board("Først", Phase.CO_INITIATION, position=0)
    later = Board("Senere", Phase.CO_INITIATION, position=1)
    design = Board("Design", Phase.CO_DESIGN, position=0)
    workshop = Workshop(info=WorkshopInfo("W"), boards=[design, later, first])
    assert workshop.opening_board() == first, "phase order, then position"

    step = AgendaStep("Idéer", Phase.CO_DESIGN, board_id=design.id)
    workshop.agenda = [step]
    workshop.info = dataclasses.replace(workshop.info, current_step_id=step.id)
    assert workshop.opening_board() == design

    workshop.agenda = [dataclasses.replace(step, board_id=None)]
    assert workshop.opening_board() == first, "a step without a board keeps the first board"
    workshop.agenda = [dataclasses.replace(step, board_id="gone")]
    assert workshop.opening_board() == first
    assert Workshop(info=WorkshopInfo("Tom")).opening_board() is None


@pytest.fixture
def own_folders(tmp_path, monkeypatch):
    """Settings, workshops and backups of the app's own start-up in tmp_path; its crash hook undone after."""
    import sys

    monkeypatch.setenv("SAMSKAP_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("SAMSKAP_WORKSHOP_DIR", str(tmp_path / "workshops"))
    monkeypatch.setenv("SAMSKAP_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.setenv("SAMSKAP_LANGUAGE", "en")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return tmp_path


def test_samskap_FILE_opens_the_workshop_before_the_window_shows(own_folders, demo_file, qtbot):
    from app.__main__ import start_window

    _app, window = start_window([str(demo_file)])
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.document is not None and window.document.file.path == demo_file
    assert window.current_board_id() == window.document.workshop.opening_board().id
    assert window._start_page is None, "the first frame is the board: no start page was built for it"
    window.close()


def test_the_collector_rests_until_the_first_frame_then_keeps_the_start_up_frozen(own_folders, demo_file, qtbot):
    import gc

    from app.__main__ import start_window

    gc.enable()  # an earlier test's window may not be deleted yet
    _app, window = start_window([str(demo_file)])
    qtbot.addWidget(window)
    try:
        assert not gc.isenabled(), "no collection while the window is built"
        qtbot.waitUntil(gc.isenabled)
        assert gc.get_freeze_count() > 0, "what the start-up made stays out of later collections"
    finally:
        gc.unfreeze()  # the test process goes on: its objects may be collected again


def test_a_window_gone_before_its_first_frame_leaves_the_collector_running(own_folders, demo_file, qtbot):
    import gc

    from app.__main__ import start_window

    _app, window = start_window([str(demo_file)])
    window.close()
    window.deleteLater()
    qtbot.waitUntil(gc.isenabled)
    gc.unfreeze()


def test_a_start_that_fails_leaves_the_collector_running(own_folders):
    import gc

    from app.__main__ import start_window
    from app.cli import UsageError

    gc.enable()
    with pytest.raises(UsageError):
        start_window(["--no-such-option"])
    assert gc.isenabled()


def test_samskap_alone_shows_the_start_page(own_folders, qtbot):
    from app.__main__ import start_window

    _app, window = start_window([])
    qtbot.addWidget(window)
    assert window.document is None
    assert window.start_page.isVisible()
    window.close()


def test_the_bundled_fonts_are_found_and_registered(qapp):
    from widgets.common.fonts import install_fonts

    assert install_fonts() == ["DejaVu Sans", "DejaVu Sans"], "the bold and the regular face"


def test_modules_imported_after_start_up_are_not_read_for_pyside_features(tmp_path, monkeypatch) -> None:
    """PySide6 reads every newly imported module's source to see whether it may use
    `from __feature__ import ...`; the window's start-up spares its imports that reading."""
    import inspect

    import PySide6.support.feature as feature  # type: ignore[import-not-found]

    from app.__main__ import skip_pyside_source_scan

    skip_pyside_source_scan()
    (tmp_path / "samskap_fresh_module.py").write_text("from PySide6.QtCore import QObject\n\nPLAIN = 1\n")
    (tmp_path / "samskap_fresh_plain.py").write_text("PLAIN = 2  # mentions PySide6 only in a comment\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    read: list[object] = []

    def getsource(obj: object) -> str:
        read.append(obj)
        return ""

    monkeypatch.setattr(inspect, "getsource", getsource)
    import samskap_fresh_module  # type: ignore[import-not-found]  # noqa: F401
    import samskap_fresh_plain  # type: ignore[import-not-found]  # noqa: F401

    assert read == [], "no source file was read"
    assert feature.pyside_feature_dict["samskap_fresh_module"] == 0, "a module using PySide6 may switch features"
    assert feature.pyside_feature_dict["samskap_fresh_plain"] == -1, "a module without it is left out"


_CLASSES_AT_FIRST_FRAME = """
import os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
import PySide6.QtGui as gui
import PySide6.QtWidgets as widgets

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            names = ("QMessageBox", "QFileDialog", "QInputDialog", "QGradient", "QGraphicsLineItem")
            names += ("QIcon", "QKeySequence")
            set_up = [name for name in names if name in vars(widgets) or name in vars(gui)]
            set_up += [name for name in ("app.cli",) if name in sys.modules]
            set_up += [] if os.environ.get("QT_NO_GUI_THREADPOOL") else ["Qt's drawing threads"]
            QTimer.singleShot(0, lambda: (print(",".join(set_up) or "none", flush=True), os._exit(0)))
        return False

from app.__main__ import start_window
app, window = start_window([sys.argv[1]])
probe = FirstPaint()
window.view.viewport().installEventFilter(probe)
app.exec()
"""


def test_classes_and_modules_no_first_frame_needs_are_not_loaded_before_it(own_folders, demo_file):
    """The binding sets a Qt class up (its enums made as Python enums) when a module first names
    it: a message box cost 3.4 ms of every start, for dialogs no first frame shows, a QBrush
    made of a colour 6 ms, for QGradient's 180 presets, the canvas modes' line 1.3 ms, and the
    toolbar's and sector legend's icons 3.3 ms (QIcon's theme names), the shortcuts 1.5 ms.
    `samskap FILE` needs none of the headless commands either (app.cli), nor Qt's pool of
    drawing threads, which cost the first frame 4.6 ms on two cores (see app.__main__._application)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    env.pop("QT_NO_GUI_THREADPOOL", None)  # as a user's machine has it: the start sets it
    out = subprocess.run(
        [sys.executable, "-c", _CLASSES_AT_FIRST_FRAME, str(demo_file)],
        capture_output=True, text=True, env=env, timeout=120, cwd=root,
    )  # fmt: skip
    assert out.stdout.strip().splitlines()[-1] == "none", out.stdout + out.stderr


def test_work_after_the_first_frame_waits_for_what_the_frame_itself_queued(qtbot):
    """A window paints before its children, and what it does after its first frame (the app's
    icon, the collector, the parts) must not run before the children's paint has even finished
    queueing its own follow-ups: the frame comes first, then everything it asked for, then that work."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from widgets.common.event_loop import after_first_frame

    happened: list[str] = []

    class Child(QWidget):
        def paintEvent(self, event) -> None:
            happened.append("child painted")
            QTimer.singleShot(0, lambda: happened.append("child's follow-up"))

    window = QWidget()
    child = Child()
    child.setMinimumSize(100, 100)
    QVBoxLayout(window).addWidget(child)
    qtbot.addWidget(window)
    after_first_frame(window, lambda: happened.append("after the first frame"))
    window.show()
    qtbot.waitUntil(lambda: "after the first frame" in happened)
    assert happened[:3] == ["child painted", "child's follow-up", "after the first frame"]
