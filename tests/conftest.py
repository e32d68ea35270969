"""Shared test set-up: Qt offscreen, and a main window on files in tmp_path.

Everything here uses real objects: real workshop files, a real window, a real
settings file. Screens the tests render are saved to tests/screenshots/ so a
person can look at them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCREENSHOTS = Path(__file__).parent / "screenshots"

# Fixtures of the agenda, wizard and timer tests: clock, library, facilitator.
pytest_plugins = ["tests.agenda_support", "tests.floke_support"]


@pytest.fixture(autouse=True)
def _one_event_loop_per_test():
    """A test's asyncio loop does not outlive it.

    qasync's loop takes over Qt's running loop (already_running=True) and stays marked as
    running on this thread; in one pytest process that would leak into the next test, where
    `asyncio.run()` then refuses to start. The app closes its loop after `app.exec()`
    returns, but closing means `loop.stop()`, which calls `QApplication.exit()` and would
    end every later `qtbot.waitSignal` at once; so a test's loop is only let go of here,
    and the next test that needs one makes its own.
    """
    yield
    if "asyncio" in sys.modules:
        import asyncio

        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)


@pytest.fixture(autouse=True)
def _boards_taken_down_after_each_test():
    """A board's objects are left out of collections while it is shown (app/long_lived.py)
    and let back in when it is taken down; many tests never take theirs down, as a closed window
    would: here the next test starts with every object seen by the collector again."""
    yield
    import gc

    gc.unfreeze()


@pytest.fixture
def demo_file(tmp_path) -> Path:
    """The built-in demo workshop, written to a file of this test."""
    from app.demo import build_demo_workshop
    from app.storage.workshop_file import WorkshopFile

    path = tmp_path / "demo.samskap"
    WorkshopFile.create(path, build_demo_workshop()).close()
    return path


@pytest.fixture
def window(qtbot, tmp_path):
    """A main window with its own settings and workshops folder, no workshop open."""
    from app.settings import Settings
    from widgets.common.fonts import install_fonts
    from widgets.window.main_window import MainWindow

    install_fonts()
    folder = tmp_path / "workshops"
    folder.mkdir()

    def demo_path() -> Path:
        from app.demo import build_demo_workshop
        from app.storage.workshop_file import WorkshopFile

        path = folder / "demo.samskap"
        if not path.exists():
            WorkshopFile.create(path, build_demo_workshop()).close()
        return path

    from app.storage.backups import BackupStore

    main_window = MainWindow(
        settings=Settings(tmp_path / "settings.ini"),
        workshop_folder=folder,
        demo_path=demo_path,
        backups=BackupStore(tmp_path / "backups"),
    )
    qtbot.addWidget(main_window)
    main_window.resize(1280, 800)
    main_window.show()
    qtbot.waitExposed(main_window)
    qtbot.waitUntil(lambda: main_window.parts_installed)  # built after the first frame, as for a user
    yield main_window
    main_window.close()


def save_screenshot(widget, name: str) -> Path:
    """Save what `widget` shows, for a person to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path
