"""The board's actions, with their shortcuts, shared by the view and the menus.

The actions live on the view with a widget-with-children context, so number
keys pick colours only while the board has focus and never steal a digit
typed into a dialog or the board list; the main window puts the same
actions in its menus, where they show their shortcuts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap

from app.domain.palette import NOTE_COLOURS

if TYPE_CHECKING:
    from widgets.board_view import BoardView


def colour_name(key: str) -> str:
    names = {
        "yellow": QCoreApplication.translate("BoardActions", "Yellow"),
        "orange": QCoreApplication.translate("BoardActions", "Orange"),
        "sky blue": QCoreApplication.translate("BoardActions", "Blue"),
        "green": QCoreApplication.translate("BoardActions", "Green"),
        "pink": QCoreApplication.translate("BoardActions", "Pink"),
        "white": QCoreApplication.translate("BoardActions", "White"),
    }
    return names.get(key, key)


def swatch(hex_colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_colour))
    return QIcon(pixmap)


class BoardActions:
    """Everything one can do to notes on the board, as QActions."""

    def __init__(self, view: BoardView) -> None:
        self._view = view
        std = QKeySequence.StandardKey
        self.add_note = self._action(
            QCoreApplication.translate("BoardActions", "&Add note"),
            view.add_note,
            [QKeySequence("N"), QKeySequence("Ins")],
        )
        self.edit_text = self._action(
            QCoreApplication.translate("BoardActions", "&Edit text"), view.edit_selected, [QKeySequence("F2")]
        )
        self.delete = self._action(
            QCoreApplication.translate("BoardActions", "&Delete"),
            view.delete_selected,
            [QKeySequence(std.Delete), QKeySequence("Backspace")],
        )
        self.cut = self._action(QCoreApplication.translate("BoardActions", "Cu&t"), view.cut, [QKeySequence(std.Cut)])
        self.copy = self._action(
            QCoreApplication.translate("BoardActions", "&Copy"), view.copy, [QKeySequence(std.Copy)]
        )
        self.paste = self._action(
            QCoreApplication.translate("BoardActions", "&Paste"), view.paste, [QKeySequence(std.Paste)]
        )
        self.duplicate = self._action(
            QCoreApplication.translate("BoardActions", "D&uplicate"), view.duplicate, [QKeySequence("Ctrl+D")]
        )
        self.select_all = self._action(
            QCoreApplication.translate("BoardActions", "Select &all"), view.select_all, [QKeySequence(std.SelectAll)]
        )
        self.bring_to_front = self._action(
            QCoreApplication.translate("BoardActions", "Bring to &front"), view.bring_to_front, [QKeySequence("Ctrl+]")]
        )
        self.send_to_back = self._action(
            QCoreApplication.translate("BoardActions", "Send to &back"), view.send_to_back, [QKeySequence("Ctrl+[")]
        )
        self.zoom_in = self._action(
            QCoreApplication.translate("BoardActions", "Zoom &in"),
            view.zoom_in,
            [QKeySequence(std.ZoomIn), QKeySequence("Ctrl+=")],
        )
        self.zoom_out = self._action(
            QCoreApplication.translate("BoardActions", "Zoom &out"), view.zoom_out, [QKeySequence(std.ZoomOut)]
        )
        self.fit_all = self._action(
            QCoreApplication.translate("BoardActions", "&Fit all"), view.fit_all, [QKeySequence("Ctrl+0")]
        )
        self.actual_size = self._action(
            QCoreApplication.translate("BoardActions", "Actual &size"), view.zoom_actual_size, [QKeySequence("Ctrl+1")]
        )
        self.colours: list[QAction] = []
        for number, colour in enumerate(NOTE_COLOURS, start=1):
            action = self._action(colour_name(colour.key), lambda c=colour.hex: view.set_colour(c), [])
            action.setIcon(swatch(colour.hex))
            # The digit itself is handled by the view's key handler (it must not fire
            # while typing in a note); the menu only shows it as a hint.
            action.setText(f"{colour_name(colour.key)}\t{number}")
            self.colours.append(action)
        self._editing = [
            self.add_note, self.edit_text, self.delete, self.cut, self.paste, self.duplicate,
            self.bring_to_front, self.send_to_back, *self.colours,
        ]  # fmt: skip

    def _action(self, text: str, slot, shortcuts: list[QKeySequence]) -> QAction:
        action = QAction(text, self._view)
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._view.addAction(action)
        return action

    def all(self) -> list[QAction]:
        return [a for a in self._view.actions() if isinstance(a, QAction)]

    def update_enabled(self) -> None:
        """Grey out what the shown board does not allow (none shown, or read-only)."""
        has_board = self._view.board_scene is not None
        editable = self._view.editable()
        for action in self.all():
            action.setEnabled(has_board)
        for action in self._editing:
            action.setEnabled(editable)
