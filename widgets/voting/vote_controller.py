"""Dot voting on the board shown: which vote and voter are current, recording clicks, the dots drawn.

Coupling to the sticky-note board is kept to public surfaces:
BoardScene.note_item()/note_items() and NoteItem.note_id to find notes, and
the board view's canvas modes: while dots are recorded, a RecordDotsMode is
the view's mode (widgets/board/interaction.py), so the view hands it the clicks
and keys first and no other mode (connecting notes, a drag) runs at the same
time. The dots are VoteDotsItem children of the note items. Every change is
an EditEntities command; the vote's rules are app.domain.voting's.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QUndoStack

from app import long_lived
from app.commands import AddNotes, EditEntities
from app.document import Changes, WorkshopDocument
from app.domain import voting
from app.domain.model import Board, Device, Note, Participant, Phase, Vote, VoteDot, VoteStatus
from widgets.board.board_scene import BoardScene
from widgets.board.board_view import BoardView
from widgets.board.interaction import Interaction
from widgets.voting.vote_dots_item import VoteDotsItem


class VoteController(QObject):
    """The state of dot voting on the board shown, and every command voting makes."""

    changed = Signal()  # the vote, the voter, the dots or the recording changed: panels refresh
    status_message = Signal(str)
    open_vote_shown = Signal()  # an open vote came into view (another board, a file opened): show its panel

    def __init__(self, *, view: BoardView, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.undo_stack = undo_stack
        self.scene: BoardScene | None = None
        self.document: WorkshopDocument | None = None
        self.vote_id: str | None = None
        self.voter_id: str | None = None
        self._recorder: RecordDotsMode | None = None  # the view's mode while dots are recorded
        self._chosen_vote: dict[str, str] = {}  # board id: the vote last chosen on it
        self._dots: dict[str, VoteDotsItem] = {}
        # While `changed` is emitted for some notes alone (their dots, text or colour changed, not
        # which notes are in the vote nor their order): those notes, whose rows alone the panel
        # updates; None when anything else may have changed.
        self.rows_changed_on: set[str] | None = None
        # Each note of the board's frame: what decides which notes are in the vote. A change that
        # keeps them touches the changed notes' rows alone; a note raised or dragged (its stacking
        # height changed) keeps its row where it is, so the list does not jump under the mouse.
        self._placement: dict[str, str | None] = {}
        # The vote's dots by note and by voter, counted again only after dots or votes change.
        self._tally: tuple[str, Counter[str], Counter[str]] | None = None

    # -- the board and vote shown ----------------------------------------------------------

    def set_board(self, scene: BoardScene | None) -> None:
        """Follow the board now shown (None: no sticky-note board is shown)."""
        self._tally = None
        before = self.vote_id
        self._clear_dots()
        self._connect(scene.document if scene is not None else None)
        self.scene = scene
        self.recording = False
        self.vote_id = None
        self._placement = {}
        if scene is not None:
            self._placement = {n.id: n.frame_id for n in scene.document.notes_on(scene.board_id)}
            votes = voting.votes_on(scene.document.workshop, scene.board_id)
            chosen = self._chosen_vote.get(scene.board_id)
            open_votes = [v for v in votes if voting.is_open(v)]
            fallback = (open_votes or votes)[-1] if votes else None
            self.vote_id = chosen if chosen in {v.id for v in votes} else (fallback.id if fallback else None)
        self._pick_voter()
        self._refresh_dots()
        self.changed.emit()
        self._tell_if_open_vote_shown(before)

    def _tell_if_open_vote_shown(self, before: str | None) -> None:
        vote = self.vote()
        if vote is not None and vote.id != before and voting.is_open(vote):
            self.open_vote_shown.emit()

    def _connect(self, document: WorkshopDocument | None) -> None:
        # Reconnected on every board change so these slots run after the scene's own, which the
        # window creates just before: the note items exist when the dots are attached to them.
        if self.document is not None:
            for signal, slot in self._signals(self.document):
                signal.disconnect(slot)
        self.document = document
        if document is not None:
            for signal, slot in self._signals(document):
                signal.connect(slot)

    def _signals(self, document: WorkshopDocument):
        return ((document.entities_changed, self._on_document_entities_changed),)

    @property
    def board_id(self) -> str | None:
        return self.scene.board_id if self.scene is not None else None

    def vote(self) -> Vote | None:
        if self.document is None or self.vote_id is None:
            return None
        return self.document.find(Vote, self.vote_id)

    def votes(self) -> list[Vote]:
        if self.document is None or self.board_id is None:
            return []
        return voting.votes_on(self.document.workshop, self.board_id)

    def voters(self) -> list[Participant]:
        vote = self.vote()
        return voting.voters(self.document.workshop, vote) if vote is not None and self.document else []

    def phone_voters(self) -> list[Device]:
        """The anonymous phones voting in the vote shown: they put their own dots, nobody records for them."""
        vote = self.vote()
        return voting.phone_voters(self.document.workshop, vote) if vote is not None and self.document else []

    def phone_tally(self) -> voting.PhoneTally | None:
        vote = self.vote()
        if vote is None or self.document is None:
            return None
        return voting.phone_tally(self.document.workshop, vote, self._tallies()[1])

    def editable(self) -> bool:
        return self.document is not None and not self.document.read_only

    def select_vote(self, vote_id: str | None) -> None:
        if vote_id == self.vote_id:
            return
        before, self.vote_id = self.vote_id, vote_id
        if vote_id is not None and self.board_id is not None:
            self._chosen_vote[self.board_id] = vote_id
        vote = self.vote()
        if vote is None or not voting.is_open(vote):
            self.recording = False
        self._pick_voter()
        self._refresh_dots()
        self.changed.emit()
        self._tell_if_open_vote_shown(before)

    def select_voter(self, participant_id: str | None) -> None:
        if participant_id is not None and participant_id not in {p.id for p in self.voters()}:
            return  # a phone's row: its dots are the phone's to put
        if participant_id != self.voter_id:
            self.voter_id = participant_id
            self.rows_changed_on = set()  # who votes changes no note's row: the list of notes stays
            try:
                self.changed.emit()
            finally:
                self.rows_changed_on = None

    def select_voter_number(self, number: int) -> None:
        """Number keys pick the voter: 1 is the first in the list."""
        voters = self.voters()
        if 1 <= number <= len(voters):
            self.select_voter(voters[number - 1].id)
            self.status_message.emit(self.tr("Voting now: %1").replace("%1", voters[number - 1].name[:200]))

    def step_voter(self, step: int) -> None:
        voters = [p.id for p in self.voters()]
        if not voters:
            return
        index = voters.index(self.voter_id) if self.voter_id in voters else -step
        self.select_voter_number((index + step) % len(voters) + 1)

    @property
    def recording(self) -> bool:
        """Clicks on notes record dots: this controller's RecordDotsMode is the board view's mode."""
        return self._recorder is not None

    @recording.setter
    def recording(self, on: bool) -> None:
        if on and self._recorder is None:
            self._recorder = RecordDotsMode(self)
            self.view.set_mode(self._recorder)  # ends any other mode: connecting notes, a drag
        elif not on and self._recorder is not None:
            recorder, self._recorder = self._recorder, None
            if self.view.mode() is recorder:
                self.view.cancel_mode()

    def _on_recorder_cancelled(self, recorder: RecordDotsMode) -> None:
        """The view broke the recording off (another mode, another board): panels untick Record."""
        if self._recorder is recorder:
            self._recorder = None
            self.changed.emit()

    def set_recording(self, on: bool) -> None:
        vote = self.vote()
        on = on and vote is not None and voting.is_open(vote) and self.editable()
        if on != self.recording:
            self.recording = on
            if on:
                self.status_message.emit(
                    self.tr("Recording dots: click a note to add a dot, right-click or Shift+click to take one back")
                )
            self.changed.emit()

    def _pick_voter(self) -> None:
        ids = [p.id for p in self.voters()]
        if self.voter_id not in ids:
            self.voter_id = ids[0] if ids else None

    # -- commands ---------------------------------------------------------------------------

    def _push(self, text: str, *, upsert=(), delete=()) -> None:
        assert self.document is not None
        self.undo_stack.push(
            EditEntities(text, document=self.document, upsert=upsert, delete=delete, board_id=self.board_id)
        )

    def start_vote(self, vote: Vote, new_voters: list[Participant] | tuple[()] = ()) -> None:
        """Start a vote on the board shown (with any voters added in the same step), and record its dots."""
        if not self.editable() or self.scene is None:
            return
        vote = dataclasses.replace(vote, board_id=self.scene.board_id, status=VoteStatus.OPEN)
        self._push(self.tr("Start vote"), upsert=[*new_voters, vote])
        self.select_vote(vote.id)
        self.set_recording(True)

    def refusal_text(self, refusal: voting.Refusal, name: str) -> str:
        vote = self.vote()
        texts = {
            voting.Refusal.CLOSED: self.tr("The vote is closed: it takes no more dots."),
            voting.Refusal.NOT_A_VOTER: self.tr("%1 does not vote in this vote."),
            voting.Refusal.NOT_IN_VOTE: self.tr("This note is outside the frame being voted on."),
            voting.Refusal.NO_DOTS_LEFT: self.tr("%1 has used all %2 dots.").replace(
                "%2", str(vote.dots_per_person if vote else 0)
            ),
            voting.Refusal.NO_STACKING: self.tr("%1 already has a dot on this note: one dot per note in this vote."),
            voting.Refusal.NO_DOT_TO_REMOVE: self.tr("%1 has no dot on this note to take back."),
        }
        return texts[refusal].replace("%1", name[:200])

    def _voter_name(self) -> str:
        person = self.document.find(Participant, self.voter_id) if self.document else None
        return person.name if person is not None else ""

    def add_dot(self, note_id: str) -> bool:
        """One dot from the current voter on a note, if the vote's rules allow it; says why not otherwise."""
        vote = self.vote()
        if vote is None or self.document is None or not self.editable():
            return False
        if self.voter_id is None:
            self.status_message.emit(self.tr("Choose who is voting first (number keys or the list)."))
            return False
        workshop, note = self.document.workshop, self.document.find(Note, note_id)
        on_note, used = self._tallies()
        refused = voting.refusal(workshop, vote, self.voter_id, note_id, note, used, on_note)
        if refused is not None:
            self.status_message.emit(self.refusal_text(refused, self._voter_name()))
            return False
        self._push(self.tr("Add dot"), upsert=[VoteDot(vote.id, note_id, self.voter_id)])
        left = voting.dots_left(workshop, vote, self.voter_id, self._tallies()[1])
        message = self.tr("Dot for %1 (%2 left)").replace("%1", self._voter_name()[:200]).replace("%2", str(left))
        self.status_message.emit(message)
        return True

    def remove_dot(self, note_id: str) -> bool:
        """Take back the current voter's last dot on a note."""
        vote = self.vote()
        if vote is None or self.document is None or self.voter_id is None or not self.editable():
            return False
        if not voting.is_open(vote):
            self.status_message.emit(self.refusal_text(voting.Refusal.CLOSED, ""))
            return False
        dot = voting.dot_to_remove(self.document.workshop, vote.id, self.voter_id, note_id)
        if dot is None:
            self.status_message.emit(self.refusal_text(voting.Refusal.NO_DOT_TO_REMOVE, self._voter_name()))
            return False
        self._push(self.tr("Remove dot"), delete=[dot])
        return True

    def reveal(self) -> None:
        vote = self.vote()
        if vote is not None and self.editable() and not voting.dots_visible(vote):
            self._push(self.tr("Reveal vote"), upsert=[dataclasses.replace(vote, revealed=True)])

    def close_vote(self) -> None:
        vote = self.vote()
        if vote is not None and self.editable() and voting.is_open(vote):
            self.recording = False
            self._push(self.tr("Close vote"), upsert=[dataclasses.replace(vote, status=VoteStatus.CLOSED)])
            self.status_message.emit(self.tr("The vote is closed; its result is kept with the workshop."))

    def results(self) -> list[voting.RankedNote]:
        vote = self.vote()
        if vote is None or self.document is None:
            return []
        return voting.ranked_results(self.document.workshop, vote.id)

    def send_top(self, target_board_id: str, count: int) -> list[Note]:
        """Copy the top `count` notes (ties at the cut included) onto another board, in one step."""
        if self.document is None or not self.editable() or not self.document.has_board(target_board_id):
            return []
        top = voting.top_results(self.results(), count)
        if not top:
            self.status_message.emit(self.tr("No note has a dot yet: nothing to send."))
            return []
        existing = self.document.notes_on(target_board_id)
        right = max((n.x + n.width for n in existing), default=-60.0) + 60.0
        top_edge = min((n.y for n in existing), default=0.0)
        copies = voting.copies_for_board(
            top, board_id=target_board_id, origin=(right, top_edge), top_z=self.document.top_z(target_board_id)
        )
        self.undo_stack.push(AddNotes(document=self.document, notes=copies, text=self.tr("Send top ideas")))
        name = self.document.board(target_board_id).name
        self.status_message.emit(
            self.tr("%1 ideas sent to %2").replace("%1", str(len(copies))).replace("%2", name[:200])
        )
        return copies

    def other_boards(self) -> list[Board]:
        """Where the top ideas can go: every other board in workshop order, the one after this board first."""
        if self.document is None:
            return []
        ordered = [b for phase in Phase for b in self.document.boards_in(phase)]
        ids = [b.id for b in ordered]
        here = ids.index(self.board_id) if self.board_id in ids else -1
        return [*ordered[here + 1 :], *ordered[: max(here, 0)]]

    # -- the dots on the notes ----------------------------------------------------------------

    def dot_counts(self) -> dict[str, int]:
        """The dots of the vote shown, by note (counted once per change of the dots, not per call)."""
        return dict(self._tallies()[0])

    def dots_used(self) -> Counter[str]:
        """How many dots each voter has put in the vote shown (see voting.dots_used_by)."""
        return Counter(self._tallies()[1])

    def _follow_tally(self, changes: Changes, *, dots_only: bool) -> None:
        """Dots added or taken back: count them in; anything else: count again when next asked."""
        tally = self._tally
        added, gone = changes.added_of(VoteDot), changes.deleted_of(VoteDot)
        if tally is None or not dots_only or len(added) != len(changes.upserted_of(VoteDot)):
            self._tally = None
            return
        vote_id, counts, used = tally
        for dot, step in [*((d, 1) for d in added), *((d, -1) for d in gone)]:
            if dot.vote_id == vote_id:
                counts[dot.note_id] += step
                used[voting.voter_of(dot)] += step
                if counts[dot.note_id] <= 0:
                    del counts[dot.note_id]  # a note left with no dot (not `counts += Counter()`: a pass over all)

    def _tallies(self) -> tuple[Counter[str], Counter[str]]:
        vote = self.vote()
        if vote is None or self.document is None:
            return Counter(), Counter()
        if self._tally is None or self._tally[0] != vote.id:
            counts = Counter(dot.note_id for dot in voting.dots_of(self.document.workshop, vote.id))
            self._tally = (vote.id, counts, voting.dots_used_by(self.document.workshop, vote.id))
        return self._tally[1], self._tally[2]

    def dots_shown(self) -> bool:
        vote = self.vote()
        return vote is not None and voting.dots_visible(vote)

    def dots_item(self, note_id: str) -> VoteDotsItem | None:
        item = self._dots.get(note_id)
        return item if item is not None and shiboken6.isValid(item) else None

    def _clear_dots(self) -> None:
        for item in self._dots.values():
            if shiboken6.isValid(item):
                item.remove()
        self._dots.clear()

    def _refresh_dots(self, only: set[str] | None = None) -> None:
        """Put each note's dots item right; `only` those notes when only their dots changed.

        With `only`, a dot costs what it changes: no pass over every note of the board, nor
        over every dots item.
        """
        if self.scene is None:
            return
        counts = self.dot_counts() if self.dots_shown() else {}
        if only is None:
            old, self._dots = self._dots, {}
            targets = self.scene.note_items()
        else:
            old = {k: self._dots.pop(k) for k in only if k in self._dots}
            targets = [self.scene.note_item(i) for i in only if self.scene.has_note(i)]
        for note_item in targets:
            item: VoteDotsItem | None = old.pop(note_item.note_id, None)
            if item is not None and (not shiboken6.isValid(item) or item.note_item is not note_item):
                if shiboken6.isValid(item):
                    item.remove()
                item = None
            count = counts.get(note_item.note_id, 0)
            if item is None:
                if not count:
                    continue
                item = VoteDotsItem(note_item, *note_item.size())
            else:
                item.set_note_size(*note_item.size())
            item.set_count(count)
            self._dots[note_item.note_id] = item
        for item in old.values():  # their notes left the board: the dots are the scene's, not the note's
            if shiboken6.isValid(item):
                item.remove()
        if only is None and len(self._dots) > 100:
            long_lived.board_built()  # the dots live as long as the board shows this vote

    def _on_document_entities_changed(self, changes: Changes) -> None:
        if any(b.id == self.board_id for b in changes.deleted_of(Board)):
            self.set_board(None)
            return
        votes_touched = changes.touches(Vote) or changes.touches(VoteDot) or changes.touches(Participant)
        # Dots alone (or notes) changed, not the votes, voters or phones: what follows can be partial.
        dots_only = not (changes.touches(Vote) or changes.touches(Participant) or changes.touches(Device))
        if votes_touched or changes.touches(Device):
            self._follow_tally(changes, dots_only=dots_only)
        if votes_touched:
            if self.vote_id is not None and self.vote() is None:  # the vote was undone away
                self.vote_id = None
                self.recording = False
                self.select_vote(next((v.id for v in reversed(self.votes())), None))
            vote = self.vote()
            if vote is not None and not voting.is_open(vote):
                self.recording = False
            self._pick_voter()
        board = self.board_id
        notes = [n for n in changes.upserted_of(Note) if n.board_id == board or n.id in self._placement]
        gone = [n for n in changes.deleted_of(Note) if n.id in self._placement]
        notes_touched = bool(notes or gone)
        # A note into or out of a frame changes the vote's notes only when the vote is of one frame.
        vote = self.vote()
        frames_count = vote is not None and vote.frame_id is not None
        placed = not gone and all(
            n.id in self._placement
            and n.board_id == board
            and (not frames_count or self._placement[n.id] == n.frame_id)
            for n in notes
        )
        for note in gone:
            del self._placement[note.id]
        for note in notes:
            if note.board_id == board:
                self._placement[note.id] = note.frame_id
            else:
                self._placement.pop(note.id, None)
        rows_only = placed and dots_only
        if (votes_touched or notes_touched) and rows_only:
            # Dots, texts or colours of some notes: their dots and rows, not every note's (issue 17).
            touched = {d.note_id for d in (*changes.upserted_of(VoteDot), *changes.deleted_of(VoteDot))}
            touched |= {n.id for n in notes}
            self._refresh_dots(touched)
            self.rows_changed_on = touched
            try:
                self.changed.emit()
            finally:
                self.rows_changed_on = None
        elif votes_touched or notes_touched:
            self._refresh_dots()
            self.changed.emit()
        elif changes.touches(Device) and self.vote_id is not None:
            self.changed.emit()  # a phone joined: one more voter in the panel, no dot moved

    # -- recording from the board ---------------------------------------------------------------

    def stop_recording(self) -> None:
        """Esc on the board: stop recording, and say so."""
        self.set_recording(False)
        self.status_message.emit(self.tr("Stopped recording dots"))


class RecordDotsMode(Interaction):
    """The board view's mode while dots are recorded: a click on a note is a dot.

    Left click adds one for the current voter; right click or Shift+click takes
    one back. 1-9, Up and Down choose the voter; Esc stops recording. Presses
    elsewhere get the board's plain handling (a rubber band, a double-click adds
    a note), but start no drag.
    """

    def __init__(self, controller: VoteController) -> None:
        self._controller = controller
        self._pressed_on_note = False

    def cancel(self) -> None:
        self._controller._on_recorder_cancelled(self)

    def mouse_press(self, event: QMouseEvent) -> bool:
        item = self._controller.view.note_item_at(event.position().toPoint())
        self._pressed_on_note = item is not None
        if item is None:
            return False
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if event.button() == Qt.MouseButton.RightButton or (event.button() == Qt.MouseButton.LeftButton and shift):
            self._controller.remove_dot(item.note_id)
        elif event.button() == Qt.MouseButton.LeftButton:
            self._controller.add_dot(item.note_id)
        return True

    def mouse_double_click(self, event: QMouseEvent) -> bool:
        return self.mouse_press(event)  # the second click of a double click is a dot too

    def mouse_move(self, event: QMouseEvent) -> bool:
        # A press on a note is a dot, never the start of a drag.
        return self._pressed_on_note and event.buttons() != Qt.MouseButton.NoButton

    def mouse_release(self, event: QMouseEvent) -> bool:
        return self._pressed_on_note

    def context_menu(self, event: QContextMenuEvent) -> bool:
        return event.reason() == QContextMenuEvent.Reason.Mouse  # a right click takes a dot back

    def key_press(self, event: QKeyEvent) -> bool:
        key, controller = event.key(), self._controller
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            controller.select_voter_number(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not event.modifiers():
            controller.step_voter(-1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Escape:
            controller.stop_recording()
        else:
            return False
        return True
