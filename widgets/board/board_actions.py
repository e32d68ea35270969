"""The board's actions, with their shortcuts, shared by the view and the menus.

The actions live on the view with a widget-with-children context, so number
keys pick colours only while the board has focus and never steal a digit
typed into a dialog or the board list; the main window puts the same
actions in its menus, where they show their shortcuts.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QWidget

from app.domain.model import ConnectorKind
from app.domain.palette import NOTE_COLOURS
from app.domain.sectors import SECTORS, sector_label
from widgets.board.board_context import BoardContext
from widgets.board.connector_item import kind_action_text
from widgets.board.map_edits import MapEdits
from widgets.board.sector_legend import sector_icon


class BoardCommands(BoardContext, Protocol):
    """The board view's commands that the actions trigger."""

    def add_note(self) -> object: ...
    def edit_selected(self) -> None: ...
    def delete_selected(self) -> None: ...
    def cut(self) -> None: ...
    def copy(self) -> None: ...
    def paste(self) -> None: ...
    def duplicate(self) -> None: ...
    def select_all(self) -> None: ...
    def bring_to_front(self) -> None: ...
    def send_to_back(self) -> None: ...
    def zoom_in(self) -> None: ...
    def zoom_out(self) -> None: ...
    def fit_all(self) -> None: ...
    def zoom_actual_size(self) -> None: ...
    def set_colour(self, colour: str) -> None: ...
    def start_connect(self) -> None: ...


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
    """Everything one can do to notes on the board, as QActions on `owner` (the board view)."""

    def __init__(self, *, commands: BoardCommands, edits: MapEdits, owner: QWidget) -> None:
        self._board = commands
        self._edits = edits
        self._owner = owner
        std = QKeySequence.StandardKey
        self.add_note = self._action(
            QCoreApplication.translate("BoardActions", "&Add note"),
            commands.add_note,
            [QKeySequence("N"), QKeySequence("Ins")],
        )
        self.edit_text = self._action(
            QCoreApplication.translate("BoardActions", "&Edit text"), commands.edit_selected, [QKeySequence("F2")]
        )
        self.delete = self._action(
            QCoreApplication.translate("BoardActions", "&Delete"),
            commands.delete_selected,
            [QKeySequence(std.Delete), QKeySequence("Backspace")],
        )
        self.cut = self._action(
            QCoreApplication.translate("BoardActions", "Cu&t"), commands.cut, [QKeySequence(std.Cut)]
        )
        self.copy = self._action(
            QCoreApplication.translate("BoardActions", "&Copy"), commands.copy, [QKeySequence(std.Copy)]
        )
        self.paste = self._action(
            QCoreApplication.translate("BoardActions", "&Paste"), commands.paste, [QKeySequence(std.Paste)]
        )
        self.duplicate = self._action(
            QCoreApplication.translate("BoardActions", "Dup&licate"), commands.duplicate, [QKeySequence("Ctrl+D")]
        )
        self.select_all = self._action(
            QCoreApplication.translate("BoardActions", "&Select all"),
            commands.select_all,
            [QKeySequence(std.SelectAll)],
        )
        self.bring_to_front = self._action(
            QCoreApplication.translate("BoardActions", "Bring to &front"),
            commands.bring_to_front,
            [QKeySequence("Ctrl+]")],
        )
        self.send_to_back = self._action(
            QCoreApplication.translate("BoardActions", "Send to &back"), commands.send_to_back, [QKeySequence("Ctrl+[")]
        )
        self.zoom_in = self._action(
            QCoreApplication.translate("BoardActions", "Zoom &in"),
            commands.zoom_in,
            [QKeySequence(std.ZoomIn), QKeySequence("Ctrl+=")],
        )
        self.zoom_out = self._action(
            QCoreApplication.translate("BoardActions", "Zoom &out"), commands.zoom_out, [QKeySequence(std.ZoomOut)]
        )
        self.fit_all = self._action(
            QCoreApplication.translate("BoardActions", "&Fit all"), commands.fit_all, [QKeySequence("Ctrl+0")]
        )
        self.actual_size = self._action(
            QCoreApplication.translate("BoardActions", "Actual &size"),
            commands.zoom_actual_size,
            [QKeySequence("Ctrl+1")],
        )
        self.colours: list[QAction] = []
        for number, colour in enumerate(NOTE_COLOURS, start=1):
            action = self._action(colour_name(colour.key), lambda c=colour.hex: commands.set_colour(c), [])
            action.setIcon(swatch(colour.hex))
            # The digit itself is handled by the view's key handler (it must not fire
            # while typing in a note); the menu only shows it as a hint.
            action.setText(f"{colour_name(colour.key)}\t{number}")
            self.colours.append(action)
        self._map_actions(commands, edits)
        self._editing = [
            self.add_note, self.edit_text, self.delete, self.cut, self.paste, self.duplicate,
            self.bring_to_front, self.send_to_back, *self.colours,
            self.connect, self.edit_label, self.cycle_kind, *self.kinds, self.add_frame, self.rename_frame,
            *self.sectors, self.link_stakeholders, self.tidy,
        ]  # fmt: skip

    def _map_actions(self, commands: BoardCommands, edits: MapEdits) -> None:
        """The floke map's actions: arrows, frames, sector tags, stakeholder links, tidy-up."""
        self.connect = self._action(
            QCoreApplication.translate("BoardActions", "Co&nnect notes"), commands.start_connect, [QKeySequence("C")]
        )
        self.connect.setToolTip(
            QCoreApplication.translate(
                "BoardActions", "Draw an arrow: click the note it starts from, then the one it points to"
            )
        )
        self.edit_label = self._action(
            QCoreApplication.translate("BoardActions", "Arrow &label…"), commands.edit_selected, []
        )
        self.cycle_kind = self._action(
            QCoreApplication.translate("BoardActions", "Next arrow &kind"), edits.cycle_kind, [QKeySequence("K")]
        )
        self.kinds: list[QAction] = []
        self._kind_group = QActionGroup(self._owner)
        for kind in ConnectorKind:
            action = self._action(kind_action_text(kind), lambda k=kind: edits.set_kind(k), [])
            action.setCheckable(True)
            action.setData(str(kind))
            self._kind_group.addAction(action)
            self.kinds.append(action)
        self.add_frame = self._action(
            QCoreApplication.translate("BoardActions", "Add fra&me…"),
            edits.add_frame_dialog,
            [QKeySequence("Shift+F")],
        )
        self.rename_frame = self._action(
            QCoreApplication.translate("BoardActions", "&Rename frame…"), commands.edit_selected, []
        )
        self.sectors: list[QAction] = []
        for sector in SECTORS:
            action = QAction(sector_icon(sector.key), sector_label(sector.key), self._owner)
            action.setCheckable(True)
            action.setData(sector.key)
            action.triggered.connect(lambda checked, k=sector.key: edits.set_sector(k, checked))
            self._owner.addAction(action)
            self.sectors.append(action)
        self.link_stakeholders = self._action(
            QCoreApplication.translate("BoardActions", "Link &stakeholders…"),
            edits.link_stakeholders_dialog,
            [QKeySequence("Ctrl+L")],
        )
        # L for layout: Ctrl+Shift+T is the vote's results, a window shortcut active on the board too.
        self.tidy = self._action(
            QCoreApplication.translate("BoardActions", "&Tidy floke tree"), edits.tidy, [QKeySequence("Ctrl+Shift+L")]
        )

    def update_checks(self) -> None:
        """Tick the sectors every selected note has, and the kind of the selected arrows."""
        scene = self._board.board_scene
        notes = [self._board.document.note(i) for i in self._board.selected_ids()] if scene is not None else []
        for action in self.sectors:
            action.setChecked(bool(notes) and all(action.data() in n.sectors for n in notes))
            action.setEnabled(bool(notes) and self._board.editable())
        kinds = {str(c.kind) for c in self._edits.selected_connectors()}
        current = kinds.pop() if len(kinds) == 1 else str(self._edits.default_kind)
        for action in self.kinds:
            action.setChecked(action.data() == current)

    def _action(self, text: str, slot, shortcuts: list[QKeySequence]) -> QAction:
        action = QAction(text, self._owner)
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._owner.addAction(action)
        return action

    def all(self) -> list[QAction]:
        return [a for a in self._owner.actions() if isinstance(a, QAction)]

    def update_enabled(self) -> None:
        """Grey out what the shown board does not allow (none shown, or read-only)."""
        has_board = self._board.board_scene is not None
        editable = self._board.editable()
        for action in self.all():
            action.setEnabled(has_board)
        for action in self._editing:
            action.setEnabled(editable)
