"""Starting the next meeting, and editing one: the dialog's answers made into one undo command."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from app.agenda.meeting_commands import EditMeeting, NewMeeting, default_plan, next_phase
from app.document import WorkshopDocument
from app.domain.meetings import as_process, open_actions
from app.domain.model import Meeting
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
        participants=document.workshop.participants,
        parent=parent,
    )
    if ask and dialog.exec() != NewMeetingDialog.DialogCode.Accepted:
        return None
    command = NewMeeting(document=document, meeting=dialog.meeting(), plan=dialog.plan(), library=library)
    undo_stack.push(command)
    return command.meeting.id


def edit_meeting(
    *, document: WorkshopDocument, meeting_id: str | None, undo_stack: QUndoStack, parent: QWidget
) -> NewMeetingDialog | None:
    """Open the details of a meeting; on OK, its changes are one EditMeeting. Returns the dialog shown.

    `meeting_id` None: the one meeting of a workshop that has no meetings yet (made by the wizard).
    """
    if meeting_id is None and not document.workshop.meetings:
        meeting: Meeting | None = as_process(document.workshop).meetings[0]
    else:
        meeting = document.find(Meeting, meeting_id)
    if meeting is None:
        return None
    dialog = NewMeetingDialog(
        plans=(),
        default_plan=None,
        phase=meeting.phase,
        language=document.info.language,
        open_actions=(),
        participants=document.workshop.participants,
        meeting=meeting,
        parent=parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def push() -> None:
        answer = dialog.meeting()
        values = {
            name: getattr(answer, name)
            for name in ("title", "date", "start_time", "place", "attendee_ids")
            if getattr(answer, name) != getattr(meeting, name)
        }
        if values and not document.read_only:
            undo_stack.push(EditMeeting(document=document, meeting_id=meeting_id, **values))

    dialog.accepted.connect(push)
    dialog.open()
    return dialog
