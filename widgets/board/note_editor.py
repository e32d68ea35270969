"""Typing in place on a note.

The editor lies over the note while the facilitator types. Its own undo is
off: the whole edit becomes one command on the workshop's undo stack when
editing ends (Escape, Ctrl+Enter, a click elsewhere), so there is one undo
system and typing a note is one step of it.

A note holds at most NOTE_TEXT_MAX characters (app.domain.text_limits). A key, a
paste or a drop that would make the text longer is undone as it lands, and a line
under the note says why: nothing is cut silently, and what was there stays.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QKeySequence, QPainter, QTextOption
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.domain.text_limits import NOTE, NOTE_TEXT_MAX, too_long_message
from widgets.board.note_item import NoteItem, note_font

_PADDING = 10.0
_K = QKeySequence.StandardKey
_CURSOR_KEYS = (
    _K.MoveToNextWord, _K.MoveToPreviousWord, _K.MoveToNextPage, _K.MoveToPreviousPage,
    _K.SelectNextWord, _K.SelectPreviousWord, _K.SelectNextPage, _K.SelectPreviousPage,
)  # fmt: skip


class _Refusal(QGraphicsRectItem):
    """A one-line message on a light box, over the note's text."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self._label = QGraphicsSimpleTextItem(self)
        self._label.setBrush(QColor("#a4262c"))  # dark red on white: 6.5:1
        self.setBrush(QColor("#ffffff"))
        self.setPen(QColor("#a4262c"))
        self.setVisible(False)

    def text(self) -> str:
        return self._label.text()

    def show_message(self, text: str, *, below: float) -> None:
        self._label.setText(text)
        box = self._label.boundingRect().adjusted(-4, -2, 4, 2)
        self.setRect(box)
        self.setPos(-_PADDING + 4, below + 4)
        self.setVisible(True)


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
        self._accepted = text  # the text as it last kept to the limit
        self.refusal = _Refusal(self)  # why the last change was refused, under the line typed in
        self.document().contentsChanged.connect(self._on_document_contents_changed)

    def _on_document_contents_changed(self) -> None:
        text = self.toPlainText()
        # Shorter is always welcome, even from a note that was too long before (an old file).
        if len(text) <= NOTE_TEXT_MAX or len(text) <= len(self._accepted):
            self._accepted = text
            self.refusal.setVisible(False)
            return
        position = min(self.textCursor().position() - (len(text) - len(self._accepted)), len(self._accepted))
        document = self.document()
        document.blockSignals(True)
        self.setPlainText(self._accepted)
        document.blockSignals(False)
        cursor = self.textCursor()
        cursor.setPosition(max(0, position))
        self.setTextCursor(cursor)
        self.refusal.show_message(too_long_message(NOTE, len(text)), below=self._cursor_line_bottom())

    def _cursor_line_bottom(self) -> float:
        # The message goes where the facilitator looks: under the line of the cursor, which in
        # a long note is far from its top and bottom.
        cursor = self.textCursor()
        block = cursor.block()
        top = self.document().documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        line = layout.lineForTextPosition(cursor.positionInBlock()) if layout is not None else None
        if line is None or not line.isValid():
            return top
        return top + line.y() + line.height()

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
