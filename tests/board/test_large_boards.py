"""Large boards: every interaction costs what it changes, not what the board holds (issue 17).

No clocks here: each test counts the work itself (signals emitted, rectangles measured and
drawn), so a cost that grows with the board cannot come back. Opening a board is in
test_large_board_open.py, a vote on one in tests/voting/test_large_board_votes.py.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from app.commands import ChangeNotes
from tests.board.large_board_support import (
    COLOURS,
    NO_CONTENTS,
    counted,
    differing_pixels,
    large_board,
    open_large,
    settle,
)
from tests.board.test_note_overview import open_view
from widgets.board.note_item import NoteItem
from widgets.board.overview_layer import RectLayer


def test_selecting_5000_notes_tells_the_selection_once(qtbot, tmp_path):
    view, scene, document = open_large(qtbot, tmp_path)
    emitted = []
    scene.selectionChanged.connect(lambda: emitted.append(1))
    view.select_all()
    assert len(emitted) == 1
    assert len(scene.selected_note_ids()) == 5000
    assert len(scene.selection_order()) == 5000
    scene.select_notes(["n00001", "n00002"])
    assert len(emitted) == 2 and scene.selected_note_ids() == ["n00001", "n00002"]
    scene.select_notes(["n00001", "n00002"])  # the same selection again: nothing to tell
    assert len(emitted) == 2
    document.close()


def test_an_edit_on_a_fitted_board_redraws_only_what_it_touched(qtbot, tmp_path):
    view, scene, document = open_large(qtbot, tmp_path)
    settle(qtbot, view, overview=True)
    overview = scene._overview
    assert overview.notes is not None and overview.frames is not None
    assert len(overview.notes) == 5000 and len(overview.frames) == 100
    # Far out, the overview draws frames and arrows too: their own paint() is not called.
    assert all(item.flags() & NO_CONTENTS for item in [*scene.frame_items(), *scene.connector_items()])
    notes_before, frames_before = overview.notes.measured, overview.frames.measured

    view.push(ChangeNotes(document=document, after={"n02345": {"colour": "#2eb88a"}}, text="colour"))
    assert overview.notes.measured - notes_before == 1
    assert overview.frames.measured == frames_before

    # A move drags the note's arrows along: the note and its arrows, nothing else.
    view.push(ChangeNotes(document=document, after={"n02345": {"x": 4610.0, "y": 4630.0}}, text="move"))
    assert overview.notes.measured - notes_before == 2
    view.viewport().repaint()
    picture = view.viewport().grab().toImage()
    centre = view.mapFromScene(QPointF(4610.0 + 90, 4630.0 + 60))
    assert picture.pixelColor(centre).name() == QColor("#2eb88a").name()
    document.close()


def test_the_overview_draws_overlapping_notes_in_their_stacking_order(qtbot, tmp_path):
    view, scene, document = open_large(qtbot, tmp_path)
    settle(qtbot, view, overview=True)
    overview = scene._overview
    assert overview.notes is not None
    assert overview.notes.stacked_count() == 0  # a tidy board: every note drawn with its colour's batch
    # n00000 (yellow) is put half over n00001 (blue), on top of it: the overlap shows yellow.
    view.push(ChangeNotes(document=document, after={"n00000": {"x": 210.0, "z": 99999.0}}, text="move"))
    assert overview.notes.stacked_count() == 2
    view.viewport().repaint()
    overlap = view.mapFromScene(QPointF(330.0, 60.0))
    assert view.viewport().grab().toImage().pixelColor(overlap).name() == QColor("#ffe14d").name()
    view.push(ChangeNotes(document=document, after={"n00001": {"z": 100000.0}}, text="raise"))
    view.viewport().repaint()
    assert view.viewport().grab().toImage().pixelColor(overlap).name() == QColor("#8fd0ff").name()
    view.push(ChangeNotes(document=document, after={"n00000": {"x": 0.0}}, text="back"))
    assert overview.notes.stacked_count() == 0
    document.close()


def test_a_rect_layer_batches_by_colour_and_stacks_only_overlaps():
    layer = RectLayer()
    yellow, blue = QColor("#ffe14d"), QColor("#8fd0ff")
    layer.put("a", 0, 0, 100, 100, yellow, 1)
    layer.put("b", 200, 0, 100, 100, blue, 2)
    layer.put("c", 5000, 5000, 100, 100, yellow, 3)
    assert layer.stacked_count() == 0
    layer.put("b", 50, 50, 100, 100, blue, 2)
    assert layer.stacked_count() == 2
    layer.remove("a")
    assert layer.stacked_count() == 0 and len(layer) == 2
    assert not layer.put("c", 5000, 5000, 100, 100, yellow, 3)  # unchanged: nothing to redo


def test_a_rect_layer_filled_at_once_is_the_layer_put_one_by_one():
    """fill() is put() written out for an open: the same batches, the same overlaps."""
    import random

    chance = random.Random(17)
    colours = [QColor(c) for c in COLOURS]
    entries = [
        (f"r{i}", chance.uniform(-3000, 3000), chance.uniform(-3000, 3000), chance.uniform(20, 700),
         chance.uniform(20, 300), chance.choice(colours), float(i))
        for i in range(800)
    ]  # fmt: skip
    filled, put = RectLayer(), RectLayer()
    filled.fill(entries)
    for entry in entries:
        put.put(*entry)
    assert 0 < filled.stacked_count() < len(entries), "the sample should hold overlaps and loners"
    assert filled._stacked.keys() == put._stacked.keys()
    assert {c: b.keys() for c, b in filled._batches.items() if b} == {c: b.keys() for c, b in put._batches.items() if b}
    assert filled._rects == put._rects and filled._grid._of == put._grid._of


def test_the_sector_legend_follows_an_edit_without_recounting_the_board(qtbot, tmp_path, monkeypatch):
    view, _scene, document = open_large(qtbot, tmp_path)
    assert view.sector_legend.counts() == [("health-care", 500)]
    asked: list = []
    original = NoteItem.sectors
    monkeypatch.setattr(NoteItem, "sectors", counted(asked, original))
    view.push(ChangeNotes(document=document, after={"n00001": {"sectors": ["nav"]}}, text="tag"))
    view.push(ChangeNotes(document=document, after={"n00000": {"sectors": []}}, text="untag"))
    assert view.sector_legend.counts() == [("health-care", 499), ("nav", 1)]
    assert len(asked) <= 4, "the legend was recounted from every note"
    view.undo_stack.undo()
    view.undo_stack.undo()
    assert view.sector_legend.counts() == [("health-care", 500)]
    document.close()


def test_far_out_the_board_keeps_no_index_and_still_finds_what_is_under_the_mouse(qtbot, tmp_path):
    from PySide6.QtWidgets import QGraphicsScene

    from widgets.board.frame_item import FrameItem
    from widgets.voting.vote_dots_item import VoteDotsItem

    # Without an index Qt asks every item for its bounds: none of them may ask Python.
    assert "boundingRect" not in vars(FrameItem) and "boundingRect" not in vars(VoteDotsItem)
    view, scene, document = open_large(qtbot, tmp_path)
    settle(qtbot, view, overview=True)
    assert scene.itemIndexMethod() == QGraphicsScene.ItemIndexMethod.NoIndex
    centre = view.mapFromScene(scene.note_item("n02345").sceneBoundingRect().center())
    assert view.note_item_at(centre) is scene.note_item("n02345")
    view.centerOn(scene.note_item("n02345"))
    view.zoom_actual_size()
    settle(qtbot, view, overview=False)
    assert scene.itemIndexMethod() == QGraphicsScene.ItemIndexMethod.BspTreeIndex
    centre = view.mapFromScene(scene.note_item("n02345").sceneBoundingRect().center())
    assert view.note_item_at(centre) is scene.note_item("n02345")
    # The new index knows the scene's rectangle: a point finds a handful of items, not all 5,000.
    assert len(view.items(centre)) < 5
    document.close()


def test_an_edit_far_out_draws_only_its_part_of_the_overview_again(qtbot, tmp_path):
    view, scene, document = open_large(qtbot, tmp_path)
    settle(qtbot, view, overview=True)
    overview = scene._overview
    assert overview.notes is not None
    view.viewport().repaint()
    drawn = overview.notes.drawn
    view.viewport().repaint()  # nothing changed: the kept picture is shown, nothing is drawn
    assert overview.notes.drawn == drawn
    view.push(ChangeNotes(document=document, after={"n02345": {"colour": "#2eb88a"}}, text="colour"))
    view.viewport().repaint()
    assert 1 <= overview.notes.drawn - drawn < 30, "an edit drew the whole board again"
    picture = view.viewport().grab().toImage()
    assert picture.pixelColor(view.mapFromScene(scene.note_item("n02345").sceneBoundingRect().center())).name() == (
        QColor("#2eb88a").name()
    )
    document.close()


def test_a_select_all_far_out_draws_the_selection_not_the_notes_again(qtbot, tmp_path):
    view, scene, document = open_large(qtbot, tmp_path)
    settle(qtbot, view, overview=True)
    overview = scene._overview
    assert overview.notes is not None
    drawn = overview.notes.drawn
    view.select_all()
    view.viewport().repaint()
    assert overview.notes.drawn == drawn, "the notes' picture was drawn again for a selection"
    middle = view.mapFromScene(scene.note_item("n02345").sceneBoundingRect().center())
    washed = view.viewport().grab().toImage().pixelColor(middle)
    assert washed.blue() > washed.red(), "a selected note is washed with the selection's blue"
    document.close()


def test_a_note_moved_far_out_takes_its_arrows_along_in_the_part_drawn_again(qtbot, tmp_path):
    """The part drawn again after a move shows what drawing the whole board shows: the arrows
    (whose cell grid is made only then: opening needs none) and the neighbours the note now
    overlaps, outlined whole (only the part under the note was outlined: 125 pixels off)."""
    view, scene, document = open_large(qtbot, tmp_path)
    settle(qtbot, view, overview=True)
    overview = scene._overview
    assert overview._arrow_grid is None, "opening made the arrows' grid"
    assert any("n00001" in (c.from_note, c.to_note) for c in scene.connector_items()), "no arrow to move"
    view.push(ChangeNotes(document=document, after={"n00001": {"x": 900.0, "y": 700.0}}, text="move"))
    view.viewport().repaint()
    in_part = view.viewport().grab().toImage()
    overview.update()  # the whole picture drawn again
    view.viewport().repaint()
    whole = view.viewport().grab().toImage()
    # A part is drawn into the kept picture at whole pixels: an edge at half a pixel may round
    # the other way (a title bar's end), so a few pixels may differ, never a note or an arrow.
    assert differing_pixels(in_part, whole) <= 5, "the part drawn again after the move differs from the whole"
    document.close()


def test_a_fitted_repaint_draws_the_overview_in_one_pass(qtbot, tmp_path, monkeypatch):
    """A fitted view shows all the overview draws, never all the room kept spare around it: a repaint
    took the part path (cell look-ups, a call per arrow) and a board of 2,000 notes 40 % longer."""
    from widgets.board.note_overview import NoteOverviewItem

    path = tmp_path / "stor.samskap"
    large_board(path, 2000)  # below the kept picture: every repaint draws the overview
    view, _scene, document = open_view(qtbot, path)
    settle(qtbot, view, overview=True)
    whole: list = []
    parts: list = []
    monkeypatch.setattr(NoteOverviewItem, "_paint_all", counted(whole, NoteOverviewItem._paint_all))
    monkeypatch.setattr(NoteOverviewItem, "_paint_part", counted(parts, NoteOverviewItem._paint_part))
    view.viewport().repaint()
    assert len(whole) == 1 and parts == []
    document.close()
