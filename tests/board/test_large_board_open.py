"""Opening a large board: made without a call into Python per item, without a collection in
the middle, and fitted without drawing each note once (issue 17). The tests count, never time."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QGraphicsRectItem

from app.commands import ChangeNotes
from app.document import WorkshopDocument
from app.domain.model import Note
from app.storage import rows
from app.storage.errors import CorruptWorkshop
from app.storage.workshop_file import WorkshopFile
from tests.board.large_board_support import (
    counted,
    large_board,
    open_large,
)
from widgets.board.board_scene import BoardScene
from widgets.board.note_item import NoteItem


def test_note_items_are_made_without_python_callbacks_or_tooltips(qtbot, tmp_path, monkeypatch):
    # Every setter of an item with a Python itemChange calls back into Python: a NoteItem has none.
    assert "itemChange" not in vars(NoteItem)
    assert NoteItem.itemChange is QGraphicsRectItem.itemChange
    built: list = []
    original = NoteItem.tooltip_text
    monkeypatch.setattr(NoteItem, "tooltip_text", counted(built, original))
    _view, scene, document = open_large(qtbot, tmp_path, 500)
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


def test_a_fitted_view_settles_when_a_scroll_bar_comes_and_goes(qtbot, tmp_path):
    # At 10,000 notes, fitting made the horizontal scroll bar appear, which shrank the viewport,
    # whose refit hid the bar again ... for minutes. Each viewport size is fitted to once.
    view, _scene, document = open_large(qtbot, tmp_path, 200)
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

    view, scene, document = open_large(qtbot, tmp_path, 200)
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


def test_a_large_board_opened_fitted_never_draws_its_notes_one_by_one(qtbot, tmp_path, monkeypatch):
    # The fit chooses the overview before the first paint: that paint drew 20,000 notes' text.
    painted: list = []
    monkeypatch.setattr(NoteItem, "paint", counted(painted, NoteItem.paint))
    view, scene, document = open_large(qtbot, tmp_path)
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

    _view, scene, document = open_large(qtbot, tmp_path, 500)
    frozen = gc.get_freeze_count()
    assert frozen > 500 * 3, "the board's objects are still walked by every full collection"
    assert gc.collect() >= 0 and gc.get_freeze_count() >= frozen  # a collection leaves them be
    scene.detach()
    assert gc.get_freeze_count() == 0
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


def test_an_arrow_gets_a_label_item_when_it_first_has_a_label(qtbot, tmp_path):
    import dataclasses

    from app.commands import EditEntities
    from widgets.board.connector_item import ConnectorLabel

    view, scene, document = open_large(qtbot, tmp_path, 200)
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
