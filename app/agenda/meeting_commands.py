"""Undo commands of a process of meetings: the next meeting from a plan, an action's status.

Each is one EditEntities, so it is one `apply()`, one transaction and one step of undo.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.commands import EditEntities
from app.document import WorkshopDocument
from app.domain.meetings import as_process, phase_after, status_update
from app.domain.model import (
    Action,
    ActionStatus,
    ActionUpdate,
    AgendaStep,
    Board,
    BoardKind,
    Meeting,
    Phase,
    WorkshopInfo,
)
from app.storage.rows import Entity
from app.templates.model import Plan
from app.workshop_plan import TemplateLibrary, exercise_entities, step_from_plan_step

FOLLOW_UP_PLAN = "follow-up-meeting"
# Boards a process keeps one of: a follow-up plan's action plan and actor map are the ones
# the earlier meetings made, carried over with their actions and stakeholders.
CARRIED_KINDS = (BoardKind.ACTION_PLAN, BoardKind.STAKEHOLDER_MAP)


def next_phase(document: WorkshopDocument) -> Phase:
    """The phase the next meeting usually works in: the one after the current meeting's."""
    current = document.workshop.current_meeting()
    steps = document.workshop.agenda_in_order()
    phase = current.phase if current is not None else (steps[-1].phase if steps else Phase.CO_INITIATION)
    return phase_after(phase) if current is not None or steps else phase


def default_plan(plans: Sequence[Plan], phase: Phase) -> Plan | None:
    """The plan a next meeting starts from: the follow-up plan in co-implementation, else none."""
    if phase != Phase.CO_IMPLEMENTATION:
        return None
    return next((p for p in plans if p.id == FOLLOW_UP_PLAN), None)


def meeting_entities(
    document: WorkshopDocument, meeting: Meeting, plan: Plan | None, library: TemplateLibrary
) -> list[Entity]:
    """The steps of `meeting` from `plan`, each on its board: a board the process keeps one
    of (action plan, actor map) is the one it has; any other exercise makes a new board."""
    language = document.info.language
    boards: list[Board] = list(document.workshop.boards)
    kept = {b.kind: b for phase in Phase for b in document.boards_in(phase) if b.kind in CARRIED_KINDS}
    made: list[Entity] = []
    steps: list[AgendaStep] = []
    for plan_step in plan.steps if plan is not None else ():
        step = step_from_plan_step(plan_step, library, language)
        if step is None:
            continue
        exercise = library.exercise(plan_step.exercise_id) if plan_step.exercise_id else None
        board_id = None
        if exercise is not None and exercise.board is not None:
            if exercise.board.kind in kept:
                board_id = kept[exercise.board.kind].id
            else:
                board, entities = exercise_entities(library, exercise, language, boards)
                if board is not None:
                    boards.append(board)
                    made += entities
                    board_id = board.id
        steps.append(dataclasses.replace(step, board_id=board_id, position=len(steps), meeting_id=meeting.id))
    return [*made, *steps]


class NewMeeting(EditEntities):
    """Begin the next meeting of the process: its agenda from a plan, the room on its first step.

    Boards, stakeholders and actions stay the process's; the meeting before keeps its
    agenda, decisions and current step. A workshop of one meeting made before meetings
    existed is first made that meeting, in the same step of undo.
    """

    def __init__(
        self,
        *,
        document: WorkshopDocument,
        meeting: Meeting,
        plan: Plan | None,
        library: TemplateLibrary,
    ) -> None:
        first: list[Entity] = []
        info = document.info
        if not document.workshop.meetings:
            process = as_process(document.workshop)
            first = [*process.meetings, *process.agenda, *process.decisions, *process.action_updates]
        position = len(document.workshop.meetings) or 1
        meeting = dataclasses.replace(meeting, position=position, plan_id=plan.id if plan is not None else "")
        entities = meeting_entities(document, meeting, plan, library)
        steps = [e for e in entities if isinstance(e, AgendaStep)]
        meeting = dataclasses.replace(meeting, current_step_id=steps[0].id if steps else None)
        super().__init__(
            QCoreApplication.translate("Commands", "New meeting"),
            document=document,
            upsert=[*first, meeting, *entities],
            info=dataclasses.replace(
                info,
                current_meeting_id=meeting.id,
                date=meeting.date,
                start_time=meeting.start_time,
                current_step_id=meeting.current_step_id,
            ),
            board_id=steps[0].board_id if steps else None,
        )
        self.meeting = meeting


def _as_process(document: WorkshopDocument) -> tuple[list[Entity], WorkshopInfo | None, str]:
    """What makes a workshop of one meeting made before meetings existed (the wizard's) that
    meeting, for a command to write in its own step, its info, and the current meeting's id."""
    if document.workshop.meetings:
        if document.info.current_meeting_id is None:
            raise ValueError("no current meeting")
        return [], None, document.info.current_meeting_id
    process = as_process(document.workshop)
    meeting_id = process.meetings[0].id
    return [*process.meetings, *process.agenda, *process.decisions, *process.action_updates], process.info, meeting_id


class SetActionStatus(EditEntities):
    """Change an action's status, recorded with the current meeting (for "since last meeting")."""

    def __init__(self, *, document: WorkshopDocument, action_id: str, status: ActionStatus) -> None:
        action = document.find(Action, action_id)
        if action is None:
            raise ValueError(f"no action {action_id!r}")
        first, info, meeting_id = _as_process(document)
        changed, update = status_update(action, status, meeting_id)
        super().__init__(
            QCoreApplication.translate("Commands", "Change action status"),
            document=document,
            upsert=[*first, changed, update],
            info=info,
            board_id=action.board_id,
        )


class AddAction(EditEntities):
    """A new action, last in the plan, recorded as made at the current meeting (it counts as new)."""

    def __init__(self, *, document: WorkshopDocument, what: str, who: str = "", due: str = "") -> None:
        what = " ".join(what.split())
        if not what:
            raise ValueError("an action needs to say what is to be done")
        first, info, meeting_id = _as_process(document)
        actions = document.workshop.actions
        plan = next((b for b in document.workshop.boards if b.kind == BoardKind.ACTION_PLAN), None)
        self.action = Action(
            what,
            " ".join(who.split()),
            due.strip(),
            position=max((a.position for a in actions), default=-1) + 1,
            board_id=plan.id if plan is not None else None,
        )
        made = ActionUpdate(self.action.id, meeting_id, self.action.status, previous="")
        super().__init__(
            QCoreApplication.translate("Commands", "Add action"),
            document=document,
            upsert=[*first, self.action, made],
            info=info,
        )


ACTION_FIELDS = ("what", "who", "due")


class EditAction(EditEntities):
    """Change what an action is, who does it or by when; its status has SetActionStatus."""

    def __init__(self, *, document: WorkshopDocument, action_id: str, **values: str) -> None:
        action = document.find(Action, action_id)
        unknown = set(values) - set(ACTION_FIELDS)
        if action is None or unknown:
            raise ValueError(f"no action {action_id!r}, or not a field of one: {sorted(unknown)}")
        super().__init__(
            QCoreApplication.translate("Commands", "Edit action"),
            document=document,
            upsert=[dataclasses.replace(action, **values)],  # type: ignore[arg-type]  # text fields, checked above
            board_id=action.board_id,
        )


MEETING_FIELDS = ("title", "date", "start_time", "place", "attendee_ids", "facilitator")


class EditMeeting(EditEntities):
    """Change a meeting's title, day, start time, place, attendees or facilitator, as one step.

    The current meeting's date and start time are the info's too (the agenda's clock times,
    the summary's cover): they change together.
    """

    def __init__(self, *, document: WorkshopDocument, meeting_id: str | None, **values: object) -> None:
        first: list[Entity] = []
        if meeting_id is None and not document.workshop.meetings:
            # A workshop made as one meeting (the wizard's): that meeting becomes a row now.
            process = as_process(document.workshop)
            first = [*process.agenda, *process.decisions, *process.action_updates]
            meeting, meeting_id = process.meetings[0], process.meetings[0].id
            info_before = process.info
        else:
            found = document.find(Meeting, meeting_id)
            if found is None:
                raise ValueError(f"no meeting {meeting_id!r}")
            meeting, info_before = found, document.info
        unknown = set(values) - set(MEETING_FIELDS)
        if unknown:
            raise ValueError(f"not a field of a meeting: {sorted(unknown)}")
        changed = dataclasses.replace(meeting, **values)  # type: ignore[arg-type]  # checked above
        info = None
        if meeting_id == info_before.current_meeting_id:
            info = dataclasses.replace(info_before, date=changed.date, start_time=changed.start_time)
        super().__init__(
            QCoreApplication.translate("Commands", "Edit meeting"),
            document=document,
            upsert=[*first, changed],
            info=info,
        )
