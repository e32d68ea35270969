"""The board's context menu: what can be done to the note, arrow or frame under the pointer.

It offers the board's own QActions (so shortcuts show beside them and there
is one implementation of each), chosen by what was clicked. Opened from the
keyboard (the Menu key or Shift+F10) it is about the current selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGraphicsItem, QMenu, QWidget

from widgets.board.board_scene import BoardScene
from widgets.board.connector_item import ConnectorItem
from widgets.board.frame_item import FrameItem
from widgets.board.note_item import NoteItem
from widgets.common.menu_keys import keep_keys_in

if TYPE_CHECKING:
    from widgets.board.board_actions import BoardActions


def context_menu(actions: BoardActions, scene: BoardScene, item: QGraphicsItem | None, parent: QWidget) -> QMenu:
    """A menu for `item` (a note, arrow or frame item, or None for the board itself)."""
    menu = QMenu(parent)
    if item is not None and not item.isSelected():
        scene.select_items([item])  # the menu is about what was clicked
    actions.update_checks()
    if isinstance(item, NoteItem):
        menu.addActions([actions.edit_text, actions.connect])
        sectors = menu.addMenu(QCoreApplication.translate("BoardContextMenu", "Secto&rs"))
        sectors.addActions(actions.sectors)
        menu.addAction(actions.link_stakeholders)
        colours = menu.addMenu(QCoreApplication.translate("BoardContextMenu", "C&olour"))
        colours.addActions(actions.colours)
        menu.addSeparator()
        menu.addActions([actions.add_frame, actions.bring_to_front, actions.send_to_back])
        menu.addSeparator()
        menu.addActions([actions.cut, actions.copy, actions.duplicate, actions.delete])
    elif isinstance(item, ConnectorItem):
        menu.addAction(actions.edit_label)
        kinds = menu.addMenu(QCoreApplication.translate("BoardContextMenu", "&Arrow kind"))
        kinds.addActions(actions.kinds)
        menu.addAction(actions.cycle_kind)
        menu.addSeparator()
        menu.addAction(actions.delete)
    elif isinstance(item, FrameItem):
        menu.addAction(actions.rename_frame)
        menu.addSeparator()
        menu.addAction(actions.delete)
    else:
        menu.addActions([actions.add_note, actions.add_frame, actions.connect, actions.paste])
        menu.addSeparator()
        menu.addActions([actions.tidy, actions.select_all, actions.fit_all])
    keep_keys_in(menu)  # "n" in the open menu is its entry's letter, not a new note behind it
    return menu
