"""Cut, copy, paste and duplicate on the board.

Notes travel on the clipboard as Samskap's own JSON (app.clipboard), with their
text beside it for other programs; text copied from another program pastes as
one new note. Made by the board view when first used: none of it is needed
for the first frame.

A paste that would make a note longer than a note holds (app.domain.text_limits)
is refused whole, with a message: nothing is cut, and no note is made.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QApplication

from app import clipboard
from app.commands import AddNotes, RemoveNotes
from app.domain.model import Frame
from app.domain.text_limits import NOTE, too_long
from widgets.board.board_context import BoardContext
from widgets.common.messages import show_problem

PASTE_OFFSET = 24.0  # each paste of the same notes lands this much further down and right
# The undo steps' names keep the board view's translation context, where they were first written.


class ClipboardHost(BoardContext, Protocol):
    """What the clipboard needs of the board view besides the BoardContext."""

    def add_note(self, *, edit: bool = True) -> str | None: ...
    def type_into_new_note(self, note_id: str, text: str) -> None: ...


class BoardClipboard:
    """The board view's clipboard commands; `forget_pastes` when another board is shown."""

    def __init__(self, view: ClipboardHost) -> None:
        self._view = view
        self._paste_count = 0

    def forget_pastes(self) -> None:
        self._paste_count = 0

    def copy(self) -> None:
        view = self._view
        notes = [view.document.note(i) for i in view.selected_ids()]
        if not notes:
            return
        mime = QMimeData()
        mime.setData(clipboard.MIME_TYPE, clipboard.notes_to_json(notes))
        mime.setText(clipboard.notes_as_text(notes))
        QApplication.clipboard().setMimeData(mime)
        self._paste_count = 0

    def cut(self) -> None:
        view = self._view
        if view.selected_ids():
            self.copy()
            view.push(
                RemoveNotes(
                    document=view.document,
                    note_ids=view.selected_ids(),
                    text=QCoreApplication.translate("BoardView", "Cut"),
                )
            )

    def paste(self) -> None:
        view = self._view
        mime = QApplication.clipboard().mimeData()
        if view.board_scene is None or mime is None or not view.editable():
            return
        if mime.hasFormat(clipboard.MIME_TYPE):
            data = bytes(mime.data(clipboard.MIME_TYPE).data())
            self._paste_count += 1
            self._insert_copies(
                data, self._paste_count * PASTE_OFFSET, text=QCoreApplication.translate("BoardView", "Paste")
            )
        elif mime.hasText() and mime.text().strip():
            # Text from another program becomes one new note.
            if self._refused(mime.text()):
                return
            note_id = view.add_note(edit=False)
            if note_id is not None:
                view.type_into_new_note(note_id, mime.text())

    def duplicate(self) -> None:
        view = self._view
        notes = [view.document.note(i) for i in view.selected_ids()]
        if notes:
            self._insert_copies(
                clipboard.notes_to_json(notes), PASTE_OFFSET, text=QCoreApplication.translate("BoardView", "Duplicate")
            )

    def _insert_copies(self, data: bytes, offset: float, *, text: str) -> None:
        view = self._view
        scene = view.board_scene
        assert scene is not None
        document = view.document
        copies = clipboard.notes_from_json(
            data, board_id=scene.board_id, dx=0, dy=0, top_z=document.top_z(scene.board_id)
        )
        if not copies or self._refused(max((note.text for note in copies), key=len)):
            return
        visible = view.visible_rect()
        frames = [f for f in document.all_of(Frame) if f.board_id == scene.board_id]
        rect = (visible.x(), visible.y(), visible.width(), visible.height())
        copies = clipboard.place_copies(copies, visible=rect, offset=offset, frames=frames)
        view.push(AddNotes(document=document, notes=copies, text=text))
        scene.select_notes([n.id for n in copies])

    def _refused(self, text: str) -> bool:
        """Tell the facilitator, and say True, when `text` is longer than a note holds."""
        message = too_long(NOTE, text)
        if message is None:
            return False
        title = QCoreApplication.translate("BoardClipboard", "Nothing was pasted")
        show_problem(self._view.viewport().window(), title, message)
        return True
