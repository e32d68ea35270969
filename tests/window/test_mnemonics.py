"""Alt+letter and a letter in an open menu each go to one place, in every language (issue 16, item 4).

The menu bar's titles share Alt+letter with the labels and buttons of the window's panels
(Alt+S went to "Starttid" instead of the "Avstemning" menu), so these must all differ;
inside a menu, its entries' letters must differ. Every menu is walked in every language.
"""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMainWindow, QMenu

from app.i18n import LANGUAGES, install_language, remove_translators
from app.settings import Settings
from widgets.window.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' (Qt's mnemonic), lower-cased, or None."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def duplicates(named: list[tuple[str | None, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for letter, text in named:
        if letter is not None:
            by_letter[letter].append(text)
    return [f"{letter}: {texts}" for letter, texts in sorted(by_letter.items()) if len(texts) > 1]


def menu_clashes(menu: QMenu, path: str) -> list[str]:
    """Clashes among the entries of `menu` and, in turn, of each of its submenus."""
    found = []
    entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    clash = duplicates([(mnemonic(a.text()), a.text()) for a in entries])
    found += [f"{path}: {c}" for c in clash]
    for action in entries:
        sub = action.menu()
        if isinstance(sub, QMenu):
            sub.aboutToShow.emit()  # menus filled as they open (recent files, sectors)
            found += menu_clashes(sub, f"{path} > {action.text()}")
    return found


def window_mnemonics(window: QMainWindow) -> list[tuple[str | None, str]]:
    """Alt+letter anywhere in the window: menu titles, and the panels' labels and buttons."""
    named = [(mnemonic(a.text()), f"menu {a.text()}") for a in window.menuBar().actions()]
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.isVisible():
            named.append((mnemonic(label.text()), f"label {label.text()}"))
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and not isinstance(button.parent(), QMenu):
            named.append((mnemonic(button.text()), f"button {button.text()}"))
    return named


def context_menu_clashes(window) -> list[str]:
    """The board's context menus, for a note, an arrow, a frame and the empty board, on the floke map."""
    from widgets.board.board_context_menu import context_menu

    floke = next(b for b in window.document.workshop.boards if b.kind == "floke-map")
    window.show_board(floke.id)
    scene = window.view.board_scene
    items = [scene.note_items()[0], scene.connector_items()[0], scene.frame_items()[0], None]
    found = []
    for item in items:
        menu = context_menu(window.view.board_actions, scene, item, window.view)
        found += menu_clashes(menu, f"context menu of {type(item).__name__}")
        menu.deleteLater()
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_mnemonics_are_unique_in_every_language(language: str, qtbot, tmp_path, demo_file) -> None:
    app = QApplication.instance()
    assert app is not None
    translators = install_language(app, language)
    try:
        window = MainWindow(
            settings=Settings(tmp_path / "s.ini"),
            workshop_folder=tmp_path,
            demo_path=lambda: tmp_path / "none.samskap",
            language=language,
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitUntil(lambda: window.parts_installed)
        assert window.open_path(demo_file)
        menus = [a.menu() for a in window.menuBar().actions()]
        assert len(menus) >= 10
        found = duplicates(window_mnemonics(window))
        for action in window.menuBar().actions():
            menu = action.menu()
            assert isinstance(menu, QMenu)
            menu.aboutToShow.emit()
            found += menu_clashes(menu, action.text())
        found += context_menu_clashes(window)
        assert found == [], "\n".join(found)
        # The walk saw every menu's entries, or it would prove nothing.
        assert sum(len(m.actions()) for m in menus if isinstance(m, QMenu)) > 50
        assert all(isinstance(a, QAction) for a in window.menuBar().actions())
    finally:
        remove_translators(app, translators)


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # offscreen popups
def test_a_letter_typed_in_an_open_menu_goes_to_the_menu_not_to_the_board(floke, qtbot) -> None:
    window = floke
    view = window.view
    notes_before = len(window.document.notes_on(window.current_board_id()))
    first = window.document.notes_on(window.current_board_id())[0]
    view.board_scene.select_notes([first.id])
    menu = window.menus.edit
    menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    assert QApplication.focusWidget() is view, "the board keeps the focus under the open menu"
    qtbot.keyClick(menu, Qt.Key.Key_N)  # no entry of the Edit menu: nothing happens
    assert len(window.document.notes_on(window.current_board_id())) == notes_before, "no note behind the menu"
    assert menu.isVisible()
    QApplication.clipboard().clear()
    qtbot.keyClick(menu, Qt.Key.Key_C)  # &Copy, not the board's C (connect notes)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert view.mode() is None, "no arrow drawing started"
    assert QApplication.clipboard().text() == first.text
