"""Keys in the stakeholder table's category drop-down belong to it (issue 16, items 4 and 5).

Alt+Down opens the list (it moved the board down its phase), and a category chosen is kept
when Esc closes the list or the cell (it was thrown away without a word).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from app.domain.model import Board, BoardKind, Phase, Stakeholder, StakeholderCategory, Workshop, WorkshopInfo
from app.storage.workshop_file import WorkshopFile
from tests.stakeholders.test_stakeholder_ui import row
from widgets.stakeholders.stakeholder_table_model import Column

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def workshop_path(tmp_path) -> Path:
    """A stakeholder map with a board below it in the same phase (which Alt+Down could move)."""
    actors = Board("Aktørkart", Phase.CO_INITIATION, BoardKind.STAKEHOLDER_MAP, position=0, id="b-map")
    floke = Board("Floke", Phase.CO_INITIATION, BoardKind.FLOKE_MAP, position=1, id="b-floke")
    mayor = Stakeholder("Ordføreren", "Kommunen", StakeholderCategory.POLITICIANS, id="s-mayor")
    path = tmp_path / "map.samskap"
    WorkshopFile.create(path, Workshop(WorkshopInfo("Kart"), boards=[actors, floke], stakeholders=[mayor])).close()
    return path


@pytest.fixture
def stakeholder_map(window, workshop_path):
    assert window.open_path(workshop_path)
    window.show_board("b-map")
    return window.stakeholder_map


def category_combo(stakeholder_map, qtbot) -> QComboBox:
    table = stakeholder_map.table
    stakeholder_map.tabs.setCurrentWidget(table)
    table.setFocus()
    index = table.model().index(0, Column.CATEGORY)
    table.setCurrentIndex(index)
    table.edit(index)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(combo.hasFocus)
    return combo


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # offscreen popups
def test_alt_down_in_the_category_drop_down_opens_it_and_leaves_the_boards_alone(
    window, stakeholder_map, workshop_path, qtbot
):
    boards = [(b.id, b.position) for b in window.document.workshop.boards]
    combo = category_combo(stakeholder_map, qtbot)
    moved = []
    window.navigator.move_down_action.triggered.connect(lambda: moved.append(True))
    qtbot.keyClick(combo, Qt.Key.Key_Down, ALT)
    assert moved == []
    qtbot.waitUntil(combo.view().isVisible)
    assert [(b.id, b.position) for b in window.document.workshop.boards] == boards
    assert window.current_board_id() == "b-map"
    combo.hidePopup()
    # On the board itself Alt+Down still moves the board down its phase.
    window.show_board("b-floke")
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus)
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Up, ALT)
    assert [b.id for b in sorted(window.document.workshop.boards, key=lambda b: b.position)] == ["b-floke", "b-map"]


def test_a_category_chosen_then_esc_is_kept(window, stakeholder_map, workshop_path, qtbot):
    assert row(workshop_path, "s-mayor")["category"] == "politicians"
    combo = category_combo(stakeholder_map, qtbot)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next category, chosen on the closed list
    assert combo.currentData() == "administrators"
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    assert row(workshop_path, "s-mayor")["category"] == "administrators"
    assert window.document.find(Stakeholder, "s-mayor").category == "administrators"
    window.undo()
    assert row(workshop_path, "s-mayor")["category"] == "politicians"
