"""The floke map's canvas modes: drawing arrows, and moving or resizing frames.

Like the drags in canvas_interactions.py, each is an object with start
(its constructor), move, finish and cancel, and changes only the picture
until it ends in one undo command. Connect mode is a longer-lived mode: it
waits for two clicks (or Tab and Enter from the keyboard) and Escape leaves it.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLineF, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsRectItem

from app.commands import EditEntities
from app.domain.frame_geometry import clamped_size, frame_for_note, parent_for
from app.domain.model import Frame, Note
from widgets.board.canvas_interactions import Interaction

if TYPE_CHECKING:
    from widgets.board.board_view import BoardView
    from widgets.board.frame_item import FrameItem
    from widgets.board.note_item import NoteItem

_PREVIEW = QColor("#1f5fbf")


class _ArrowPreview:
    """A dashed line from the source note, and a ring round the note it would point to."""

    def __init__(self, view: BoardView) -> None:
        self._scene = view.board_scene
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

    def __init__(self, view: BoardView, source: str | None = None) -> None:
        super().__init__(view)
        self.source: str | None = source
        self.candidate: str | None = None
        self._preview = _ArrowPreview(view)
        view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self._show(None)

    def hint(self) -> str:
        if self.source is None:
            return QCoreApplication.translate(
                "MapInteractions", "Connect: click the note the arrow starts from (Tab and Enter to pick, Esc to stop)"
            )
        return QCoreApplication.translate(
            "MapInteractions", "Connect: click the note the arrow points to (Tab and Enter to pick, Esc to stop)"
        )

    def press(self, view_pos: QPoint, button: Qt.MouseButton) -> None:
        if button != Qt.MouseButton.LeftButton:
            self.view.end_mode()
            return
        item = self.view.note_item_at(view_pos)
        if item is None:
            self.view.end_mode()
            return
        self.pick(item.note_id)

    def pick(self, note_id: str) -> None:
        if self.source is None:
            self.source = note_id
            self.candidate = None
            self._show(None)
            self.view.mode_hint_changed.emit(self.hint())
        elif note_id != self.source:
            source = self.source
            self.view.end_mode()
            self.view.map_edits.connect_notes(source, note_id)

    def move(self, view_pos: QPoint) -> None:
        item = self.view.note_item_at(view_pos)
        self._show(self.view.mapToScene(view_pos), item)

    def key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backwards = key == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._step_candidate(-1 if backwards else 1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.candidate is not None:
            self.pick(self.candidate)
            return True
        if key == Qt.Key.Key_Escape:
            self.view.end_mode()
            return True
        return False

    def cancel(self) -> None:
        self._preview.remove()
        self.view.restore_cursor()

    def _step_candidate(self, step: int) -> None:
        scene = self.view.board_scene
        assert scene is not None
        notes = sorted(scene.note_items(), key=lambda i: (round(i.pos().y() / 40), i.pos().x()))
        order = [i.note_id for i in notes if i.note_id != self.source]
        if not order:
            return
        at = order.index(self.candidate) if self.candidate in order else (-1 if step > 0 else 0)
        self.candidate = order[(at + step) % len(order)]
        target = scene.note_item(self.candidate)
        self.view.ensureVisible(target, 40, 40)
        self._show(target.body_rect().center(), target)

    def _show(self, to: QPointF | None, target: NoteItem | None = None) -> None:
        scene = self.view.board_scene
        source = scene.note_item(self.source) if scene is not None and self.source is not None else None
        if target is not None and target.note_id == self.source:
            target = None
        if target is None and self.candidate is not None and scene is not None:
            target = scene.note_item(self.candidate)
        self._preview.show(source, to, target)


class ConnectDragInteraction(Interaction):
    """A drag from one of a selected note's edge grips: release on another note to join them."""

    def __init__(self, view: BoardView, source: NoteItem) -> None:
        super().__init__(view)
        self._source = source
        self._preview = _ArrowPreview(view)

    def move(self, view_pos: QPoint) -> None:
        target = self.view.note_item_at(view_pos)
        if target is self._source:
            target = None
        self._preview.show(self._source, self.view.mapToScene(view_pos), target)

    def finish(self, view_pos: QPoint) -> None:
        self._preview.remove()
        target = self.view.note_item_at(view_pos)
        if target is not None and target is not self._source:
            self.view.map_edits.connect_notes(self._source.note_id, target.note_id)

    def cancel(self) -> None:
        self._preview.remove()


class MoveFrameInteraction(Interaction):
    """Drags a frame by its title, with its notes and child frames; one command on release."""

    def __init__(self, view: BoardView, item: FrameItem, view_pos: QPoint) -> None:
        super().__init__(view)
        scene = view.board_scene
        assert scene is not None
        self._grab = view.mapToScene(view_pos)
        document = view.document
        self._frame_id = item.frame_id
        frames = [f for f in document.all_of(Frame) if f.board_id == scene.board_id]
        moving = {item.frame_id} | {f.id for f in frames if f.parent_id == item.frame_id}
        self._frames = {f.id: f for f in frames if f.id in moving}
        self._notes = {n.id: n for n in document.notes_on(scene.board_id) if n.frame_id in moving}
        self._frame_items = {i: scene.frame_item(i) for i in self._frames}
        self._note_items = {i: scene.note_item(i) for i in self._notes}

    def move(self, view_pos: QPoint) -> None:
        self._show(self._delta(view_pos))

    def finish(self, view_pos: QPoint) -> None:
        dx, dy = self._delta(view_pos)
        if (dx, dy) == (0, 0):
            return
        document = self.view.document
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
        self.view.push(
            EditEntities(text, document=document, upsert=[*moved_frames.values(), *notes], board_id=frame.board_id)
        )

    def cancel(self) -> None:
        self._show((0.0, 0.0))

    def _delta(self, view_pos: QPoint) -> tuple[float, float]:
        delta = self.view.mapToScene(view_pos) - self._grab
        return float(round(delta.x())), float(round(delta.y()))

    def _show(self, delta: tuple[float, float]) -> None:
        dx, dy = delta
        for frame_id, item in self._frame_items.items():
            f = self._frames[frame_id]
            item.set_preview_rect(QRectF(f.x + dx, f.y + dy, f.width, f.height))
        for note_id, item in self._note_items.items():
            n = self._notes[note_id]
            item.setPos(n.x + dx, n.y + dy)


class ResizeFrameInteraction(Interaction):
    """Drags a frame's bottom-right corner; notes now under it join it, notes left outside leave."""

    def __init__(self, view: BoardView, item: FrameItem, view_pos: QPoint) -> None:
        super().__init__(view)
        self._item = item
        frame = view.document.find(Frame, item.frame_id)
        assert frame is not None
        self._frame = frame
        self._grab = view.mapToScene(view_pos)

    def move(self, view_pos: QPoint) -> None:
        width, height = self._size(view_pos)
        self._item.set_preview_rect(QRectF(self._frame.x, self._frame.y, width, height))

    def finish(self, view_pos: QPoint) -> None:
        width, height = self._size(view_pos)
        f = self._frame
        if (width, height) == (f.width, f.height):
            return
        resized = dataclasses.replace(f, width=width, height=height)
        document = self.view.document
        frames = [resized if x.id == f.id else x for x in document.all_of(Frame) if x.board_id == f.board_id]
        notes: list[Note] = []
        for note in document.notes_on(f.board_id):
            if note.frame_id not in (None, f.id, f.parent_id):
                continue  # a note in another frame stays there
            frame_id = frame_for_note(frames, note.x, note.y, note.width, note.height)
            if frame_id != note.frame_id:
                notes.append(dataclasses.replace(note, frame_id=frame_id))
        text = QCoreApplication.translate("MapInteractions", "Resize frame")
        self.view.push(EditEntities(text, document=document, upsert=[resized, *notes], board_id=f.board_id))

    def cancel(self) -> None:
        f = self._frame
        self._item.set_preview_rect(QRectF(f.x, f.y, f.width, f.height))

    def _size(self, view_pos: QPoint) -> tuple[float, float]:
        delta = self.view.mapToScene(view_pos) - self._grab
        return clamped_size(self._frame.width + delta.x(), self._frame.height + delta.y())
