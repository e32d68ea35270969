"""A board of thousands of notes, fitted: drawn as one overview layer, still selectable and draggable.

The switch is made from the scales at which the board's views last painted:
overview only when every view shows notes too small for text, so a second
view (the projector) that shows the text keeps the detailed notes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView

from app.document import WorkshopDocument
from app.domain.model import Board, Note, Phase, Workshop, WorkshopInfo
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot
from tests.factories import query
from widgets.board.board_scene import BoardScene
from widgets.board.board_view import BoardView

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def many_notes(path: Path, count: int = 2500) -> None:
    board = Board("Mange", Phase.CO_DESIGN, id="b")
    colours = ["#ffe14d", "#8fd0ff", "#e79ac7"]
    notes = [
        Note("b", text=f"Lapp {i}", x=(i % 60) * 200.0, y=(i // 60) * 140.0, z=float(i),
             colour=colours[(i // 60) % 3], id=f"n{i:05d}")
        for i in range(count)
    ]  # fmt: skip
    WorkshopFile.create(path, Workshop(info=WorkshopInfo("Mange"), boards=[board], notes=notes)).close()


def open_view(qtbot, path: Path) -> tuple[BoardView, BoardScene, WorkshopDocument]:
    document = WorkshopDocument.open(WorkshopFile.open(path))
    stack = QUndoStack()
    view = BoardView(undo_stack=stack)  # it keeps the stack alive
    qtbot.addWidget(view)
    view.resize(1600, 900)
    view.show()
    qtbot.waitExposed(view)
    scene = BoardScene(document=document, board_id="b")
    view.show_board(scene)
    return view, scene, document


def settle(qtbot, view: QGraphicsView, *, overview: bool) -> None:
    """Let the view paint until the scene has acted on its scale (at once when the view zoomed)."""
    scene = view.scene()
    assert isinstance(scene, BoardScene)
    view.viewport().update()
    qtbot.waitUntil(lambda: scene.overview_shown() == overview, timeout=3000)
    qtbot.wait(1)  # the switch may have come before the view's pending events, as in the app
    view.viewport().repaint()


def test_a_fitted_crowded_board_switches_to_the_overview_and_back_when_zoomed_in(qtbot, tmp_path):
    path = tmp_path / "mange.samskap"
    many_notes(path)
    view, scene, document = open_view(qtbot, path)
    settle(qtbot, view, overview=True)
    assert scene.overview_shown()
    assert all(item.flags() & NO_CONTENTS for item in scene.note_items())
    picture = view.viewport().grab().toImage()
    shot = save_screenshot(view, "overview-2500-notes")
    assert shot.exists()
    # The overview paints the notes' own colours where the notes are.
    for note_id, colour in (("n00000", "#ffe14d"), ("n00060", "#8fd0ff"), ("n00120", "#e79ac7")):
        centre = view.mapFromScene(scene.note_item(note_id).sceneBoundingRect().center())
        assert picture.pixelColor(centre).name() == QColor(colour).name(), note_id

    view.zoom_actual_size()
    settle(qtbot, view, overview=False)
    assert not scene.overview_shown()
    assert not any(item.flags() & NO_CONTENTS for item in scene.note_items())
    document.close()


def test_in_the_overview_notes_are_still_selected_and_dragged_as_one_step(qtbot, tmp_path):
    path = tmp_path / "mange.samskap"
    many_notes(path)
    view, scene, document = open_view(qtbot, path)
    settle(qtbot, view, overview=True)
    assert scene.overview_shown()
    # A note of the last row, dragged down into empty board, where nothing covers it.
    item = scene.note_item("n02460")
    start = view.mapFromScene(item.sceneBoundingRect().center())
    end = start + QPoint(10, 40)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), pos=start + QPoint(10, 10))
    qtbot.mouseMove(view.viewport(), pos=end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert scene.selected_note_ids() == ["n02460"]
    ((x, y),) = query(path, "SELECT x, y FROM notes WHERE id = 'n02460'")
    assert y > 5740.0
    assert view.undo_stack.count() == 1
    settle(qtbot, view, overview=True)
    moved_centre = view.mapFromScene(QPointF(x + 90, y + 60))
    selected = view.viewport().grab().toImage().pixelColor(moved_centre)
    assert selected.blue() > selected.red(), "a selected note is washed with the selection's blue"
    scene.clearSelection()
    settle(qtbot, view, overview=True)
    assert view.viewport().grab().toImage().pixelColor(moved_centre).name() == QColor("#e79ac7").name()
    document.close()


def test_a_second_view_that_shows_text_keeps_the_notes_detailed(qtbot, tmp_path):
    path = tmp_path / "mange.samskap"
    many_notes(path)
    view, scene, document = open_view(qtbot, path)
    settle(qtbot, view, overview=True)
    assert scene.overview_shown()
    projector = QGraphicsView(scene)
    qtbot.addWidget(projector)
    projector.resize(800, 600)
    projector.show()
    qtbot.waitExposed(projector)
    projector.centerOn(scene.note_item("n00000"))
    settle(qtbot, projector, overview=False)
    assert not scene.overview_shown(), "the projector shows notes at full size: they need their text"
    projector.close()
    projector.deleteLater()
    QApplication.processEvents()
    settle(qtbot, view, overview=True)
    assert scene.overview_shown()
    document.close()
