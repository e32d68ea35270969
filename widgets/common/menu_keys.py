"""An open menu keeps the keys typed into it, and a drop-down the letters.

While a menu is open, Qt still offers each key to the shortcuts of the widget that had the
focus: with the board focused, "n" pressed in the open File menu added a note behind it, and
"k" (an entry's letter) went to the board's "next arrow kind" instead of the menu. A menu
claims every key without Ctrl, Alt or Meta, so its letters choose its entries and nothing
else happens behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMenu

_CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


class _MenuKeys(QObject):
    """Accepts the shortcut override of plain keys for the menu it watches (its parent)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        plain = isinstance(event, QKeyEvent) and not event.modifiers() & _CHORD
        if event.type() == QEvent.Type.ShortcutOverride and plain:
            event.accept()  # the key goes to the menu, as a key press, not to a shortcut
            return True
        return False


def keep_keys_in(menu: QMenu) -> None:
    """Let `menu` and its submenus, now and added later through it, keep the plain keys typed into them.

    The menu is watched from when it first opens: keys reach only an open menu, and a filter in
    Python sees every event of the menu before that, each action added or changed, the first of
    which made the binding set up Qt's action events (3 ms) before the window's first frame.
    """
    if menu.property("samskap_keeps_keys"):
        return
    menu.setProperty("samskap_keeps_keys", True)
    # Submenus filled as they open (recent files, sectors) are checked each time.
    menu.aboutToShow.connect(lambda: _on_about_to_show(menu))


def _on_about_to_show(menu: QMenu) -> None:
    if not menu.property("samskap_watched"):
        menu.setProperty("samskap_watched", True)
        menu.installEventFilter(_MenuKeys(menu))
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            keep_keys_in(sub)


class _TypedKeys(QObject):
    """Accepts the shortcut override of keys that type a character, for the widget it watches."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        typed = event.text().strip()
        if typed.isprintable() and typed != "" and not event.modifiers() & _CHORD:
            event.accept()  # "b" finds "Businesses" in a drop-down; it does not blank the wall
            return True
        return False


def keep_letters_in(widget: QObject) -> None:
    """Let a drop-down or list keep the letters typed into it (its keyboard search), not the window's shortcuts."""
    widget.installEventFilter(_TypedKeys(widget))
