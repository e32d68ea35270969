"""The record of one meeting: what the summary prints, gathered in one small object.

Today a workshop file holds one meeting, so `record_of(workshop)` fills the
record from the workshop as it is: its date, start time, facilitator, agenda
and decisions, with every participant counted as having attended. When a
process holds several meetings, the record of one of them is made from that
meeting (its own date, place, attendees, agenda, decisions, and the changes to
the actions since the meeting before) and handed to the same export; the
boards, stakeholders and votes stay the process's and come from `workshop`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.model import Action, ActionStatus, AgendaStep, Decision, Participant, Workshop


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


def record_of(workshop: Workshop) -> MeetingRecord:
    """The record of the one meeting a workshop file holds today."""
    info = workshop.info
    return MeetingRecord(
        workshop=workshop,
        title=info.title,
        municipality=info.municipality,
        date=info.date,
        start_time=info.start_time,
        facilitator=info.facilitator,
        language=info.language,
        attendees=sorted(workshop.participants, key=lambda p: p.name.casefold()),
        agenda=workshop.agenda_in_order(),
        decisions=sorted(workshop.decisions, key=lambda d: d.position),
        actions=sorted(workshop.actions, key=lambda a: a.position),
    )
