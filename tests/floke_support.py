"""Fixtures and helpers of the floke map tests: a small floke workshop, clicks, keys and arrows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from app.domain.model import (
    Board,
    BoardKind,
    Frame,
    Note,
    Phase,
    Stakeholder,
    StakeholderCategory,
    Workshop,
    WorkshopInfo,
)
from app.domain.text_limits import LABEL_MAX
from app.storage.workshop_file import WorkshopFile
from tests.board.test_board_ui import view_point
from tests.factories import query

# As long as an arrow's label may be (app.domain.text_limits), and a frame title takes as much:
# longer is refused by the dialogs (tests/window/test_title_limits.py).
_PREFIX = "<b>årsak</b> ŋ đ ŧ č \u202eRTL\u202c 🙂 "
HOSTILE = _PREFIX + "x" * (LABEL_MAX - len(_PREFIX))


def one(path: Path, sql: str, *params):
    found = query(path, sql, params)
    return found[0] if found else None


def connectors(path: Path) -> list[tuple]:
    return query(path, "SELECT from_note, to_note, kind, label FROM connectors ORDER BY from_note, to_note")


@pytest.fixture
def floke_path(tmp_path) -> Path:
    board = Board("Floke", Phase.CO_INITIATION, BoardKind.FLOKE_MAP, id="b-floke")
    notes = [
        Note(board.id, text="Problem", x=0, y=0, z=1, id="n-a"),
        Note(board.id, text="Årsak", x=300, y=0, z=2, id="n-b"),
        Note(board.id, text="Virkning", x=0, y=300, z=3, id="n-c"),
        Note(board.id, text="Løs", x=300, y=300, z=4, id="n-d"),
    ]
    frames = [Frame(board.id, "Røtter", x=600, y=0, width=500, height=400, id="f-roots")]
    stakeholders = [
        Stakeholder("Eldrerådet", category=StakeholderCategory.CITIZENS, id="s-eldre"),
        Stakeholder("Hjemmetjenesten", organisation="Fjellvik", category=StakeholderCategory.PROFESSIONALS, id="s-hj"),
    ]
    path = tmp_path / "workshops" / "floke.samskap"
    path.parent.mkdir(exist_ok=True)
    workshop = Workshop(
        info=WorkshopInfo("Floke"), boards=[board], notes=notes, frames=frames, stakeholders=stakeholders
    )
    WorkshopFile.create(path, workshop).close()
    return path


@pytest.fixture
def floke(window, floke_path, qtbot):
    assert window.open_path(floke_path)
    view = window.view
    view.zoom_actual_size()
    view.centerOn(QPointF(500, 260))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return window


def click(qtbot, window, x: float, y: float, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, modifier, view_point(window, x, y))


def key(qtbot, window, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(window.view.viewport(), k, modifier)


def open_dialog(window, cls=QInputDialog):
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    assert len(dialogs) == 1, dialogs
    return dialogs[0]


def add_arrow(window, qtbot) -> str:
    key(qtbot, window, Qt.Key.Key_C)
    click(qtbot, window, 90, 60)
    click(qtbot, window, 390, 60)
    return window.view.board_scene.selected_connector_ids()[0]
