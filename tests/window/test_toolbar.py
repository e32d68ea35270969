"""The main toolbar: the menus' own actions for the mouse, sharing from its button, and View > Toolbar kept."""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from app.settings import Settings
from tests.conftest import save_screenshot
from tests.one_screen import answer_one_screen_question
from widgets.window.main_window import MainWindow
from widgets.window.toolbar import ActionButton


def buttons(window: MainWindow) -> list[ActionButton]:
    found = []
    for action in window.toolbar.actions():
        if not action.isSeparator():
            widget = window.toolbar.widgetForAction(action)
            assert isinstance(widget, ActionButton)
            found.append(widget)
    return found


def commands(window: MainWindow) -> list[QAction]:
    """What the buttons do: one action each, or a start and its stop."""
    return [action for button in buttons(window) for action in button.commands]


def button(window: MainWindow, action: QAction) -> ActionButton:
    (found,) = [button for button in buttons(window) if action in button.commands]
    return found


def next_window(qtbot, tmp_path) -> MainWindow:
    """Another window with the same settings file (the `window` fixture's), as at the next start."""
    window = MainWindow(
        settings=Settings(tmp_path / "settings.ini"), workshop_folder=tmp_path, demo_path=lambda: tmp_path
    )
    qtbot.addWidget(window)
    return window


def view_menu_toggle(window: MainWindow) -> QAction:
    toggle = window.toolbar.toggleViewAction()
    assert toggle in window.menus.view.actions(), "View > Toolbar"
    return toggle


def test_the_toolbar_holds_the_menus_own_actions(window) -> None:
    window.open_path(window._demo_path())
    parts = window.parts
    assert commands(window) == [
        window.view.board_actions.add_note,
        window.undo_action,
        window.redo_action,
        parts.facilitation.timer_widget.start_action,
        parts.vote_panel.vote_actions.start,
        parts.projector.start_action,
        parts.projector.stop_action,
        parts.sharing.share_action,
        parts.sharing.stop_action,
    ]
    in_menus = {action for menu in vars(window.menus).values() for action in _all_actions(menu)}
    for action in commands(window):
        assert action in in_menus, f"{action.text()} is reachable from a menu too"
        # The icons are the bar's: the panels' icon-only tool buttons of the same actions keep their text.
        assert action.icon().isNull(), f"{action.text()} keeps no icon"
    for found in buttons(window):
        assert found.isVisibleTo(window)
        assert not found.icon().isNull(), f"{found.text()} has an icon"
        assert found.menu() is None and len(found.actions()) == 1, "no drop-down arrow"
    assert window.toolbar.isVisible()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the status bar, as the next frame shows it
    save_screenshot(window, "toolbar-demo")


def _all_actions(menu) -> list[QAction]:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found.extend(_all_actions(action.menu()))
    return found


def test_the_join_button_starts_sharing_and_becomes_stop_sharing(window, qtbot) -> None:
    window.open_path(window._demo_path())
    sharing = window.parts.sharing
    sharing.host, sharing.port = "127.0.0.1", 0  # loopback and a free port: tests never leave the machine
    join = button(window, sharing.share_action)
    assert join.defaultAction() is sharing.share_action and join.isEnabled()
    assert join.text() == "Let participants join"
    width, x, icon = join.width(), join.x(), join.icon().cacheKey()

    with qtbot.waitSignal(sharing.started, timeout=10_000):
        qtbot.mouseClick(join, Qt.MouseButton.LeftButton)
    assert sharing.is_sharing
    assert urlsplit(sharing.join_url()).port
    assert join.defaultAction() is sharing.stop_action
    assert join.isEnabled() and sharing.stop_action.isEnabled()
    assert join.text() == "Stop sharing"
    assert join.icon().cacheKey() != icon, "the stop sign"
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    assert (join.width(), join.x()) == (width, x), "it keeps its place and size"
    save_screenshot(window, "toolbar-sharing")

    qtbot.mouseClick(join, Qt.MouseButton.LeftButton)
    assert not sharing.is_sharing
    assert join.defaultAction() is sharing.share_action and join.isEnabled()
    qtbot.waitUntil(lambda: not sharing.closing, timeout=10_000)


def test_the_wall_button_starts_presenting_and_becomes_stop_presenting(window, qtbot) -> None:
    window.open_path(window._demo_path())
    projector = window.projector
    wall = button(window, projector.start_action)
    assert wall.defaultAction() is projector.start_action and wall.isEnabled()
    qtbot.mouseClick(wall, Qt.MouseButton.LeftButton)
    answer_one_screen_question(window)
    assert projector.audience is not None
    assert wall.defaultAction() is projector.stop_action
    qtbot.mouseClick(wall, Qt.MouseButton.LeftButton)
    assert projector.audience is None
    assert wall.defaultAction() is projector.start_action


def test_with_no_workshop_open_the_buttons_are_there_but_off(window) -> None:
    assert window.document is None
    for found in buttons(window):
        assert not found.isEnabled(), f"{found.text()}: nothing to do it to"
    save_screenshot(window, "toolbar-start-page")


def test_undo_on_the_toolbar_keeps_its_short_name_while_the_menu_names_the_change(window, qtbot) -> None:
    window.open_path(window._demo_path())
    undo = button(window, window.undo_action)
    width = undo.sizeHint().width()
    window.view.board_actions.add_note.trigger()
    window.view.finish_editing()
    assert window.undo_action.text() != "&Undo", "the menu says what undo undoes"
    assert undo.isEnabled()
    assert undo.text() == "Undo"
    assert undo.sizeHint().width() == width, "the buttons after it stay where they were"


def test_the_timer_button_pauses_without_moving_the_buttons_after_it(window, qtbot) -> None:
    window.open_path(window._demo_path())
    timer_action = window.facilitation.timer_widget.start_action
    vote = button(window, window.parts.vote_panel.vote_actions.start)
    x, play = vote.x(), button(window, timer_action).icon().cacheKey()
    qtbot.mouseClick(button(window, timer_action), Qt.MouseButton.LeftButton)
    assert window.facilitation.timer.running()
    assert button(window, timer_action).text() == "Pause timer"
    assert button(window, timer_action).icon().cacheKey() != play, "a pause sign now"
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # the bar lays its buttons out again
    assert vote.x() == x
    timer_action.trigger()
    assert not window.facilitation.timer.running()


def test_hiding_the_toolbar_is_remembered_by_the_next_window(window, qtbot, tmp_path) -> None:
    toggle = view_menu_toggle(window)
    assert toggle.isChecked()
    toggle.trigger()  # View > Toolbar
    assert window.toolbar.isHidden()

    later = next_window(qtbot, tmp_path)
    assert later.toolbar.isHidden(), "hidden from the first frame on, before the menus are filled"
    later.show()
    qtbot.waitUntil(lambda: later.parts_installed)
    assert later.toolbar.isHidden()
    assert not view_menu_toggle(later).isChecked()
    view_menu_toggle(later).trigger()
    assert later.toolbar.isVisible()
    later.close()

    again = next_window(qtbot, tmp_path)
    assert not again.toolbar.isHidden(), "shown again, and so remembered"


def test_closing_the_window_does_not_count_as_hiding_the_toolbar(window, qtbot, tmp_path) -> None:
    window.close()
    later = next_window(qtbot, tmp_path)
    assert not later.toolbar.isHidden()
