"""The floke map's canvas modes: drawing arrows, and moving or resizing frames.

Like the drags in canvas_interactions.py, each is a canvas mode
(widgets/board/interaction.py) that changes only the picture until it ends in
one undo command. Connect mode outlasts a drag: it waits for two clicks (or
Tab and Enter from the keyboard), and Escape leaves it.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QKeyEvent, QMouseEvent, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem

from app.commands import EditEntities
from app.domain.frame_geometry import clamped_size, frame_for_note, parent_for
from app.domain.model import Frame, Note
from widgets.board.board_scene import BoardScene
from widgets.board.frame_item import FrameItem
from widgets.board.interaction import Drag, Interaction, InteractionHost
from widgets.board.note_item import NoteItem

if TYPE_CHECKING:
    from widgets.board.map_edits import MapEdits  # made by the board when first used

_PREVIEW = QColor("#1f5fbf")


class _ArrowPreview:
    """A dashed line from the source note, and a ring round the note it would point to."""

    def __init__(self, scene: BoardScene | None) -> None:
        self._scene = scene
        pen = QPen(_PREVIEW, 3, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.line = QGraphicsLineItem()
        self.line.setPen(pen)
        self.line.setZValue(1e9)
        self.ring = QGraphicsRectItem()
        ring_pen = QPen(_PREVIEW, 4)
        ring_pen.setCosmetic(True)
        self.ring.setPen(ring_pen)
        self.ring.setZValue(1e9)
        self.line.setVisible(False)
        self.ring.setVisible(False)
        if self._scene is not None:
            self._scene.addItem(self.line)
            self._scene.addItem(self.ring)

    def show(self, source: NoteItem | None, to: QPointF | None, target: NoteItem | None) -> None:
        if source is not None and to is not None:
            self.line.setLine(QLineF(source.body_rect().center(), to))
            self.line.setVisible(True)
        else:
            self.line.setVisible(False)
        if target is not None:
            self.ring.setRect(target.body_rect().adjusted(-6, -6, 6, 6))
            self.ring.setVisible(True)
        else:
            self.ring.setVisible(False)

    def remove(self) -> None:
        for item in (self.line, self.ring):
            if item.scene() is not None:
                item.scene().removeItem(item)


class ConnectMode(Interaction):
    """Connect mode: pick a source note, then a target note; an arrow joins them.

    Click a note for each, or move between notes with Tab / Shift+Tab and pick
    with Enter. Escape, a right click or a click on empty board leaves the mode.
    """

    def __init__(self, board: InteractionHost, edits: MapEdits, source: str | None = None) -> None:
        self.board = board
        self._edits = edits
        self.source: str | None = source
        self.target: str | None = None
        self.candidate: str | None = None
        self._preview: _ArrowPreview | None = None

    def hint(self) -> str:
        if self.source is None:
            return QCoreApplication.translate(
                "MapInteractions", "Connect: click the note the arrow starts from (Tab and Enter to pick, Esc to stop)"
            )
        return QCoreApplication.translate(
            "MapInteractions", "Connect: click the note the arrow points to (Tab and Enter to pick, Esc to stop)"
        )

    def start(self) -> None:
        self._preview = _ArrowPreview(self.board.board_scene)
        self.board.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self._show(None)
        self.board.show_hint(self.hint())

    def finish(self) -> None:
        self._end()
        if self.source is not None and self.target is not None:
            self._edits.connect_notes(self.source, self.target)

    def cancel(self) -> None:
        self._end()

    def mouse_press(self, event: QMouseEvent) -> bool:
        item = self.board.note_item_at(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or item is None:
            self.board.cancel_mode()
        else:
            self.pick(item.note_id)
        return True

    def mouse_move(self, event: QMouseEvent) -> bool:
        view_pos = event.position().toPoint()
        self._show(self.board.mapToScene(view_pos), self.board.note_item_at(view_pos))
        return False  # the items under the pointer still see it move

    def mouse_double_click(self, event: QMouseEvent) -> bool:
        return True

    def key_press(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = key == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._step_candidate(-1 if backwards else 1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.candidate is not None:
            self.pick(self.candidate)
            return True
        return False

    def context_menu(self, event: QContextMenuEvent) -> bool:
        self.board.cancel_mode()
        return False  # the menu opens, about what was clicked or selected

    def pick(self, note_id: str) -> None:
        if self.source is None:
            self.source = note_id
            self.candidate = None
            self._show(None)
            self.board.show_hint(self.hint())
        elif note_id != self.source:
            self.target = note_id
            self.board.finish_mode(self)

    def _end(self) -> None:
        if self._preview is not None:
            self._preview.remove()
        self.board.restore_cursor()
        self.board.show_hint("")

    def _step_candidate(self, step: int) -> None:
        scene = self.board.board_scene
        assert scene is not None
        notes = sorted(scene.note_items(), key=lambda i: (round(i.pos().y() / 40), i.pos().x()))
        order = [i.note_id for i in notes if i.note_id != self.source]
        if not order:
            return
        at = order.index(self.candidate) if self.candidate in order else (-1 if step > 0 else 0)
        self.candidate = order[(at + step) % len(order)]
        target = scene.note_item(self.candidate)
        self.board.bring_into_view(target)
        self._show(target.body_rect().center(), target)

    def _show(self, to: QPointF | None, target: NoteItem | None = None) -> None:
        scene = self.board.board_scene
        source = scene.note_item(self.source) if scene is not None and self.source is not None else None
        if target is not None and target.note_id == self.source:
            target = None
        if target is None and self.candidate is not None and scene is not None:
            target = scene.note_item(self.candidate)
        if self._preview is not None:
            self._preview.show(source, to, target)


class ConnectDragInteraction(Drag):
    """A drag from one of a selected note's edge grips: release on another note to join them."""

    def __init__(self, board: InteractionHost, view_pos: QPoint, edits: MapEdits, source: NoteItem) -> None:
        super().__init__(board, view_pos)
        self._edits = edits
        self._source = source
        self._preview = _ArrowPreview(board.board_scene)

    def drag_to(self, view_pos: QPoint) -> None:
        target = self.board.note_item_at(view_pos)
        if target is self._source:
            target = None
        self._preview.show(self._source, self.board.mapToScene(view_pos), target)

    def finish(self) -> None:
        self._preview.remove()
        target = self.board.note_item_at(self.end_pos)
        if target is not None and target is not self._source:
            self._edits.connect_notes(self._source.note_id, target.note_id)

    def cancel(self) -> None:
        self._preview.remove()


class MoveFrameInteraction(Drag):
    """Drags a frame by its title, with its notes and child frames; one command on release."""

    def __init__(self, board: InteractionHost, view_pos: QPoint, item: FrameItem) -> None:
        super().__init__(board, view_pos)
        scene = board.board_scene
        assert scene is not None
        self._grab = board.mapToScene(view_pos)
        document = board.document
        self._frame_id = item.frame_id
        frames = [f for f in document.all_of(Frame) if f.board_id == scene.board_id]
        moving = {item.frame_id} | {f.id for f in frames if f.parent_id == item.frame_id}
        self._frames = {f.id: f for f in frames if f.id in moving}
        self._notes = {n.id: n for n in document.notes_on(scene.board_id) if n.frame_id in moving}
        self._frame_items = {i: scene.frame_item(i) for i in self._frames}
        self._note_items = {i: scene.note_item(i) for i in self._notes}

    def drag_to(self, view_pos: QPoint) -> None:
        self._show(self._delta(view_pos))

    def finish(self) -> None:
        dx, dy = self._delta(self.end_pos)
        if (dx, dy) == (0, 0):
            return
        document = self.board.document
        moved_frames = {i: dataclasses.replace(f, x=f.x + dx, y=f.y + dy) for i, f in self._frames.items()}
        frame = moved_frames[self._frame_id]
        board_frames = [moved_frames.get(f.id, f) for f in document.all_of(Frame) if f.board_id == frame.board_id]
        parent = parent_for(frame, board_frames)
        if parent != frame.parent_id:
            host = next(f for f in board_frames if f.id == parent) if parent else None
            z = max(frame.z, host.z + 1) if host is not None else frame.z
            moved_frames[frame.id] = dataclasses.replace(frame, parent_id=parent, z=z)
        notes = [dataclasses.replace(n, x=n.x + dx, y=n.y + dy) for n in self._notes.values()]
        text = QCoreApplication.translate("MapInteractions", "Move frame")
        self.board.push(
            EditEntities(text, document=document, upsert=[*moved_frames.values(), *notes], board_id=frame.board_id)
        )

    def cancel(self) -> None:
        self._show((0.0, 0.0))

    def _delta(self, view_pos: QPoint) -> tuple[float, float]:
        delta = self.board.mapToScene(view_pos) - self._grab
        return float(round(delta.x())), float(round(delta.y()))

    def _show(self, delta: tuple[float, float]) -> None:
        dx, dy = delta
        for frame_id, frame_item in self._frame_items.items():
            f = self._frames[frame_id]
            frame_item.set_preview_rect(QRectF(f.x + dx, f.y + dy, f.width, f.height))
        for note_id, note_item in self._note_items.items():
            n = self._notes[note_id]
            note_item.move_to(n.x + dx, n.y + dy)


class ResizeFrameInteraction(Drag):
    """Drags a frame's bottom-right corner; notes now under it join it, notes left outside leave."""

    def __init__(self, board: InteractionHost, view_pos: QPoint, item: FrameItem) -> None:
        super().__init__(board, view_pos)
        self._item = item
        frame = board.document.find(Frame, item.frame_id)
        assert frame is not None
        self._frame = frame
        self._grab = board.mapToScene(view_pos)

    def drag_to(self, view_pos: QPoint) -> None:
        width, height = self._size(view_pos)
        self._item.set_preview_rect(QRectF(self._frame.x, self._frame.y, width, height))

    def finish(self) -> None:
        width, height = self._size(self.end_pos)
        f = self._frame
        if (width, height) == (f.width, f.height):
            return
        resized = dataclasses.replace(f, width=width, height=height)
        document = self.board.document
        frames = [resized if x.id == f.id else x for x in document.all_of(Frame) if x.board_id == f.board_id]
        notes: list[Note] = []
        for note in document.notes_on(f.board_id):
            if note.frame_id not in (None, f.id, f.parent_id):
                continue  # a note in another frame stays there
            frame_id = frame_for_note(frames, note.x, note.y, note.width, note.height)
            if frame_id != note.frame_id:
                notes.append(dataclasses.replace(note, frame_id=frame_id))
        text = QCoreApplication.translate("MapInteractions", "Resize frame")
        self.board.push(EditEntities(text, document=document, upsert=[resized, *notes], board_id=f.board_id))

    def cancel(self) -> None:
        f = self._frame
        self._item.set_preview_rect(QRectF(f.x, f.y, f.width, f.height))

    def _size(self, view_pos: QPoint) -> tuple[float, float]:
        delta = self.board.mapToScene(view_pos) - self._grab
        return clamped_size(self._frame.width + delta.x(), self._frame.height + delta.y())
