"""Builders of workshops for the tests: every entity type, with links between them."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

from app.domain.model import (
    Action,
    ActionStatus,
    AgendaStep,
    Board,
    BoardKind,
    Connector,
    ConnectorKind,
    Decision,
    Frame,
    Note,
    NoteStakeholder,
    Participant,
    Phase,
    Stakeholder,
    StakeholderCategory,
    StakeholderRelation,
    Vote,
    VoteDot,
    VoteStatus,
    Workshop,
    WorkshopInfo,
)
from app.storage.rows import TABLE_OF

LISTS = tuple(TABLE_OF.values())


def sample_workshop() -> Workshop:
    """A small workshop holding every entity type, in all three phases.

    The ids are fixed and readable so a failing comparison says which entity
    differs; every optional reference (frame, parent frame, participant, board
    and note of an action) is set on at least one entity and left None on another.
    """
    info = WorkshopInfo(
        title="Trygg skoleveg i Kautokeino",
        municipality="Guovdageaidnu",
        date="2026-03-12",
        facilitator="Áile Sara",
        language="se",
        created="2026-01-05T09:30:00.000+00:00",
        start_time="09:00",
        current_step_id="st-floke",
    )
    ada = Participant(name="Ada Lovelace", organisation="Oppvekst", role="rektor", email="ada@example.org", id="p-ada")
    nils = Participant(name="Nils Ánte", id="p-nils")

    floke = Board("Floke", Phase.CO_INITIATION, BoardKind.FLOKE_MAP, position=0, id="b-floke")
    actors = Board("Aktørar", Phase.CO_INITIATION, BoardKind.STAKEHOLDER_MAP, position=1, id="b-actors")
    ideas = Board("Idear", Phase.CO_DESIGN, BoardKind.IDEA_BOARD, position=0, id="b-ideas")
    free = Board("Fritt", Phase.CO_DESIGN, BoardKind.FREE, position=1, id="b-free")
    plan = Board("Handlingsplan", Phase.CO_IMPLEMENTATION, BoardKind.ACTION_PLAN, position=0, id="b-plan")

    roots = Frame("b-floke", title="Røter", x=-50.0, y=-40.0, width=800.0, height=500.0, z=-1000.0, id="f-roots")
    inner = Frame(
        "b-floke",
        title="Djupe røter",
        x=10.0,
        y=20.0,
        width=300.5,
        height=200.25,
        z=-999.0,
        colour="#e0e0e0",
        parent_id="f-roots",
        id="f-inner",
    )
    idea_frame = Frame("b-ideas", title="Raske tiltak", id="f-quick")

    def note(board: str, key: str, **fields: Any) -> Note:
        fields.setdefault("created", "2026-03-12T10:00:00.000+00:00")
        fields.setdefault("modified", "2026-03-12T10:05:00.000+00:00")
        return Note(board, id=f"n-{key}", **fields)

    notes = [
        note(
            "b-floke",
            "cars",
            text="For mange bilar",
            colour="#f59a23",
            x=12.5,
            y=-7.25,
            z=1.0,
            author="Ada",
            frame_id="f-roots",
            sectors=["schools", "roads"],
        ),
        note(
            "b-floke",
            "dark",
            text="Mørkt om vinteren",
            colour="#8fd0ff",
            x=250.0,
            y=30.0,
            width=240.0,
            height=160.0,
            z=2.0,
            frame_id="f-inner",
        ),
        note("b-floke", "speed", text="Høg fart", x=-300.0, y=410.0, z=3.0),
        note("b-actors", "fau", text="FAU", colour="#2eb88a", x=0.0, y=0.0, z=1.0),
        note(
            "b-ideas", "lights", text="Lys langs vegen", colour="#e79ac7", x=100.0, y=100.0, z=1.5, frame_id="f-quick"
        ),
        note("b-ideas", "walk", text="Gåbuss", colour="#ffffff", x=400.0, y=100.0, width=60.0, height=2000.0, z=2.5),
        note("b-free", "misc", text="", x=1e6, y=-1e6, z=-4.0),
        note("b-plan", "do", text="Søk midlar", x=5.0, y=5.0, z=0.0),
    ]
    connectors = [
        Connector("b-floke", "n-cars", "n-speed", label="fører til", kind=ConnectorKind.LEADS_TO, id="c-1"),
        Connector("b-floke", "n-dark", "n-speed", kind=ConnectorKind.CAUSES, id="c-2"),
        Connector("b-ideas", "n-lights", "n-walk", kind=ConnectorKind.BLOCKS, id="c-3"),
    ]
    votes = [
        Vote(
            "b-ideas",
            title="Kva er viktigast?",
            dots_per_person=2,
            allow_stacking=True,
            hidden=True,
            status=VoteStatus.CLOSED,
            created="2026-03-12T11:00:00.000+00:00",
            revealed=True,
            voter_ids=["p-ada", "p-nils"],
            id="v-ideas",
        ),
        Vote("b-floke", title="Rota", frame_id="f-roots", created="2026-03-12T11:30:00.000+00:00", id="v-floke"),
    ]
    vote_dots = [
        VoteDot("v-ideas", "n-lights", "p-ada", id="d-1"),
        VoteDot("v-ideas", "n-lights", "p-ada", id="d-2"),
        VoteDot("v-ideas", "n-walk", "p-nils", id="d-3"),
        VoteDot("v-floke", "n-cars", "p-nils", id="d-4"),
    ]
    stakeholders = [
        Stakeholder(
            "Foreldre",
            organisation="FAU",
            category=StakeholderCategory.CITIZENS,
            contact="fau@example.org",
            power=0.25,
            interest=0.9,
            effectiveness=True,
            effectiveness_reason="kjenner vegen",
            democracy=True,
            democracy_reason="dei er ramma",
            innovation=False,
            innovation_reason="",
            phase_roles=[Phase.CO_INITIATION.value, Phase.CO_IMPLEMENTATION.value],
            participant_id="p-ada",
            id="s-fau",
        ),
        Stakeholder(
            "Statens vegvesen",
            category=StakeholderCategory.ADMINISTRATORS,
            power=1.0,
            interest=0.0,
            innovation=True,
            innovation_reason="nye løysingar",
            id="s-svv",
        ),
    ]
    actions = [
        Action(
            "Søk trafikksikringsmidlar",
            who="Ada",
            due="2026-05-01",
            status=ActionStatus.IN_PROGRESS,
            position=0,
            board_id="b-plan",
            note_id="n-do",
            id="a-1",
        ),
        Action("Lysplan", position=1, board_id="b-ideas", note_id="n-lights", id="a-2"),
        Action("Evaluer", status=ActionStatus.DONE, position=2, id="a-3"),
    ]
    links = [
        NoteStakeholder("n-cars", "s-fau", StakeholderRelation.AFFECTED, id="l-1"),
        NoteStakeholder("n-speed", "s-svv", StakeholderRelation.OWNS, id="l-2"),
    ]
    agenda = [
        AgendaStep(
            "Flokesjekk",
            Phase.CO_INITIATION,
            duration_min=30,
            position=0,
            exercise_id="floke-check",
            board_id="b-floke",
            room_instructions="Skriv ein lapp kvar",
            facilitator_notes="Hald tida",
            timer_elapsed_s=125.5,
            timer_started_at="2026-03-12T09:02:00.000+00:00",
            timer_added_s=60,
            id="st-floke",
        ),
        AgendaStep("Pause", Phase.CO_DESIGN, duration_min=10, position=1, id="st-pause"),
    ]
    decisions = [
        Decision(
            "Vi søkjer midlar", made_on="2026-03-12", position=0, board_id="b-plan", step_id="st-floke", id="dc-1"
        ),
        Decision("Nytt møte i mai", position=1, id="dc-2"),
    ]
    return Workshop(
        info=info,
        participants=[ada, nils],
        note_stakeholders=links,
        agenda=agenda,
        decisions=decisions,
        boards=[floke, actors, ideas, free, plan],
        notes=notes,
        frames=[roots, idea_frame, inner],  # a nested frame after its parent: see test_workshop_file
        connectors=connectors,
        votes=votes,
        vote_dots=vote_dots,
        stakeholders=stakeholders,
        actions=actions,
    )


def minimal_workshop(title: str = "Tomt") -> Workshop:
    """A workshop with one board and nothing else."""
    info = WorkshopInfo(title=title, created="2026-01-01T00:00:00.000+00:00")
    return Workshop(info=info, boards=[Board("Tavle", Phase.CO_DESIGN, id="b-only")])


def many_notes_workshop(count: int = 300) -> Workshop:
    """One board with `count` notes of some text: a file of many pages."""
    workshop = minimal_workshop("Mange lappar")
    workshop.notes = [
        Note("b-only", text=f"Lapp nummer {i}: " + "tekst " * 20, x=float(i), y=float(-i), z=float(i), id=f"n-{i:04d}")
        for i in range(count)
    ]
    return workshop


def sorted_by_id(workshop: Workshop) -> Workshop:
    """A copy whose lists are sorted by id: for comparisons where row order is not the point."""
    copy = dataclasses.replace(workshop)
    for name in LISTS:
        setattr(copy, name, sorted(getattr(workshop, name), key=lambda e: e.id))
    return copy


def query(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows from a fresh read-only connection: what any other program would see in the file."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def sidecar_files(path: Path) -> set[str]:
    """Names of the files beside `path` other than itself (journals, .partial leftovers)."""
    return {p.name for p in path.parent.iterdir() if p.name != path.name}


def read_back(path: Path) -> Workshop:
    """The workshop as a second, read-only connection reads it from the file (what survives the process)."""
    from app.storage.workshop_file import WorkshopFile

    file = WorkshopFile.open(path, read_only=True)
    try:
        return file.load()
    finally:
        file.close()
