"""The built-in demo workshop: a finished example to explore, show and print.

A facilitator who opens Samskap for the first time, or who wants to show the
council what a co-creation workshop produces, loads this demo instead of an
empty file. It follows one floke from KS's list, "Eldre skal kunne bo hjemme
lengst mulig", through Eva Sørensen's three phases in an invented rural
municipality, Fjellvik kommune, written in Bokmål as an innovation adviser
would write it on the wall. Every board, frame, connector, vote, stakeholder
and action is filled in, so the demo also exercises every part of the model
(and, through one participant's name, the Northern Sámi letters).

Everything is built fresh on each call, with new ids; only the text and the
layout are fixed. Notes sit on a grid with 20-unit gaps and never overlap;
each framed note lies inside its frame.
"""

from __future__ import annotations

from app.demo.agenda import add_agenda, add_decisions
from app.demo.builder import Builder
from app.demo.content import CREATED, FACILITATOR, PEOPLE
from app.demo.meetings import add_meetings
from app.demo.phases import co_design, co_implementation, co_initiation
from app.domain.model import Participant, Workshop, WorkshopInfo


def build_demo_workshop() -> Workshop:
    """The demo workshop of Fjellvik kommune, a process of three meetings, built fresh with new ids."""
    people = {key: Participant(name, organisation, role, email) for key, name, organisation, role, email in PEOPLE}
    info = WorkshopInfo(
        title="Bo hjemme lengst mulig",
        municipality="Fjellvik kommune",
        date="2026-03-18",
        facilitator=FACILITATOR[1],
        language="nb",
        created=CREATED,
        start_time="09:00",
    )
    workshop = Workshop(info=info, participants=list(people.values()))
    build = Builder(workshop, {FACILITATOR[0]: FACILITATOR[1]} | {key: p.name for key, p in people.items()})
    co_initiation(build, people)
    co_design(build, people)
    co_implementation(build)
    add_agenda(workshop)
    add_decisions(workshop)
    add_meetings(workshop, {key: p.id for key, p in people.items()})
    return workshop
