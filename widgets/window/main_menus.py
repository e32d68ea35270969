"""The main window's menu bar: which actions go in which menu, and the few that live only there.

Kept apart from widgets/window/main_window.py, which holds what the window does; this
holds where a facilitator finds it. The menu titles are put up with the window's
first frame (`add_menus`), and filled when the window's parts are built
(`fill_menus`, see widgets/window/window_parts.py). The texts keep the "MainWindow"
translation context they were written in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QStackedWidget, QStatusBar, QToolBar, QWidget

from widgets.window.toolbar import fill_toolbar

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence

    from app.document import WorkshopDocument
    from app.settings import Settings
    from widgets.board.board_view import BoardView
    from widgets.common.phase_navigator import PhaseNavigator
    from widgets.library.template_library_dialog import TemplateLibraryDialog
    from widgets.window.exports import WorkshopExports
    from widgets.window.shortcuts_help import ShortcutsDialog
    from widgets.window.window_parts import WindowParts
    from widgets.window.workshop_guard import WorkshopGuard

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls as they are


class MenuWindow(Protocol):
    """What the menus ask of the main window (a QMainWindow), so this
    module need not import widgets/window/main_window.py, which imports it."""

    menus: Menus
    toolbar: QToolBar
    settings: Settings
    language: str
    document: WorkshopDocument | None
    view: BoardView
    navigator: PhaseNavigator
    undo_stack: QUndoStack
    exports: WorkshopExports
    _stack: QStackedWidget
    _demo_path: Callable[[], Path]
    # Set here, for other code to refer to.
    new_action: QAction
    new_meeting_action: QAction
    open_action: QAction
    save_as_action: QAction
    export_action: QAction
    import_action: QAction
    summary_action: QAction
    restore_action: QAction
    close_action: QAction
    template_library_action: QAction
    undo_action: QAction
    redo_action: QAction
    recent_menu: QMenu
    select_sector_menu: QMenu
    template_library_dialog: TemplateLibraryDialog
    shortcuts_dialog: ShortcutsDialog
    guard: WorkshopGuard

    def window(self) -> QWidget: ...  # the QMainWindow itself, as a parent for actions and dialogs
    def menuBar(self) -> QMenuBar: ...
    def statusBar(self) -> QStatusBar: ...
    def addAction(self, action: QAction, /) -> None: ...
    def addActions(self, actions: Any, /) -> None: ...
    def close(self) -> bool: ...
    def current_page(self) -> QWidget: ...
    def new_workshop(self) -> None: ...
    def open_dialog(self) -> None: ...
    def open_path(self, path: Path | str, *, read_only: bool = False) -> bool: ...
    def save_as(self, target: Path | None = None) -> bool: ...
    def restore_dialog(self) -> Any: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def _close_requested(self) -> None: ...


def _action(
    window: MenuWindow, text: str, slot, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
) -> QAction:
    from PySide6.QtGui import QKeySequence  # after the first frame: see fill_menus

    action = QAction(text, window.window())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


@dataclass
class Menus:
    file: QMenu
    edit: QMenu
    note: QMenu
    map: QMenu
    board: QMenu
    agenda: QMenu
    view: QMenu
    stakeholders: QMenu
    vote: QMenu
    present: QMenu
    settings: QMenu
    help: QMenu


def add_menus(window: MenuWindow) -> Menus:
    """The menu bar's titles, empty: in the first frame, so the board below never moves."""
    bar = window.menuBar()
    menus = Menus(
        file=bar.addMenu(translate("MainWindow", "&File")),
        edit=bar.addMenu(translate("MainWindow", "&Edit")),
        note=bar.addMenu(translate("MainWindow", "&Note")),
        map=bar.addMenu(translate("MainWindow", "&Map")),
        board=bar.addMenu(translate("MainWindow", "&Board")),
        agenda=bar.addMenu(translate("MainWindow", "&Agenda")),
        view=bar.addMenu(translate("MainWindow", "&View")),
        stakeholders=bar.addMenu(translate("MainWindow", "Sta&keholders")),
        vote=bar.addMenu(translate("MainWindow", "V&ote")),
        present=bar.addMenu(translate("MainWindow", "&Present")),
        settings=bar.addMenu(translate("MainWindow", "Se&ttings")),
        help=bar.addMenu(translate("MainWindow", "&Help")),
    )
    menus.stakeholders.menuAction().setEnabled(False)  # until a stakeholder map board is shown
    return menus


def fill_menus(window: MenuWindow, parts: WindowParts) -> None:
    """Fill the menus, and give the window the actions other code refers to."""
    # Only here, after the first frame, is QKeySequence set up (1.5 ms): the empty menus need none.
    from PySide6.QtGui import QKeySequence

    from widgets.window.language_menu import LanguageMenu

    menus = window.menus
    std = QKeySequence.StandardKey
    window.new_action = _action(window, translate("MainWindow", "&New workshop…"), window.new_workshop, std.New)
    window.open_action = _action(window, translate("MainWindow", "&Open…"), window.open_dialog, std.Open)
    window.save_as_action = _action(window, translate("MainWindow", "Save &as…"), window.save_as, std.SaveAs)
    window.export_action = _action(window, translate("MainWindow", "&Export as JSON…"), window.exports.export_dialog)
    window.import_action = _action(window, translate("MainWindow", "&Import JSON…"), window.exports.import_dialog)
    window.summary_action = _action(
        window, translate("MainWindow", "Export &summary (PDF)…"), window.exports.export_summary_dialog
    )
    window.restore_action = _action(window, translate("MainWindow", "Restore &from backup…"), window.restore_dialog)
    window.close_action = _action(
        window, translate("MainWindow", "&Close workshop"), window._close_requested, std.Close
    )
    quit_action = _action(window, translate("MainWindow", "&Quit"), window.close, std.Quit)
    window.recent_menu = QMenu(translate("MainWindow", "Open &recent"), window.window())
    window.recent_menu.aboutToShow.connect(lambda: _fill_recent_menu(window))

    window.new_meeting_action = _action(
        window, translate("MainWindow", "Ne&w meeting…"), lambda: parts.facilitation.new_meeting()
    )
    file_menu = menus.file
    file_menu.addActions([window.new_action, window.new_meeting_action, window.open_action])
    file_menu.addMenu(window.recent_menu)
    file_menu.addAction(
        _action(
            window,
            translate("MainWindow", "Open the &demo workshop"),
            lambda: window.open_path(window._demo_path()),
        )
    )
    file_menu.addSeparator()
    file_menu.addActions([window.save_as_action, window.export_action, window.summary_action, window.import_action])
    file_menu.addAction(window.restore_action)
    personal_data_action = _action(
        window, translate("MainWindow", "&Personal data…"), lambda: _show_personal_data(window)
    )
    personal_data_action.setObjectName("personal_data_action")
    file_menu.addAction(personal_data_action)
    # No shortcut leads to it, so judging on opening the menu is enough.
    file_menu.aboutToShow.connect(lambda: personal_data_action.setEnabled(window.document is not None))
    file_menu.addSeparator()
    file_menu.addActions([parts.mail.email_action, parts.mail.outbox_action])
    file_menu.addSeparator()
    window.template_library_action = _action(
        window, translate("MainWindow", "&Template library…"), lambda: _show_template_library(window)
    )
    file_menu.addAction(window.template_library_action)
    file_menu.addSeparator()
    file_menu.addActions([window.close_action, quit_action])

    window.undo_action = _action(window, translate("MainWindow", "&Undo"), window.undo, std.Undo)
    window.redo_action = _action(window, translate("MainWindow", "&Redo"), window.redo, None)
    # Both redo conventions on every platform; a key sequence twice would make it ambiguous.
    redo_keys = [*QKeySequence.keyBindings(std.Redo), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    window.redo_action.setShortcuts(list(dict.fromkeys(redo_keys, None)))
    window.undo_stack.canUndoChanged.connect(window.undo_action.setEnabled)
    window.undo_stack.canRedoChanged.connect(window.redo_action.setEnabled)
    window.undo_stack.undoTextChanged.connect(
        lambda t: window.undo_action.setText(
            translate("MainWindow", "&Undo %s") % t if t else translate("MainWindow", "&Undo")
        )
    )
    window.undo_stack.redoTextChanged.connect(
        lambda t: window.redo_action.setText(
            translate("MainWindow", "&Redo %s") % t if t else translate("MainWindow", "&Redo")
        )
    )
    window.undo_action.setEnabled(False)
    window.redo_action.setEnabled(False)

    b = window.view.board_actions
    edit_menu = menus.edit
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions([b.cut, b.copy, b.paste, b.duplicate, b.delete])
    edit_menu.addSeparator()
    edit_menu.addActions([b.select_all])

    note_menu = menus.note
    note_menu.addActions([b.add_note, b.edit_text])
    colour_menu = note_menu.addMenu(translate("MainWindow", "&Colour"))
    colour_menu.addActions(b.colours)
    note_menu.addSeparator()
    note_menu.addActions([b.bring_to_front, b.send_to_back])

    # The floke map: arrows, frames, sector tags, stakeholder links and tidy-up.
    map_menu = menus.map
    map_menu.aboutToShow.connect(b.update_checks)
    map_menu.addActions([b.connect, b.edit_label, b.cycle_kind])
    kind_menu = map_menu.addMenu(translate("MainWindow", "&Arrow kind"))
    kind_menu.addActions(b.kinds)
    map_menu.addSeparator()
    map_menu.addActions([b.add_frame, b.rename_frame])
    map_menu.addSeparator()
    sector_menu = map_menu.addMenu(translate("MainWindow", "S&ectors of the selected notes"))
    sector_menu.addActions(b.sectors)
    sector_menu.aboutToShow.connect(b.update_checks)
    window.select_sector_menu = map_menu.addMenu(translate("MainWindow", "Select notes &by sector"))
    window.select_sector_menu.aboutToShow.connect(lambda: _fill_select_sector_menu(window))
    map_menu.addAction(b.link_stakeholders)
    map_menu.addSeparator()
    map_menu.addAction(b.tidy)

    board_menu = menus.board
    n = window.navigator
    board_menu.addActions(n.board_actions())
    window.addAction(n.add_action)
    # Alt+Up/Down move the board only from the board or the board list: in a drop-down
    # (the stakeholder table's categories) Alt+Down opens the list.
    for action in (n.move_up_action, n.move_down_action):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.view.addAction(action)
        n.addAction(action)

    parts.facilitation.fill_menu(menus.agenda)

    view_menu = menus.view
    view_menu.addActions([b.zoom_in, b.zoom_out, b.fit_all, b.actual_size])
    view_menu.addSeparator()
    view_menu.addAction(
        fill_toolbar(
            window.toolbar,
            parts=parts,
            add_note=b.add_note,
            undo=window.undo_action,
            redo=window.redo_action,
            settings=window.settings,
        )
    )

    m = parts.stakeholder_map
    stakeholder_menu = menus.stakeholders
    stakeholder_menu.addActions([m.add_action, m.edit_action, m.delete_action])
    stakeholder_menu.addSeparator()
    stakeholder_menu.addActions([m.from_participants_action, m.to_participant_action])
    # Only a stakeholder map board has stakeholders to act on.
    stakeholder_menu.menuAction().setEnabled(window.current_page() is m)
    window._stack.currentChanged.connect(
        lambda _index: stakeholder_menu.menuAction().setEnabled(window.current_page() is m)
    )
    vote_menu = menus.vote
    vote_menu.addActions(parts.vote_panel.vote_actions.all())
    vote_menu.addSeparator()
    panel_toggle = parts.vote_dock.toggleViewAction()
    panel_toggle.setText(translate("MainWindow", "Dot voting &panel"))
    vote_menu.addAction(panel_toggle)
    parts.projector.fill_menu(menus.present, parts.step_actions.actions())
    menus.present.addSeparator()
    menus.present.addActions(parts.sharing.actions())
    participants_toggle = parts.participants_dock.toggleViewAction()
    participants_toggle.setText(translate("MainWindow", "Participants p&anel"))
    menus.present.addAction(participants_toggle)
    window.addActions([*parts.projector.actions(), *parts.step_actions.actions(), *parts.sharing.actions()])

    menus.settings.addMenu(
        LanguageMenu(
            settings=window.settings,
            current=window.language,
            open_file=lambda: window.document.file.path if window.document is not None else None,
            parent=window.window(),
        )
    )

    help_menu = menus.help
    help_menu.addAction(
        _action(
            window,
            translate("MainWindow", "&Keyboard shortcuts"),
            lambda: _show_shortcuts(window),
            std.HelpContents,
        )
    )
    help_menu.addAction(_action(window, translate("MainWindow", "&About Samskap"), lambda: _show_about(window)))

    from widgets.common.menu_keys import keep_keys_in

    for title in window.menuBar().actions():
        menu = title.menu()
        if isinstance(menu, QMenu):
            keep_keys_in(menu)


# -- what only the menus do ---------------------------------------------------------------


def _fill_recent_menu(window: MenuWindow) -> None:
    menu = window.recent_menu
    menu.clear()
    for path in window.settings.recent_files():
        action = menu.addAction(path.stem)
        action.setToolTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: window.open_path(p))
    if menu.isEmpty():
        menu.addAction(translate("MainWindow", "No recent workshops")).setEnabled(False)


def _fill_select_sector_menu(window: MenuWindow) -> None:
    """The sectors the shown board's floke touches, with how many notes each."""
    from app.domain.sectors import sector_label
    from widgets.board.sector_legend import sector_icon

    menu, view = window.select_sector_menu, window.view
    menu.clear()
    for key, count in view.sector_legend.counts():
        action = menu.addAction(sector_icon(key), f"{sector_label(key)} ({count})")
        action.triggered.connect(lambda _checked=False, k=key: view.map_edits.select_sector(k))
    if menu.isEmpty():
        menu.addAction(translate("MainWindow", "No sector tags on this board")).setEnabled(False)


def _show_template_library(window: MenuWindow) -> None:
    from app.settings import default_template_folder
    from app.templates.library import TemplateLibrary
    from widgets.library.template_library_dialog import TemplateLibraryDialog

    language = window.document.info.language if window.document is not None else "nb"
    library = TemplateLibrary(default_template_folder())
    window.template_library_dialog = TemplateLibraryDialog(library=library, language=language, parent=window.window())
    window.template_library_dialog.open()


def _show_personal_data(window: MenuWindow) -> None:
    from widgets.personal_data.personal_data_dialog import PersonalDataDialog

    if window.document is None:
        return
    # A child of the window, which keeps it; it goes when closed (tests find it by its object name).
    dialog = PersonalDataDialog(
        document=window.document, undo_stack=window.undo_stack, backups=window.guard.backups, parent=window.window()
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _show_shortcuts(window: MenuWindow) -> None:
    from widgets.window.shortcuts_help import ShortcutsDialog

    window.shortcuts_dialog = ShortcutsDialog(parent=window.window())
    window.shortcuts_dialog.open()


def _show_about(window: MenuWindow) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app import __version__

    QMessageBox.about(
        window.window(),
        translate("MainWindow", "About Samskap"),
        translate(
            "MainWindow",
            "Samskap %s\nCo-creation workshops for municipalities.\n"
            "Everything stays on this computer; nothing is sent anywhere.",
        )
        % __version__,
    )
