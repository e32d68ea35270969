"""Dot voting driven as a facilitator drives it: clicks, keys and dialogs, the file checked after each."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QMessageBox

from app.domain import voting
from app.domain.model import (
    Board,
    BoardKind,
    Frame,
    Note,
    Participant,
    Phase,
    Vote,
    VoteStatus,
    Workshop,
    WorkshopInfo,
)
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot
from tests.factories import query

NOTES = {"n-a": (0, 0), "n-b": (220, 0), "n-c": (440, 0), "n-d": (0, 200)}


def dots(path: Path, vote_id: str = "") -> list[tuple[str, str]]:
    """(participant, note) of every dot in the file, sorted."""
    sql = "SELECT participant_id, note_id FROM vote_dots" + (" WHERE vote_id = ?" if vote_id else "")
    return sorted(query(path, sql, (vote_id,) if vote_id else ()))


def vote_row(path: Path, vote_id: str) -> dict | None:
    columns = [r[1] for r in query(path, "PRAGMA table_info(votes)")]
    found = query(path, "SELECT * FROM votes WHERE id = ?", (vote_id,))
    return dict(zip(columns, found[0], strict=True)) if found else None


@pytest.fixture
def workshop_path(tmp_path) -> Path:
    ideas = Board("Idéer", Phase.CO_DESIGN, BoardKind.IDEA_BOARD, position=0, id="b-ideas")
    nnn = Board("Nytt, nyttig, nyttiggjort", Phase.CO_DESIGN, position=1, id="b-nnn")
    frame = Frame("b-ideas", "Raske tiltak", x=-20, y=-60, width=640, height=200, id="f-quick")
    notes = [
        Note("b-ideas", text=f"Idé {key[-1].upper()}", x=x, y=y, z=i, frame_id="f-quick" if y == 0 else None, id=key)
        for i, (key, (x, y)) in enumerate(NOTES.items())
    ]
    notes.append(Note("b-nnn", text="Alt her", x=0, y=0, id="n-old"))
    people = [Participant("Ada", id="p-ada"), Participant("Nils Ánte", id="p-nils"), Participant("Siri", id="p-siri")]
    workshop = Workshop(WorkshopInfo("Røysting"), participants=people, boards=[ideas, nnn], frames=[frame], notes=notes)
    path = tmp_path / "workshops" / "vote.samskap"
    path.parent.mkdir(exist_ok=True)
    WorkshopFile.create(path, workshop).close()
    return path


@pytest.fixture
def board(window, workshop_path, qtbot):
    assert window.open_path(workshop_path)
    window.show_board("b-ideas")
    window.view.zoom_actual_size()
    window.view.centerOn(QPointF(300, 150))
    return window


def start(window, **fields) -> str:
    vote = Vote("b-ideas", title="Kva er best?", **fields)
    window.votes.start_vote(vote)
    return vote.id


def at_note(window, note_id: str, dx: float = 90, dy: float = 40) -> QPoint:
    note = window.document.note(note_id)
    return window.view.mapFromScene(QPointF(note.x + dx, note.y + dy))


def click(window, qtbot, note_id: str, button=Qt.MouseButton.LeftButton, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.mouseClick(window.view.viewport(), button, modifier, at_note(window, note_id))


def shown_counts(window) -> dict[str, int]:
    """What the dots drawn on the board say, note by note."""
    counts = {}
    for item in window.view.board_scene.note_items():
        dots_item = window.votes.dots_item(item.note_id)
        if dots_item is not None and dots_item.count and dots_item.isVisible():
            counts[item.note_id] = dots_item.count
    return counts


def test_starting_a_vote_from_its_dialog_is_one_step(board, workshop_path, qtbot):
    panel = board.vote_panel
    dialog = panel.setup_dialog()
    qtbot.addWidget(dialog)
    dialog.title.setText("Kva skal vi <b>gjere</b>? 🙂")
    dialog.scope.setCurrentIndex(dialog.scope.findData("f-quick"))
    dialog.dots.setValue(2)
    dialog.stacking.setChecked(True)
    dialog.hidden.setChecked(True)
    dialog.voters.item(2).setCheckState(Qt.CheckState.Unchecked)  # Siri does not vote
    dialog.new_voters.setPlainText("Máret\n\n  Jon  \n")
    vote, new_people = dialog.setup()
    board.votes.start_vote(vote, new_people)
    stored = vote_row(workshop_path, vote.id)
    assert stored["title"] == "Kva skal vi <b>gjere</b>? 🙂"
    assert (stored["frame_id"], stored["dots_per_person"], stored["allow_stacking"], stored["hidden"]) == (
        "f-quick", 2, 1, 1,
    )  # fmt: skip
    assert stored["status"] == "open" and stored["revealed"] == 0
    assert query(workshop_path, "SELECT count(*) FROM participants")[0][0] == 5
    voter_names = [p.name for p in board.votes.voters()]
    assert voter_names == ["Ada", "Nils Ánte", "Máret", "Jon"]
    assert board.votes.recording and board.vote_dock.isVisible() is not None
    board.undo()
    assert vote_row(workshop_path, vote.id) is None
    assert query(workshop_path, "SELECT count(*) FROM participants")[0][0] == 3
    assert board.votes.vote() is None
    board.redo()
    assert vote_row(workshop_path, vote.id)["dots_per_person"] == 2


def test_a_setup_with_nobody_voting_is_refused(board, qtbot):
    dialog = board.vote_panel.setup_dialog()
    qtbot.addWidget(dialog)
    for i in range(dialog.voters.count()):
        dialog.voters.item(i).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    problem = dialog.findChild(QMessageBox, "problem_dialog")
    assert problem is not None and "Tick who votes" in problem.text()
    problem.close()
    dialog.new_voters.setPlainText("Máret")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    board.votes.start_vote(*dialog.setup())
    assert [p.name for p in board.votes.voters()] == ["Máret"]


def test_clicks_add_dots_within_the_rules_and_each_is_one_step(board, workshop_path, qtbot):
    vote_id = start(board, dots_per_person=2)
    assert board.votes.voter_id == "p-ada"
    click(board, qtbot, "n-a")
    assert dots(workshop_path) == [("p-ada", "n-a")]
    assert shown_counts(board) == {"n-a": 1}
    click(board, qtbot, "n-a")  # no stacking in this vote
    assert dots(workshop_path) == [("p-ada", "n-a")]
    assert "already has a dot on this note" in board.vote_panel.status.text()
    click(board, qtbot, "n-d")
    click(board, qtbot, "n-c")  # a third dot: refused
    assert dots(workshop_path) == [("p-ada", "n-a"), ("p-ada", "n-d")]
    assert board.vote_panel.status.text() == "Ada has used all 2 dots."
    assert "Ada: 0 of 2 left" in board.vote_panel.voter_list.item(0).text()

    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_2)  # Nils, not the second note colour
    assert board.votes.voter_id == "p-nils"
    assert board.document.note("n-a").colour == Note("x").colour, "the number key picked a voter, not a colour"
    click(board, qtbot, "n-a")
    assert dots(workshop_path, vote_id) == [("p-ada", "n-a"), ("p-ada", "n-d"), ("p-nils", "n-a")]
    assert shown_counts(board) == {"n-a": 2, "n-d": 1}

    click(board, qtbot, "n-a", Qt.MouseButton.RightButton)  # takes Nils's dot back
    assert dots(workshop_path) == [("p-ada", "n-a"), ("p-ada", "n-d")]
    qtbot.keyClick(board.view, Qt.Key.Key_Up)
    assert board.votes.voter_id == "p-ada"
    click(board, qtbot, "n-d", modifier=Qt.KeyboardModifier.ShiftModifier)
    assert dots(workshop_path) == [("p-ada", "n-a")]
    click(board, qtbot, "n-c")
    assert dots(workshop_path) == [("p-ada", "n-a"), ("p-ada", "n-c")]

    board.undo()  # the dot on C
    assert dots(workshop_path) == [("p-ada", "n-a")]
    board.undo()  # the removal from D
    board.undo()  # Nils's removal
    assert dots(workshop_path) == [("p-ada", "n-a"), ("p-ada", "n-d"), ("p-nils", "n-a")]
    assert shown_counts(board) == {"n-a": 2, "n-d": 1}
    board.redo()
    assert dots(workshop_path) == [("p-ada", "n-a"), ("p-ada", "n-d")]
    assert voting.rule_violations(board.document.workshop, vote_id) == []


def test_clicks_do_not_move_or_select_notes_while_recording_and_do_when_stopped(board, workshop_path, qtbot):
    start(board)
    viewport = board.view.viewport()
    begin, end = at_note(board, "n-b"), at_note(board, "n-b") + QPoint(80, 60)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, begin)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert (board.document.note("n-b").x, board.document.note("n-b").y) == (220, 0)
    assert dots(workshop_path) == [("p-ada", "n-b")]
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Escape)
    assert not board.votes.recording
    click(board, qtbot, "n-c")
    assert dots(workshop_path) == [("p-ada", "n-b")], "a click is a click again"
    assert board.view.selected_ids() == ["n-c"]


def test_stacking_lets_one_person_put_several_dots_on_one_note(board, workshop_path, qtbot):
    start(board, dots_per_person=3, allow_stacking=True)
    for _ in range(4):
        click(board, qtbot, "n-b")
    assert dots(workshop_path) == [("p-ada", "n-b")] * 3
    assert "used all 3 dots" in board.vote_panel.status.text()
    assert shown_counts(board) == {"n-b": 3}


def test_the_panel_takes_dots_from_the_keyboard(board, workshop_path, qtbot):
    start(board)
    panel = board.vote_panel
    panel.voter_list.setFocus()
    panel.voter_list.setCurrentRow(0)
    qtbot.keyClick(panel.voter_list, Qt.Key.Key_Down)
    assert board.votes.voter_id == "p-nils"
    notes = panel.note_list
    notes.setFocus()
    notes.setCurrentRow(3)
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    assert dots(workshop_path) == [("p-nils", "n-d")]
    qtbot.keyClick(notes, Qt.Key.Key_Minus)
    assert dots(workshop_path) == []
    qtbot.keyClick(notes, Qt.Key.Key_Plus)
    assert dots(workshop_path) == [("p-nils", "n-d")]
    assert "●1" in notes.item(3).text()


def test_a_vote_on_a_frame_refuses_notes_outside_it(board, workshop_path, qtbot):
    start(board, frame_id="f-quick")
    click(board, qtbot, "n-d")
    assert dots(workshop_path) == []
    assert "outside the frame" in board.vote_panel.status.text()
    assert board.vote_panel.note_list.count() == 3


def test_hidden_dots_are_not_drawn_until_revealed(board, workshop_path, qtbot):
    vote_id = start(board, hidden=True)
    click(board, qtbot, "n-a")
    click(board, qtbot, "n-b")
    assert len(dots(workshop_path)) == 2
    assert shown_counts(board) == {}
    assert "●" not in "".join(board.vote_panel.note_list.item(i).text() for i in range(4))
    assert not board.vote_panel.vote_actions.results.isEnabled()
    board.vote_panel.vote_actions.reveal.trigger()
    assert vote_row(workshop_path, vote_id)["revealed"] == 1
    assert shown_counts(board) == {"n-a": 1, "n-b": 1}
    assert board.vote_panel.vote_actions.results.isEnabled()
    board.undo()
    assert vote_row(workshop_path, vote_id)["revealed"] == 0
    assert shown_counts(board) == {}
    board.redo()
    assert shown_counts(board) == {"n-a": 1, "n-b": 1}


def test_closing_freezes_the_vote(board, workshop_path, qtbot):
    vote_id = start(board)
    click(board, qtbot, "n-a")
    board.vote_panel.vote_actions.close.trigger()
    assert vote_row(workshop_path, vote_id)["status"] == "closed"
    assert not board.votes.recording
    assert not board.vote_panel.vote_actions.record.isEnabled()
    assert not board.votes.add_dot("n-b")
    assert board.vote_panel.status.text() == "The vote is closed: it takes no more dots."
    assert not board.votes.remove_dot("n-a")
    assert dots(workshop_path) == [("p-ada", "n-a")]
    board.vote_panel.vote_actions.record.setChecked(True)
    assert not board.votes.recording
    board.undo()
    assert vote_row(workshop_path, vote_id)["status"] == "open"
    board.redo()
    assert vote_row(workshop_path, vote_id)["status"] == "closed"
    assert not board.votes.add_dot("n-b"), "closed again by redo: frozen again"
    assert dots(workshop_path) == [("p-ada", "n-a")]


def test_results_rank_notes_with_ties_and_send_the_top_on(board, workshop_path, qtbot):
    vote_id = start(board, dots_per_person=2)
    for voter, notes in (("1", ("n-b", "n-c")), ("2", ("n-b", "n-a")), ("3", ("n-c", "n-d"))):
        board.view.setFocus()
        qtbot.keyClick(board.view, getattr(Qt.Key, f"Key_{voter}"))
        for note in notes:
            click(board, qtbot, note)
    board.vote_panel.vote_actions.close.trigger()
    dialog = board.vote_panel.results_dialog()
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows == [
        ["1=", "2", "2", "Idé B"],
        ["1=", "2", "2", "Idé C"],
        ["3=", "1", "1", "Idé A"],
        ["3=", "1", "1", "Idé D"],
    ]
    assert [r.note.id for r in voting.ranked_results(board.document.workshop, vote_id)] == ["n-b", "n-c", "n-a", "n-d"]
    # The line under Send says what it will copy: three chosen, four go, as two share third place.
    assert dialog.count.value() == 3 and dialog.hint.text().startswith("Send copies 4 notes:")
    dialog.show()
    save_screenshot(dialog, "vote-results")

    dialog.count.setValue(2)
    assert dialog.hint.text() == "Send copies 2 notes."
    dialog.target.setCurrentIndex(dialog.target.findData("b-nnn"))
    dialog.send()
    sent = query(workshop_path, "SELECT text, x, y FROM notes WHERE board_id = 'b-nnn' AND id != 'n-old' ORDER BY x")
    assert [t for t, _, _ in sent] == ["Idé B", "Idé C"]
    assert all(x >= 180 + 60 for _, x, _ in sent), "beside what the board had, not on top of it"
    assert len(query(workshop_path, "SELECT * FROM notes WHERE board_id = 'b-ideas'")) == 4, "the originals stay"
    board.undo()
    assert query(workshop_path, "SELECT count(*) FROM notes WHERE board_id = 'b-nnn'")[0][0] == 1
    board.redo()
    assert query(workshop_path, "SELECT count(*) FROM notes WHERE board_id = 'b-nnn'")[0][0] == 3
    assert board.current_board_id() == "b-nnn", "redo shows the board it changed"


def test_dots_come_back_with_an_undone_note_deletion(board, workshop_path, qtbot):
    start(board)
    click(board, qtbot, "n-a")
    board.votes.set_recording(False)
    board.view.board_scene.select_notes(["n-a"])
    board.view.delete_selected()
    assert dots(workshop_path) == []
    assert shown_counts(board) == {}
    board.undo()
    assert dots(workshop_path) == [("p-ada", "n-a")]
    assert shown_counts(board) == {"n-a": 1}, "the dot is drawn on the note put back"


def test_rules_hold_through_any_sequence_of_dots_undos_and_redos(board, workshop_path, qtbot):
    for seed, stacking in ((1, False), (2, True), (3, False)):
        vote_id = start(board, dots_per_person=2, allow_stacking=stacking)
        rng = random.Random(seed)
        for _ in range(120):
            step = rng.random()
            board.votes.select_voter_number(rng.randint(1, 3))
            note = rng.choice(list(NOTES))
            if step < 0.45:
                board.votes.add_dot(note)
            elif step < 0.6:
                board.votes.remove_dot(note)
            elif step < 0.8:
                board.undo()
            else:
                board.redo()
            workshop = board.document.workshop
            if workshop.votes and any(v.id == vote_id for v in workshop.votes):
                assert voting.rule_violations(workshop, vote_id) == []
            in_model = sorted((d.participant_id, d.note_id) for d in workshop.vote_dots if d.vote_id == vote_id)
            assert in_model == dots(workshop_path, vote_id)
        board.undo_stack.clear()


def test_screenshot_of_a_board_during_a_vote(board, workshop_path, qtbot):
    start(board, dots_per_person=3, allow_stacking=True)
    for voter, notes in (("1", ("n-b", "n-b", "n-c")), ("2", ("n-b", "n-a", "n-c")), ("3", ("n-b", "n-b", "n-b"))):
        board.view.setFocus()
        qtbot.keyClick(board.view, getattr(Qt.Key, f"Key_{voter}"))
        for note in notes:
            click(board, qtbot, note)
    assert shown_counts(board) == {"n-a": 1, "n-b": 6, "n-c": 2}
    qtbot.keyClick(board.view, Qt.Key.Key_1)
    board.view.fit_all()
    save_screenshot(board, "vote-during")


def test_the_demo_has_a_closed_vote_with_a_meaningful_result(window, qtbot):
    assert window.open_path(window._demo_path())
    board_id = next(b.id for b in window.document.boards_in(Phase.CO_DESIGN) if b.kind == BoardKind.IDEA_BOARD)
    window.show_board(board_id)
    vote = window.votes.vote()
    assert vote is not None and vote.status == VoteStatus.CLOSED
    assert not window.vote_panel.vote_actions.record.isEnabled()
    counts = shown_counts(window)
    assert sorted(counts.values(), reverse=True)[:3] == [7, 6, 5]
    window.vote_dock.show()
    qtbot.wait(1)
    save_screenshot(window, "vote-demo-board")
    dialog = window.vote_panel.results_dialog()
    qtbot.addWidget(dialog)
    assert [dialog.table.item(r, 0).text() for r in range(4)] == ["1", "2", "3", "4="]
    dialog.show()
    save_screenshot(dialog, "vote-demo-results")
