"""The floke map driven as a facilitator drives it: arrows, frames, sector tags, links, tidy-up.

Mouse and keys go through qtbot; after each interaction the workshop file is
read back with its own SQLite connection, then the step is undone and redone
and the file read again.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from app.domain.floke_layout import LEVEL_GAP
from app.domain.model import (
    BoardKind,
    Connector,
    ConnectorKind,
    StakeholderRelation,
)
from tests.board.test_board_ui import drag, view_point
from tests.conftest import save_screenshot
from tests.factories import query
from tests.floke_support import HOSTILE, add_arrow, click, connectors, key, one, open_dialog

# -- arrows ----------------------------------------------------------------------------


def test_connect_mode_draws_an_arrow_from_the_first_note_clicked_to_the_second(floke, qtbot, floke_path):
    window, view = floke, floke.view
    key(qtbot, window, Qt.Key.Key_C)
    assert view.mode() is not None
    assert "starts from" in window.statusBar().currentMessage()
    click(qtbot, window, 90, 60)
    click(qtbot, window, 390, 60)
    assert view.mode() is None
    assert connectors(floke_path) == [("n-a", "n-b", "causes", "")]
    item = view.board_scene.connector_items()[0]
    assert item.isSelected() and item.line().length() > 100, "drawn edge to edge, and selected for K and F2"
    assert window.undo_stack.count() == 1
    window.undo()
    assert connectors(floke_path) == [] and view.board_scene.connector_items() == []
    window.redo()
    assert connectors(floke_path) == [("n-a", "n-b", "causes", "")]


def test_escape_leaves_connect_mode_without_an_arrow(floke, qtbot, floke_path):
    window, view = floke, floke.view
    key(qtbot, window, Qt.Key.Key_C)
    click(qtbot, window, 90, 60)
    qtbot.mouseMove(view.viewport(), view_point(window, 200, 200))
    key(qtbot, window, Qt.Key.Key_Escape)
    assert view.mode() is None and window.statusBar().currentMessage() == ""
    click(qtbot, window, 390, 60)
    assert connectors(floke_path) == []
    assert window.undo_stack.count() == 0


def test_connect_mode_from_the_keyboard_with_tab_and_enter(floke, qtbot, floke_path):
    window = floke
    window.view.board_scene.select_notes(["n-c"])
    key(qtbot, window, Qt.Key.Key_C)  # the selected note is the source
    key(qtbot, window, Qt.Key.Key_Tab)  # the first other note in reading order: n-a
    key(qtbot, window, Qt.Key.Key_Tab)  # then n-b
    key(qtbot, window, Qt.Key.Key_Return)
    assert connectors(floke_path) == [("n-c", "n-b", "causes", "")]


def test_c_with_two_notes_selected_joins_them_in_the_order_they_were_selected(floke, qtbot, floke_path):
    window = floke
    click(qtbot, window, 390, 360)
    click(qtbot, window, 90, 60, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_C)
    assert connectors(floke_path) == [("n-d", "n-a", "causes", "")]


def test_dragging_from_a_notes_edge_grip_draws_an_arrow(floke, qtbot, floke_path):
    window, view = floke, floke.view
    view.board_scene.select_notes(["n-a"])
    drag(qtbot, view.viewport(), view_point(window, 180, 60), view_point(window, 90, 360))
    assert connectors(floke_path) == [("n-a", "n-c", "causes", "")]
    assert one(floke_path, "SELECT x, y FROM notes WHERE id = 'n-a'") == (0, 0), "the note did not move"
    window.undo()
    assert connectors(floke_path) == []
    window.redo()
    assert len(connectors(floke_path)) == 1


def test_arrows_follow_a_dragged_note(floke, qtbot):
    window, view = floke, floke.view
    add_arrow(window, qtbot)
    item = view.board_scene.connector_items()[0]
    before = item.line()
    view.board_scene.clearSelection()
    drag(qtbot, view.viewport(), view_point(window, 390, 60), view_point(window, 390, 260))
    assert item.line() != before and item.line().p2().y() > before.p2().y() + 100


def test_a_label_typed_in_the_dialog_shows_on_the_arrow(floke, qtbot, floke_path):
    window, view = floke, floke.view
    arrow = add_arrow(window, qtbot)
    key(qtbot, window, Qt.Key.Key_F2)
    dialog = open_dialog(window)
    dialog.setTextValue(HOSTILE)
    dialog.accept()
    assert one(floke_path, "SELECT label FROM connectors")[0] == HOSTILE
    item = view.board_scene.connector_item(arrow)
    shown = item.shown_label()
    assert shown.startswith("<b>årsak</b>") and "…" in shown and len(shown) < 60, "markup shown as text, cut short"
    save_screenshot(window, "floke-arrow-label")
    window.undo()
    assert one(floke_path, "SELECT label FROM connectors")[0] == ""
    assert item.shown_label() == ""
    window.redo()
    assert one(floke_path, "SELECT label FROM connectors")[0] == HOSTILE


def test_double_click_on_an_arrow_edits_its_label(floke, qtbot, floke_path):
    window, view = floke, floke.view
    add_arrow(window, qtbot)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view_point(window, 240, 60))
    dialog = open_dialog(window)
    dialog.setTextValue("fører til")
    dialog.accept()
    assert one(floke_path, "SELECT label FROM connectors")[0] == "fører til"


def test_k_and_the_kind_menu_change_the_kind_and_its_look(floke, qtbot, floke_path):
    window, view = floke, floke.view
    arrow = add_arrow(window, qtbot)
    item = view.board_scene.connector_item(arrow)
    key(qtbot, window, Qt.Key.Key_K)
    assert one(floke_path, "SELECT kind FROM connectors")[0] == "leads-to"
    assert item.kind == ConnectorKind.LEADS_TO
    blocks = next(a for a in view.board_actions.kinds if a.data() == "blocks")
    blocks.trigger()
    assert one(floke_path, "SELECT kind FROM connectors")[0] == "blocks" and item.kind == ConnectorKind.BLOCKS
    window.undo()
    assert one(floke_path, "SELECT kind FROM connectors")[0] == "leads-to"
    window.undo()
    assert one(floke_path, "SELECT kind FROM connectors")[0] == "causes"
    window.redo()
    window.redo()
    assert one(floke_path, "SELECT kind FROM connectors")[0] == "blocks"


def test_each_kind_is_drawn_differently(floke, qtbot):
    from widgets.board.connector_item import STYLES

    looks = {(s.colour.name(), s.pen.style(), s.head) for s in STYLES.values()}
    assert len(looks) == len(ConnectorKind)
    assert len({s.pen.style() for s in STYLES.values()}) >= 3, "not by colour alone"


def test_delete_removes_a_selected_arrow_and_undo_puts_it_back(floke, qtbot, floke_path):
    window, view = floke, floke.view
    add_arrow(window, qtbot)
    key(qtbot, window, Qt.Key.Key_Delete)
    assert connectors(floke_path) == []
    assert query(floke_path, "SELECT count(*) FROM notes")[0][0] == 4, "the notes stay"
    assert view.board_scene.connector_items() == []
    window.undo()
    assert len(connectors(floke_path)) == 1 and len(view.board_scene.connector_items()) == 1


def test_clicking_an_arrow_selects_it(floke, qtbot):
    window, view = floke, floke.view
    arrow = add_arrow(window, qtbot)
    view.board_scene.clearSelection()
    click(qtbot, window, 240, 60)
    assert view.board_scene.selected_connector_ids() == [arrow]


# -- sector tags -------------------------------------------------------------------------


def test_sector_tags_from_the_menu_are_stored_shown_and_counted(floke, qtbot, floke_path):
    window, view = floke, floke.view
    view.board_scene.select_notes(["n-a", "n-b"])
    view.board_actions.update_checks()
    health = next(a for a in view.board_actions.sectors if a.data() == "health-care")
    nav = next(a for a in view.board_actions.sectors if a.data() == "nav")
    assert not health.isChecked()
    health.trigger()
    view.board_scene.select_notes(["n-b"])
    nav.trigger()
    sectors = dict(query(floke_path, "SELECT id, sectors FROM notes WHERE id IN ('n-a', 'n-b')"))
    assert json.loads(sectors["n-a"]) == ["health-care"] and json.loads(sectors["n-b"]) == ["health-care", "nav"]
    assert view.board_scene.note_item("n-b").has_markers()
    assert "NAV" in view.board_scene.note_item("n-b").toolTip()
    legend = view.sector_legend
    assert legend.counts() == [("health-care", 2), ("nav", 1)]
    assert window.sector_dock.isVisible()
    qtbot.mouseClick(legend.buttons["nav"], Qt.MouseButton.LeftButton)
    assert view.selected_ids() == ["n-b"], "a click on a sector selects its notes"
    view.board_scene.select_notes(["n-b"])
    view.board_actions.update_checks()
    assert nav.isChecked() and health.isChecked()
    nav.trigger()  # untick
    assert json.loads(one(floke_path, "SELECT sectors FROM notes WHERE id = 'n-b'")[0]) == ["health-care"]
    window.undo()
    window.undo()
    assert json.loads(one(floke_path, "SELECT sectors FROM notes WHERE id = 'n-b'")[0]) == ["health-care"]
    window.undo()
    assert one(floke_path, "SELECT sectors FROM notes WHERE id = 'n-b'")[0] == "[]"
    assert not window.sector_dock.isVisible(), "no tags left on the board: no legend"
    window.redo()
    assert json.loads(one(floke_path, "SELECT sectors FROM notes WHERE id = 'n-a'")[0]) == ["health-care"]


def test_the_select_by_sector_menu_lists_the_sectors_the_floke_touches(floke, qtbot):
    window, view = floke, floke.view
    view.map_edits.set_sector("culture", True, ["n-c", "n-d"])
    window.select_sector_menu.aboutToShow.emit()  # what opening the menu does
    entries = [a.text() for a in window.select_sector_menu.actions()]
    assert entries == ["Culture (2)"]
    window.select_sector_menu.actions()[0].trigger()
    assert sorted(view.selected_ids()) == ["n-c", "n-d"]


# -- stakeholder links ---------------------------------------------------------------------


def test_linking_stakeholders_to_a_note(floke, qtbot, floke_path):
    from widgets.board.link_stakeholder_dialog import LinkStakeholderDialog

    window, view = floke, floke.view
    view.board_scene.select_notes(["n-a"])
    key(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window, LinkStakeholderDialog)
    assert dialog.table.rowCount() == 2
    dialog.set_checked("s-eldre", StakeholderRelation.AFFECTED, True)
    # Space ticks the box under the keyboard cursor: Hjemmetjenesten owns it.
    dialog.table.setCurrentCell(1, 2)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    dialog.accept()
    rows = query(floke_path, "SELECT note_id, stakeholder_id, relation FROM note_stakeholders ORDER BY stakeholder_id")
    assert rows == [("n-a", "s-eldre", "affected"), ("n-a", "s-hj", "owns")]
    item = view.board_scene.note_item("n-a")
    assert item.link_count() == 2
    assert "Affected: Eldrerådet" in item.toolTip() and "Owns it: Hjemmetjenesten" in item.toolTip()
    assert window.undo_stack.count() == 1
    window.undo()
    assert query(floke_path, "SELECT count(*) FROM note_stakeholders")[0][0] == 0 and item.link_count() == 0
    window.redo()
    assert query(floke_path, "SELECT count(*) FROM note_stakeholders")[0][0] == 2 and item.link_count() == 2
    # Unticking one in the dialog again removes just that link.
    view.board_scene.select_notes(["n-a"])
    dialog = view.map_edits.link_stakeholders_dialog()
    dialog.set_checked("s-eldre", StakeholderRelation.AFFECTED, False)
    dialog.accept()
    assert query(floke_path, "SELECT stakeholder_id FROM note_stakeholders") == [("s-hj",)]


# -- tidy-up ---------------------------------------------------------------------------------


def test_tidy_floke_tree_is_one_undoable_step(floke, qtbot, floke_path):
    window, _view = floke, floke.view
    document = window.document
    from app.commands import EditEntities

    arrows = [
        Connector("b-floke", "n-b", "n-a", kind=ConnectorKind.CAUSES),
        Connector("b-floke", "n-d", "n-a", kind=ConnectorKind.CAUSES),
        Connector("b-floke", "n-a", "n-c", kind=ConnectorKind.LEADS_TO),
    ]
    window.undo_stack.push(EditEntities("set-up", document=document, upsert=arrows, board_id="b-floke"))
    before = dict((i, (x, y)) for i, x, y in query(floke_path, "SELECT id, x, y FROM notes"))
    key(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    after = dict((i, (x, y)) for i, x, y in query(floke_path, "SELECT id, x, y FROM notes"))
    assert after["n-a"] == before["n-a"], "the problem stays"
    assert after["n-b"][1] >= 120 + LEVEL_GAP and after["n-d"][1] == after["n-b"][1], "causes below, in one level"
    assert after["n-c"][1] + 120 <= -LEVEL_GAP, "the effect above"
    # Both stood at x 300: each gives way by half, in their order (n-b was higher up).
    assert (after["n-b"][0], after["n-d"][0]) == (200, 400)
    save_screenshot(window, "floke-tidied")
    assert window.undo_stack.count() == 2
    window.undo()
    assert dict((i, (x, y)) for i, x, y in query(floke_path, "SELECT id, x, y FROM notes")) == before
    window.redo()
    assert dict((i, (x, y)) for i, x, y in query(floke_path, "SELECT id, x, y FROM notes")) == after
    key(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.undo_stack.count() == 2, "already tidy: nothing pushed"
    assert "Nothing to tidy" in window.statusBar().currentMessage()


# -- menus and the keyboard -------------------------------------------------------------------


def test_the_context_menu_offers_what_fits_the_item(floke, qtbot):
    window, view = floke, floke.view
    add_arrow(window, qtbot)
    menu, _at = view.menu_for(None)  # as the Menu key or Shift+F10 opens it: about the selection
    titles = [a.text() for a in menu.actions()]
    assert view.board_actions.edit_label.text() in titles and view.board_actions.delete.text() in titles
    kinds = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert [a.isChecked() for a in kinds.actions()] == [True, False, False, False], "causes is ticked"
    menu, _at = view.menu_for(view_point(window, 90, 60))  # a right click on a note selects it
    assert view.selected_ids() == ["n-a"]
    submenus = [a.menu().title() for a in menu.actions() if a.menu() is not None]
    assert "Secto&rs" in submenus
    menu, _at = view.menu_for(view_point(window, 700, -15))
    assert view.board_actions.rename_frame.text() in [a.text() for a in menu.actions()]


def test_typing_c_f_k_in_a_note_types_them_and_starts_nothing(floke, qtbot, floke_path):
    _window, view = floke, floke.view
    view.edit_note("n-a")
    qtbot.keyClicks(view.viewport(), " kfc")
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Escape)
    assert one(floke_path, "SELECT text FROM notes WHERE id = 'n-a'") == ("Problem kfc",)
    assert view.mode() is None and connectors(floke_path) == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible()]


def test_a_pasted_note_that_lands_in_a_frame_belongs_to_it(floke, qtbot, floke_path):
    window, view = floke, floke.view
    drag(qtbot, view.viewport(), view_point(window, 390, 60), view_point(window, 790, 160))
    view.board_scene.select_notes(["n-b"])
    key(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert query(floke_path, "SELECT count(*) FROM notes WHERE frame_id = 'f-roots'")[0][0] == 2


def test_the_map_menu_holds_every_floke_action_with_its_shortcut(floke):
    window = floke
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Map")
    actions = [a for a in menu.actions() if not a.isSeparator()]
    texts = [a.text() for a in actions]
    assert "Co&nnect notes" in texts and "&Tidy floke tree" in texts and "Add fra&me…" in texts
    b = window.view.board_actions
    assert b.connect.shortcut().toString() == "C" and b.tidy.shortcut().toString() == "Ctrl+Shift+L"


def test_read_only_workshops_cannot_draw_arrows_or_frames(window, floke_path, qtbot):
    assert window.open_path(floke_path, read_only=True)
    view = window.view
    view.start_connect()
    assert view.mode() is None
    assert not view.board_actions.add_frame.isEnabled() and not view.board_actions.tidy.isEnabled()


# -- the demo ------------------------------------------------------------------------------------


def test_the_demo_floke_map_reads_well(window, qtbot):
    from app.domain.model import NoteStakeholder

    window.open_path(window._demo_path())
    document = window.document
    board = next(b for b in document.workshop.boards if b.kind == BoardKind.FLOKE_MAP)
    window.show_board(board.id)
    scene = window.view.board_scene
    notes = document.notes_on(board.id)
    assert sum(1 for n in notes if n.sectors) == len(notes), "every note of the floke tree has a sector"
    assert len({k for n in notes for k in n.sectors}) >= 8, "the floke cuts across sectors"
    assert sum(1 for k in document.all_of(NoteStakeholder) if document.has_note(k.note_id)) >= 5
    assert {c.kind for c in document.all_of(Connector) if c.board_id == board.id} == set(ConnectorKind)
    # No arrow passes through a note it does not join.
    for item in scene.connector_items():
        line = item.line()
        for other in scene.note_items():
            if other.note_id in (item.from_note, item.to_note):
                continue
            body = other.body_rect()
            samples = [line.pointAt(t / 20) for t in range(1, 20)]
            assert not any(body.contains(p) for p in samples), (item.connector_id, other.note_id)
    window.view.fit_all()
    QApplication.processEvents()
    save_screenshot(window, "floke-demo")
    window.view.zoom_actual_size()
    problem = next(n.id for n in notes if "Eldre i Fjellvik" in n.text)
    window.view.centerOn(scene.note_item(problem).body_rect().center())
    QApplication.processEvents()
    save_screenshot(window, "floke-demo-100")


def test_screenshot_of_a_selected_note_arrow_and_frame(floke, qtbot):
    window, view = floke, floke.view
    arrow = add_arrow(window, qtbot)
    view.map_edits.set_kind(ConnectorKind.BLOCKS, [arrow])
    view.map_edits.set_label(arrow, "hindrer")
    view.map_edits.set_sector("health-care", True, ["n-a"])
    view.map_edits.set_links("n-a", {("s-eldre", StakeholderRelation.AFFECTED)})
    scene = view.board_scene
    scene.select_items([scene.note_item("n-a"), scene.frame_item("f-roots"), scene.connector_item(arrow)])
    qtbot.mouseMove(view.viewport(), view_point(window, 200, 420))
    QApplication.processEvents()
    save_screenshot(window, "floke-selection")
    assert scene.note_item("n-a").has_markers() and scene.connector_item(arrow).shown_label() == "hindrer"


def test_tab_reaches_every_frame_note_and_arrow_so_each_can_be_changed_without_a_mouse(floke, qtbot, floke_path):
    window, view = floke, floke.view
    arrow = add_arrow(window, qtbot)
    view.board_scene.clearSelection()
    reached = []
    for _ in range(6):  # 1 frame, 4 notes, 1 arrow, in reading order
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        (item,) = view.board_scene.selectedItems()
        reached.append(getattr(item, "note_id", None) or getattr(item, "frame_id", None) or item.connector_id)
    assert reached == ["f-roots", "n-a", "n-b", "n-c", "n-d", arrow]
    # The arrow reached by Tab takes K like one clicked; Shift+Tab goes back to the last note.
    key(qtbot, window, Qt.Key.Key_K)
    assert one(floke_path, "SELECT kind FROM connectors")[0] == "leads-to"
    qtbot.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.board_scene.selected_note_ids() == ["n-d"]
    # A frame reached by Tab is deleted with Delete, and undo brings it back.
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert [i.frame_id for i in view.board_scene.selectedItems()] == ["f-roots"]
    key(qtbot, window, Qt.Key.Key_Delete)
    assert one(floke_path, "SELECT count(*) FROM frames")[0] == 0
    window.undo()
    assert one(floke_path, "SELECT count(*) FROM frames")[0] == 1
