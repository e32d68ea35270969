"""The demo as a process of meetings: co-initiation in March, co-design in May, a follow-up planned.

The boards, stakeholders and actions belong to the process; each meeting has its own
agenda, attendees and decisions, and the action plan's history says which meeting
changed what, so a follow-up's summary can say what happened since the meeting before.
The follow-up is the current meeting: planned, from the follow-up plan, with the action
plan and the stakeholder map of the earlier meetings on its agenda.
"""

from __future__ import annotations

import dataclasses

from app.demo.content import IMPL
from app.domain.model import ActionStatus, ActionUpdate, AgendaStep, Meeting, Phase, Workshop

# fmt: off
# title, phase, date, start, place, plan, who attended (participant keys; empty: not yet held),
# how many steps of the demo's agenda (app/demo/agenda.py) are this meeting's.
MEETINGS: tuple[tuple[str, Phase, str, str, str, str, tuple[str, ...], int], ...] = (
    ("Samskapingsdag: floken", Phase.CO_INITIATION, "2026-03-18", "09:00", "Fjellvik rådhus, kommunestyresalen", "",
     ("per", "hilde", "tor", "siri", "eva", "maret", "jon", "kari", "arnfinn"), 5),
    ("Idéverksted og tiltaksplan", Phase.CO_DESIGN, "2026-05-06", "09:00", "Sørdalen grendehus", "",
     ("hilde", "tor", "siri", "eva", "maret", "kari"), 6),
    ("Oppfølgingsmøte", IMPL, "2026-06-17", "13:00", "Fjellvik rådhus, møterom 2", "follow-up-meeting", (), 0),
)
# The planned follow-up's agenda, from the follow-up plan: title, minutes, board name, room text.
FOLLOW_UP: tuple[tuple[str, int, str | None, str], ...] = (
    ("Statusrunde: siden sist", 20, None,
     "Hver ansvarlig forteller kort: hva er gjort siden sist, hva står fast, og hva trenger du fra oss andre?"),
    ("Pilotsløyfe: test, lær, juster", 25, "Pilot: test, lær, juster",
     "Hva har piloten med digitalt tilsyn lært oss? Hva justerer vi?"),
    ("Tiltaksplan: hva, hvem, når", 20, "Tiltaksplan",
     "Flytt tiltakene til riktig kolonne. Nye tiltak trenger et navn og en dato."),
    ("Oppdater aktørkartet", 10, "Aktørkart", "Hvem bærer det videre nå, og hvem må holdes orientert?"),
    ("Beslutningslogg", 10, None, "Hva har vi bestemt i dag? Én hel setning per beslutning."),
)
# What happened to each action, by meeting: (meeting index, action's what, status before, status after).
# An empty "before" is an action made at that meeting.
ACTION_HISTORY: tuple[tuple[int, str, str, ActionStatus], ...] = (
    (0, "Sende oppsummering til deltakerne", "", ActionStatus.PLANNED),
    (0, "Kartlegge mobildekning i Sørdalen", "", ActionStatus.PLANNED),
    (0, "Egen app for besøksvenner (vi bruker SMS)", "", ActionStatus.PLANNED),
    (1, "Sende oppsummering til deltakerne", "planned", ActionStatus.DONE),
    (1, "Kartlegge mobildekning i Sørdalen", "planned", ActionStatus.DONE),
    (1, "Egen app for besøksvenner (vi bruker SMS)", "planned", ActionStatus.STOPPED),
    (1, "Sak om hverdagsrehab til kommunestyret", "", ActionStatus.IN_PROGRESS),
    (1, "Pilot: digitalt tilsyn hos 10 brukere", "", ActionStatus.IN_PROGRESS),
    (1, "Rekruttere 15 besøksvenner", "", ActionStatus.PLANNED),
    (1, "Infokveld om støtte til pårørende", "", ActionStatus.PLANNED),
)
# The decisions of the demo's decision log (app/demo/agenda.py), by meeting, in order.
DECISIONS_PER_MEETING = (0, 3, 0)
# fmt: on


def add_meetings(workshop: Workshop, people: dict[str, str]) -> None:
    """Split the demo's agenda and decisions into its meetings and make the follow-up current.

    `people` maps a participant key to the participant's id.
    """
    steps = sorted(workshop.agenda, key=lambda s: s.position)
    decisions = sorted(workshop.decisions, key=lambda d: d.position)
    boards = {board.name: board.id for board in workshop.boards}
    meetings: list[Meeting] = []
    agenda: list[AgendaStep] = []
    for index, (title, phase, date, start, place, plan, who, count) in enumerate(MEETINGS):
        mine = [dataclasses.replace(s, position=p) for p, s in enumerate(steps[:count])]
        steps = steps[count:]
        if not mine:  # the planned follow-up: its agenda from the follow-up plan
            mine = [
                AgendaStep(
                    step,
                    IMPL,
                    duration_min=minutes,
                    position=p,
                    board_id=boards.get(board or ""),
                    exercise_id="",
                    room_instructions=room,
                )
                for p, (step, minutes, board, room) in enumerate(FOLLOW_UP)
            ]
        meeting = Meeting(
            title,
            phase,
            date,
            start,
            place,
            position=index,
            plan_id=plan,
            attendee_ids=[people[key] for key in who],
            current_step_id=mine[0].id,
        )
        meetings.append(meeting)
        agenda += [dataclasses.replace(s, meeting_id=meeting.id) for s in mine]
        taken, decisions = decisions[: DECISIONS_PER_MEETING[index]], decisions[DECISIONS_PER_MEETING[index] :]
        workshop.decisions = [
            dataclasses.replace(d, meeting_id=meeting.id, made_on=date) if d in taken else d for d in workshop.decisions
        ]
    workshop.meetings, workshop.agenda = meetings, agenda
    actions = {action.what: action.id for action in workshop.actions}
    workshop.action_updates = [
        ActionUpdate(
            actions[what], meetings[index].id, after, previous=before, at=f"{meetings[index].date}T12:00:00.000+00:00"
        )
        for index, what, before, after in ACTION_HISTORY
    ]
    current = meetings[-1]
    workshop.info = dataclasses.replace(
        workshop.info,
        date=current.date,
        start_time=current.start_time,
        current_step_id=current.current_step_id,
        current_meeting_id=current.id,
    )
