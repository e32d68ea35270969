"""The window's size, position and docks come back in the next session (widgets/window/window_layout.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.settings import Settings
from tests.window.test_start_up import FirstPaint
from widgets.window.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, tmp_path):
    """A window as the app makes it, on the one settings file of this test."""

    def make() -> MainWindow:
        window = MainWindow(
            settings=Settings(tmp_path / "settings.ini"),
            workshop_folder=tmp_path,
            demo_path=lambda: tmp_path / "none.samskap",
        )
        qtbot.addWidget(window)
        return window

    return make


def _last_session(make_window, demo_file, qtbot) -> tuple[tuple[int, int], int, int]:
    """A session that made the window lower and the agenda lower than the current step under it.

    The offscreen platform's screen is 800 x 800 and the window cannot be narrower than about
    1000 pixels with its docks: restoring fits it to the screen's width (Qt's restoreGeometry
    keeps a window on the screen), so what is checked here is the height and the docks' heights.
    """
    window = make_window()
    window.show()
    assert window.open_path(demo_file)
    qtbot.waitUntil(lambda: window.parts_installed)
    window.resize(window.width(), 700)
    qtbot.waitUntil(lambda: window.height() == 700)
    before = window.agenda_dock.height()
    total = before + window.step_dock.height()
    window.resizeDocks(
        [window.agenda_dock, window.step_dock], [before - 60, total - before + 60], Qt.Orientation.Vertical
    )
    qtbot.waitUntil(lambda: window.agenda_dock.height() < before)
    size, agenda, step = window.size().toTuple(), window.agenda_dock.height(), window.step_dock.height()
    window.close()
    return size, agenda, step


def test_size_and_dock_sizes_come_back_in_a_new_window(make_window, demo_file, qtbot, tmp_path):
    size, agenda_height, step_height = _last_session(make_window, demo_file, qtbot)
    assert Settings(tmp_path / "settings.ini").window_layout() is not None, "written on closing"

    window = make_window()
    probe = FirstPaint(window)
    assert window.open_path(demo_file)
    window.show()
    qtbot.waitUntil(lambda: probe.seen is not None)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert window.size().toTuple() == (min(size[0], screen.width() - 2), size[1])
    assert probe.seen is not None and probe.seen["agenda"].height() == agenda_height, "in the first frame already"
    assert window.step_dock.height() == step_height
    qtbot.waitUntil(lambda: window.parts_installed)
    # The docks the parts add move nothing (the agenda's own contents, filled by the parts,
    # settle its height by a pixel or two, with or without a saved layout).
    agenda = window.agenda_dock.geometry()
    assert (agenda.topLeft(), agenda.width()) == (probe.seen["agenda"].topLeft(), probe.seen["agenda"].width())
    assert abs(agenda.height() - probe.seen["agenda"].height()) <= 2
    assert not window.vote_dock.isVisible() and not window.parts.participants_dock.isVisible()
    assert window.toolbar.isVisible(), "which bars show stays the window's choice"


def test_a_new_installation_keeps_the_layout_it_had(make_window, demo_file, qtbot, tmp_path):
    window = make_window()
    assert Settings(tmp_path / "settings.ini").window_layout() is None
    window.show()
    assert window.open_path(demo_file)
    qtbot.waitUntil(lambda: window.parts_installed)
    assert (window.agenda_dock.width(), window._dock.width()) == (330, 250)


def test_closed_without_a_workshop_the_docks_of_the_last_one_are_kept(make_window, demo_file, qtbot):
    _size, agenda_height, _step = _last_session(make_window, demo_file, qtbot)
    empty = make_window()
    empty.show()
    qtbot.waitUntil(lambda: empty.parts_installed)
    empty.close()  # its docks were hidden: the next workshop must not lose their widths

    window = make_window()
    window.show()
    assert window.open_path(demo_file)
    qtbot.waitUntil(lambda: window.agenda_dock.isVisible())
    assert window.agenda_dock.height() == agenda_height


def test_a_window_last_on_a_screen_now_gone_comes_back_on_this_one(make_window, qtbot):
    window = make_window()
    window.show()
    window.move(9000, 7000)  # on a projector to the far right, since unplugged
    window.close()

    again = make_window()
    again.show()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.intersects(again.frameGeometry()), (screen, again.frameGeometry())


def test_a_picture_of_the_window_neither_uses_nor_changes_the_saved_layout(make_window, demo_file, qtbot, tmp_path):
    from widgets.window.screenshot import render_window

    _size, agenda, _phases = _last_session(make_window, demo_file, qtbot)
    saved = Settings(tmp_path / "settings.ini").window_layout()
    window = make_window()
    render_window(window, demo_file, tmp_path / "picture.png", size=(1100, 700), phase=None, board=None)
    assert window.agenda_dock.height() != agenda, "the layout of a new installation"
    window.close()
    assert Settings(tmp_path / "settings.ini").window_layout() == saved
