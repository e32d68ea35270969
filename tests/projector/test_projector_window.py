"""Projector mode: the audience view, what it follows, freeze and blank, legibility, the room's keys.

These run on the one offscreen screen of the test process (800x800). Two
screens, a projector unplugged mid-meeting and screenshots at 1280x800 and
1920x1080 need the platform configured before Qt starts, so they run in a
child process: tests/audience_screens_scenario.py, started by the last test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QMenu, QMenuBar, QToolBar, QWidget

from app.commands import ChangeNotes
from app.domain.contrast import AA_NORMAL_TEXT
from app.domain.model import AgendaStep, Frame
from app.domain.palette import NOTE_COLOURS
from app.domain.presenting import FollowMode, frames_in_reading_order, min_text_px
from tests.audience_pixels import (
    COLOUR_BOARD,
    ROOM_TEXT,
    SECRET,
    STEP_TITLE,
    board_id_named,
    note_contrast,
    rendered_text_px,
    widget_rect,
    write_presentation_workshop,
)
from tests.conftest import SCREENSHOTS, save_screenshot
from tests.factories import query
from tests.one_screen import answer_one_screen_question
from widgets.board.note_item import NoteItem

ROOT = Path(__file__).resolve().parents[2]


class Clock:
    """Time that moves only when a test moves it."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 18, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def workshop(window, tmp_path, clock) -> Path:
    path = write_presentation_workshop(tmp_path / "presenting.samskap")
    window.projector.clock = clock
    window.step_actions.clock = clock
    assert window.open_path(path)
    return path


@pytest.fixture
def audience(window, workshop, qtbot):
    window.projector.start()
    assert answer_one_screen_question(window) is not None, "asked before the wall covers the only screen"
    audience = window.projector.audience
    qtbot.waitUntil(lambda: audience.isVisible() and audience.board.shown_rect() is not None)
    return audience


def press(qtbot, widget: QWidget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key typed into the active window, as a facilitator's finger (or a presenter clicker) does."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.isActiveWindow())
    qtbot.keyClick(widget.focusWidget() or widget, key, modifier)


def same_picture(a, b, tolerance: int = 8) -> bool:
    """Equal to the eye: the same size, and no colour channel off by more than `tolerance` levels.

    Exact equality fails on anti-aliasing noise alone: the laptop's own step timer draws
    the same large digits, and the shared glyph cache can shift edge pixels by a few levels.
    """
    if a.size() != b.size():
        return False
    a, b = (image.convertToFormat(image.Format.Format_RGB32) for image in (a, b))
    return all(abs(x - y) <= tolerance for x, y in zip(a.constBits().tobytes(), b.constBits().tobytes(), strict=True))


def visible_note_ids(audience) -> set[str]:
    view = audience.board
    return {i.note_id for i in view.items(view.viewport().rect()) if isinstance(i, NoteItem)}


def all_texts(widget: QWidget) -> list[str]:
    """Every string a widget tree could show a person: labels, buttons, titles, tips, names."""
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        texts += [child.windowTitle(), child.toolTip(), child.statusTip(), child.whatsThis(), child.accessibleName()]
        texts += [child.accessibleDescription()]
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
    return texts


def test_the_wall_shows_the_facilitators_board_step_and_timer_and_nothing_of_theirs(window, audience, qtbot):
    document = window.document
    board_id = window.current_board_id()
    assert audience.board.scene() is window.view.scene(), "one scene, two views: the same notes, nothing copied"
    assert visible_note_ids(audience) == {n.id for n in document.notes_on(board_id)}
    assert audience.title.text() == STEP_TITLE
    assert audience.instructions.text() == ROOM_TEXT
    assert audience.timer.text() == "20:00"
    assert audience.windowFlags() & Qt.WindowType.FramelessWindowHint
    for kind in (QMenuBar, QToolBar, QMenu, QDialog):
        assert audience.findChildren(kind) == [], kind.__name__
    assert not any(SECRET[:20] in text for text in all_texts(audience))
    assert audience.board.isInteractive() is False and audience.board.focusPolicy() == Qt.FocusPolicy.NoFocus
    save_screenshot(audience, "audience-800x800-floke-map")


def test_the_wall_follows_the_facilitator_to_another_board(window, audience, qtbot):
    colours = board_id_named(window.document, COLOUR_BOARD)
    window.show_board(colours)
    assert audience.board.scene() is window.view.scene()
    assert visible_note_ids(audience) == {n.id for n in window.document.notes_on(colours)}


def test_follow_the_whole_board_as_it_grows(window, audience, qtbot):
    view = window.view
    scene = view.board_scene
    far = scene.note_items()[0]
    note = window.document.note(far.note_id)
    view.push(ChangeNotes(document=window.document, after={note.id: {"x": 5000.0, "y": 4000.0}}, text="move"))
    qtbot.waitUntil(lambda: audience.board.shown_rect().contains(QRectF(5000, 4000, note.width, note.height)))
    assert far.note_id in visible_note_ids(audience)


def test_follow_the_facilitators_own_view(window, audience, qtbot):
    projector, view = window.projector, window.view
    projector.follow_view_action.trigger()
    assert projector.mode == FollowMode.VIEWPORT
    view.fit_rect(QRectF(0, 0, 400, 300))  # the facilitator zooms in on the top-left corner
    qtbot.waitUntil(lambda: audience.board.shown_rect() == view.mapToScene(view.viewport().rect()).boundingRect())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 200)  # and pans
    qtbot.waitUntil(lambda: audience.board.shown_rect() == view.mapToScene(view.viewport().rect()).boundingRect())
    shown = audience.board.mapToScene(audience.board.viewport().rect()).boundingRect()
    assert shown.contains(view.mapToScene(view.viewport().rect()).boundingRect().center())


def test_present_frame_by_frame_with_page_down_and_page_up(window, audience, qtbot):
    projector = window.projector
    frames = frames_in_reading_order(
        [f for f in window.document.all_of(Frame) if f.board_id == window.current_board_id()]
    )
    assert [f.title for f in frames] == [
        "Greiner: hva fører det til?",
        "Stammen: floken",
        "Røtter: hvorfor skjer det?",
    ]
    shown = []
    for _ in range(4):  # one press more than there are frames: the last one stays
        press(qtbot, audience, Qt.Key.Key_PageDown)
        shown.append(projector.current_frame().title)
    assert shown == [*(f.title for f in frames), frames[-1].title]
    assert projector.mode == FollowMode.FRAME
    frame = projector.current_frame()
    assert audience.board.shown_rect().contains(QRectF(frame.x, frame.y, frame.width, frame.height))
    roots = {n.id for n in window.document.notes_on(window.current_board_id()) if n.frame_id == frame.id}
    assert roots <= visible_note_ids(audience)
    press(qtbot, window, Qt.Key.Key_PageUp)  # from the laptop too
    assert projector.current_frame().title == frames[1].title
    save_screenshot(audience, "audience-800x800-one-frame")


def test_freeze_keeps_the_wall_while_the_facilitator_works(window, audience, qtbot, workshop):
    document = window.document
    press(qtbot, window, Qt.Key.Key_F)
    assert audience.is_frozen() and window.projector.freeze_action.isChecked()
    before = audience.grab().toImage()
    note = document.notes_on(window.current_board_id())[0]
    change = {note.id: {"x": note.x + 300, "colour": "#ffffff"}}
    window.view.push(ChangeNotes(document=document, after=change, text="move and whiten"))
    window.step_actions.next_step.trigger()  # the laptop moves on; the wall keeps its step
    assert query(workshop, "SELECT x, colour FROM notes WHERE id = ?", (note.id,)) == [(note.x + 300, "#ffffff")]
    assert audience.title.text() == STEP_TITLE
    qtbot.wait(50)
    assert same_picture(audience.grab().toImage(), before), "nothing on the wall changed"
    press(qtbot, window, Qt.Key.Key_F)
    assert not audience.is_frozen()
    assert audience.title.text() == "Prioriter årsakene"
    assert audience.grab().toImage() != before


def test_blank_makes_the_wall_black_and_back(window, audience, qtbot):
    press(qtbot, window, Qt.Key.Key_B)
    assert audience.is_blank()
    image = audience.grab().toImage()
    corners_and_middle = [(0, 0), (image.width() // 2, image.height() // 2), (image.width() - 1, image.height() - 1)]
    assert all(image.pixelColor(x, y) == QColor("#000000") for x, y in corners_and_middle)
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) == 1
    press(qtbot, audience, Qt.Key.Key_B)  # the same key on the wall's own window (one screen)
    assert not audience.is_blank()
    assert audience.grab().toImage() != image


def test_escape_on_the_wall_stops_presenting_and_the_workshop_stays(window, audience, qtbot):
    press(qtbot, audience, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.projector.audience is None)
    assert window.document is not None and window.isVisible()
    press(qtbot, window, Qt.Key.Key_F5)
    answer_one_screen_question(window)
    assert window.projector.is_presenting()


def test_next_and_previous_step_are_undoable_and_the_wall_follows(window, audience, qtbot, workshop):
    steps = window.document.workshop.agenda_in_order()
    current = "SELECT current_step_id FROM workshop"
    press(qtbot, window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert query(workshop, current) == [(steps[1].id,)]
    assert audience.title.text() == steps[1].title and audience.timer.text() == "10:00"
    press(qtbot, window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)  # no step after the last
    assert query(workshop, current) == [(steps[1].id,)]
    window.undo()
    assert query(workshop, current) == [(steps[0].id,)]
    assert audience.title.text() == STEP_TITLE
    window.redo()
    assert query(workshop, current) == [(steps[1].id,)]
    press(qtbot, window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    assert query(workshop, current) == [(steps[0].id,)]


def test_the_timer_starts_and_pauses_from_the_keyboard_and_counts_down_on_the_wall(
    window, audience, qtbot, workshop, clock
):
    step_id = window.document.info.current_step_id
    undo_steps = window.undo_stack.count()
    timer_row = "SELECT timer_elapsed_s, timer_started_at <> '' FROM agenda WHERE id = ?"
    press(qtbot, window, Qt.Key.Key_T)
    assert query(workshop, timer_row, (step_id,)) == [(0.0, 1)]
    clock.advance(90)
    audience.refresh_timer()
    assert audience.timer.text() == "18:30" and audience.timer.property("state") == "running"
    press(qtbot, window, Qt.Key.Key_T)
    assert query(workshop, timer_row, (step_id,)) == [(90.0, 0)]
    clock.advance(600)
    audience.refresh_timer()
    assert audience.timer.text() == "18:30" and audience.timer.property("state") == "paused"
    assert window.undo_stack.count() == undo_steps, "time is not undone"
    press(qtbot, window, Qt.Key.Key_T)
    clock.advance(19 * 60)
    audience.refresh_timer()
    assert audience.timer.text() == "\u22120:30" and audience.timer.property("state") == "over"
    assert SECRET not in audience.timer.text()


def test_every_note_colour_is_readable_on_the_wall_as_rendered(window, audience, qtbot):
    audience.showNormal()
    audience.setGeometry(0, 0, 1280, 800)
    window.show_board(board_id_named(window.document, COLOUR_BOARD))
    qtbot.waitUntil(lambda: audience.height() == 800 and audience.board.shown_rect() is not None)
    qtbot.wait(20)
    image = audience.grab().toImage()
    save_screenshot(audience, "audience-1280x800-note-colours")
    seen = {}
    for item in audience.board.scene().note_items():
        note = window.document.note(item.note_id)
        rect = widget_rect(audience, QRectF(note.x, note.y, note.width, note.height))
        background, text, ratio = note_contrast(image, rect)
        assert QColor(*background).name() == note.colour, "sampled the note's own colour"
        seen[note.colour] = ratio
        assert ratio >= AA_NORMAL_TEXT, f"text {text} on {note.colour}: {ratio:.2f}:1"
        size = rendered_text_px(image, rect)
        assert size >= min_text_px(audience.height()) - 1, f"note text {size:.1f} px on {note.colour}"
    assert set(seen) == {c.hex for c in NOTE_COLOURS}
    assert window.projector.legibility_warning() == ""


def test_a_board_too_full_to_read_is_told_on_the_laptop_with_frames_offered(window, audience, qtbot):
    projector = window.projector
    qtbot.waitUntil(lambda: projector.legibility_warning() != "")
    assert "28 px" in projector.legibility_warning()
    assert projector.banner_button.isVisible()
    save_screenshot(window, "facilitator-told-the-board-is-too-full")
    whole_board = audience.board.scale_factor()
    qtbot.mouseClick(projector.banner_button, Qt.MouseButton.LeftButton)
    assert projector.mode == FollowMode.FRAME and projector.current_frame() is not None
    assert audience.board.scale_factor() > 1.4 * whole_board, "one frame is shown much larger"
    # On this square 800x800 wall even a frame of four notes across stays under 28 px: the laptop says so.
    assert "frame is too full" in projector.legibility_warning()
    assert not projector.banner_button.isVisible()


def test_the_warning_waits_for_a_status_message_instead_of_being_drawn_over_it(window, audience, qtbot):
    """A status message hides the status bar's widgets; the wall refitting meanwhile (a dot, a note)
    showed the warning again on top of the message, the two texts overlapping."""
    projector = window.projector
    qtbot.waitUntil(lambda: projector.legibility_warning() != "")
    status = window.statusBar()
    status.showMessage("Dot for Ada (2 left)", 60_000)
    assert not projector.banner.isVisible()
    fitted: list[float] = []
    audience.board.fitted.connect(fitted.append)
    projector.refit()
    qtbot.waitUntil(lambda: bool(fitted))
    assert "28 px" in projector.legibility_warning(), "the warning still holds"
    assert not projector.banner.isVisible(), "it is not drawn over the message"
    status.clearMessage()
    assert projector.banner.isVisible() and projector.banner_button.isVisible()


def test_stopping_and_closing_the_workshop_leaves_no_wall_behind(window, audience, qtbot):
    window.close_workshop()
    assert window.projector.audience is None
    assert not window.projector.start_action.isEnabled()
    for action in (window.projector.freeze_action, window.projector.blank_action, window.step_actions.next_step):
        assert not action.isEnabled()


def test_step_texts_of_any_kind_never_break_the_wall(window, audience, qtbot):
    document = window.document
    step = document.find(AgendaStep, document.info.current_step_id)
    hostile = "<b>fet</b> & <img src=x> \u202eRTL\u202c ŋ đ ŧ č 🙂 " + "lang " * 20000 + "\x00\x07"
    document.apply(upsert=[type(step)(**{**step.__dict__, "title": hostile[:300], "room_instructions": hostile})])
    assert audience.instructions.text().startswith("<b>fet</b>")
    assert audience.instructions.height() <= audience.height() * 0.2, "long instructions never eat the board"
    assert audience.board.height() > audience.height() * 0.5


@pytest.mark.slow
def test_two_screens_a_projector_unplugged_and_screenshots(tmp_path):
    """The child process checks what needs screens set up before Qt starts (see its docstring)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "tests.audience_screens_scenario", str(tmp_path), str(SCREENSHOTS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "all checks passed" in result.stdout


def test_screenshot_command_renders_the_audience_view(tmp_path):
    from tests.test_cli import samskap

    path = write_presentation_workshop(tmp_path / "shot.samskap")
    before = path.read_bytes()
    output = tmp_path / "audience.png"
    result = samskap(tmp_path, "screenshot", path, "--audience", "-o", output, "--size", "1280x800")
    assert result.returncode == 0, result.stderr
    image = QImage(str(output))
    assert (image.width(), image.height()) == (1280, 800)
    assert image.pixelColor(2, 2) == QColor("#000000"), "the wall's black title band, not the window's menu bar"
    assert image.pixelColor(640, 400) != image.pixelColor(2, 2)
    assert path.read_bytes() == before
    assert image.save(str(SCREENSHOTS / "cli-audience-1280x800.png"))


def test_typing_in_a_note_while_presenting_types_the_presenting_keys_letters(window, audience, qtbot, workshop):
    view = window.view
    note = window.document.notes_on(window.current_board_id())[0]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    view.edit_note(note.id)
    qtbot.keyClicks(view.viewport(), " tfb")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert query(workshop, "SELECT text FROM notes WHERE id = ?", (note.id,)) == [(note.text + " tfb",)]
    step_id = window.document.info.current_step_id
    assert query(workshop, "SELECT timer_started_at FROM agenda WHERE id = ?", (step_id,)) == [("",)]
    assert not audience.is_frozen() and not audience.is_blank()
    assert window.projector.is_presenting(), "Esc ended the typing, not the presentation"


def test_a_stakeholder_map_board_shows_its_grid_on_the_wall_and_back(window, audience, qtbot):
    from app.commands import EditEntities
    from app.domain.model import Board, BoardKind, Phase, Stakeholder, StakeholderCategory

    board = Board("Aktørkart", Phase.CO_INITIATION, BoardKind.STAKEHOLDER_MAP, position=9)
    mayor = Stakeholder("Ordføreren i Guovdageaidnu", category=StakeholderCategory.POLITICIANS, power=0.9)
    window.undo_stack.push(EditEntities("add", document=window.document, upsert=[board, mayor]))
    window.show_board(board.id)
    # The wall's own layout of the same stakeholders (widgets/stakeholders/wall_grid.py), not the editor's grid.
    wall_scene = window.stakeholder_map.wall_scene
    assert audience.board.scene() is wall_scene
    card = wall_scene.cards[mayor.id]
    assert card.scene() is wall_scene and audience.board.mapFromScene(card.sceneBoundingRect()).boundingRect()
    assert audience.board.shown_rect() == wall_scene.sceneRect()
    colours = board_id_named(window.document, COLOUR_BOARD)
    window.show_board(colours)
    assert audience.board.scene() is window.view.scene()
