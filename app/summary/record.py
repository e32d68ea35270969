"""The record of one meeting: what the summary prints, gathered in one small object.

A workshop file holds a process of meetings; `record_of(workshop, meeting_id)`
makes the record of one of them (the current one by default) from that meeting:
its own date, place, attendees, agenda, decisions, and the changes to the
actions since the meeting before. The boards, stakeholders and votes stay the
process's and come from `workshop`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from app.domain.model import Action, ActionStatus, AgendaStep, Decision, Meeting, Participant, Workshop


@dataclass(frozen=True)
class ActionChanges:
    """What happened to the actions since the meeting before: "3 done, 1 stopped, 2 new"."""

    done: int = 0
    stopped: int = 0
    new: int = 0
    # action id -> the status it had at the meeting before (absent: new since then)
    previous_status: dict[str, ActionStatus] = field(default_factory=dict)


@dataclass(frozen=True)
class MeetingRecord:
    """One meeting, as the council reads it."""

    workshop: Workshop  # boards, notes, stakeholders, votes: the process's, shared by its meetings
    title: str
    municipality: str = ""
    date: str = ""  # ISO date, or empty
    start_time: str = ""  # "HH:MM", or empty
    place: str = ""
    facilitator: str = ""
    language: str = "nb"
    attendees: list[Participant] = field(default_factory=list)
    agenda: list[AgendaStep] = field(default_factory=list)  # in order
    decisions: list[Decision] = field(default_factory=list)  # in order
    actions: list[Action] = field(default_factory=list)  # in order
    changes: ActionChanges | None = None  # None: the first meeting, or not followed up
    public: bool = False  # names of people replaced (app/summary/public.py); the cover says so


def record_of(workshop: Workshop, meeting_id: str | None = None) -> MeetingRecord:
    """The record of one meeting of the process: the current one unless `meeting_id` names another.

    A workshop without meetings (made in code, or read from before them) is one meeting, attended
    by every participant. The boards, stakeholders and votes are the process's, as they stand.
    """
    from app.domain.meetings import as_of_meeting, as_process, previous_meeting

    workshop = as_process(workshop)
    meeting = next((m for m in workshop.meetings if m.id == (meeting_id or workshop.info.current_meeting_id)), None)
    if meeting is None:
        meeting = workshop.meetings_in_order()[-1]
    workshop = as_of_meeting(workshop, meeting)
    info = workshop.info
    came = set(meeting.attendee_ids)
    attendees = [p for p in workshop.participants if p.id in came] if came else list(workshop.participants)
    own = [d for d in workshop.decisions if d.meeting_id in (meeting.id, None)]
    return MeetingRecord(
        workshop=workshop,
        title=info.title,
        municipality=info.municipality,
        date=meeting.date,
        start_time=meeting.start_time,
        place=meeting.place,
        facilitator=meeting.facilitator or info.facilitator,
        language=info.language,
        attendees=sorted(attendees, key=lambda p: p.name.casefold()),
        agenda=workshop.agenda_in_order(meeting.id),
        decisions=sorted(own, key=lambda d: d.position),
        actions=_actions_as_of(workshop, meeting),
        changes=_changes(workshop, meeting.id) if previous_meeting(workshop, meeting.id) is not None else None,
    )


def _actions_as_of(workshop: Workshop, meeting: Meeting) -> list[Action]:
    """The actions as they stood at the end of `meeting`: those made later left out, each with the
    status its last change up to then gave it (an action with no recorded change as it is)."""
    position = {m.id: m.position for m in workshop.meetings}
    here = position.get(meeting.id, 0)
    last: dict[str, tuple[int, str, ActionStatus]] = {}
    recorded: set[str] = set()
    for update in workshop.action_updates:
        recorded.add(update.action_id)
        at = position.get(update.meeting_id)
        if at is None or at > here:
            continue
        key = (at, update.at, update.status)
        if update.action_id not in last or key[:2] >= last[update.action_id][:2]:
            last[update.action_id] = key
    actions = []
    for action in sorted(workshop.actions, key=lambda a: a.position):
        if action.id in last:
            actions.append(dataclasses.replace(action, status=last[action.id][2]))
        elif action.id not in recorded:
            actions.append(action)
    return actions


def _changes(workshop: Workshop, meeting_id: str) -> ActionChanges:
    """What happened to the actions at this meeting, and the status each changed one had before it."""
    from app.domain.meetings import follow_up

    happened = follow_up(workshop, meeting_id)
    before: dict[str, ActionStatus] = {}
    for update in sorted(workshop.action_updates, key=lambda u: u.at):
        if update.meeting_id == meeting_id and update.previous and update.action_id not in before:
            before[update.action_id] = ActionStatus(update.previous)
    return ActionChanges(
        done=len(happened.done), stopped=len(happened.stopped), new=len(happened.new), previous_status=before
    )
