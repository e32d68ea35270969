"""A board of thousands of notes is shown before its arrows' items are made (BoardScene._make_arrows):
far out the overview draws the arrows from the model, and the items are made just after the first
frame, or before anything that needs them: a click, a key, a change to the workshop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

from app.commands import RemoveNotes
from app.document import WorkshopDocument
from app.storage.workshop_file import WorkshopFile
from tests.board.large_board_support import differing_pixels, large_board
from tests.board.test_note_overview import open_view
from widgets.board.board_scene import BoardScene
from widgets.board.connector_item import ConnectorItem


def arrow_items(scene: BoardScene) -> list[ConnectorItem]:
    """The arrow items on the board, asked of Qt (BoardScene.connector_items would make them)."""
    return [item for item in scene.items() if isinstance(item, ConnectorItem)]


def board_arrow_ids(document: WorkshopDocument) -> set[str]:
    return {c.id for c in document.workshop.connectors if c.board_id == "b"}


def test_the_first_frame_shows_every_arrow_and_the_items_made_after_it_change_nothing(qtbot, tmp_path):
    path = tmp_path / "stor.samskap"
    large_board(path)
    view, scene, document = open_view(qtbot, path)
    for policy in (view.setHorizontalScrollBarPolicy, view.setVerticalScrollBarPolicy):
        policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # one size of picture from the first frame on
    view.fit_all()
    assert scene.overview_shown()
    assert arrow_items(scene) == [], "the arrows' items were made before the first frame"
    view.viewport().repaint()
    first_frame = view.viewport().grab().toImage()
    qtbot.waitUntil(lambda: len(arrow_items(scene)) == len(board_arrow_ids(document)), timeout=5000)
    scene._overview.update()  # drawn again, whole, now from the items
    view.viewport().repaint()
    assert differing_pixels(first_frame, view.viewport().grab().toImage()) == 0
    document.close()


def test_a_key_or_a_click_before_the_arrows_are_made_meets_them_made(qtbot, tmp_path):
    path = tmp_path / "stor.samskap"
    large_board(path)
    view, scene, document = open_view(qtbot, path)
    view.viewport().repaint()
    assert arrow_items(scene) == []
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier))
    assert len(arrow_items(scene)) == len(board_arrow_ids(document)), "a key met a board without its arrows"
    document.close()

    view, scene, document = open_view(qtbot, path)
    view.viewport().repaint()
    centre = QPointF(view.mapFromScene(scene.note_item("n00150").sceneBoundingRect().center()))
    viewport = view.viewport()
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress, centre, viewport.mapToGlobal(centre),
        Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(viewport, press)
    assert len(arrow_items(scene)) == len(board_arrow_ids(document)), "a click met a board without its arrows"
    assert scene.selected_note_ids() == ["n00150"]
    document.close()


def test_a_change_before_the_arrows_are_made_lands_on_them(qtbot, tmp_path):
    """A phone's note or an undo may come before the first frame: the arrows are made, then changed."""
    path = tmp_path / "stor.samskap"
    large_board(path)
    document = WorkshopDocument.open(WorkshopFile.open(path))
    scene = BoardScene(document=document, board_id="b")
    assert arrow_items(scene) == []
    touching = {c.id for c in document.workshop.connectors if "n00001" in (c.from_note, c.to_note)}
    assert touching
    RemoveNotes(document=document, note_ids=["n00001"]).redo()
    made = {item.connector_id for item in arrow_items(scene)}
    assert made == board_arrow_ids(document) and not made & touching
    assert {item.connector_id for item in scene.connector_items()} == made
    scene.detach()
    document.close()
