"""The panel's lists of boards and frames (release into, phones write to)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QComboBox

from app.domain.model import Board, Frame, Phase, Workshop, WorkshopInfo
from widgets.participants.waiting_notes import fill_places


def test_the_list_is_left_alone_when_nothing_in_it_changed_and_follows_a_rename(qtbot) -> None:
    board = Board("Idéer", Phase.CO_DESIGN, id="b-1")
    workshop = Workshop(
        info=WorkshopInfo("Verkstad"),
        boards=[board],
        frames=[Frame("b-1", "Benker", 0, 0, 400, 300, id="f-1")],
    )
    combo = QComboBox()
    qtbot.addWidget(combo)
    fill_places(combo, workshop, ("where each was written", None))
    assert [combo.itemText(i) for i in range(combo.count())] == ["where each was written", "Idéer", "Idéer › Benker"]
    combo.setCurrentIndex(2)
    removed: list[int] = []
    combo.model().rowsRemoved.connect(lambda *_: removed.append(1))

    fill_places(combo, workshop, ("where each was written", None))  # a note arrived: nothing to change
    assert removed == [] and combo.currentIndex() == 2

    workshop.boards = [dataclasses.replace(board, name="Gode idéer")]
    fill_places(combo, workshop, ("where each was written", None))
    assert combo.itemText(2) == "Gode idéer › Benker" and combo.currentData() == ("b-1", "f-1")
