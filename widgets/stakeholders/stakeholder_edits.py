"""Every change the stakeholder map makes, each one undo step: shared by its grid, table and toolbar.

Stakeholders belong to the workshop, not to a board, but each command names
the stakeholder map board it was made on, so undo shows the map again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from app.commands import EditEntities
from app.document import WorkshopDocument
from app.domain.model import Participant, Stakeholder
from app.domain.stakeholders import (
    participant_from_stakeholder,
    spread_new,
    stakeholder_from_participant,
    unlinked_participants,
)

# Consecutive arrow-key nudges of the same card are one step.
NUDGE_MERGE_ID = 41


class StakeholderEdits:
    """Pushes stakeholder commands for one open workshop, on the map board it is shown on."""

    def __init__(self, *, undo_stack: QUndoStack) -> None:
        self.undo_stack = undo_stack
        self.document: WorkshopDocument | None = None
        self.board_id: str | None = None

    def editable(self) -> bool:
        return self.document is not None and not self.document.read_only

    def stakeholders(self) -> list[Stakeholder]:
        return self.document.all_of(Stakeholder) if self.document is not None else []

    def find(self, stakeholder_id: str) -> Stakeholder | None:
        return self.document.find(Stakeholder, stakeholder_id) if self.document is not None else None

    def _push(
        self,
        text: str,
        *,
        upsert: Iterable[Stakeholder | Participant] = (),
        delete: Iterable[Stakeholder | Participant] = (),
        merge_id: int = -1,
    ) -> bool:
        if not self.editable():
            return False
        upserts, deletes = list(upsert), list(delete)
        if not upserts and not deletes:
            return False
        assert self.document is not None
        command = EditEntities(
            text, document=self.document, upsert=upserts, delete=deletes, board_id=self.board_id, merge_id=merge_id
        )
        self.undo_stack.push(command)
        return True

    def change(self, stakeholders: Sequence[Stakeholder], text: str, *, merge_id: int = -1) -> bool:
        """Store new versions of existing stakeholders; unchanged ones are left out (no empty steps)."""
        changed = [s for s in stakeholders if s != self.find(s.id)]
        return self._push(text, upsert=changed, merge_id=merge_id)

    def add(self, stakeholder: Stakeholder) -> bool:
        return self._push(QCoreApplication.translate("StakeholderEdits", "Add stakeholder"), upsert=[stakeholder])

    def delete(self, stakeholder_ids: Iterable[str]) -> bool:
        gone = [s for s in (self.find(i) for i in stakeholder_ids) if s is not None]
        text = (
            QCoreApplication.translate("StakeholderEdits", "Delete stakeholder")
            if len(gone) == 1
            else QCoreApplication.translate("StakeholderEdits", "Delete stakeholders")
        )
        return self._push(text, delete=gone)

    def add_participants(
        self, participant_ids: Iterable[str] | None = None, *, card: tuple[float, float] = (0.1, 0.18)
    ) -> list[Stakeholder]:
        """Make a card for each participant (all not yet on the map when None), in one step.

        The cards are spread round the grid's middle, `card` (a card's power and interest
        extent) apart, so each can be seen and grabbed.
        """
        if self.document is None:
            return []
        candidates = unlinked_participants(self.document.all_of(Participant), self.stakeholders())
        if participant_ids is not None:
            wanted = set(participant_ids)
            candidates = [p for p in candidates if p.id in wanted]
        cards = spread_new([stakeholder_from_participant(p) for p in candidates], self.stakeholders(), card=card)
        text = (
            QCoreApplication.translate("StakeholderEdits", "Add participant as stakeholder")
            if len(cards) == 1
            else QCoreApplication.translate("StakeholderEdits", "Add participants as stakeholders")
        )
        return cards if self._push(text, upsert=cards) else []

    def make_participants(self, stakeholder_ids: Iterable[str]) -> list[Participant]:
        """Make a workshop participant of each stakeholder not yet one, linked to the card, in one step."""
        made: list[Participant] = []
        linked: list[Stakeholder] = []
        for stakeholder in (self.find(i) for i in stakeholder_ids):
            if stakeholder is not None and stakeholder.participant_id is None:
                participant, card = participant_from_stakeholder(stakeholder)
                made.append(participant)
                linked.append(card)
        text = (
            QCoreApplication.translate("StakeholderEdits", "Make stakeholder a participant")
            if len(made) == 1
            else QCoreApplication.translate("StakeholderEdits", "Make stakeholders participants")
        )
        # Participants first: the cards point to them.
        return made if self._push(text, upsert=[*made, *linked]) else []
