"""What reaches the wall: only the room's content (issue 16, items 13 to 15).

The editor's chrome (selection outlines, resize and arrow grips) stays on the laptop; the
wall's title belongs to the board it shows; the stakeholder grid on the wall is laid out to
be read from the back row; with one screen, the facilitator hears of an unreadable wall
before it covers the laptop. Run on the test process's one 800x800 screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF
from PySide6.QtWidgets import QMessageBox

from app.commands import EditEntities
from app.domain.contrast import AA_NORMAL_TEXT, contrast_ratio
from app.domain.model import Board, BoardKind, Note, Phase, Stakeholder, StakeholderCategory
from app.domain.presenting import FollowMode, min_text_px
from tests.audience_pixels import COLOUR_BOARD, ROOM_TEXT, STEP_TITLE, board_id_named, write_presentation_workshop
from tests.conftest import save_screenshot
from tests.one_screen import answer_one_screen_question
from tests.projector.test_projector_window import same_picture
from widgets.projector.projector_board import WALL_BACKGROUND


@pytest.fixture
def workshop(window, tmp_path):
    path = write_presentation_workshop(tmp_path / "presenting.samskap")
    assert window.open_path(path)
    return path


@pytest.fixture
def audience(window, workshop, qtbot):
    window.projector.start()
    answer_one_screen_question(window)
    audience = window.projector.audience
    qtbot.waitUntil(lambda: audience.isVisible() and audience.board.shown_rect() is not None)
    return audience


def wall_picture(audience, qtbot):
    qtbot.wait(20)
    return audience.board.grab().toImage()


# -- item 15: nothing of the editor's chrome on the wall ------------------------------------


def test_selecting_notes_frames_and_arrows_on_the_laptop_changes_nothing_on_the_wall(window, audience, qtbot):
    window.view.scene().clearSelection()
    before = wall_picture(audience, qtbot)
    for item in window.view.scene().items():
        if item.flags() & item.GraphicsItemFlag.ItemIsSelectable:
            item.setSelected(True)
    assert window.view.scene().selectedItems(), "the floke map has notes, frames and arrows to select"
    after = wall_picture(audience, qtbot)
    save_screenshot(audience, "audience-800x800-everything-selected-on-the-laptop")
    assert same_picture(before, after), "no selection outline, resize grip or arrow grip on the wall"
    assert window.view.grab().toImage() != before, "while the laptop shows them"


def add_map(window, *stakeholders: Stakeholder) -> Board:
    board = Board("Aktørkart på veggen", Phase.CO_INITIATION, BoardKind.STAKEHOLDER_MAP, position=9)
    window.undo_stack.push(EditEntities("add", document=window.document, upsert=[board, *stakeholders]))
    window.show_board(board.id)
    return board


def test_the_stakeholder_grid_on_the_wall_keeps_long_names_inside_and_its_axes_light(window, audience, qtbot):
    long_name = "Fylkeskommunens regionale utviklingsavdeling for samferdsel og kollektivtransport i innlandet"
    corner = Stakeholder(long_name, category=StakeholderCategory.ADMINISTRATORS, power=1.0, interest=1.0)
    low = Stakeholder("Ungdomsrådet", category=StakeholderCategory.CITIZENS, power=0.0, interest=0.0)
    add_map(window, corner, low)
    scene = window.stakeholder_map.wall_scene
    assert audience.board.scene() is scene
    grid = scene.grid_rect()
    for stakeholder in (corner, low):
        card = scene.cards[stakeholder.id]
        assert grid.contains(card.sceneBoundingRect().adjusted(1, 1, -1, -1)), "the whole card inside the grid"
    lines = scene.cards[corner.id].lines()
    assert len(lines) == 2 and lines[-1].endswith("…"), lines
    for label in scene.axis_labels:
        ratio = contrast_ratio(label.brush().color().name(), WALL_BACKGROUND.name())
        assert ratio >= AA_NORMAL_TEXT, f"{label.text()} at {ratio:.1f}:1 on the dark wall"
        assert (
            audience.board.mapFromScene(label.sceneBoundingRect())
            .boundingRect()
            .intersects(audience.board.viewport().rect())
        ), "the axis labels are on the wall"
    save_screenshot(audience, "audience-800x800-stakeholder-grid")


def test_the_stakeholder_grid_on_the_wall_is_big_enough_for_the_back_row(window, audience, qtbot):
    names = ["Ordføreren", "Rådmannen", "Eldrerådet", "Frivilligsentralen", "Legekontoret", "Nærbutikken"]
    add_map(window, *[Stakeholder(n, power=i / 5, interest=(5 - i) / 5) for i, n in enumerate(names)])
    audience.showNormal()  # a 16:10 wall, as a projector's; the screen of this process is square
    audience.setGeometry(0, 0, 1280, 800)
    qtbot.waitUntil(lambda: audience.height() == 800 and audience.board.width() == 1280)
    save_screenshot(audience, "audience-1280x800-stakeholder-grid")
    name_px = audience.board.scale_factor() * window.stakeholder_map.wall_scene.wall_text_px
    assert name_px >= min_text_px(audience.height()) - 1, f"names {name_px:.1f} px on the wall"
    assert window.projector.legibility_warning() == ""


# -- item 14: the wall's title belongs to the board it shows -------------------------------------


def test_another_board_on_the_wall_carries_its_own_name_not_the_steps(window, audience, qtbot):
    assert (audience.title.text(), audience.instructions.text()) == (STEP_TITLE, ROOM_TEXT)
    colours = board_id_named(window.document, COLOUR_BOARD)
    window.show_board(colours)
    assert audience.board.scene() is window.view.scene(), "the wall shows what the facilitator shows"
    assert audience.title.text() == COLOUR_BOARD, "titled by the board shown, not by the step"
    assert audience.instructions.text() == "" and not audience.instructions.isVisible()
    assert audience.timer.text() == "20:00", "the step's time still runs"
    save_screenshot(audience, "audience-800x800-another-board-than-the-steps")
    step_board = window.document.workshop.agenda_in_order()[0].board_id
    window.show_board(step_board)
    assert (audience.title.text(), audience.instructions.text()) == (STEP_TITLE, ROOM_TEXT)


def test_a_stakeholder_map_on_the_wall_is_titled_by_its_board(window, audience, qtbot):
    board = add_map(window, Stakeholder("Ordføreren", category=StakeholderCategory.POLITICIANS))
    assert audience.title.text() == board.name
    window.document.apply(upsert=[Board("Aktørene", board.phase, board.kind, position=board.position, id=board.id)])
    assert audience.title.text() == "Aktørene", "a renamed board is renamed on the wall"


def small_board(window) -> str:
    """A board of two notes: readable on any wall."""
    board = Board("To lapper", Phase.CO_INITIATION, position=8)
    notes = [Note(board.id, "Kort", x=i * 200.0, y=0) for i in range(2)]
    window.document.apply(upsert=[board, *notes])
    return board.id


# -- item 13: one screen, an unreadable wall is told before it covers the laptop -----------------------


def question(window) -> QMessageBox | None:
    return next((b for b in window.findChildren(QMessageBox, "one_screen_question") if b.isVisible()), None)


def test_one_screen_and_a_board_too_full_asks_before_the_wall_covers_the_laptop(window, workshop, qtbot):
    projector = window.projector
    projector.start()
    box = question(window)
    assert box is not None and projector.audience is None, "asked first; nothing covers the laptop yet"
    assert "28 px" in box.text() and "PgDown" in box.informativeText()
    save_screenshot(box, "one-screen-question-800x800")
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    cancel.click()
    assert projector.audience is None and not projector.is_presenting()

    projector.start()
    answer_one_screen_question(window, "frame at a time")
    qtbot.waitUntil(lambda: projector.is_presenting())
    assert projector.mode == FollowMode.FRAME and projector.current_frame() is not None


def test_over_the_laptop_the_wall_itself_says_it_is_too_small_with_the_way_out(window, audience, qtbot):
    projector = window.projector
    assert audience.screen() is window.screen()
    qtbot.waitUntil(lambda: projector.legibility_warning() != "")
    assert audience.hint.isVisible() and "PgDown" in audience.hint.text()
    assert "28 px" in audience.hint.text()
    save_screenshot(audience, "audience-800x800-one-screen-hint")
    window.show_board(small_board(window))
    qtbot.waitUntil(lambda: projector.legibility_warning() == "")
    assert not audience.hint.isVisible()


def test_a_readable_board_goes_to_the_only_screen_without_a_question(window, workshop, qtbot):
    window.show_board(small_board(window))
    window.projector.start()
    assert question(window) is None
    qtbot.waitUntil(window.projector.is_presenting)
    assert window.projector.legibility_warning() == "" and not window.projector.audience.hint.isVisible()


def test_the_hint_on_the_wall_sits_over_the_board_and_leaves_the_step_texts_free(window, audience, qtbot):
    window.projector.step_frame(1)
    assert window.projector.current_frame() is not None
    # On this square 800x800 wall even one frame of the floke map is too full: the wall says so.
    qtbot.waitUntil(lambda: "frame is too full" in window.projector.legibility_warning())
    hint = audience.hint
    assert hint.isVisible() and "Show what I see" in hint.text(), "one frame too full: the way out is zooming"
    assert "PgDown" not in hint.text()

    def on_wall(widget) -> QRectF:
        return QRectF(QRect(widget.mapTo(audience, QPoint(0, 0)), widget.size()))

    assert on_wall(audience.board).contains(on_wall(hint)), "inside the board's area"
    assert not on_wall(hint).intersects(on_wall(audience.instructions))
    assert not on_wall(hint).intersects(on_wall(audience.title))
    audience.set_frozen(True)
    window.projector.set_mode(FollowMode.BOARD)
    assert "frame is too full" in hint.text(), "a frozen wall keeps its hint too"
    audience.set_frozen(False)
    assert "whole board" in hint.text()
