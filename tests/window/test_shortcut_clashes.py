"""No key does two things: every QAction of the built window is checked against every other.

Qt runs neither action when two enabled shortcuts with the same key can both be active
(`QAction::event: Ambiguous shortcut overload`). When two can both be active depends on
their Qt.ShortcutContext: a window or application shortcut is active wherever focus is in
the window; a widget shortcut only while its widget has the focus, a widget-with-children
shortcut while focus is in its widget or below it. An action in a menu is active where the
menu's own entry is (the menu bar, or the menu it sits in).

One place is left out for widget shortcuts: the menu bar. Qt counts it (with the Alt key the
bar takes the keyboard focus, and Delete pressed then would be ambiguous between the board's
and the stakeholder map's Delete, both in menus), but there a key that does nothing is what
the facilitator expects; what matters is the board, the map and the agenda, where they type.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from app.settings import Settings
from widgets.window.main_window import MainWindow

Context = Qt.ShortcutContext


@dataclass(frozen=True)
class Scope:
    """Where focus must be for an action's shortcut to fire: anywhere, or at/under widgets."""

    everywhere: bool
    widgets: tuple[tuple[QWidget, bool], ...]  # (widget, its children count too)


def _places(action: QAction, seen: set[int] | None = None) -> list[QWidget]:
    """The non-menu widgets an action is on, a menu standing for where its own entry is."""
    seen = set() if seen is None else seen
    if id(action) in seen:
        return []
    seen.add(id(action))
    places: list[QWidget] = []
    for thing in action.associatedObjects():
        if isinstance(thing, QMenu):
            places += _places(thing.menuAction(), seen)
        elif isinstance(thing, QWidget):
            places.append(thing)
    return places


def _scope(action: QAction, window: QWidget) -> Scope | None:
    places = [w for w in _places(action) if w.window() is window]
    if not places:
        return None  # on no widget of this window: its shortcut never fires here
    context = action.shortcutContext()
    if context in (Context.WindowShortcut, Context.ApplicationShortcut):
        return Scope(everywhere=True, widgets=())
    places = [w for w in places if not isinstance(w, QMenuBar)]  # see the module's docstring
    return Scope(everywhere=False, widgets=tuple((w, context == Context.WidgetWithChildrenShortcut) for w in places))


def _under(widget: QWidget, ancestor: QWidget) -> bool:
    return widget is ancestor or ancestor.isAncestorOf(widget)


def can_both_be_active(a: Scope, b: Scope) -> bool:
    """Whether some focus widget in the window fires both."""
    if a.everywhere or b.everywhere:
        return True
    for wa, children_a in a.widgets:
        for wb, children_b in b.widgets:
            # Focus at the deeper of the two widgets, when that lies in the other's reach.
            if (children_a and _under(wb, wa)) or (children_b and _under(wa, wb)) or wa is wb:
                return True
    return False


def all_actions(window: QWidget) -> list[QAction]:
    """Every QAction of the window, each object once: its own, its widgets' and its menus'."""
    found: dict[int, QAction] = {}

    def add(action: QAction) -> None:
        if id(action) in found:
            return
        found[id(action)] = action
        menu = action.menu()
        if isinstance(menu, QMenu):
            for inner in menu.actions():
                add(inner)

    for action in window.findChildren(QAction):
        add(action)
    for widget in [window, *window.findChildren(QWidget)]:
        for action in widget.actions():
            add(action)
    return list(found.values())


def clashes(window: QWidget) -> list[str]:
    """Each key two actions share while they can both be active, told by the actions' texts."""
    by_key: dict[str, list[tuple[QAction, Scope]]] = defaultdict(list)
    for action in all_actions(window):
        scope = _scope(action, window)
        if scope is None:
            continue
        keys = {s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts() if not s.isEmpty()}
        for key in keys:
            by_key[key].append((action, scope))
    found = []
    for key, holders in sorted(by_key.items()):
        for i, (a, scope_a) in enumerate(holders):
            for b, scope_b in holders[i + 1 :]:
                if can_both_be_active(scope_a, scope_b):
                    first, second = sorted((a.text(), b.text()))
                    found.append(f"{key}: {first!r} and {second!r}")
    return found


@pytest.fixture
def built_window(qtbot, tmp_path):
    window = MainWindow(
        settings=Settings(tmp_path / "settings.ini"),
        workshop_folder=tmp_path,
        demo_path=lambda: tmp_path / "none.samskap",
    )
    qtbot.addWidget(window)
    window.parts  # noqa: B018 - builds the menus, the voting, the agenda, the projector keys
    return window


def test_no_two_actions_of_the_window_share_a_key_where_both_can_fire(built_window):
    window = built_window
    actions = all_actions(window)
    # The walk reaches every kind of action, or it would prove nothing.
    parts = window.parts
    for expected in (
        window.view.board_actions.tidy,
        parts.vote_panel.vote_actions.results,
        window.undo_action,
        parts.step_actions.next_step,
        parts.projector.start_action,
        window.navigator.add_action,
        *parts.sharing.actions(),
    ):
        assert any(action is expected for action in actions), expected.text()
    assert len(actions) > 60
    assert clashes(window) == []


def test_the_check_tells_a_clash_from_keys_on_unrelated_widgets(built_window):
    window = built_window

    def clashes_of_the_key() -> list[str]:
        return [clash for clash in clashes(window) if clash.startswith("Ctrl+Alt+F12:")]

    left, right = QWidget(window), QWidget(window)
    inner = QWidget(left)

    def action(owner: QWidget, text: str, context: Qt.ShortcutContext) -> QAction:
        made = QAction(text, owner)
        made.setShortcut(QKeySequence("Ctrl+Alt+F12"))
        made.setShortcutContext(context)
        owner.addAction(made)
        return made

    action(left, "left", Context.WidgetWithChildrenShortcut)
    action(right, "right", Context.WidgetWithChildrenShortcut)
    assert clashes_of_the_key() == [], "on unrelated widgets the same key is two shortcuts, never both active"
    action(inner, "inner", Context.WidgetShortcut)
    assert clashes_of_the_key() == ["Ctrl+Alt+F12: 'inner' and 'left'"]
    action(right, "everywhere", Context.WindowShortcut)
    assert len(clashes_of_the_key()) == 4
