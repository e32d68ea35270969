"""The stakeholder map driven as a facilitator drives it, with the file checked after each step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from app.domain.model import (
    Board,
    BoardKind,
    Participant,
    Phase,
    Stakeholder,
    StakeholderCategory,
    Workshop,
    WorkshopInfo,
)
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot
from tests.factories import query
from widgets.stakeholders.stakeholder_grid import grid_point
from widgets.stakeholders.stakeholder_table_model import Column

C = StakeholderCategory


def row(path: Path, stakeholder_id: str) -> dict | None:
    columns = [r[1] for r in query(path, "PRAGMA table_info(stakeholders)")]
    found = query(path, "SELECT * FROM stakeholders WHERE id = ?", (stakeholder_id,))
    return dict(zip(columns, found[0], strict=True)) if found else None


def count(path: Path, table: str) -> int:
    return query(path, f"SELECT count(*) FROM {table}")[0][0]


@pytest.fixture
def workshop_path(tmp_path) -> Path:
    actors = Board("Aktørkart", Phase.CO_INITIATION, BoardKind.STAKEHOLDER_MAP, position=0, id="b-map")
    ideas = Board("Idéer", Phase.CO_DESIGN, BoardKind.IDEA_BOARD, position=0, id="b-ideas")
    people = [Participant("Ada", organisation="Skulen", email="ada@example.org", id="p-ada"),
              Participant("Nils Ánte", id="p-nils")]  # fmt: skip
    stakeholders = [
        Stakeholder("Ordføreren", "Kommunen", C.POLITICIANS, power=0.9, interest=0.7, id="s-mayor"),
        Stakeholder("Eldrerådet", category=C.CITIZENS, power=0.3, interest=0.9, participant_id="p-nils", id="s-elder"),
    ]
    path = tmp_path / "workshops" / "map.samskap"
    path.parent.mkdir(exist_ok=True)
    workshop = Workshop(WorkshopInfo("Kart"), participants=people, boards=[actors, ideas], stakeholders=stakeholders)
    WorkshopFile.create(path, workshop).close()
    return path


@pytest.fixture
def stakeholder_map(window, workshop_path, qtbot):
    assert window.open_path(workshop_path)
    window.show_board("b-map")
    return window.stakeholder_map


def test_a_stakeholder_map_board_shows_the_map_and_other_boards_the_notes(window, stakeholder_map):
    assert window.centralWidget().currentWidget() is stakeholder_map
    assert window.current_board_id() == "b-map"
    assert sorted(stakeholder_map.grid.cards) == ["s-elder", "s-mayor"]
    assert not window.view.board_actions.add_note.isEnabled(), "note actions are off on the map"
    window.show_board("b-ideas")
    assert window.centralWidget().currentWidget() is window.view
    assert window.current_board_id() == "b-ideas"


def test_editing_a_card_in_its_dialog_is_one_undo_step(window, stakeholder_map, workshop_path, qtbot):
    editor = stakeholder_map.editor_for("s-mayor")
    qtbot.addWidget(editor)
    editor.name.setText("Ordførar Máret <b>&amp;</b> 🙂")
    editor.category.setCurrentIndex(editor.category.findData("administrators"))
    editor.contact.setText("+47 555 55 555")
    box, reason = editor.criteria["effectiveness"]
    reason.setText("Kan setje av pengar")
    reason.textEdited.emit("Kan setje av pengar")  # what typing does: ticks the criterion
    editor.roles[Phase.CO_IMPLEMENTATION].setChecked(True)
    assert box.isChecked()
    stakeholder_map.apply_editor(editor)
    stored = row(workshop_path, "s-mayor")
    assert stored["name"] == "Ordførar Máret <b>&amp;</b> 🙂"
    assert stored["category"] == "administrators"
    assert stored["contact"] == "+47 555 55 555"
    assert (stored["effectiveness"], stored["effectiveness_reason"]) == (1, "Kan setje av pengar")
    assert stored["phase_roles"] == '["co-implementation"]'
    assert stored["power"] == 0.9, "opening the dialog does not change what was not edited"
    window.undo()
    assert row(workshop_path, "s-mayor")["name"] == "Ordføreren"
    assert row(workshop_path, "s-mayor")["effectiveness"] == 0
    window.redo()
    assert row(workshop_path, "s-mayor")["category"] == "administrators"
    # An editor closed without a change pushes nothing.
    before = window.undo_stack.count()
    unchanged = stakeholder_map.editor_for("s-mayor")
    qtbot.addWidget(unchanged)
    stakeholder_map.apply_editor(unchanged)
    assert window.undo_stack.count() == before


def test_dragging_a_card_sets_power_and_interest_in_one_step(window, stakeholder_map, workshop_path, qtbot):
    grid = stakeholder_map.grid
    grid.fit()
    before = window.undo_stack.count()
    start = grid.mapFromScene(grid_point(0.3, 0.9))
    end = grid.mapFromScene(grid_point(0.8, 0.2))
    qtbot.mousePress(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 6):
        qtbot.mouseMove(grid.viewport(), start + (end - start) * i / 5)
    qtbot.mouseRelease(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert window.undo_stack.count() == before + 1
    stored = row(workshop_path, "s-elder")
    assert stored["power"] == pytest.approx(0.8, abs=0.02)
    assert stored["interest"] == pytest.approx(0.2, abs=0.02)
    assert row(workshop_path, "s-mayor")["power"] == 0.9, "the other card stayed"
    window.undo()
    assert (row(workshop_path, "s-elder")["power"], row(workshop_path, "s-elder")["interest"]) == (0.3, 0.9)
    assert grid.cards["s-elder"].pos() == grid_point(0.3, 0.9), "the card went back"
    window.redo()
    assert row(workshop_path, "s-elder")["power"] == pytest.approx(0.8, abs=0.02)


def test_a_card_dragged_off_the_grid_stays_on_its_edge(window, stakeholder_map, workshop_path, qtbot):
    grid = stakeholder_map.grid
    start = grid.mapFromScene(grid_point(0.9, 0.7))
    end = QPoint(grid.viewport().width() - 2, 2)
    qtbot.mousePress(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    qtbot.mouseMove(grid.viewport(), end)
    qtbot.mouseRelease(grid.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    stored = row(workshop_path, "s-mayor")
    assert 0.0 <= stored["power"] <= 1.0 and 0.0 <= stored["interest"] <= 1.0
    assert stored["power"] == 1.0 and stored["interest"] == 1.0


def test_arrow_keys_move_a_card_and_merge_into_one_step(window, stakeholder_map, workshop_path, qtbot):
    grid = stakeholder_map.grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Tab)  # Tab walks the cards: the top one first
    assert grid.selected_ids() == ["s-mayor"]
    before = window.undo_stack.count()
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert window.undo_stack.count() == before + 1
    assert (row(workshop_path, "s-mayor")["power"], row(workshop_path, "s-mayor")["interest"]) == (0.85, 0.69)
    window.undo()
    assert row(workshop_path, "s-mayor")["power"] == 0.9


def test_table_entry_edit_and_delete_from_the_keyboard(window, stakeholder_map, workshop_path, qtbot):
    table = stakeholder_map.table
    stakeholder_map.tabs.setCurrentWidget(table)
    table.setFocus()
    table.setCurrentIndex(table.model().index(1, Column.NAME))
    qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # a row, not a new workshop
    assert count(workshop_path, "stakeholders") == 3
    new_id = table.current_stakeholder().id
    assert table.current_stakeholder().category == C.CITIZENS, "the category of the row it was added from"
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "typing the name starts at once"
    qtbot.keyClicks(editor, "Frivilligsentralen")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert row(workshop_path, new_id)["name"] == "Frivilligsentralen"
    assert table.currentIndex().column() == Column.ORGANISATION, "Tab goes on to the next cell"
    qtbot.keyClicks(QApplication.focusWidget(), "Fjellvik")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert row(workshop_path, new_id)["organisation"] == "Fjellvik"

    combo = QApplication.focusWidget()
    assert table.currentIndex().column() == Column.CATEGORY and isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("associations"))
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert row(workshop_path, new_id)["category"] == "associations"

    table.closePersistentEditor(table.currentIndex())
    QApplication.focusWidget().clearFocus() if QApplication.focusWidget() is not table else None
    table.setFocus()
    table.setCurrentIndex(table.model().index(2, Column.INNOVATION))
    qtbot.keyClick(table, Qt.Key.Key_Space)  # ticks the criterion
    assert row(workshop_path, new_id)["innovation"] == 1
    table.setCurrentIndex(table.model().index(2, Column.CO_IMPLEMENTER))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert row(workshop_path, new_id)["phase_roles"] == '["co-implementation"]'
    table.model().setData(table.model().index(2, Column.DEMOCRACY), "Stemmen til frivilligheten")
    assert (row(workshop_path, new_id)["democracy"], row(workshop_path, new_id)["democracy_reason"]) == (
        1,
        "Stemmen til frivilligheten",
    )
    table.model().setData(table.model().index(2, Column.POWER), 7.5)
    assert row(workshop_path, new_id)["power"] == 1.0

    window.undo()
    assert row(workshop_path, new_id)["power"] == 0.5
    window.undo()
    assert row(workshop_path, new_id)["democracy"] == 0
    window.redo()
    assert row(workshop_path, new_id)["democracy"] == 1

    table.setFocus()
    table.setCurrentIndex(table.model().index(2, Column.NAME))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert row(workshop_path, new_id) is None
    assert table.model().rowCount() == 2
    window.undo()
    assert row(workshop_path, new_id)["name"] == "Frivilligsentralen"
    assert table.model().rowCount() == 3
    window.redo()
    assert row(workshop_path, new_id) is None


def test_the_summary_names_the_gaps_and_follows_every_change(window, stakeholder_map, workshop_path):
    summary = stakeholder_map.summary
    stakeholder_map.tabs.setCurrentWidget(summary)
    save_screenshot(window, "stakeholder-map-summary-gaps")
    text = summary.toPlainText()
    assert "Nobody from the category Users is on the map." in text
    assert "Nobody meets the effectiveness criterion" in text
    assert "Nobody has a role in co-implementation: who can carry the solution out?" in text
    assert "Ordføreren has much power and interest but no role in any phase." in text
    model = stakeholder_map.table.model()
    model.setData(model.index(0, Column.CO_IMPLEMENTER), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    text = summary.toPlainText()
    assert "who can carry the solution out" not in text
    assert "Ordføreren has much power" not in text
    assert row(workshop_path, "s-mayor")["phase_roles"] == '["co-implementation"]'
    window.undo()
    assert "who can carry the solution out" in summary.toPlainText()


def test_participants_become_stakeholders_and_stakeholders_participants(window, stakeholder_map, workshop_path):
    stakeholder_map.add_participants()
    assert count(workshop_path, "stakeholders") == 3, "Nils is on the map already: only Ada is added"
    [(ada_card, name, contact)] = query(
        workshop_path, "SELECT id, name, contact FROM stakeholders WHERE participant_id = 'p-ada'"
    )
    assert (name, contact) == ("Ada", "ada@example.org")
    window.undo()
    assert count(workshop_path, "stakeholders") == 2
    window.redo()
    assert row(workshop_path, ada_card)["participant_id"] == "p-ada"

    stakeholder_map.grid.select(["s-mayor", "s-elder"])
    stakeholder_map.make_participants()
    assert count(workshop_path, "participants") == 3, "only the mayor was not a participant"
    [(person_id, person_name, organisation)] = query(
        workshop_path, "SELECT id, name, organisation FROM participants WHERE name = 'Ordføreren'"
    )
    assert organisation == "Kommunen"
    assert row(workshop_path, "s-mayor")["participant_id"] == person_id
    assert stakeholder_map.table.model().index(0, Column.PARTICIPANT).data() == person_name
    window.undo()
    assert count(workshop_path, "participants") == 2
    assert row(workshop_path, "s-mayor")["participant_id"] is None
    window.redo()
    assert row(workshop_path, "s-mayor")["participant_id"] == person_id


def test_undo_of_a_stakeholder_change_shows_the_map_again(window, stakeholder_map, workshop_path):
    stakeholder_map.grid.select(["s-mayor"])
    stakeholder_map.grid.nudge(0.0, -0.1)
    window.show_board("b-ideas")
    window.undo()
    assert window.centralWidget().currentWidget() is stakeholder_map
    assert row(workshop_path, "s-mayor")["interest"] == 0.7


def test_hostile_text_in_the_table_and_on_cards(window, stakeholder_map, workshop_path, qtbot):
    model = stakeholder_map.table.model()
    hostile = "<img src='/etc/hostname'> \x00\x07 עברית ŋ đ ŧ č " + "x" * 100_000
    assert model.setData(model.index(0, Column.NAME), hostile)
    assert row(workshop_path, "s-mayor")["name"] == hostile.strip()
    assert len(model.index(0, Column.NAME).data()) == 1000, "the cell shows the start, the file keeps all"
    stakeholder_map.grid.viewport().repaint()
    stakeholder_map.tabs.setCurrentWidget(stakeholder_map.summary)
    assert "<img" not in stakeholder_map.summary.toHtml().replace("&lt;img", "")


def test_screenshots_of_the_demo_stakeholder_map(window, qtbot):
    assert window.open_path(window._demo_path())
    board = next(b for b in window.document.boards_in(Phase.CO_INITIATION) if b.kind == BoardKind.STAKEHOLDER_MAP)
    window.show_board(board.id)
    stakeholder_map = window.stakeholder_map
    assert len(stakeholder_map.grid.cards) == 11
    for name, tab in (("grid", stakeholder_map.grid), ("table", stakeholder_map.table),
                      ("summary", stakeholder_map.summary)):  # fmt: skip
        stakeholder_map.tabs.setCurrentWidget(tab)
        qtbot.wait(1)
        save_screenshot(window, f"stakeholder-map-{name}")
    window.resize(1280, 800)


def test_map_keys_on_the_grid_add_and_delete(window, stakeholder_map, workshop_path, qtbot):
    grid = stakeholder_map.grid
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    grid.select(["s-elder"])
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert row(workshop_path, "s-elder") is None
    assert "s-elder" not in grid.cards
    window.undo()
    assert row(workshop_path, "s-elder")["participant_id"] == "p-nils"
    assert "s-elder" in grid.cards
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Insert)
    assert count(workshop_path, "stakeholders") == 3
    assert stakeholder_map.tabs.currentWidget() is stakeholder_map.table, "new rows are typed in the table"


def test_a_read_only_workshop_shows_the_map_but_changes_nothing(window, workshop_path, qtbot):
    assert window.open_path(workshop_path, read_only=True)
    window.show_board("b-map")
    stakeholder_map = window.stakeholder_map
    model = stakeholder_map.table.model()
    assert not model.flags(model.index(0, Column.NAME)) & Qt.ItemFlag.ItemIsEditable
    assert stakeholder_map.table.add_row() is None
    stakeholder_map.grid.select(["s-mayor"])
    stakeholder_map.grid.nudge(0.1, 0.1)
    assert window.undo_stack.count() == 0
    assert row(workshop_path, "s-mayor")["power"] == 0.9
