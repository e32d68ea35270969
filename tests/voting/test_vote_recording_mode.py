"""Recording dots is one of the board view's canvas modes: it and connecting notes never run together.

Driven on the floke map fixture (tests/floke_support.py) with a vote started
on it, through the real window: keys, clicks, the Vote panel's Record action.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

from app.domain.model import Participant, Vote
from tests.board.test_board_ui import view_point
from tests.factories import query
from tests.floke_support import click, connectors, key
from widgets.board.map_interactions import ConnectMode
from widgets.voting.vote_controller import RecordDotsMode


def dots(path) -> list[tuple[str, str]]:
    return sorted(query(path, "SELECT participant_id, note_id FROM vote_dots"))


def start_vote(window) -> None:
    voters = [Participant("Ada", id="p-ada"), Participant("Nils", id="p-nils")]
    window.votes.start_vote(Vote("b-floke", title="Kva er viktigast?"), voters)


def test_starting_to_record_dots_while_connecting_cancels_the_connect(floke, qtbot, floke_path):
    window, view = floke, floke.view
    key(qtbot, window, Qt.Key.Key_C)
    click(qtbot, window, 90, 60)  # the arrow would start from n-a
    assert isinstance(view.mode(), ConnectMode)
    start_vote(window)
    assert isinstance(view.mode(), RecordDotsMode) and window.votes.recording
    assert window.vote_panel.vote_actions.record.isChecked()
    click(qtbot, window, 390, 60)  # a dot on n-b, not an arrow from n-a
    assert dots(floke_path) == [("p-ada", "n-b")]
    assert connectors(floke_path) == []
    assert window.statusBar().currentMessage().startswith("Dot for Ada")


def test_connecting_while_recording_stops_the_recording(floke, qtbot, floke_path):
    window, view = floke, floke.view
    start_vote(window)
    view.board_scene.clearSelection()
    key(qtbot, window, Qt.Key.Key_C)
    assert isinstance(view.mode(), ConnectMode)
    assert not window.votes.recording
    assert not window.vote_panel.vote_actions.record.isChecked(), "the panel shows recording has stopped"
    click(qtbot, window, 90, 60)
    click(qtbot, window, 390, 60)
    assert connectors(floke_path) == [("n-a", "n-b", "causes", "")] and dots(floke_path) == []
    # Record again from the panel: the board takes dots, and no mode is left over.
    window.vote_panel.vote_actions.record.trigger()
    assert isinstance(view.mode(), RecordDotsMode)
    click(qtbot, window, 90, 360)
    assert dots(floke_path) == [("p-ada", "n-c")]


def test_recording_keys_go_to_the_mode_and_esc_stops_it(floke, qtbot, floke_path):
    window, view = floke, floke.view
    start_vote(window)
    view.board_scene.select_notes(["n-a"])
    colour = window.document.note("n-a").colour
    key(qtbot, window, Qt.Key.Key_2)
    assert window.votes.voter_id == "p-nils"
    assert window.document.note("n-a").colour == colour, "the number chose a voter, not the note's colour"
    key(qtbot, window, Qt.Key.Key_Up)
    assert window.votes.voter_id == "p-ada"
    assert window.undo_stack.count() == 1, "only the vote's start: no colour, no nudge"
    key(qtbot, window, Qt.Key.Key_Escape)
    assert view.mode() is None and not window.votes.recording
    assert window.statusBar().currentMessage() == "Stopped recording dots"
    assert not window.vote_panel.vote_actions.record.isChecked()
    click(qtbot, window, 90, 60)
    assert dots(floke_path) == [] and view.selected_ids() == ["n-a"], "a click selects again"


# A popup menu on the offscreen platform: it cannot raise itself or grab the keyboard there.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_a_right_click_while_recording_opens_no_menu_and_the_menu_key_still_does(floke, qtbot, floke_path):
    window, view = floke, floke.view
    start_vote(window)
    mode = view.mode()
    at = view_point(window, 500, 500)  # empty board
    global_at = view.viewport().mapToGlobal(at)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, global_at))
    assert getattr(view, "open_menu", None) is None, "a right click on the board is for taking dots back"
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at, global_at))
    assert view.open_menu is not None and view.open_menu.isVisible()
    view.open_menu.close()
    assert view.mode() is mode, "the Menu key leaves recording on"


def test_closing_the_vote_or_showing_no_board_ends_the_recording_mode(floke, qtbot):
    window, view = floke, floke.view
    start_vote(window)
    window.votes.close_vote()
    assert view.mode() is None and not window.votes.recording
    window.undo()  # the vote is open again, but recording stays off until asked for
    assert view.mode() is None
    window.votes.set_recording(True)
    assert isinstance(view.mode(), RecordDotsMode)
    view.show_board(None)
    assert view.mode() is None and not window.votes.recording


def test_digits_typed_into_a_note_while_recording_are_text_not_voters(floke, qtbot, floke_path):
    window, view = floke, floke.view
    start_vote(window)
    view.board_scene.select_notes(["n-a"])
    key(qtbot, window, Qt.Key.Key_F2)
    assert view.is_editing()
    qtbot.keyClicks(view.viewport(), " 2")
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.document.note("n-a").text == "Problem 2"
    assert window.votes.voter_id == "p-ada" and window.votes.recording, "the editor had the keys, not the mode"
