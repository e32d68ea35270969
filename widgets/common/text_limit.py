"""Line edits that keep to a text limit (app.domain.text_limits) and say so when they refuse.

QLineEdit's own maxLength cuts a longer paste silently; here an edit that would make
the text longer than its limit is undone as it lands, the text stays as it was, and
a message says why: on a line under the field in a form, in the question of an input
dialog. A text already longer (a workshop from before the limits) may be shortened.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QWidget

from app.domain.text_limits import MAXIMUM, too_long_message

_REFUSAL_STYLE = "color: #a4262c;"  # dark red on the window's light grey: over 5:1


class LengthGuard(QObject):
    """Keeps one QLineEdit within the limit of a kind of text (NOTE, TITLE or LABEL)."""

    refused = Signal(str)  # why the last edit was undone; "" once the text fits again

    def __init__(self, edit: QLineEdit, kind: str) -> None:
        super().__init__(edit)
        self._edit = edit
        self._kind = kind
        self._accepted = edit.text()
        self._undoing = False
        edit.textChanged.connect(self._on_edit_text_changed)

    def _on_edit_text_changed(self, text: str) -> None:
        if self._undoing:
            return
        if len(text) <= MAXIMUM[self._kind] or len(text) <= len(self._accepted):
            self._accepted = text
            self.refused.emit("")
            return
        position = self._edit.cursorPosition() - (len(text) - len(self._accepted))
        # Not blocking the signal: a QInputDialog keeps its value in step through it.
        self._undoing = True
        try:
            self._edit.setText(self._accepted)
        finally:
            self._undoing = False
        self._edit.setCursorPosition(max(0, min(position, len(self._accepted))))
        # The line edit cuts what arrives at its maxLength (32,767) before anyone sees it: then
        # the length is unknown, and the message does not guess it.
        length = None if len(text) >= self._edit.maxLength() else len(text)
        self.refused.emit(too_long_message(self._kind, length))


def guard_with_label(edit: QLineEdit, kind: str, parent: QWidget | None = None) -> QLabel:
    """Guard `edit`; returns the label that shows why an edit was refused, for the caller's layout."""
    label = QLabel(parent)
    label.setObjectName("length_refusal")
    label.setStyleSheet(_REFUSAL_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)

    def show(message: str) -> None:
        label.setText(message)
        label.setVisible(bool(message))

    LengthGuard(edit, kind).refused.connect(show)
    return label


def guard_input_dialog(dialog: QInputDialog, kind: str) -> LengthGuard:
    """Guard the line edit of a text QInputDialog (call after setTextValue); the refusal joins its question."""
    edit = dialog.findChild(QLineEdit)
    assert edit is not None, "a text input dialog has its line edit once its value is set"
    question = dialog.labelText()
    guard = LengthGuard(edit, kind)

    def show(message: str) -> None:
        dialog.setLabelText(f"{question}\n\n{message}" if message else question)
        dialog.adjustSize()  # room for the message, which a dialog already shown does not make itself

    guard.refused.connect(show)
    return guard


def ask_text(parent: QWidget, title: str, label: str, text: str, kind: str) -> tuple[str, bool]:
    """QInputDialog.getText, guarded: (the text, whether OK was chosen)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    guard_input_dialog(dialog, kind)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value, accepted
