"""Child process of projector/test_projector_window.py: the audience view as real screens come and go.

Run as `python -m tests.audience_screens_scenario TMPDIR SCREENSHOTS` from the
repository root, with QT_QPA_PLATFORM unset: it starts Qt's offscreen platform
with a laptop and a projector screen (QT_QPA_PLATFORM=offscreen:configfile=...,
which Qt reads only at start-up, hence a process of its own), then plugs and
unplugs screens while presenting, through tests/offscreen_screens.py. Each check
prints `ok ...`; the first failure prints `FAIL ...` and exits 1; the end prints
`all checks passed`. Pictures at 1280x800 and 1920x1080 go to SCREENSHOTS.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800}
PROJECTOR = {"name": "projector", "x": 1280, "y": 0, "width": 1280, "height": 800}
PROJECTOR_HD = {"name": "projector-hd", "x": 1280, "y": 0, "width": 1920, "height": 1080}
SECOND_PROJECTOR = {"name": "projector-2", "x": 3200, "y": 0, "width": 1280, "height": 800}
# Notices of the offscreen platform about window-manager features it does not have: not our problems.
_PLATFORM_NOTICES = ("does not support propagateSizeHints", "does not support raise")


def first_board_of(document) -> str:
    board = document.workshop.agenda_in_order()[0].board_id
    assert board is not None  # the demo's first step is an exercise with a board
    return board


def check(condition: object, what: str) -> None:
    if not condition:
        raise AssertionError(what)
    print("ok", what, flush=True)


def main(tmp: Path, screenshots: Path) -> int:
    from tests.offscreen_screens import write_config

    config = write_config(tmp / "screens.json", [LAPTOP, PROJECTOR])
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    from PySide6.QtCore import QRectF, QSize, Qt, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMenuBar, QMessageBox, QToolBar

    warnings: list[str] = []

    def on_message(mode, _context, message: str) -> None:
        if mode != mode.QtDebugMsg and mode != mode.QtInfoMsg and not any(n in message for n in _PLATFORM_NOTICES):
            warnings.append(message)

    qInstallMessageHandler(on_message)
    app = QApplication([])

    def wait_until(predicate: Callable[[], object], what: str, timeout_ms: int = 3000) -> None:
        waited = 0
        while not predicate() and waited < timeout_ms:
            QTest.qWait(10)
            waited += 10
        check(predicate(), what)

    from app.domain.contrast import AA_NORMAL_TEXT
    from app.domain.presenting import min_text_px
    from app.settings import Settings
    from tests.audience_pixels import (
        COLOUR_BOARD,
        SECRET,
        board_id_named,
        note_contrast,
        rendered_text_px,
        widget_rect,
        write_presentation_workshop,
    )
    from tests.offscreen_screens import OffscreenScreens
    from widgets.board.note_item import NOTE_FONT_PX, NoteItem
    from widgets.common.fonts import install_fonts
    from widgets.window.main_window import MainWindow

    install_fonts()
    screens = OffscreenScreens()
    check([s.name() for s in QGuiApplication.screens()] == ["laptop", "projector"], "Qt sees two screens")
    (tmp / "workshops").mkdir()
    path = write_presentation_workshop(tmp / "workshops" / "presenting.samskap")
    settings = Settings(tmp / "settings.ini")
    window = MainWindow(settings=settings, workshop_folder=tmp / "workshops", demo_path=lambda: path)
    window.setGeometry(0, 0, 1280, 800)
    window.show()
    check(window.open_path(path), "the workshop opens")
    projector = window.projector
    document = window.document
    notes_before = len(document.workshop.notes)
    wait_until(lambda: window.screen().name() == "laptop", "the facilitator's window is on the laptop")

    # -- opening on the second screen ---------------------------------------------------
    window.activateWindow()
    wait_until(window.isActiveWindow, "the facilitator's window has the keyboard")
    QTest.keyClick(window, Qt.Key.Key_F5)
    wait_until(lambda: projector.audience is not None and projector.audience.isVisible(), "F5 opens the audience view")
    audience = projector.audience
    check(audience.screen().name() == "projector", "it opens on the second screen")
    wait_until(lambda: audience.geometry() == QGuiApplication.screens()[1].geometry(), "it fills the projector")
    check(audience.isFullScreen(), "full screen")
    check(window.isVisible() and window.screen().name() == "laptop", "the facilitator's window stays on the laptop")
    check(not audience.findChildren(QMenuBar) and not audience.findChildren(QToolBar), "no menus or toolbars")
    shown_board = window.current_board_id()
    assert shown_board is not None  # the demo opens on a board
    board_notes = {n.id for n in document.notes_on(shown_board)}
    view = audience.board
    shown = {i.note_id for i in view.items(view.viewport().rect()) if isinstance(i, NoteItem)}
    check(shown == board_notes, "the wall shows the same notes as the facilitator's board")
    labels = [w.text() for w in audience.findChildren(type(audience.title).__mro__[1])]
    check(not any(SECRET[:20] in t for t in labels), "no facilitator notes on the wall")
    QTest.qWait(30)
    audience.grab().save(str(screenshots / "audience-1280x800-second-screen-floke-map.png"))
    check("28 px" in projector.legibility_warning(), "the facilitator is told the floke map is too full at 1280x800")

    def measure(size_name: str) -> None:
        window.show_board(board_id_named(document, COLOUR_BOARD))
        QTest.qWait(30)
        image = audience.grab().toImage()
        image.save(str(screenshots / f"audience-{size_name}-note-colours.png"))
        needed = min_text_px(audience.height())
        for item in view.scene().note_items():
            note = document.note(item.note_id)
            rect = widget_rect(audience, QRectF(note.x, note.y, note.width, note.height))
            _background, _text, ratio = note_contrast(image, rect)
            size = rendered_text_px(image, rect)
            check(ratio >= AA_NORMAL_TEXT, f"{size_name}: text on {note.colour} at {ratio:.1f}:1")
            check(size >= needed - 1, f"{size_name}: note text {size:.1f} px (needs {needed:.1f}) on {note.colour}")
        check(projector.legibility_warning() == "", f"{size_name}: no warning for a board the wall can show")
        first_board = document.workshop.agenda_in_order()[0].board_id
        assert first_board is not None  # the demo's first step is an exercise with a board
        window.show_board(first_board)

    measure("1280x800")

    # -- the projector is pulled out ---------------------------------------------------------
    screens.set_screens([LAPTOP])
    wait_until(lambda: projector.audience is None, "unplugging the only projector stops presenting")
    check(window.isVisible() and window.isFullScreen() is False, "the facilitator's window stays as it was")
    check(len(document.workshop.notes) == notes_before and window.document is document, "nothing is lost")
    check("disconnected" in window.statusBar().currentMessage(), "the facilitator is told")

    # -- a full-HD projector is plugged in ------------------------------------------------------
    screens.set_screens([LAPTOP, PROJECTOR_HD])
    wait_until(lambda: "connected" in window.statusBar().currentMessage(), "plugging one in is noticed")
    window.activateWindow()
    wait_until(window.isActiveWindow, "the facilitator's window has the keyboard")
    QTest.keyClick(window, Qt.Key.Key_F5)
    wait_until(lambda: projector.audience is not None, "F5 presents again")
    audience = projector.audience
    view = audience.board
    wait_until(lambda: audience.size() == QSize(1920, 1080), "at 1920x1080")
    check(audience.screen().name() == "projector-hd", "on the new projector")
    QTest.qWait(30)
    audience.grab().save(str(screenshots / "audience-1920x1080-second-screen-floke-map.png"))
    projector.step_frame(1)
    QTest.qWait(30)
    audience.grab().save(str(screenshots / "audience-1920x1080-first-frame.png"))
    frame_text = view.scale_factor() * NOTE_FONT_PX
    check(projector.legibility_warning() == "", f"1920x1080: a floke map frame is readable ({frame_text:.1f} px)")
    projector.follow_board_action.trigger()
    measure("1920x1080")
    # The stakeholder map in the wall's own layout (widgets/stakeholders/wall_grid.py): names for the back row.
    window.show_board(board_id_named(document, "Aktørkart"))
    QTest.qWait(30)
    check(view.scene() is window.stakeholder_map.wall_scene, "1920x1080: the stakeholder map in the wall's layout")
    names = view.scale_factor() * view.text_px()
    check(
        names >= min_text_px(1080) - 1, f"1920x1080: stakeholder names {names:.1f} px (needs {min_text_px(1080):.1f})"
    )
    check(projector.legibility_warning() == "", "1920x1080: no warning for the stakeholder map")
    audience.grab().save(str(screenshots / "audience-1920x1080-stakeholder-grid.png"))
    window.show_board(first_board_of(document))

    # -- two projectors: one pulled out, the wall moves to the other -------------------------------
    screens.set_screens([LAPTOP, PROJECTOR_HD, SECOND_PROJECTOR])
    screens.set_screens([LAPTOP, SECOND_PROJECTOR])
    wait_until(
        lambda: projector.audience is not None and projector.audience.screen().name() == "projector-2",
        "with another projector left, the audience view moves to it",
    )
    wait_until(lambda: projector.audience.size() == QSize(1280, 800), "and fills it")

    # -- one screen: F5 presents over the laptop, a projector plugged in takes the wall ------------
    projector.stop()
    screens.set_screens([LAPTOP])
    window.activateWindow()
    wait_until(window.isActiveWindow, "the facilitator's window has the keyboard")
    QTest.keyClick(window, Qt.Key.Key_F5)
    # The floke map is too full for the back row, and the wall would cover the status bar that says so:
    # the laptop asks first, with the way out (widgets/projector/one_screen.py).
    question = window.findChild(QMessageBox, "one_screen_question")
    wait_until(lambda: question is not None and question.isVisible(), "one screen: asked before the wall covers it")
    assert question is not None
    check(projector.audience is None, "nothing covers the laptop while it asks")
    check("28 px" in question.text() and "PgDown" in question.informativeText(), "with the numbers and the keys")
    QTest.qWait(30)
    question.grab().save(str(screenshots / "one-screen-question.png"))
    frames_button = next(b for b in question.buttons() if "frame" in b.text())
    frames_button.click()
    wait_until(lambda: projector.audience is not None and projector.audience.isFullScreen(), "one screen: full screen")
    check(projector.mode.value == "frame", "answered: one frame at a time")
    hint = projector.audience.hint
    if projector.legibility_warning():
        wait_until(hint.isVisible, "a frame still too full is told on the wall itself, where the facilitator looks")
        check("Show what I see" in hint.text(), "with the way out: zooming, one frame being still too full")
    QTest.qWait(30)
    projector.audience.grab().save(str(screenshots / "audience-1280x800-one-screen-frame.png"))
    projector.set_mode(type(projector.mode)("board"))
    wait_until(hint.isVisible, "the whole floke map over the laptop: the wall itself says it is too small")
    projector.audience.grab().save(str(screenshots / "audience-1280x800-one-screen-hint.png"))
    check(projector.audience.screen().name() == "laptop", "over the laptop's own screen")
    screens.set_screens([LAPTOP, PROJECTOR])
    wait_until(lambda: projector.audience.screen().name() == "projector", "a projector plugged in takes the wall")
    wait_until(lambda: projector.audience.size() == QSize(1280, 800), "and the wall fills it")
    projector.stop()
    check(window.document is document and window.isVisible(), "the workshop is still open after all that")
    check(not warnings, "no Qt warnings: " + " | ".join(warnings))
    window.close()
    app.processEvents()
    print("all checks passed", flush=True)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
    except Exception:
        print("FAIL", traceback.format_exc(), flush=True)
        sys.exit(1)
