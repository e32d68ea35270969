"""Writing on the board's notes: add, type, recolour, nudge and restack, each one undo command.

The board view owns the gestures and keys; this is what they do to notes. It is made when
first used (see BoardView.note_edits), so the first frame does not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, Qt

from app.commands import NEW_NOTE_TEXT_MERGE_ID, NUDGE_MERGE_ID, AddNotes, ChangeNotes
from app.domain.frame_geometry import frame_for_note
from app.domain.model import NOTE_HEIGHT, NOTE_WIDTH, Frame, Note
from app.domain.palette import DEFAULT_NOTE_COLOUR
from widgets.board.board_context import BoardContext

if TYPE_CHECKING:
    from widgets.board.note_editor import NoteEditor

_FREE_SPOT_STEP = 24.0  # a new note on top of another moves this far down and right


class NoteEdits(QObject):
    """The note commands of one board view, and the note editor while one is open."""

    def __init__(self, view: BoardContext, *, refocus: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._view = view
        self._refocus = refocus  # the board takes the keys back when the editor closes
        self.editor: NoteEditor | None = None  # the text being typed, if any
        self._new_note_id: str | None = None  # a note just added, whose typing joins its Add step

    def add_note(self, at: QPointF | None = None, *, edit: bool = True) -> str | None:
        """Add an empty note centred on `at` (the middle of the view by default)."""
        view = self._view
        scene = view.board_scene
        if scene is None or not view.editable():
            return None
        if at is None:
            at = self._free_spot(view.mapToScene(view.viewport().rect().center()))
        colour = self._selected_colour() or DEFAULT_NOTE_COLOUR
        document = view.document
        note = Note(
            board_id=scene.board_id,
            colour=colour,
            x=round(at.x() - NOTE_WIDTH / 2),
            y=round(at.y() - NOTE_HEIGHT / 2),
            z=document.top_z(scene.board_id) + 1,
            author=document.info.facilitator,
        )
        view.push(AddNotes(document=document, notes=[note]))
        scene.select_notes([note.id])
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
        self._refocus()

    def _selected_colour(self) -> str | None:
        ids = self._view.selected_ids()
        return self._view.document.note(ids[-1]).colour if ids else None

    def _free_spot(self, centre: QPointF) -> QPointF:
        """`centre`, or a step down and right until no note starts exactly there."""
        scene = self._view.board_scene
        assert scene is not None
        taken = {(n.x, n.y) for n in self._view.document.notes_on(scene.board_id)}
        while (round(centre.x() - NOTE_WIDTH / 2), round(centre.y() - NOTE_HEIGHT / 2)) in taken:
            centre += QPointF(_FREE_SPOT_STEP, _FREE_SPOT_STEP)
        return centre
