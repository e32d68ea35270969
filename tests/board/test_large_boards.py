"""Large boards: every interaction costs what it changes, not what the board holds (issue 17).

No clocks here: each test counts the work itself (signals emitted, rectangles measured,
values converted, tooltips built), so a cost that grows with the board cannot come back.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsRectItem

from app.commands import ChangeNotes
from app.document import WorkshopDocument
from app.domain.model import Board, Connector, Frame, Note, Phase, Workshop, WorkshopInfo
from app.storage import rows
from app.storage.errors import CorruptWorkshop
from app.storage.workshop_file import WorkshopFile
from tests.board.test_note_overview import open_view
from widgets.board.board_scene import BoardScene
from widgets.board.note_item import NoteItem
from widgets.board.overview_layer import RectLayer

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
COLOURS = ["#ffe14d", "#8fd0ff", "#e79ac7", "#2eb88a", "#f59a23", "#ffffff"]


def counted(calls: list, function):
    """`function`, noting each call in `calls`."""

    def counting(*args):
        calls.append(args[1:2])
        return function(*args)

    return counting


def settle(qtbot, view, *, overview: bool) -> None:
    """As test_note_overview.settle, with room for a busy machine to paint 5,000 notes."""
    view.viewport().update()
    qtbot.waitUntil(lambda: view.scene().overview_shown() == overview, timeout=60_000)
    qtbot.wait(1)  # the switch may have come before the view's pending events, as in the app
    view.viewport().repaint()


def large_board(path: Path, count: int = 5000) -> None:
    """`count` notes of six colours in frames of 50, an arrow between neighbours, sectors on some."""
    board = Board("Stor", Phase.CO_DESIGN, id="b")
    notes, frames, connectors = [], [], []
    for i in range(count):
        column, row = i % 100, i // 100
        notes.append(
            Note("b", text=f"Lapp {i} æøå", x=column * 200.0, y=row * 200.0, z=float(i + 1),
                 colour=COLOURS[i % 6], sectors=["health-care"] if i % 10 == 0 else [], id=f"n{i:05d}")
        )  # fmt: skip
        if column % 50 == 0:
            frames.append(Frame("b", f"Ramme {i}", x=column * 200.0 - 10, y=row * 200.0 - 10, width=9990, height=170))
        if column % 7 == 1:
            connectors.append(Connector("b", f"n{i - 1:05d}", f"n{i:05d}", label="fører til" if i % 2 else ""))
    workshop = Workshop(info=WorkshopInfo("Stor"), boards=[board], notes=notes, frames=frames, connectors=connectors)
    WorkshopFile.create(path, workshop).close()


def vote_on(qtbot, view, scene, voters, *, panel: bool = False, dots: int = 5, stacking: bool = False):
    """A dot vote started on the board shown, for `voters`: its controller, and its panel (shown) if asked."""
    from app.domain.model import Vote
    from widgets.voting.vote_controller import VoteController
    from widgets.voting.vote_panel import VotePanel

    controller = VoteController(view=view, undo_stack=view.undo_stack)
    shown = None
    if panel:
        shown = VotePanel(controller=controller)
        qtbot.addWidget(shown)
        shown.show()
    controller.set_board(scene)
    controller.start_vote(Vote("b", dots_per_person=dots, allow_stacking=stacking), voters)
    return controller, shown


def test_selecting_5000_notes_tells_the_selection_once(qtbot, tmp_path):
    path = tmp_path / "stor.samskap"
    large_board(path)
    view, scene, document = open_view(qtbot, path)
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
    path = tmp_path / "stor.samskap"
    large_board(path)
    view, scene, document = open_view(qtbot, path)
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
    path = tmp_path / "stor.samskap"
    large_board(path)
    view, scene, document = open_view(qtbot, path)
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
    path = tmp_path / "stor.samskap"
    large_board(path)
    view, _scene, document = open_view(qtbot, path)
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


def test_note_items_are_made_without_python_callbacks_or_tooltips(qtbot, tmp_path, monkeypatch):
    # Every setter of an item with a Python itemChange calls back into Python: a NoteItem has none.
    assert "itemChange" not in vars(NoteItem)
    assert NoteItem.itemChange is QGraphicsRectItem.itemChange
    built: list = []
    original = NoteItem.tooltip_text
    monkeypatch.setattr(NoteItem, "tooltip_text", counted(built, original))
    path = tmp_path / "stor.samskap"
    large_board(path, 500)
    _view, scene, document = open_view(qtbot, path)
    assert built == []
    assert scene.note_item("n00010").toolTip().startswith("Lapp 10 æøå")
    assert "Sectors: Health and care" in scene.note_item("n00010").toolTip()
    assert len(built) == 1
    document.close()


def test_opening_converts_columns_whole_not_value_by_value(tmp_path, monkeypatch):
    path = tmp_path / "stor.samskap"
    large_board(path, 2000)
    calls: list = []
    specs = rows._field_specs(Note)

    def counting(spec):
        return counted(calls, lambda *args: spec.convert(*args))

    spied = tuple(rows._FieldSpec(s.name, s.base, s.optional, counting(s)) for s in specs)
    monkeypatch.setitem(rows._FIELD_SPECS, Note, spied)
    workshop = WorkshopFile.open(path, read_only=True)
    try:
        notes = workshop.load().notes
    finally:
        workshop.close()
    assert len(notes) == 2000 and notes[10].sectors == ["health-care"] and notes[11].sectors == []
    assert notes[10].sectors is not notes[20].sectors  # each note has a list of its own
    # Text, numbers and ids pass whole; a sector list is read once per distinct value.
    assert len(calls) <= 4, calls[:10]


def test_opening_still_names_a_bad_value(tmp_path):
    path = tmp_path / "stor.samskap"
    large_board(path, 50)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE notes SET x = 'vest' WHERE id = 'n00007'")
    conn.close()
    with pytest.raises(CorruptWorkshop) as raised:
        WorkshopFile.open(path, read_only=True).load()
    assert "field 'x' has a value of the wrong type" in raised.value.detail


def test_a_dot_on_a_large_board_updates_only_its_note(qtbot, tmp_path, monkeypatch):
    from app.domain.model import Participant
    from widgets.board.board_scene import BoardScene
    from widgets.voting.vote_panel import VotePanel

    path = tmp_path / "stor.samskap"
    large_board(path)
    view, scene, document = open_view(qtbot, path)
    voter = Participant("Kari")
    controller, panel = vote_on(qtbot, view, scene, [voter], panel=True)
    assert panel is not None
    controller.select_voter(voter.id)
    rows: list = []
    passes: list = []
    original_row = VotePanel._note_row
    monkeypatch.setattr(VotePanel, "_note_row", counted(rows, original_row))
    original_items = BoardScene.note_items
    monkeypatch.setattr(BoardScene, "note_items", counted(passes, original_items))
    assert controller.add_dot("n01234")
    assert controller.dots_item("n01234").count == 1
    assert panel.note_list.item(1234).text().startswith("●1  Lapp 1234")
    assert len(rows) == 1 and passes == [], "a dot went over every note of the board"
    view.undo_stack.undo()
    assert controller.dots_item("n01234") is None or controller.dots_item("n01234").count == 0
    assert panel.note_list.item(1234).text().startswith("Lapp 1234")
    document.close()


def test_a_fitted_view_settles_when_a_scroll_bar_comes_and_goes(qtbot, tmp_path):
    # At 10,000 notes, fitting made the horizontal scroll bar appear, which shrank the viewport,
    # whose refit hid the bar again ... for minutes. Each viewport size is fitted to once.
    path = tmp_path / "stor.samskap"
    large_board(path, 200)
    view, _scene, document = open_view(qtbot, path)
    fits: list = []
    view.zoom_changed.connect(fits.append)
    width, height = view.viewport().width(), view.viewport().height()
    for _ in range(10):
        view.viewport().resize(width, height - 14)
        view.viewport().resize(width, height)
    assert len(fits) <= 2, "the view refitted on every scroll bar change"
    settled = len(fits)
    view.resize(1200, 800)  # the window itself resized: fitted again
    assert len(fits) > settled and view.visible_rect().contains(view.board_scene.content_rect())
    document.close()


def test_the_content_measured_for_fit_all_follows_adds_moves_and_deletes(qtbot, tmp_path):
    from app.commands import AddNotes, RemoveNotes

    path = tmp_path / "stor.samskap"
    large_board(path, 200)
    view, scene, document = open_view(qtbot, path)
    before = scene.content_rect()
    far = Note("b", text="Langt unna", x=90_000.0, y=50_000.0, id="far")
    view.push(AddNotes(document=document, notes=[far]))
    assert scene.content_rect().right() >= 90_000.0 + far.width
    view.push(ChangeNotes(document=document, after={"far": {"x": -60_000.0}}, text="move"))
    assert scene.content_rect().left() <= -60_000.0 and scene.content_rect().right() == before.right()
    view.push(RemoveNotes(document=document, note_ids=["far"]))
    assert scene.content_rect() == before
    view.fit_all()
    assert view.visible_rect().contains(before)
    document.close()


def test_far_out_the_board_keeps_no_index_and_still_finds_what_is_under_the_mouse(qtbot, tmp_path):
    from PySide6.QtWidgets import QGraphicsScene

    from widgets.board.frame_item import FrameItem
    from widgets.voting.vote_dots_item import VoteDotsItem

    # Without an index Qt asks every item for its bounds: none of them may ask Python.
    assert "boundingRect" not in vars(FrameItem) and "boundingRect" not in vars(VoteDotsItem)
    path = tmp_path / "stor.samskap"
    large_board(path)
    view, scene, document = open_view(qtbot, path)
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
    path = tmp_path / "stor.samskap"
    large_board(path)
    view, scene, document = open_view(qtbot, path)
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


def test_far_out_the_overview_draws_the_dots_and_the_dots_draw_nothing(qtbot, tmp_path):
    from app.domain.model import Participant

    path = tmp_path / "stor.samskap"
    large_board(path)
    view, scene, document = open_view(qtbot, path)
    voter = Participant("Kari")
    controller, _panel = vote_on(qtbot, view, scene, [voter], stacking=True)
    controller.select_voter(voter.id)
    settle(qtbot, view, overview=True)
    assert controller.add_dot("n01234") and controller.add_dot("n01234")
    dots = controller.dots_item("n01234")
    assert dots is not None and dots.flags() & NO_CONTENTS
    assert len(scene._overview._marks["n01234"]) == 2
    view.viewport().repaint()
    mark = dots.overview_marks()[0].center()
    assert view.viewport().grab().toImage().pixelColor(view.mapFromScene(mark)).name() == "#b2182b"
    view.undo_stack.undo()
    assert len(scene._overview._marks["n01234"]) == 1
    document.close()


def test_a_note_raised_or_edited_updates_its_vote_row_alone(qtbot, tmp_path, monkeypatch):
    from app.domain.model import Participant
    from widgets.voting.vote_panel import VotePanel

    path = tmp_path / "stor.samskap"
    large_board(path)
    view, scene, document = open_view(qtbot, path)
    _controller, panel = vote_on(qtbot, view, scene, [Participant("Kari")], panel=True)
    assert panel is not None
    rows: list = []
    monkeypatch.setattr(VotePanel, "_note_row", counted(rows, VotePanel._note_row))
    view.push(ChangeNotes(document=document, after={"n01234": {"text": "Ny tekst"}}, text="text"))
    assert panel.note_list.item(1234).text() == "Ny tekst"
    # A drag raises the note and moves it, out of its frame: its row stays where it is, under the
    # mouse (the vote is of the whole board, so a frame does not decide which notes are in it).
    frame = document.workshop.frames[0].id
    view.push(
        ChangeNotes(document=document, after={"n01234": {"x": 50.0, "z": 99999.0, "frame_id": frame}}, text="move")
    )
    assert panel.note_list.item(1234).text() == "Ny tekst"
    assert len(rows) <= 2, "the vote list was built again for an edit of one note"
    # A note that leaves the board changes which notes are in the vote: the list is built again.
    from app.commands import RemoveNotes

    view.push(RemoveNotes(document=document, note_ids=["n00000"]))
    assert panel.note_list.count() == 4999
    document.close()


def test_a_dot_draws_the_rows_it_changed_not_the_whole_lists(qtbot, tmp_path):
    """Qt lays a list out again and draws all of it when one row's text changes; rows of one line
    keep their places, so only the changed rows are drawn (a third of a dot at 20,000 notes)."""
    from PySide6.QtCore import QEvent, QObject

    from app.domain.model import Participant

    path = tmp_path / "stor.samskap"
    large_board(path)
    view, scene, document = open_view(qtbot, path)
    voters = [Participant(f"Deltaker {i}") for i in range(6)]
    controller, panel = vote_on(qtbot, view, scene, voters, panel=True)
    assert panel is not None
    lists = {panel.voter_list.viewport(): "voters", panel.note_list.viewport(): "notes"}
    painted: list[tuple[str, int]] = []

    class Paints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched in lists:
                painted.append((lists[watched], event.rect().height()))
            return False

    controller.select_voter(voters[0].id)
    for note_id in ("n00003", "n00004"):  # the first dots may grow the status line and move the lists
        assert controller.add_dot(note_id)
        qtbot.wait(50)
    paints = Paints()
    QApplication.instance().installEventFilter(paints)
    try:
        assert controller.add_dot("n00001")  # in view in the note list
        qtbot.waitUntil(lambda: {name for name, _height in painted} == {"voters", "notes"}, timeout=3000)
        qtbot.wait(20)
    finally:
        QApplication.instance().removeEventFilter(paints)
    row = panel.note_list.visualItemRect(panel.note_list.item(1)).height()
    assert all(height <= 2 * row for _name, height in painted), f"whole lists drawn for one dot: {painted}"
    document.close()


def test_a_large_board_opened_fitted_never_draws_its_notes_one_by_one(qtbot, tmp_path, monkeypatch):
    # The fit chooses the overview before the first paint: that paint drew 20,000 notes' text.
    painted: list = []
    monkeypatch.setattr(NoteItem, "paint", counted(painted, NoteItem.paint))
    path = tmp_path / "stor.samskap"
    large_board(path)
    view, scene, document = open_view(qtbot, path)
    qtbot.wait(10)
    view.viewport().repaint()
    assert scene.overview_shown() and painted == []
    view.zoom_actual_size()  # and back to each note's own drawing as soon as it is zoomed in
    assert not scene.overview_shown()
    view.viewport().repaint()
    assert painted
    document.close()


def test_a_built_board_is_left_out_of_full_collections_until_it_is_taken_down(qtbot, tmp_path):
    import gc

    path = tmp_path / "stor.samskap"
    large_board(path, 500)
    _view, scene, document = open_view(qtbot, path)
    frozen = gc.get_freeze_count()
    assert frozen > 500 * 3, "the board's objects are still walked by every full collection"
    assert gc.collect() >= 0 and gc.get_freeze_count() >= frozen  # a collection leaves them be
    scene.detach()
    assert gc.get_freeze_count() == 0
    document.close()


def test_the_vote_tally_kept_dot_by_dot_equals_a_count_of_every_dot(qtbot, tmp_path):
    from app.domain import voting
    from app.domain.model import Participant

    path = tmp_path / "stor.samskap"
    large_board(path, 300)
    view, scene, document = open_view(qtbot, path)
    voters = [Participant("Kari"), Participant("Ola")]
    controller, _panel = vote_on(qtbot, view, scene, voters, dots=3, stacking=True)

    def recounted() -> tuple[dict, dict]:
        vote = controller.vote()
        assert vote is not None
        counts: dict[str, int] = {}
        for dot in voting.dots_of(document.workshop, vote.id):
            counts[dot.note_id] = counts.get(dot.note_id, 0) + 1
        used = {k: v for k, v in voting.dots_used_by(document.workshop, vote.id).items() if v}
        return counts, used

    for voter, note in [(0, "n00001"), (0, "n00001"), (1, "n00002"), (0, "n00003"), (1, "n00001")]:
        controller.select_voter(voters[voter].id)
        assert controller.add_dot(note)
    controller.select_voter(voters[0].id)
    assert not controller.add_dot("n00004"), "Kari's three dots are spent"
    view.undo_stack.undo()
    view.undo_stack.undo()
    view.undo_stack.redo()
    used = {k: v for k, v in controller.dots_used().items() if v}
    assert (controller.dot_counts(), used) == recounted()
    document.close()


def test_a_select_all_far_out_draws_the_selection_not_the_notes_again(qtbot, tmp_path):
    path = tmp_path / "stor.samskap"
    large_board(path)
    view, scene, document = open_view(qtbot, path)
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


def test_an_arrow_gets_a_label_item_when_it_first_has_a_label(qtbot, tmp_path):
    import dataclasses

    from app.commands import EditEntities
    from widgets.board.connector_item import ConnectorLabel

    path = tmp_path / "stor.samskap"
    large_board(path, 200)
    view, scene, document = open_view(qtbot, path)
    labels = [i for i in scene.items() if isinstance(i, ConnectorLabel)]
    labelled = [c for c in document.workshop.connectors if c.label]
    assert len(labels) == len(labelled) < len(document.workshop.connectors), "every arrow made a label item"
    bare = next(c for c in document.workshop.connectors if not c.label)
    view.push(EditEntities("label", document=document, upsert=[dataclasses.replace(bare, label="hindrer")]))
    label = scene.connector_item(bare.id).label_item
    assert label is not None and label.scene() is scene and not label.rect().isEmpty()
    view.undo_stack.undo()  # the label goes; its item may stay, empty
    assert scene.connector_item(bare.id).shown_label() == ""
    document.close()


def test_a_board_is_built_without_a_collection_in_the_middle(qtbot, tmp_path):
    """Each collection while a board is built walks every object made so far only to find it alive
    (a third of a second when opening 20,000 notes): the collector is off until the board is built."""
    import gc

    path = tmp_path / "stor.samskap"
    large_board(path, 2000)
    document = WorkshopDocument.open(WorkshopFile.open(path))
    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(count)
    try:
        scene = BoardScene(document=document, board_id="b")
    finally:
        gc.callbacks.remove(count)
    assert len(scene.note_items()) == 2000
    assert collections == [], f"{len(collections)} collections while the board was built"
    assert gc.isenabled()
    scene.detach()
    document.close()


def test_a_note_moved_far_out_takes_its_arrows_along_in_the_part_drawn_again(qtbot, tmp_path):
    """The part drawn again after a move shows what drawing the whole board shows: the arrows
    (whose cell grid is made only then: opening needs none) and the neighbours the note now
    overlaps, outlined whole (only the part under the note was outlined: 125 pixels off)."""
    path = tmp_path / "stor.samskap"
    large_board(path)
    view, scene, document = open_view(qtbot, path)
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


def differing_pixels(first: QImage, second: QImage) -> int:
    assert first.size() == second.size()
    a = memoryview(first.constBits()).cast("I")
    b = memoryview(second.constBits()).cast("I")
    return sum(1 for x, y in zip(a, b, strict=True) if x != y)


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
