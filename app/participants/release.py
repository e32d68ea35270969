"""Releasing phones' notes onto the board, each way in one `WorkshopDocument.apply`.

The window releases through one undo command instead
(app/participants/release_command.py, an EditEntities of the same plan).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.domain.submissions import Release, plan_release, plan_unrelease, waiting

if TYPE_CHECKING:
    from app.document import WorkshopDocument


def release(document: WorkshopDocument, submission_ids: Iterable[str]) -> Release:
    """Put these waiting notes on the board: the notes and the submissions in one commit."""
    plan = plan_release(document.workshop, submission_ids)
    redo_release(document, plan)
    return plan


def release_all(document: WorkshopDocument, *, board_id: str | None = None) -> Release:
    """Release every waiting note (of one board, or of all)."""
    return release(document, [s.id for s in waiting(document.workshop, board_id=board_id)])


def redo_release(document: WorkshopDocument, plan: Release) -> None:
    if plan.notes:
        document.apply(upsert=plan.upsert())


def undo_release(document: WorkshopDocument, plan: Release) -> None:
    """Take a release back: its notes leave the board and the submissions wait again."""
    if plan.notes:
        document.apply(upsert=plan.undo_upsert(), delete=plan.undo_delete())


def unrelease(document: WorkshopDocument, submission_ids: Iterable[str]) -> None:
    """Send released notes back to waiting (whenever they were released), in one commit."""
    back, gone = plan_unrelease(document.workshop, submission_ids)
    if back:
        document.apply(upsert=back, delete=gone)
