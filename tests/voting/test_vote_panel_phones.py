"""The dot voting panel while phones vote: each anonymous phone a row nobody records for, and the phones' tally."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from app.domain import voting
from app.domain.model import (
    Board,
    BoardKind,
    Device,
    Note,
    Participant,
    Phase,
    Vote,
    VoteDot,
    Workshop,
    WorkshopInfo,
)
from app.participants.room import Room
from app.participants.service import ParticipantService, SharingSettings
from app.storage.workshop_file import WorkshopFile
from tests.conftest import save_screenshot
from tests.factories import query


@pytest.fixture
def board(window, tmp_path) -> object:
    ideas = Board("Idéer", Phase.CO_DESIGN, BoardKind.IDEA_BOARD, id="b-ideas")
    notes = [Note("b-ideas", text=f"Idé {i}", x=i * 220, y=0, z=i, id=f"n-{i}") for i in range(3)]
    people = [Participant("Ada", id="p-ada"), Participant("Nils Ánte", id="p-nils")]
    workshop = Workshop(WorkshopInfo("Røysting"), participants=people, boards=[ideas], notes=notes)
    path = tmp_path / "workshops" / "phones.samskap"
    WorkshopFile.create(path, workshop).close()
    assert window.open_path(path)
    window.show_board("b-ideas")
    return window


def voter_rows(panel) -> list[str]:
    return [panel.voter_list.item(i).text() for i in range(panel.voter_list.count())]


def service(window) -> ParticipantService:
    """The phones' side of the room on the window's own document, as the server calls it."""
    return ParticipantService(document=window.document, room=Room(), settings=SharingSettings())


def test_phones_are_voters_the_panel_follows_as_they_join_and_put_dots(board, qtbot) -> None:
    vote = Vote("b-ideas", title="Beste idé", dots_per_person=3, hidden=True)
    board.votes.start_vote(vote)
    panel = board.vote_panel
    assert voter_rows(panel) == ["1  Ada: 3 of 3 left", "2  Nils Ánte: 3 of 3 left"]
    assert panel.phone_dots.isHidden(), "no phone has joined: nothing to say about phones"

    phones = service(board)
    (_t1, first), (_t2, kari), (_t3, ada) = (
        phones.join(phones.room.code, name, address="127.0.0.1") for name in (None, "Kari", "ada")
    )
    assert ada.participant_id == "p-ada", "a phone that typed a participant's name votes as them"
    assert voter_rows(panel) == [
        "1  Ada: 3 of 3 left",
        "2  Nils Ánte: 3 of 3 left",
        "Phone: anonymous 1: 3 of 3 left",
        "Phone: Kari: 3 of 3 left",
    ]
    assert panel.phone_dots.isVisible()
    assert panel.phone_dots.text() == "Dots from phones: 0 of 9"  # two anonymous phones and Ada's

    kept = shiboken6.getCppPointer(panel.voter_list.item(3))
    phones.add_dot(kari, vote.id, "n-0")
    phones.add_dot(kari, vote.id, "n-1")
    phones.add_dot(ada, vote.id, "n-1")
    assert voter_rows(panel)[0] == "1  Ada: 2 of 3 left"
    assert voter_rows(panel)[3] == "Phone: Kari: 1 of 3 left"
    assert panel.phone_dots.text() == "Dots from phones: 3 of 9"
    assert shiboken6.getCppPointer(panel.voter_list.item(3)) == kept, "a dot changes a text, not the whole list"
    note_texts = [panel.note_list.item(i).text() for i in range(panel.note_list.count())]
    assert note_texts == ["Idé 0", "Idé 1", "Idé 2"], "a hidden vote shows no counts on the laptop"
    assert {d.device_id for d in board.document.workshop.vote_dots} == {kari.id, None}
    save_screenshot(panel, "vote-panel-phones-hidden")

    panel.vote_actions.reveal.trigger()
    note_texts = [panel.note_list.item(i).text() for i in range(panel.note_list.count())]
    assert note_texts == ["●1  Idé 0", "●2  Idé 1", "Idé 2"]
    board.undo()
    assert voter_rows(panel)[3] == "Phone: Kari: 1 of 3 left"
    assert [panel.note_list.item(i).text() for i in range(3)] == ["Idé 0", "Idé 1", "Idé 2"]
    assert first.id in {d.id for d in voting.phone_voters(board.document.workshop, board.votes.vote())}


def test_the_facilitator_records_for_participants_only(board, qtbot, tmp_path) -> None:
    vote = Vote("b-ideas", dots_per_person=2)
    board.votes.start_vote(vote)
    phones = service(board)
    _token, phone = phones.join(phones.room.code, None, address="127.0.0.1")
    panel = board.vote_panel
    phone_row = panel.voter_list.item(2)
    assert phone_row.text() == "Phone: anonymous 1: 2 of 2 left"
    assert not phone_row.flags() & Qt.ItemFlag.ItemIsSelectable

    panel.voter_list.setCurrentItem(phone_row)  # a click or the Down key reaching the phone's row
    assert board.votes.voter_id == "p-ada"
    assert panel.voter_list.currentItem().text().startswith("1  Ada")
    board.votes.select_voter(phone.id)
    assert board.votes.voter_id == "p-ada"
    assert board.votes.add_dot("n-2")
    stored = query(tmp_path / "workshops" / "phones.samskap", "SELECT participant_id, device_id FROM vote_dots")
    assert stored == [("p-ada", None)]
    assert voter_rows(panel)[2] == "Phone: anonymous 1: 2 of 2 left"


def test_a_vote_for_chosen_participants_lists_no_phones(board, qtbot) -> None:
    board.votes.start_vote(Vote("b-ideas", voter_ids=["p-nils"]))
    phones = service(board)
    phones.join(phones.room.code, None, address="127.0.0.1")
    assert voter_rows(board.vote_panel) == ["1  Nils Ánte: 3 of 3 left"]
    assert board.vote_panel.phone_dots.isHidden()


def test_the_tally_counts_a_linked_participants_dots_and_no_one_elses(tmp_path: Path) -> None:
    people = [Participant("Ada", id="p-ada"), Participant("Nils", id="p-nils")]
    vote = Vote("b", dots_per_person=2, id="v")
    devices = [Device(1, id="d-1"), Device(2, "Ada", participant_id="p-ada", id="d-2")]
    dots = [
        VoteDot("v", "n", None, device_id="d-1"),
        VoteDot("v", "n", "p-ada"),
        VoteDot("v", "n", "p-nils"),  # recorded by the facilitator: not from a phone
    ]
    workshop = Workshop(WorkshopInfo("x"), participants=people, votes=[vote], devices=devices, vote_dots=dots)
    assert voting.phone_tally(workshop, vote) == voting.PhoneTally(voters=2, dots=2, possible=4)
    assert [d.id for d in voting.phone_voters(workshop, vote)] == ["d-1"]


def test_a_closed_panel_catches_up_when_opened_and_its_actions_follow_meanwhile(board, qtbot) -> None:
    """While the dock is closed the phones' dots rebuild no rows; opening it shows the room as it is."""
    vote = Vote("b-ideas", title="Beste idé", dots_per_person=3, hidden=True)
    board.votes.start_vote(vote)
    board.votes.set_recording(False)
    board.vote_dock.hide()
    panel = board.vote_panel
    assert not panel.isVisible()
    shown_before = voter_rows(panel)
    phones = service(board)
    _token, kari = phones.join(phones.room.code, "Kari", address="127.0.0.1")
    for note_id in ("n-0", "n-1"):
        phones.add_dot(kari, vote.id, note_id)
    assert voter_rows(panel) == shown_before, "no rows rebuilt for a closed dock"
    assert panel.vote_actions.reveal.isEnabled(), "the Vote menu's actions follow while the dock is closed"
    board.votes.reveal()
    assert not panel.vote_actions.reveal.isEnabled()
    assert panel.vote_actions.results.isEnabled()

    board.vote_dock.show()
    qtbot.waitExposed(panel)
    assert voter_rows(panel) == [
        "1  Ada: 3 of 3 left",
        "2  Nils Ánte: 3 of 3 left",
        "Phone: Kari: 1 of 3 left",
    ]
    assert panel.phone_dots.text() == "Dots from phones: 2 of 3"
    assert [panel.note_list.item(i).text() for i in range(3)] == ["●1  Idé 0", "●1  Idé 1", "Idé 2"]
    assert panel.rules.text() == "3 dots each, one per note"
