"""Child process of window/test_right_docks.py: the right-hand docks with a vote running, on one real screen size.

Run as `python -m tests.right_docks_scenario TMPDIR SCREENSHOTS WIDTHxHEIGHT` from the repository
root, with QT_QPA_PLATFORM unset: Qt's offscreen platform starts with one screen of that size
(read only at start-up, hence a process of its own). A first start with no saved layout must fit
the screen; then, maximised, with dots being recorded, every panel on the right must keep a usable
height: at least three lines of the agenda, of "For the room", of the facilitator's notes, of who
is voting and of the notes voted on, with no note text cut off at the dock's edge. Each check
prints `ok ...`; the first failure prints `FAIL ...` and exits 1; the end prints `all checks passed`.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from tests.audience_screens_scenario import check

LINES = 3  # a panel that shows fewer lines of its text than this is not usable


def main(tmp: Path, screenshots: Path, size: str) -> int:
    from tests.offscreen_screens import write_config

    width, height = (int(n) for n in size.split("x"))
    config = write_config(tmp / "screens.json", [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}])
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])

    def wait_until(predicate: Callable[[], object], what: str, timeout_ms: int = 3000) -> None:
        waited = 0
        while not predicate() and waited < timeout_ms:
            QTest.qWait(10)
            waited += 10
        check(predicate(), what)

    from app.demo import build_demo_workshop
    from app.domain.model import Vote
    from app.settings import Settings
    from app.storage.workshop_file import WorkshopFile
    from widgets.common.fonts import install_fonts
    from widgets.window.main_window import MainWindow

    install_fonts()
    (tmp / "workshops").mkdir()
    path = tmp / "workshops" / "demo.samskap"
    WorkshopFile.create(path, build_demo_workshop()).close()
    window = MainWindow(
        settings=Settings(tmp / "settings.ini"), workshop_folder=tmp / "workshops", demo_path=lambda: path
    )
    window.show()
    available = QGuiApplication.primaryScreen().availableGeometry()
    check(available.size().toTuple() == (width, height), f"one screen of {size}")
    check(
        window.width() <= available.width() and window.height() <= available.height(),
        f"a first start fits the screen ({window.width()}x{window.height()})",
    )
    wait_until(lambda: window.parts_installed, "the parts are built")
    check(window.open_path(path), "the demo opens")
    window.setGeometry(available)  # maximised (the offscreen platform has no window manager to do it)
    wait_until(lambda: window.size() == available.size(), "as large as the screen")
    board = window.current_board_id()
    assert board is not None  # the demo opens on its first board
    window.votes.start_vote(Vote(board, title="Hva er viktigst?"))
    window.vote_panel.vote_actions.record.setChecked(True)
    wait_until(lambda: window.vote_dock.isVisible() and window.vote_panel.isVisible(), "recording dots shows the vote")
    QTest.qWait(50)
    check(window.height() <= available.height(), f"the window stays within the screen ({window.height()} px)")

    def rows(view, what: str) -> None:
        row = max(view.sizeHintForRow(0), view.fontMetrics().lineSpacing())
        shown = view.viewport().height() / row
        check(shown >= LINES, f"{size}: {what} shows {shown:.1f} rows")

    def lines(box, what: str) -> None:
        shown = box.viewport().height() / box.fontMetrics().lineSpacing()
        check(box.isVisible() and shown >= LINES, f"{size}: {what} shows {shown:.1f} lines")

    panel = window.vote_panel
    rows(window.facilitation.agenda_panel.tree, "the agenda")
    rows(panel.voter_list, "who is voting")
    rows(panel.note_list, "the notes voted on")
    check(panel.note_list.horizontalScrollBar().maximum() == 0, f"{size}: no note text runs past the dock's edge")
    notes = panel.note_list
    longest = max((notes.item(i) for i in range(notes.count())), key=lambda item: len(item.text()))
    rect = notes.visualItemRect(longest)
    wrap = int(Qt.TextFlag.TextWordWrap)
    needed = notes.fontMetrics().boundingRect(rect, int(longest.textAlignment()) | wrap, longest.text())
    check(rect.height() >= needed.height() - 1, f"{size}: the longest note is shown whole, wrapped")
    window.grab().save(str(screenshots / f"window-{size}-vote-running.png"))

    window.step_dock.raise_()
    QTest.qWait(50)
    step = window.facilitation.step_panel
    lines(step.room_text, '"For the room"')
    lines(step.notes_text, "the facilitator's notes")
    window.grab().save(str(screenshots / f"window-{size}-vote-running-step-tab.png"))
    window.close()
    app.processEvents()
    print("all checks passed", flush=True)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]))
    except Exception:
        print("FAIL", traceback.format_exc(), flush=True)
        sys.exit(1)
