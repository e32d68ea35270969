"""Dot voting as it went in a real session (issue 16, item 8).

Dots are drawn above notes that overlap their note; the panel speaks of the vote shown, not
of the last board's closed one; a file reopened on a running vote shows the voting panel.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from app.commands import ChangeNotes
from app.domain.model import Board, BoardKind, Note, Participant, Phase, Vote, VoteStatus, Workshop, WorkshopInfo
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot
from tests.voting.test_vote_ui import at_note, click, start
from widgets.voting.vote_dots_item import VoteDotsItem


@pytest.fixture
def vote_file(tmp_path) -> Path:
    ideas = Board("Idéer", Phase.CO_DESIGN, BoardKind.IDEA_BOARD, position=0, id="b-ideas")
    nnn = Board("Nytt, nyttig, nyttiggjort", Phase.CO_DESIGN, position=1, id="b-nnn")
    notes = [
        Note("b-ideas", text="Idé A", x=0, y=0, z=1, id="n-a"),
        Note("b-ideas", text="Idé B", x=400, y=0, z=2, id="n-b"),
        Note("b-nnn", text="Alt her", x=0, y=0, id="n-old"),
    ]
    people = [Participant("Ada", id="p-ada"), Participant("Nils Ánte", id="p-nils")]
    running = Vote("b-nnn", title="Neste runde", status=VoteStatus.OPEN, id="v-next")
    workshop = Workshop(
        WorkshopInfo("Røysting"), participants=people, boards=[ideas, nnn], notes=notes, votes=[running]
    )
    path = tmp_path / "workshops" / "vote.samskap"
    path.parent.mkdir(exist_ok=True)
    WorkshopFile.create(path, workshop).close()
    return path


@pytest.fixture
def ideas(window, vote_file):
    assert window.open_path(vote_file)
    window.show_board("b-ideas")
    window.view.zoom_actual_size()
    window.view.centerOn(QPointF(300, 100))
    return window


def test_dots_show_above_a_note_that_overlaps_their_note_and_follow_it(ideas, qtbot):
    window = ideas
    start(window)
    click(window, qtbot, "n-a")
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_2)  # Nils votes too
    click(window, qtbot, "n-a")
    # Idé B, stacked higher, is laid over Idé A's bottom edge, where its dots are.
    document = window.document
    window.undo_stack.push(ChangeNotes(document=document, after={"n-b": {"x": 40, "y": 80}}, text="move"))
    dots = window.votes.dots_item("n-a")
    assert dots is not None and dots.count == 2
    scene = window.view.board_scene
    centre = dots.sceneBoundingRect().center()
    assert scene.note_item("n-b").sceneBoundingRect().contains(centre), "the overlap covers the dots"
    assert isinstance(scene.items(centre)[0], VoteDotsItem), "the dots are drawn on top"
    save_screenshot(window.view, "vote_dots_above_overlapping_note")
    # A drag of the note takes its dots along while it goes, before the drop.
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Escape)  # stop recording: a click is a click again
    before = dots.scenePos()
    viewport = window.view.viewport()
    press = at_note(window, "n-a", 90, 20)
    to = QPoint(press.x() + 100, press.y() + 50)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(viewport, QPoint(press.x() + 50, press.y() + 25))
    qtbot.mouseMove(viewport, to)
    moved = scene.note_item("n-a").pos()
    assert moved != QPointF(0, 0)
    assert dots.scenePos() == before + moved, "the dots move with the note during the drag"
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=to)
    note = document.note("n-a")
    assert (note.x, note.y) == (moved.x(), moved.y())
    assert dots.scenePos() == before + moved


def test_the_panel_speaks_of_the_vote_shown_not_of_the_last_board_s(ideas, qtbot):
    window = ideas
    panel = window.vote_panel
    window.vote_dock.show()
    start(window)
    window.votes.close_vote()
    assert "closed" in panel.status.text()
    window.show_board("b-nnn")
    assert window.votes.vote_id == "v-next"
    assert "closed" not in panel.rules.text()
    assert "closed" not in panel.status.text(), "the panel says the vote is closed while this one is open"
    assert panel.vote_actions.close.isEnabled()
    save_screenshot(window.vote_dock, "vote_panel_next_board_open_vote")


def test_a_file_reopened_on_a_running_vote_shows_the_voting_panel(window, vote_file, qtbot):
    assert window.open_path(vote_file)
    window.show_board("b-nnn")
    assert window.vote_panel.vote_combo.currentData() == "v-next"
    qtbot.waitUntil(window.vote_dock.isVisible)
