"""A dot vote on a board of thousands of notes: a dot costs what it changes, the panel's rows
and the tally follow dot by dot (issue 17). The tests count, never time."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.commands import ChangeNotes
from tests.board.large_board_support import (
    NO_CONTENTS,
    counted,
    open_large,
    settle,
    vote_on,
)
from widgets.board.board_scene import BoardScene


def test_a_dot_on_a_large_board_updates_only_its_note(qtbot, tmp_path, monkeypatch):
    from app.domain.model import Participant
    from widgets.voting.vote_panel import VotePanel

    view, scene, document = open_large(qtbot, tmp_path)
    voter = Participant("Kari")
    controller, panel = vote_on(qtbot, view, scene, [voter], panel=True)
    assert panel is not None
    controller.select_voter(voter.id)
    rows: list = []
    passes: list = []
    original_row = VotePanel._note_row
    monkeypatch.setattr(VotePanel, "_note_row", counted(rows, original_row))
    original_items = BoardScene.note_items
    monkeypatch.setattr(BoardScene, "note_items", counted(passes, original_items))
    assert controller.add_dot("n01234")
    assert controller.dots_item("n01234").count == 1
    assert panel.note_list.item(1234).text().startswith("●1  Lapp 1234")
    assert len(rows) == 1 and passes == [], "a dot went over every note of the board"
    view.undo_stack.undo()
    assert controller.dots_item("n01234") is None or controller.dots_item("n01234").count == 0
    assert panel.note_list.item(1234).text().startswith("Lapp 1234")
    document.close()


def test_far_out_the_overview_draws_the_dots_and_the_dots_draw_nothing(qtbot, tmp_path):
    from app.domain.model import Participant

    view, scene, document = open_large(qtbot, tmp_path)
    voter = Participant("Kari")
    controller, _panel = vote_on(qtbot, view, scene, [voter], stacking=True)
    controller.select_voter(voter.id)
    settle(qtbot, view, overview=True)
    assert controller.add_dot("n01234") and controller.add_dot("n01234")
    dots = controller.dots_item("n01234")
    assert dots is not None and dots.flags() & NO_CONTENTS
    assert len(scene._overview._marks["n01234"]) == 2
    view.viewport().repaint()
    mark = dots.overview_marks()[0].center()
    assert view.viewport().grab().toImage().pixelColor(view.mapFromScene(mark)).name() == "#b2182b"
    view.undo_stack.undo()
    assert len(scene._overview._marks["n01234"]) == 1
    document.close()


def test_a_note_raised_or_edited_updates_its_vote_row_alone(qtbot, tmp_path, monkeypatch):
    from app.domain.model import Participant
    from widgets.voting.vote_panel import VotePanel

    view, scene, document = open_large(qtbot, tmp_path)
    _controller, panel = vote_on(qtbot, view, scene, [Participant("Kari")], panel=True)
    assert panel is not None
    rows: list = []
    monkeypatch.setattr(VotePanel, "_note_row", counted(rows, VotePanel._note_row))
    view.push(ChangeNotes(document=document, after={"n01234": {"text": "Ny tekst"}}, text="text"))
    assert panel.note_list.item(1234).text() == "Ny tekst"
    # A drag raises the note and moves it, out of its frame: its row stays where it is, under the
    # mouse (the vote is of the whole board, so a frame does not decide which notes are in it).
    frame = document.workshop.frames[0].id
    view.push(
        ChangeNotes(document=document, after={"n01234": {"x": 50.0, "z": 99999.0, "frame_id": frame}}, text="move")
    )
    assert panel.note_list.item(1234).text() == "Ny tekst"
    assert len(rows) <= 2, "the vote list was built again for an edit of one note"
    # A note that leaves the board changes which notes are in the vote: the list is built again.
    from app.commands import RemoveNotes

    view.push(RemoveNotes(document=document, note_ids=["n00000"]))
    assert panel.note_list.count() == 4999
    document.close()


def test_a_dot_draws_the_rows_it_changed_not_the_whole_lists(qtbot, tmp_path):
    """Qt lays a list out again and draws all of it when one row's text changes; rows of one line
    keep their places, so only the changed rows are drawn (a third of a dot at 20,000 notes)."""
    from PySide6.QtCore import QEvent, QObject

    from app.domain.model import Participant

    view, scene, document = open_large(qtbot, tmp_path)
    voters = [Participant(f"Deltaker {i}") for i in range(6)]
    controller, panel = vote_on(qtbot, view, scene, voters, panel=True)
    assert panel is not None
    lists = {panel.voter_list.viewport(): "voters", panel.note_list.viewport(): "notes"}
    painted: list[tuple[str, int]] = []

    class Paints(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched in lists:
                painted.append((lists[watched], event.rect().height()))
            return False

    controller.select_voter(voters[0].id)
    for note_id in ("n00003", "n00004"):  # the first dots may grow the status line and move the lists
        assert controller.add_dot(note_id)
        qtbot.wait(50)
    paints = Paints()
    QApplication.instance().installEventFilter(paints)
    try:
        assert controller.add_dot("n00001")  # in view in the note list
        qtbot.waitUntil(lambda: {name for name, _height in painted} == {"voters", "notes"}, timeout=3000)
        qtbot.wait(20)
    finally:
        QApplication.instance().removeEventFilter(paints)
    row = panel.note_list.visualItemRect(panel.note_list.item(1)).height()
    assert all(height <= 2 * row for _name, height in painted), f"whole lists drawn for one dot: {painted}"
    document.close()


def test_the_vote_tally_kept_dot_by_dot_equals_a_count_of_every_dot(qtbot, tmp_path):
    from app.domain import voting
    from app.domain.model import Participant

    view, scene, document = open_large(qtbot, tmp_path, 300)
    voters = [Participant("Kari"), Participant("Ola")]
    controller, _panel = vote_on(qtbot, view, scene, voters, dots=3, stacking=True)

    def recounted() -> tuple[dict, dict]:
        vote = controller.vote()
        assert vote is not None
        counts: dict[str, int] = {}
        for dot in voting.dots_of(document.workshop, vote.id):
            counts[dot.note_id] = counts.get(dot.note_id, 0) + 1
        used = {k: v for k, v in voting.dots_used_by(document.workshop, vote.id).items() if v}
        return counts, used

    for voter, note in [(0, "n00001"), (0, "n00001"), (1, "n00002"), (0, "n00003"), (1, "n00001")]:
        controller.select_voter(voters[voter].id)
        assert controller.add_dot(note)
    controller.select_voter(voters[0].id)
    assert not controller.add_dot("n00004"), "Kari's three dots are spent"
    view.undo_stack.undo()
    view.undo_stack.undo()
    view.undo_stack.redo()
    used = {k: v for k, v in controller.dots_used().items() if v}
    assert (controller.dot_counts(), used) == recounted()
    document.close()
