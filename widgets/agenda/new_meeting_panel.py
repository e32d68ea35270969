"""Starting the next meeting: the dialog's answers made into one NewMeeting undo command."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.agenda.meeting_commands import NewMeeting, default_plan, next_phase
from app.document import WorkshopDocument
from app.domain.meetings import open_actions
from app.workshop_plan import TemplateLibrary
from widgets.agenda.new_meeting_dialog import NewMeetingDialog


def start_new_meeting(
    *, document: WorkshopDocument, library: TemplateLibrary, undo_stack: QUndoStack, parent: QWidget, ask: bool
) -> str | None:
    """Ask for the next meeting (unless `ask` is False) and push it; the new meeting's id, or None."""
    plans = list(library.plans())
    phase = next_phase(document)
    dialog = NewMeetingDialog(
        plans=plans,
        default_plan=default_plan(plans, phase),
        phase=phase,
        language=document.info.language,
        open_actions=open_actions(document.workshop),
        parent=parent,
    )
    if ask and dialog.exec() != NewMeetingDialog.DialogCode.Accepted:
        return None
    command = NewMeeting(document=document, meeting=dialog.meeting(), plan=dialog.plan(), library=library)
    undo_stack.push(command)
    return command.meeting.id
