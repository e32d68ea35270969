"""The demo's boards, phase by phase."""

from __future__ import annotations

import dataclasses
from collections import Counter

from app.demo.builder import Builder, frame_size, tree_frame_size
from app.demo.content import (
    ACTIONS,
    ACTORS,
    ANCHORING,
    ASSESSMENT,
    BLUE_FILL,
    CAUSES,
    CLUSTERS,
    CREATED,
    DECISION,
    DESIGN,
    DOTS,
    EFFECTS,
    FLOKE_LINKS,
    FLOKE_STAKEHOLDERS,
    GAP,
    GREEN,
    GREY_FILL,
    IF_NOTHING,
    IMPL,
    INIT,
    LOOP,
    LOOSE_IDEAS,
    MEASURES,
    MINT_FILL,
    ORANGE,
    PAD,
    PINK,
    PROBLEM,
    PROBLEM_SECTORS,
    ROSE_FILL,
    SAND_FILL,
    SKY,
    SPACE,
    STATEMENT,
    STATUS_TITLES,
    TITLE,
    WHITE,
    WHY_NOW,
    YELLOW,
)
from app.domain.model import (
    NOTE_HEIGHT,
    NOTE_WIDTH,
    Action,
    BoardKind,
    ConnectorKind,
    Note,
    NoteStakeholder,
    Participant,
    Stakeholder,
    Vote,
    VoteDot,
    VoteStatus,
)


def co_initiation(build: Builder, people: dict[str, Participant]) -> None:
    """The floke map, the burning platform and the stakeholder map of the first meeting."""
    # Floke tree: effects (branches) above, the problem (trunk) in the middle, causes (roots) below.
    build.start("Flokekart: bo hjemme lengst mulig", INIT, BoardKind.FLOKE_MAP)
    wide, tall = tree_frame_size(4, 2)
    trunk = 2 * NOTE_WIDTH + GAP
    floke: dict[str, Note] = {}
    floke |= build.tree_frame("Greiner: hva fører det til?", SAND_FILL, (0, 0), 4, EFFECTS, PINK, upward=True)
    at = ((wide - frame_size(1, 1, trunk)[0]) / 2, tall + SPACE)
    [problem] = build.framed(
        "Stammen: floken", ROSE_FILL, at, 1, [(PROBLEM, "ingrid")], YELLOW, width=trunk, sectors=PROBLEM_SECTORS
    )
    floke["problem"] = problem
    at = (0, at[1] + frame_size(1, 1)[1] + SPACE)
    floke |= build.tree_frame("Røtter: hvorfor skjer det?", MINT_FILL, at, 4, CAUSES, ORANGE, upward=False)
    for key, *_, row in CAUSES:
        if row == 0:
            build.connect(floke[key], problem, ConnectorKind.CAUSES)
    for key, *_, row in EFFECTS:
        if row == 0:
            build.connect(problem, floke[key], ConnectorKind.LEADS_TO)
    for start, end, kind, label in FLOKE_LINKS:
        build.connect(floke[start], floke[end], kind, label)

    build.start("Brennende plattform", INIT)
    column, tall = frame_size(2, 3)
    build.framed("Hvorfor nå?", SAND_FILL, (0, 0), 2, WHY_NOW, ORANGE)
    build.framed("Hva skjer hvis vi ikke gjør noe?", ROSE_FILL, (column + SPACE, 0), 2, IF_NOTHING, PINK)
    banner = 2 * column + SPACE - 2 * PAD  # one wide note under both frames
    statement = [(STATEMENT, "ingrid")]
    build.framed("Problemstillingen vi står bak", GREY_FILL, (0, tall + SPACE), 1, statement, WHITE, width=banner)

    # The actor map is the stakeholders themselves: the board shows them as a power/interest
    # grid, a table and a summary of gaps, not as sticky notes.
    build.start("Aktørkart", INIT, BoardKind.STAKEHOLDER_MAP)
    for category, name, organisation, key, power, interest, resources, democracy, innovation, phases in ACTORS:
        person = people.get(key)
        build.workshop.stakeholders.append(
            Stakeholder(
                name=name,
                organisation=organisation,
                category=category,
                contact=person.email if person else "",
                power=power,
                interest=interest,
                effectiveness=bool(resources),
                effectiveness_reason=resources,
                democracy=bool(democracy),
                democracy_reason=democracy,
                innovation=bool(innovation),
                innovation_reason=innovation,
                phase_roles=[str(phase) for phase in phases],
                participant_id=person.id if person else None,
            )
        )
    actors = {stakeholder.name: stakeholder for stakeholder in build.workshop.stakeholders}
    for key, name, relation in FLOKE_STAKEHOLDERS:
        build.workshop.note_stakeholders.append(NoteStakeholder(floke[key].id, actors[name].id, relation))


def co_design(build: Builder, people: dict[str, Participant]) -> None:
    """The idea board with its dot vote and the assessment of the best ideas."""
    build.start("Idéer: trygg hverdag hjemme", DESIGN, BoardKind.IDEA_BOARD)
    column, tall = frame_size(2, 2)
    ideas: dict[str, Note] = {}
    for index, (title, colour, fill, cluster) in enumerate(CLUSTERS):
        at = (index % 2 * (column + SPACE), index // 2 * (tall + SPACE))
        notes = build.framed(title, fill, at, 2, [(text, author) for _, text, author in cluster], colour, rows=2)
        ideas |= {key: note for (key, _, _), note in zip(cluster, notes, strict=True)}
    for row, (key, text, author) in enumerate(LOOSE_IDEAS):  # not sorted into a cluster yet
        ideas[key] = build.note((text, author), WHITE, (2 * (column + SPACE), TITLE + row * (NOTE_HEIGHT + GAP)))

    vote = Vote(build.board.id, "Hvilke idéer skal vi jobbe videre med?", status=VoteStatus.CLOSED, created=CREATED)
    build.workshop.votes.append(vote)
    for person, chosen in DOTS.items():
        build.workshop.vote_dots += [VoteDot(vote.id, ideas[key].id, people[person].id) for key in chosen]
    tally = Counter(key for chosen in DOTS.values() for key in chosen)

    # One row per top idea, one column per question.
    build.start("Nytt, nyttig, nyttiggjort", DESIGN)
    column, _ = frame_size(1, 3)
    picked = [(f"{ideas[key].text}\n● {tally[key]} prikker", ideas[key].author) for key, *_ in ASSESSMENT]
    columns = (
        ("Idé", GREY_FILL, picked, YELLOW),
        ("Nytt", BLUE_FILL, [(row[1], "ingrid") for row in ASSESSMENT], SKY),
        ("Nyttig", MINT_FILL, [(row[2], "ingrid") for row in ASSESSMENT], GREEN),
        ("Nyttiggjort", SAND_FILL, [(row[3], "ingrid") for row in ASSESSMENT], ORANGE),
    )
    for index, (title, fill, items, colour) in enumerate(columns):
        build.framed(title, fill, (index * (column + SPACE), 0), 1, items, colour)


def co_implementation(build: Builder) -> None:
    """The action plan, one column per status, and the pilot loop."""
    # Action plan: one column per status; every action has its note.
    build.start("Tiltaksplan", IMPL, BoardKind.ACTION_PLAN)
    column, tall = frame_size(1, 2)
    actions = [
        Action(what, build.names.get(who, who), due, status, position=position, board_id=build.board.id)
        for position, (what, who, due, status) in enumerate(ACTIONS)
    ]
    note_of: dict[str, str] = {}
    for index, (status, title, fill) in enumerate(STATUS_TITLES):
        rows = [action for action in actions if action.status == status]
        items = [(f"{a.what}\n{a.who}, {a.due[8:]}.{a.due[5:7]}.", "ingrid") for a in rows]
        notes = build.framed(title, fill, (index * (column + SPACE), 0), 1, items, SKY, rows=2)
        for action, note in zip(rows, notes, strict=True):
            note_of[action.id] = note.id
    build.workshop.actions += [dataclasses.replace(a, note_id=note_of.get(a.id)) for a in actions]
    build.framed("Forankring: hvor skal det inn?", SAND_FILL, (0, tall + SPACE), 3, ANCHORING, WHITE)

    build.start("Pilot: test, lær, juster", IMPL)
    loop = [build.note((text, author), colour, at) for text, colour, author, at in LOOP]
    for start, end in zip(loop, loop[1:] + loop[:1], strict=True):
        build.connect(start, end, ConnectorKind.LEADS_TO)
    right = max(note.x + note.width for note in loop)
    build.framed("Hva måler vi?", BLUE_FILL, (right + 2 * SPACE, 0), 1, MEASURES, SKY)
    bottom = max(note.y + note.height for note in loop)
    build.note((DECISION, "per"), WHITE, (0, bottom + SPACE), width=right)
