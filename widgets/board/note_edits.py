"""Writing on the board's notes: add, type, recolour, nudge and restack, each one undo command.

The board view owns the gestures and keys; this is what they do to notes. It is made when
first used (see BoardView.note_edits), so the first frame does not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt

from app.commands import NEW_NOTE_TEXT_MERGE_ID, NUDGE_MERGE_ID, AddNotes, ChangeNotes
from app.domain.frame_geometry import frame_for_note
from app.domain.free_spot import free_spot
from app.domain.model import NOTE_HEIGHT, NOTE_WIDTH, Frame, Note
from app.domain.palette import DEFAULT_NOTE_COLOUR
from widgets.board.board_context import BoardContext

if TYPE_CHECKING:
    from widgets.board.note_editor import NoteEditor


class NoteEdits(QObject):
    """The note commands of one board view, and the note editor while one is open."""

    def __init__(self, view: BoardContext, *, refocus: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._view = view
        self._refocus = refocus  # the board takes the keys back when the editor closes
        self.editor: NoteEditor | None = None  # the text being typed, if any
        self._new_note_id: str | None = None  # a note just added, whose typing joins its Add step
        self._last_note_id: str | None = None  # the next note goes beside it

    def add_note(self, at: QPointF | None = None, *, edit: bool = True) -> str | None:
        """Add an empty note centred on `at`, or in free space near the last note (or in the selected frame)."""
        view = self._view
        scene = view.board_scene
        if scene is None or not view.editable():
            return None
        document = view.document
        frames = [f for f in document.all_of(Frame) if f.board_id == scene.board_id]
        if at is None:
            x, y = self._free_spot(frames)
        else:
            x, y = round(at.x() - NOTE_WIDTH / 2), round(at.y() - NOTE_HEIGHT / 2)
        colour = self._selected_colour() or DEFAULT_NOTE_COLOUR
        note = Note(
            board_id=scene.board_id,
            colour=colour,
            x=x,
            y=y,
            z=document.top_z(scene.board_id) + 1,
            author=document.info.facilitator,
            # Made inside a frame, it belongs to it, as one dragged there does.
            frame_id=frame_for_note(frames, x, y, NOTE_WIDTH, NOTE_HEIGHT),
        )
        view.push(AddNotes(document=document, notes=[note]))
        self._last_note_id = note.id
        scene.select_notes([note.id])
        view.bring_into_view(scene.note_item(note.id))
        if edit:
            self._new_note_id = note.id
            self.edit_note(note.id)
        return note.id

    def edit_note(self, note_id: str) -> None:
        view = self._view
        scene = view.board_scene
        if scene is None or not view.editable():
            return
        self.finish_editing()
        from widgets.board.note_editor import NoteEditor  # when a note is first edited

        editor = NoteEditor(scene.note_item(note_id), view.document.note(note_id).text)
        editor.signals.finished.connect(self._on_editor_finished)
        scene.addItem(editor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        self.editor = editor

    def finish_editing(self) -> None:
        if self.editor is not None:
            self.editor.finish()

    def set_colour(self, colour: str) -> None:
        view = self._view
        ids = view.selected_ids()
        if ids:
            after = {i: {"colour": colour} for i in ids}
            view.push(ChangeNotes(document=view.document, after=after, text=self.tr("Change colour")))

    def nudge(self, dx: float, dy: float) -> None:
        view = self._view
        ids = view.selected_ids()
        if not ids:
            return
        document = view.document
        frames = [f for f in document.all_of(Frame) if f.board_id == document.note(ids[0]).board_id]
        after = {}
        for note_id in ids:
            n = document.note(note_id)
            # Always named, even unchanged, so merged nudges undo back to the first frame.
            frame_id = frame_for_note(frames, n.x + dx, n.y + dy, n.width, n.height)
            after[note_id] = {"x": n.x + dx, "y": n.y + dy, "frame_id": frame_id}
        text = self.tr("Move note") if len(ids) == 1 else self.tr("Move notes")
        view.push(ChangeNotes(document=document, after=after, text=text, merge_id=NUDGE_MERGE_ID))

    def bring_to_front(self) -> None:
        view = self._view
        ids = view.selected_ids()
        if ids:
            top = view.document.top_z(view.document.note(ids[0]).board_id)
            after = {note_id: {"z": top + 1 + i} for i, note_id in enumerate(ids)}
            view.push(ChangeNotes(document=view.document, after=after, text=self.tr("Bring to front")))

    def send_to_back(self) -> None:
        view = self._view
        ids = view.selected_ids()
        if ids:
            bottom = view.document.bottom_z(view.document.note(ids[0]).board_id)
            after = {note_id: {"z": bottom - len(ids) + i} for i, note_id in enumerate(ids)}
            view.push(ChangeNotes(document=view.document, after=after, text=self.tr("Send to back")))

    def type_into_new_note(self, note_id: str, text: str) -> None:
        """Text for a note just added is part of adding it: one undo step, not two."""
        view = self._view
        if text != view.document.note(note_id).text:
            # AddNotes takes this command in (QUndoCommand.mergeWith) when it added this note.
            edit = ChangeNotes(
                document=view.document,
                after={note_id: {"text": text}},
                text=self.tr("Edit text"),
                merge_id=NEW_NOTE_TEXT_MERGE_ID,
            )
            view.push(edit)

    # -- internals ---------------------------------------------------------------------

    def _on_editor_finished(self, note_id: str, text: str) -> None:
        view = self._view
        editor, self.editor = self.editor, None
        if editor is not None and editor.scene() is not None:
            editor.scene().removeItem(editor)
        if not view.document.has_note(note_id):
            return
        if note_id == self._new_note_id:
            self.type_into_new_note(note_id, text)
        elif text != view.document.note(note_id).text:
            view.push(ChangeNotes(document=view.document, after={note_id: {"text": text}}, text=self.tr("Edit text")))
        self._new_note_id = None
        scene = view.board_scene
        if scene is not None:
            # The note was hidden under the editor, which deselects it in Qt; it stays the
            # one selected, so the arrow keys move it and N puts the next one beside it.
            scene.select_notes([note_id])
        self._refocus()

    def _selected_colour(self) -> str | None:
        ids = self._view.selected_ids()
        return self._view.document.note(ids[-1]).colour if ids else None

    def _free_spot(self, frames: list[Frame]) -> tuple[int, int]:
        """Free space inside the selected frame, beside the note made or selected last, or mid-view."""
        view = self._view
        scene = view.board_scene
        assert scene is not None
        document = view.document
        notes = document.notes_on(scene.board_id)
        by_id = {n.id: n for n in notes}
        visible = view.visible_rect()
        selected_frames = scene.selected_frame_ids()
        within = next((f for f in frames if selected_frames == [f.id]), None)
        last = by_id.get(self._last_note_id or "")
        ids = scene.selection_order()
        if ids:
            last = by_id.get(ids[-1])  # the note selected last
        elif last is not None and not visible.intersects(QRectF(last.x, last.y, last.width, last.height)):
            last = None  # made long ago somewhere out of sight: start from what is seen
        if within is None and last is not None and last.frame_id is not None:
            within = next((f for f in frames if f.id == last.frame_id), None)
        centre = visible.center()
        x, y = free_spot(
            (NOTE_WIDTH, NOTE_HEIGHT),
            [(n.x, n.y, n.width, n.height) for n in notes],
            near=(last.x, last.y, last.width, last.height) if last is not None else None,
            centre=(centre.x(), centre.y()),
            within=(within.x, within.y, within.width, within.height) if within is not None else None,
        )
        return round(x), round(y)
