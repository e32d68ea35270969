"""A release of phones' notes as one undo command on the window's undo stack.

Redo applies the planned release (`app.domain.submissions.plan_release`), undo
takes the notes off the board and sends their submissions back to waiting.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from app.commands import EditEntities
from app.document import WorkshopDocument
from app.domain.model import Workshop
from app.domain.submissions import Release, plan_release


def plan_release_into(
    workshop: Workshop, submission_ids: Iterable[str], *, board_id: str | None = None, frame_id: str | None = None
) -> Release:
    """A release plan, into one board and frame when `board_id` is given (else where each was written).

    The plan's submissions keep the chosen board and frame, as the notes were placed there;
    undo (ReleaseNotes) gives back the submissions as the document held them.
    """
    wanted = set(submission_ids)
    if board_id is None:
        return plan_release(workshop, wanted)
    redirected = [
        dataclasses.replace(s, board_id=board_id, frame_id=frame_id) if s.id in wanted else s
        for s in workshop.submissions
    ]
    return plan_release(dataclasses.replace(workshop, submissions=redirected), wanted)


class ReleaseNotes(EditEntities):
    """Put waiting notes from phones on the board: one step of undo.

    An EditEntities of the plan: undo gives the submissions and any grown frame back as
    they were (read from the document when the command is made) and takes the notes off;
    dots phones put on the released notes meanwhile come back on redo, as EditEntities
    keeps what its undo took.
    """

    def __init__(self, *, document: WorkshopDocument, plan: Release, text: str | None = None) -> None:
        count = len(plan.notes)
        label = text or QCoreApplication.translate("ReleaseNotes", "Release notes from phones (%1)").replace(
            "%1", str(count)
        )
        # The window shows this board on undo and redo, so nothing changes out of sight.
        board_id = plan.notes[0].board_id if plan.notes else None
        super().__init__(label, document=document, upsert=plan.upsert(), board_id=board_id)
        self.plan = plan
