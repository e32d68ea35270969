"""Typing in place on a note.

The editor lies over the note while the facilitator types. Its own undo is
off: the whole edit becomes one command on the workshop's undo stack when
editing ends (Escape, Ctrl+Enter, a click elsewhere), so there is one undo
system and typing a note is one step of it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QKeySequence, QPainter, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QGraphicsTextItem, QStyleOptionGraphicsItem, QWidget

from widgets.board.note_item import NoteItem, note_font

_PADDING = 10.0
_K = QKeySequence.StandardKey
_CURSOR_KEYS = (
    _K.MoveToNextWord, _K.MoveToPreviousWord, _K.MoveToNextPage, _K.MoveToPreviousPage,
    _K.SelectNextWord, _K.SelectPreviousWord, _K.SelectNextPage, _K.SelectPreviousPage,
)  # fmt: skip


class NoteEditor(QGraphicsTextItem):
    """A plain-text editor over one note item."""

    class Signals(QObject):
        finished = Signal(str, str)  # note id, the text typed

    def __init__(self, item: NoteItem, text: str) -> None:
        super().__init__()
        self.signals = NoteEditor.Signals()
        self.note_id = item.note_id
        self._item = item
        self._done = False
        width, _height = item.size()
        self.setFont(note_font())
        self.setDefaultTextColor(QColor("#1a1a1a"))
        self.setPlainText(text)
        self.document().setUndoRedoEnabled(False)
        self.document().setDocumentMargin(0)
        option = self.document().defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self.document().setDefaultTextOption(option)
        self.setTextWidth(width - 2 * _PADDING)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setPos(item.pos().x() + _PADDING, item.pos().y() + _PADDING)
        self.setZValue(1e9)  # above every note while typing
        item.setVisible(False)

    def text(self) -> str:
        return self.toPlainText()

    def finish(self) -> None:
        """End editing and report the text; safe to call more than once."""
        if self._done:
            return
        self._done = True
        self._item.setVisible(True)
        self.signals.finished.emit(self.note_id, self.toPlainText())

    def boundingRect(self) -> QRectF:
        # The note's full size, or taller while the text outgrows it.
        text_height = super().boundingRect().height()
        width, height = self._item.size()
        return QRectF(-_PADDING, -_PADDING, width, max(height, text_height + 2 * _PADDING))

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        # The note's own colour under the text, growing with what is typed.
        painter.setPen(QColor("#1f5fbf"))
        painter.setBrush(self._item.colour())
        painter.drawRect(self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5))
        # Qt passes no widget when the scene renders to an image or a printer; the stub for
        # QGraphicsTextItem.paint forgets that (QGraphicsItem.paint's allows None).
        super().paint(painter, option, widget)  # type: ignore[arg-type]

    # -- Qt overrides ------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ends = event.key() == Qt.Key.Key_Escape or (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        )
        if ends:
            self.finish()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A context menu or a dialog taking focus for a moment is not the end of typing.
        if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self.finish()

    def sceneEvent(self, event) -> bool:
        # Undo and redo while typing end the edit first, so the stack sees it as one step.
        if event.type() == event.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
        ):
            self.finish()
            event.ignore()
            return True
        # Keys that move the cursor belong to the text, not to window shortcuts (Ctrl+Right also
        # moves the agenda to the next step, PgDown the projector to the next frame).
        if event.type() == event.Type.ShortcutOverride and any(event.matches(k) for k in _CURSOR_KEYS):
            event.accept()
            return True
        return super().sceneEvent(event)
