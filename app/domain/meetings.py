"""A process of meetings: the pure rules (no Qt, no storage).

A workshop file holds a co-creation process that runs for months. Boards,
stakeholders and actions belong to the process; each meeting has its own agenda
and decisions, and every change of an action's status is recorded with the
meeting at which it was made (ActionUpdate), so a meeting's summary can say what
happened to the actions since the meeting before.
"""

from __future__ import annotations

import dataclasses

from app.domain.model import (
    PHASES,
    Action,
    ActionStatus,
    ActionUpdate,
    Meeting,
    Participant,
    Phase,
    Workshop,
)

OPEN_STATUSES = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


@dataclasses.dataclass(frozen=True)
class FollowUp:
    """What happened to the actions at one meeting (since the meeting before): action ids.

    An action made at the meeting counts as new whatever its status became; any other
    action counts under the status its last change at the meeting left it in.
    """

    new: tuple[str, ...] = ()
    done: tuple[str, ...] = ()
    stopped: tuple[str, ...] = ()
    in_progress: tuple[str, ...] = ()
    planned: tuple[str, ...] = ()  # set back to planned

    @property
    def changed(self) -> int:
        """How many actions were made or changed at the meeting."""
        return sum(len(ids) for ids in (self.new, self.done, self.stopped, self.in_progress, self.planned))


def follow_up(workshop: Workshop, meeting_id: str) -> FollowUp:
    """What happened to the actions at `meeting_id`: "since last meeting: 3 done, 1 stopped, 2 new"."""
    last: dict[str, ActionUpdate] = {}
    made: set[str] = set()
    known = {a.id for a in workshop.actions}
    for update in sorted(workshop.action_updates, key=lambda u: u.at):
        if update.meeting_id != meeting_id or update.action_id not in known:
            continue
        last[update.action_id] = update
        if not update.previous:
            made.add(update.action_id)
    order = {a.id: a.position for a in workshop.actions}
    by_status: dict[str, list[str]] = {status.value: [] for status in ActionStatus}
    new: list[str] = []
    for action_id in sorted(last, key=lambda i: order[i]):
        if action_id in made:
            new.append(action_id)
        else:
            by_status[last[action_id].status.value].append(action_id)
    return FollowUp(
        new=tuple(new),
        done=tuple(by_status[ActionStatus.DONE]),
        stopped=tuple(by_status[ActionStatus.STOPPED]),
        in_progress=tuple(by_status[ActionStatus.IN_PROGRESS]),
        planned=tuple(by_status[ActionStatus.PLANNED]),
    )


def open_actions(workshop: Workshop) -> list[Action]:
    """The actions still to follow up (planned or in progress), in the plan's order."""
    return sorted((a for a in workshop.actions if a.status in OPEN_STATUSES), key=lambda a: a.position)


def previous_meeting(workshop: Workshop, meeting_id: str) -> Meeting | None:
    """The meeting held before `meeting_id`, if any."""
    meetings = workshop.meetings_in_order()
    index = next((i for i, m in enumerate(meetings) if m.id == meeting_id), 0)
    return meetings[index - 1] if index > 0 else None


def phase_after(phase: Phase) -> Phase:
    """The phase a next meeting usually works in: the next one, and co-implementation stays."""
    return PHASES[min(PHASES.index(phase) + 1, len(PHASES) - 1)]


def status_update(action: Action, status: ActionStatus, meeting_id: str) -> tuple[Action, ActionUpdate]:
    """`action` with a new status, and the record of that change at `meeting_id`."""
    return (
        dataclasses.replace(action, status=status),
        ActionUpdate(action.id, meeting_id, status, previous=action.status.value),
    )


def as_process(workshop: Workshop) -> Workshop:
    """`workshop` as a process of meetings: one that has none becomes one meeting.

    What the file migration "meetings" does to a file (app/storage/schema.py), for a
    workshop read from elsewhere (samskap/1 JSON, a file opened read-only and so not
    migrated, a workshop made in code): its date, start time, agenda, current step and
    decisions make the meeting, attended by its participants, and each action is
    recorded as made at it. A workshop that has meetings is returned as it is.
    """
    if workshop.meetings:
        return workshop
    info = workshop.info
    steps = sorted(workshop.agenda, key=lambda s: s.position)
    current = workshop.current_step()
    phase = current.phase if current is not None else (steps[0].phase if steps else Phase.CO_INITIATION)
    meeting = Meeting(
        title="",
        phase=phase,
        date=info.date,
        start_time=info.start_time,
        attendee_ids=[p.id for p in workshop.participants],
        current_step_id=info.current_step_id,
    )
    return dataclasses.replace(
        workshop,
        info=dataclasses.replace(info, current_meeting_id=meeting.id),
        meetings=[meeting],
        agenda=[dataclasses.replace(s, meeting_id=meeting.id) for s in workshop.agenda],
        decisions=[dataclasses.replace(d, meeting_id=meeting.id) for d in workshop.decisions],
        action_updates=[
            ActionUpdate(a.id, meeting.id, a.status, previous="", at=info.created) for a in workshop.actions
        ],
    )


def summary_recipients(
    workshop: Workshop, meeting_id: str | None = None, *, everyone: bool = False
) -> list[Participant]:
    """Who a meeting's summary goes to: who attended it, or every participant.

    Every participant also when the meeting has no attendees recorded (a planned meeting,
    or one whose attendance was not taken), so the summary never goes to nobody.
    """
    meeting = next((m for m in workshop.meetings if m.id == (meeting_id or workshop.info.current_meeting_id)), None)
    if everyone or meeting is None or not meeting.attendee_ids:
        return list(workshop.participants)
    came = set(meeting.attendee_ids)
    return [p for p in workshop.participants if p.id in came]


def find_meeting(workshop: Workshop, which: str) -> Meeting | None:
    """The meeting `which` names: its number (1 for the first) or its date (YYYY-MM-DD).

    For `samskap pdf --meeting N|DATE`. A date two meetings share names the later one.
    """
    meetings = workshop.meetings_in_order()
    if which.isdigit():
        number = int(which)
        return meetings[number - 1] if 1 <= number <= len(meetings) else None
    on_day = [m for m in meetings if m.date == which]
    return on_day[-1] if on_day else None


def as_of_meeting(workshop: Workshop, meeting: Meeting) -> Workshop:
    """`workshop` with `meeting` as its current one, for printing or reading that meeting.

    The info then carries the meeting's date, start time and current step, as it does for the
    meeting the room is on, so what reads the current meeting reads this one. Nothing is
    stored: the result is a copy for a summary of an earlier (or planned) meeting.
    """
    info = dataclasses.replace(
        workshop.info,
        current_meeting_id=meeting.id,
        date=meeting.date,
        start_time=meeting.start_time,
        current_step_id=meeting.current_step_id,
    )
    return dataclasses.replace(workshop, info=info)
