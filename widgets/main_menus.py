"""The main window's menu bar: which actions go in which menu, and the few that live only there.

Kept apart from widgets/main_window.py, which holds what the window does; this
holds where a facilitator finds it. The texts keep the "MainWindow" translation
context they were written in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from widgets.language_menu import LanguageMenu

if TYPE_CHECKING:
    from widgets.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls as they are


def _action(window: MainWindow, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: MainWindow) -> None:
    """Fill the window's menu bar, and give the window the actions other code refers to."""
    std = QKeySequence.StandardKey
    window.new_action = _action(window, translate("MainWindow", "&New workshop…"), window.new_workshop, std.New)
    window.open_action = _action(window, translate("MainWindow", "&Open…"), window.open_dialog, std.Open)
    window.save_as_action = _action(window, translate("MainWindow", "Save &as…"), window.save_as, std.SaveAs)
    window.export_action = _action(window, translate("MainWindow", "&Export as JSON…"), window.export_dialog)
    window.import_action = _action(window, translate("MainWindow", "&Import JSON…"), window.import_dialog)
    window.summary_action = _action(
        window, translate("MainWindow", "Export &summary (PDF)…"), window.export_summary_dialog
    )
    window.restore_action = _action(window, translate("MainWindow", "&Restore from backup…"), window.restore_dialog)
    window.close_action = _action(
        window, translate("MainWindow", "&Close workshop"), window._close_requested, std.Close
    )
    quit_action = _action(window, translate("MainWindow", "&Quit"), window.close, std.Quit)
    window.recent_menu = QMenu(translate("MainWindow", "Open &recent"), window)
    window.recent_menu.aboutToShow.connect(window._fill_recent_menu)

    file_menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([window.new_action, window.open_action])
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
    file_menu.addSeparator()
    file_menu.addActions([window.mail.email_action, window.mail.outbox_action])
    file_menu.addSeparator()
    window.template_library_action = _action(
        window, translate("MainWindow", "&Template library…"), window._show_template_library
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
    edit_menu = window.menuBar().addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addActions([window.undo_action, window.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions([b.cut, b.copy, b.paste, b.duplicate, b.delete])
    edit_menu.addSeparator()
    edit_menu.addActions([b.select_all])

    note_menu = window.menuBar().addMenu(translate("MainWindow", "&Note"))
    note_menu.addActions([b.add_note, b.edit_text])
    colour_menu = note_menu.addMenu(translate("MainWindow", "&Colour"))
    colour_menu.addActions(b.colours)
    note_menu.addSeparator()
    note_menu.addActions([b.bring_to_front, b.send_to_back])

    # The floke map: arrows, frames, sector tags, stakeholder links and tidy-up.
    map_menu = window.menuBar().addMenu(translate("MainWindow", "&Map"))
    map_menu.aboutToShow.connect(b.update_checks)
    map_menu.addActions([b.connect, b.edit_label, b.cycle_kind])
    kind_menu = map_menu.addMenu(translate("MainWindow", "Arrow &kind"))
    kind_menu.addActions(b.kinds)
    map_menu.addSeparator()
    map_menu.addActions([b.add_frame, b.rename_frame])
    map_menu.addSeparator()
    sector_menu = map_menu.addMenu(translate("MainWindow", "&Sectors of the selected notes"))
    sector_menu.addActions(b.sectors)
    sector_menu.aboutToShow.connect(b.update_checks)
    window.select_sector_menu = map_menu.addMenu(translate("MainWindow", "Select notes &by sector"))
    window.select_sector_menu.aboutToShow.connect(window._fill_select_sector_menu)
    map_menu.addAction(b.link_stakeholders)
    map_menu.addSeparator()
    map_menu.addAction(b.tidy)
    window.view.mode_hint_changed.connect(lambda hint: window.statusBar().showMessage(hint))
    window.view.status_message.connect(lambda text: window.statusBar().showMessage(text, 6000))

    board_menu = window.menuBar().addMenu(translate("MainWindow", "&Board"))
    n = window.navigator
    board_menu.addActions(n.board_actions())
    for action in (n.add_action, n.move_up_action, n.move_down_action):
        window.addAction(action)

    window.facilitation.fill_menu(window.menuBar().addMenu(translate("MainWindow", "&Agenda")))

    view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    view_menu.addActions([b.zoom_in, b.zoom_out, b.fit_all, b.actual_size])

    m = window.stakeholder_map
    stakeholder_menu = window.menuBar().addMenu(translate("MainWindow", "Sta&keholders"))
    stakeholder_menu.addActions([m.add_action, m.edit_action, m.delete_action])
    stakeholder_menu.addSeparator()
    stakeholder_menu.addActions([m.from_participants_action, m.to_participant_action])
    # Only a stakeholder map board has stakeholders to act on.
    stakeholder_menu.menuAction().setEnabled(False)
    window._stack.currentChanged.connect(
        lambda _index: stakeholder_menu.menuAction().setEnabled(window._stack.currentWidget() is m)
    )
    vote_menu = window.menuBar().addMenu(translate("MainWindow", "V&ote"))
    vote_menu.addActions(window.vote_panel.actions.all())
    vote_menu.addSeparator()
    panel_toggle = window.vote_dock.toggleViewAction()
    panel_toggle.setText(translate("MainWindow", "Dot voting &panel"))
    vote_menu.addAction(panel_toggle)
    present_menu = window.menuBar().addMenu(translate("MainWindow", "&Present"))
    window.presenter.fill_menu(present_menu, window.step_actions.actions())
    window.addActions([*window.presenter.actions(), *window.step_actions.actions()])

    settings_menu = window.menuBar().addMenu(translate("MainWindow", "&Settings"))
    settings_menu.addMenu(
        LanguageMenu(
            settings=window._settings,
            current=window.language,
            open_file=lambda: window.document.file.path if window.document is not None else None,
            parent=window,
        )
    )

    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(
        _action(
            window,
            translate("MainWindow", "&Keyboard shortcuts"),
            window._show_shortcuts,
            std.HelpContents,
        )
    )
    help_menu.addAction(_action(window, translate("MainWindow", "&About Samskap"), window._show_about))
