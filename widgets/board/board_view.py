"""The board canvas: zoom, pan, select, and the note editing that pushes commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter, QUndoCommand, QUndoStack, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView, QMenu, QWidget

from app.document import WorkshopDocument
from app.domain.palette import colour_for_number
from widgets.board.board_scene import BoardScene
from widgets.board.connector_item import ConnectorItem, ConnectorLabel
from widgets.board.frame_item import FrameItem
from widgets.board.note_item import NoteItem
from widgets.board.sector_legend import SectorLegend

if TYPE_CHECKING:
    from widgets.board.board_actions import BoardActions
    from widgets.board.board_clipboard import BoardClipboard
    from widgets.board.interaction import Interaction
    from widgets.board.map_edits import MapEdits
    from widgets.board.note_edits import NoteEdits

MIN_ZOOM = 0.03
MAX_ZOOM = 5.0
_ZOOM_STEP = 1.25
_NUDGE = 10.0
_NUDGE_FINE = 1.0


class BoardView(QGraphicsView):
    """Shows one BoardScene at a time and turns gestures into undo commands.

    It is the BoardContext of its helpers (map edits, actions, context menu) and
    the InteractionHost of its canvas modes: the one place that forwards mouse
    and keys to the mode in progress (widgets/board/interaction.py).
    """

    zoom_changed = Signal(float)
    mode_hint_changed = Signal(str)  # what a canvas mode asks for ("" when it ends), for the status bar
    status_message = Signal(str)  # a short note for the status bar (nothing to tidy ...)

    def __init__(self, *, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._map_edits: MapEdits | None = None  # made when first needed, as are the actions
        self._board_actions: BoardActions | None = None  # made when first needed: see board_actions
        self.sector_legend = SectorLegend()  # the main window docks it beside the board
        self.sector_legend.sector_clicked.connect(lambda key: self.map_edits.select_sector(key))
        self._mode: Interaction | None = None  # the canvas mode in progress: one at a time
        self._pan_from: QPoint | None = None
        self._drag_broken = False  # a drag was cancelled with the button still down
        self._note_edits: NoteEdits | None = None
        self._space_held = False
        self._clipboard: BoardClipboard | None = None
        # After "fit all", the board keeps fitting the view as it resizes (the window is
        # still being laid out when a workshop opens) until the facilitator zooms or pans.
        self._keep_fitted = False
        # The viewport sizes fitted to at the view's present size: a fit that makes a scroll bar
        # appear shrinks the viewport, and refitting to that may hide the bar again. Each size is
        # fitted to once, so the view settles instead of refitting for ever (it did, at 10,000 notes).
        self._fitted_sizes: tuple[QSize, set[tuple[int, int]]] = (QSize(), set())
        self._refitting = False
        # A viewport made here, in Python, so that viewport() hands back this object: for the one
        # Qt made, the binding works out its type by first setting up every widget class it might
        # be (62 classes' enums, 15 ms before the first frame).
        viewport = QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        self.setViewport(viewport)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Board"))

    @property
    def map_edits(self) -> MapEdits:
        """Arrows, frames, sectors and labels: the edits with dialogs, made when first used."""
        if self._map_edits is None:
            from widgets.board.map_edits import MapEdits

            self._map_edits = MapEdits(board=self, parent=self)
        return self._map_edits

    @property
    def board_actions(self) -> BoardActions:
        """The board's actions and their shortcuts, made when first asked for: the window asks as
        it builds its menus, just after the first frame, which the actions are no part of."""
        if self._board_actions is None:
            from widgets.board.board_actions import BoardActions

            self._board_actions = BoardActions(commands=self, edits=self.map_edits, owner=self)
            self._board_actions.update_enabled()
        return self._board_actions

    def update_actions(self) -> None:
        """Enable the board's actions for what is shown and selected now (once they exist)."""
        if self._board_actions is not None:
            self._board_actions.update_enabled()

    # -- the board shown -------------------------------------------------------

    @property
    def board_scene(self) -> BoardScene | None:
        scene = self.scene()
        return scene if isinstance(scene, BoardScene) else None

    @property
    def document(self) -> WorkshopDocument:
        scene = self.board_scene
        assert scene is not None
        return scene.document

    def show_board(self, scene: BoardScene | None, *, fit: bool = True) -> None:
        self.finish_editing()
        self.cancel_mode()
        self.setScene(scene)
        self.sector_legend.set_scene(scene)
        if self._clipboard is not None:
            self._clipboard.forget_pastes()
        if scene is not None and fit:
            self.fit_all()
        self.update_actions()

    def editable(self) -> bool:
        scene = self.board_scene
        return scene is not None and not scene.document.read_only

    def push(self, command: QUndoCommand) -> None:
        if self.editable():
            self.undo_stack.push(command)

    # -- zoom and pan ------------------------------------------------------------

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self._keep_fitted = False
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        if abs(factor - 1) > 1e-9:
            self.scale(factor, factor)
            self._scale_changed()

    def zoom_in(self) -> None:
        self.zoom_by(_ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / _ZOOM_STEP)

    def zoom_actual_size(self) -> None:
        self.zoom_by(1 / self.zoom())

    def fit_all(self) -> None:
        scene = self.board_scene
        if scene is None:
            return
        rect = scene.content_rect()
        if rect.isNull():
            rect = QRectF(0, 0, 1200, 800)
        self.fit_rect(rect.adjusted(-40, -40, 40, 40))

    def fit_rect(self, rect: QRectF) -> None:
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.5:  # a handful of notes should not fill the wall with giant letters
            self.zoom_by(1.5 / self.zoom())
        self.centerOn(rect.center())
        self._scale_changed()
        self._keep_fitted = True
        if not self._refitting:
            self._fitted_sizes = (QSize(), set())
        self._remember_fitted_size()

    def _scale_changed(self) -> None:
        scene = self.board_scene
        if scene is not None:
            scene.update_detail()  # before the next paint, not after it
        self.zoom_changed.emit(self.zoom())

    def restore_cursor(self) -> None:
        if self._space_held:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    # -- note editing (each one command) ---------------------------------------

    def selected_ids(self) -> list[str]:
        scene = self.board_scene
        return scene.selected_note_ids() if scene is not None else []

    @property
    def note_edits(self) -> NoteEdits:
        """The note commands and the open note editor (widgets/board/note_edits.py), made when first used."""
        if self._note_edits is None:
            from widgets.board.note_edits import NoteEdits

            self._note_edits = NoteEdits(self, refocus=self.setFocus, parent=self)
        return self._note_edits

    def add_note(self, at: QPointF | None = None, *, edit: bool = True) -> str | None:
        """Add an empty note centred on `at` (the middle of the view by default)."""
        return self.note_edits.add_note(at, edit=edit)

    def edit_note(self, note_id: str) -> None:
        self.note_edits.edit_note(note_id)

    def edit_selected(self) -> None:
        """Type in the selected note, or name the selected arrow or frame."""
        scene = self.board_scene
        if scene is None:
            return
        ids = self.selected_ids()
        arrows, frames = scene.selected_connector_ids(), scene.selected_frame_ids()
        if len(ids) == 1 and not arrows and not frames:
            self.edit_note(ids[0])
        elif len(arrows) == 1 and not ids and not frames:
            self.map_edits.label_dialog(arrows[0])
        elif len(frames) == 1 and not ids and not arrows:
            self.map_edits.rename_frame_dialog(frames[0])

    def finish_editing(self) -> None:
        if self._note_edits is not None:
            self._note_edits.finish_editing()

    def is_editing(self) -> bool:
        return self._note_edits is not None and self._note_edits.editor is not None

    def delete_selected(self) -> None:
        self.map_edits.delete_selection()

    def set_colour(self, colour: str) -> None:
        self.note_edits.set_colour(colour)

    def nudge(self, dx: float, dy: float) -> None:
        self.note_edits.nudge(dx, dy)

    def select_all(self) -> None:
        scene = self.board_scene
        if scene is not None:
            scene.select_all_notes()

    def bring_to_front(self) -> None:
        self.note_edits.bring_to_front()

    def send_to_back(self) -> None:
        self.note_edits.send_to_back()

    # -- clipboard (widgets/board/board_clipboard.py) ---------------------------------

    @property
    def clipboard(self) -> BoardClipboard:
        if self._clipboard is None:
            from widgets.board.board_clipboard import BoardClipboard  # when first used

            self._clipboard = BoardClipboard(self)
        return self._clipboard

    def copy(self) -> None:
        self.clipboard.copy()

    def cut(self) -> None:
        self.clipboard.cut()

    def paste(self) -> None:
        self.clipboard.paste()

    def duplicate(self) -> None:
        self.clipboard.duplicate()

    def type_into_new_note(self, note_id: str, text: str) -> None:
        """Text for a note just added is part of adding it: one undo step, not two."""
        self.note_edits.type_into_new_note(note_id, text)

    # -- the view services its helpers use (BoardContext) ----------------------------------

    def visible_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def note_item_at(self, view_pos: QPoint) -> NoteItem | None:
        return next((i for i in self.items(view_pos) if isinstance(i, NoteItem)), None)

    def item_at(self, view_pos: QPoint) -> NoteItem | ConnectorItem | FrameItem | None:
        for item in self.items(view_pos):
            if isinstance(item, ConnectorLabel):
                return item.connector
            if isinstance(item, (NoteItem, ConnectorItem, FrameItem)):
                return item
        return None

    def bring_into_view(self, target: QRectF | QGraphicsItem) -> None:
        self.ensureVisible(target, 40, 40)

    def show_status(self, text: str) -> None:
        self.status_message.emit(text)

    def show_hint(self, text: str) -> None:
        self.mode_hint_changed.emit(text)

    # -- canvas modes (InteractionHost) ---------------------------------------------------------

    def mode(self) -> Interaction | None:
        """The canvas mode in progress: a drag, connecting notes, recording dots ..."""
        return self._mode

    def set_mode(self, mode: Interaction) -> None:
        self.cancel_mode()
        self._mode = mode
        mode.start()

    def finish_mode(self, mode: Interaction) -> None:
        if self._mode is mode:
            self._mode = None
            mode.finish()

    def cancel_mode(self) -> None:
        mode, self._mode = self._mode, None
        if mode is not None:
            # Broken off in the middle of a drag, Qt would go on moving the notes it
            # grabbed: the rest of that drag is ignored, up to its release.
            self._drag_broken = QApplication.mouseButtons() != Qt.MouseButton.NoButton
            mode.cancel()

    def start_connect(self) -> None:
        """Two notes selected: join them (from the one selected first). Otherwise enter connect mode."""
        scene = self.board_scene
        if scene is None or not self.editable():
            return
        self.finish_editing()
        order = scene.selection_order()
        if len(order) == 2:
            self.map_edits.connect_notes(order[0], order[1])
            return
        from widgets.board.map_interactions import ConnectMode  # see mousePressEvent

        self.set_mode(ConnectMode(self, self.map_edits, source=order[0] if len(order) == 1 else None))

    # -- Qt overrides ------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.board_scene is None:
            return
        pos = event.position().toPoint()
        if event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_held
        ):
            self._keep_fitted = False
            self._pan_from = pos
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        mode = self._mode
        if mode is not None and mode.mouse_press(event):
            event.accept()
            return
        # The canvas modes are imported at the first press, as the edits they call on are made:
        # none of them is needed to show a board (their Qt classes cost the first frame 2 ms).
        from widgets.board.board_press import drag_for_press
        from widgets.board.canvas_interactions import MoveNotesInteraction

        # A press a mode lets through gets the board's plain handling, never a second mode.
        own = mode is None and event.button() == Qt.MouseButton.LeftButton and self.editable()
        drag = drag_for_press(self, self.map_edits, event) if own else None
        if drag is not None:
            self.set_mode(drag)
            event.accept()
            return
        super().mousePressEvent(event)
        item = self.note_item_at(pos)
        if own and item is not None and item.isSelected():
            selected = [i for i in self.scene().selectedItems() if isinstance(i, NoteItem)]
            self.set_mode(MoveNotesInteraction(self, pos, selected))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pan_from is not None:
            delta, self._pan_from = pos - self._pan_from, pos
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() - delta.x())
            v.setValue(v.value() - delta.y())
        elif self._drag_broken and event.buttons() != Qt.MouseButton.NoButton:
            pass
        elif self._mode is None or not self._mode.mouse_move(event):
            super().mouseMoveEvent(event)
            return
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_broken = False
        if self._pan_from is not None:
            self._pan_from = None
            self.restore_cursor()
        elif self._mode is None or not self._mode.mouse_release(event):
            super().mouseReleaseEvent(event)
            return
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.board_scene is not None and self._mode is not None and self._mode.mouse_double_click(event):
            event.accept()
            return
        if self.board_scene is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        editor = self._note_edits.editor if self._note_edits is not None else None
        if editor is not None and editor.isUnderMouse():
            super().mouseDoubleClickEvent(event)  # selects a word in the text being typed
            return
        item = self.item_at(event.position().toPoint())
        if isinstance(item, NoteItem):
            self.edit_note(item.note_id)
        elif isinstance(item, ConnectorItem):
            self.map_edits.label_dialog(item.connector_id)
        elif isinstance(item, FrameItem):
            self.map_edits.rename_frame_dialog(item.frame_id)
        else:
            self.add_note(self.mapToScene(event.position().toPoint()))
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.0015 ** event.angleDelta().y())
            event.accept()
            return
        self._keep_fitted = False
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.is_editing() or self.board_scene is None:
            super().keyPressEvent(event)
            return
        if self._mode is not None and self._mode.key_press(event):
            event.accept()
            return
        key, modifiers = event.key(), event.modifiers()
        plain = not modifiers & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier)
        step = _NUDGE_FINE if modifiers & Qt.KeyboardModifier.ShiftModifier else _NUDGE
        arrows: dict[int, tuple[float, float]] = {
            Qt.Key.Key_Left: (-step, 0),
            Qt.Key.Key_Right: (step, 0),
            Qt.Key.Key_Up: (0, -step),
            Qt.Key.Key_Down: (0, step),
        }
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.restore_cursor()
        elif key == Qt.Key.Key_Escape and self._mode is not None:
            self.cancel_mode()
        elif key == Qt.Key.Key_Escape:
            self.scene().clearSelection()
        elif key in arrows and plain and self.selected_ids():
            self.nudge(*arrows[key])
        elif plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and colour_for_number(key - Qt.Key.Key_0):
            self.set_colour(colour_for_number(key - Qt.Key.Key_0) or "")
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2) and plain:
            self.edit_selected()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.restore_cursor()
        super().keyReleaseEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # A mode may take Tab (connect mode steps through the notes instead of leaving the board).
        key = Qt.Key.Key_Tab if next else Qt.Key.Key_Backtab
        tab = QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
        if self._mode is not None and self._mode.key_press(tab):
            return True
        # Otherwise Tab walks every note, arrow and frame, so each can be reached (then
        # edited, relabelled, deleted) without a mouse; Ctrl+Tab leaves the board.
        if self.board_scene is not None and not self.is_editing():
            return self.select_next_item(forward=next)
        return super().focusNextPrevChild(next)

    def select_next_item(self, *, forward: bool = True) -> bool:
        """Select the next (or previous) frame, note or arrow in reading order, and show it."""
        scene = self.board_scene
        if scene is None:
            return False
        selected = scene.selectedItems()
        item = scene.item_after(selected[0] if len(selected) == 1 else None, forward=forward)
        if item is None:
            return False
        scene.select_items([item])
        self.bring_into_view(item)
        return True

    def menu_for(self, view_pos: QPoint | None) -> tuple[QMenu, QPoint]:
        """The context menu for what is under `view_pos` (None: the selection), and where it goes."""
        scene = self.board_scene
        assert scene is not None
        item: QGraphicsItem | None
        if view_pos is not None:
            item = self.item_at(view_pos)
            point = view_pos
        else:
            # From the keyboard: about the selection, shown beside it.
            selected = scene.selectedItems()
            item = selected[0] if selected else None
            point = self.mapFromScene(item.sceneBoundingRect().center()) if item else self.viewport().rect().center()
        from widgets.board.board_context_menu import context_menu  # when a menu is first opened

        return context_menu(self.board_actions, scene, item, self), self.viewport().mapToGlobal(point)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.board_scene is None or (self._mode is not None and self._mode.context_menu(event)):
            return
        from_mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        self.open_menu, at = self.menu_for(event.pos() if from_mouse else None)
        self.open_menu.popup(at)
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._keep_fitted and not self._remember_fitted_size():
            self._refitting = True
            try:
                self.fit_all()
            finally:
                self._refitting = False

    def _remember_fitted_size(self) -> bool:
        """Note the viewport's size as fitted to; True when it already was, at this size of the view."""
        outer, seen = self._fitted_sizes
        if outer != self.size():
            outer, seen = self.size(), set()
            self._fitted_sizes = (outer, seen)
        size = self.viewport().size()
        known = (size.width(), size.height()) in seen
        seen.add((size.width(), size.height()))
        return known

    def focusOutEvent(self, event) -> None:
        self._space_held = False
        super().focusOutEvent(event)
