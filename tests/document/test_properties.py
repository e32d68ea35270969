"""Property-based tests: any valid workshop survives the file and the JSON format unchanged.

Hypothesis builds workshops of every entity type whose references all point
to entities that exist (frames nested in frames, arrows between notes,
dots of participants on notes, ...), with any Unicode text a file can hold.
"""

from __future__ import annotations

import dataclasses
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import validation
from app.domain.model import (
    NOTE_MAX_SIZE,
    NOTE_MIN_SIZE,
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
from app.storage.errors import BadInterchange
from app.storage.interchange import from_json_object, to_json_object
from app.storage.workshop_file import WorkshopFile
from tests.factories import sorted_by_id

# Any text UTF-8 can hold: no lone surrogates (category Cs). NUL and other controls included.
TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40)
COORD = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
SIZE = st.floats(min_value=NOTE_MIN_SIZE, max_value=NOTE_MAX_SIZE, allow_nan=False)
UNIT = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)
COLOUR = st.from_regex(r"\A#[0-9a-f]{6}\Z")
SMALL = st.integers(min_value=0, max_value=1000)


def maybe(draw, options: list[str]) -> str | None:
    return draw(st.none() | st.sampled_from(options)) if options else None


@st.composite
def workshops(draw) -> Workshop:
    info = WorkshopInfo(
        title=draw(TEXT),
        municipality=draw(TEXT),
        facilitator=draw(TEXT),
        date=draw(st.sampled_from(["", "2026-03-12"])),
    )
    participants = [Participant(draw(TEXT), draw(TEXT), draw(TEXT), draw(TEXT)) for _ in range(draw(st.integers(0, 3)))]
    pids = [p.id for p in participants]
    boards = [
        Board(draw(TEXT), draw(st.sampled_from(list(Phase))), draw(st.sampled_from(list(BoardKind))), position=i)
        for i in range(draw(st.integers(1, 3)))
    ]
    frames: list[Frame] = []
    notes: list[Note] = []
    connectors: list[Connector] = []
    votes: list[Vote] = []
    for board in boards:
        board_frames: list[Frame] = []
        for _ in range(draw(st.integers(0, 3))):
            # Frames nest one level deep (app.domain.frame_geometry): a parent has no parent.
            parent = maybe(draw, [f.id for f in board_frames if f.parent_id is None])
            board_frames.append(
                Frame(
                    board.id,
                    draw(TEXT),
                    draw(COORD),
                    draw(COORD),
                    draw(SIZE),
                    draw(SIZE),
                    draw(COORD),
                    draw(COLOUR),
                    parent_id=parent,
                )
            )
        frames.extend(board_frames)
        board_notes = [
            Note(
                board.id,
                draw(TEXT),
                draw(COLOUR),
                draw(COORD),
                draw(COORD),
                draw(SIZE),
                draw(SIZE),
                draw(COORD),
                author=draw(TEXT),
                frame_id=maybe(draw, [f.id for f in board_frames]),
                sectors=draw(st.lists(st.sampled_from(["health", "school", "culture"]), max_size=2, unique=True)),
            )
            for _ in range(draw(st.integers(0, 5)))
        ]
        notes.extend(board_notes)
        if len(board_notes) >= 2:
            for _ in range(draw(st.integers(0, 3))):
                a, b = draw(st.permutations(board_notes))[:2]
                kind = draw(st.sampled_from(list(ConnectorKind)))
                connectors.append(Connector(board.id, a.id, b.id, draw(TEXT), kind))
        for _ in range(draw(st.integers(0, 1))):
            votes.append(
                Vote(
                    board.id,
                    draw(TEXT),
                    maybe(draw, [f.id for f in board_frames]),
                    draw(st.integers(1, 10)),
                    draw(st.booleans()),
                    draw(st.booleans()),
                    draw(st.sampled_from(list(VoteStatus))),
                    revealed=draw(st.booleans()),
                    voter_ids=draw(st.lists(st.sampled_from(pids), unique=True)) if pids else [],
                )
            )
    dots = []
    if votes and notes and pids:
        for _ in range(draw(st.integers(0, 4))):
            vote = draw(st.sampled_from(votes))
            on_its_board = [n for n in notes if n.board_id == vote.board_id]  # a dot never crosses boards
            if on_its_board:
                note = draw(st.sampled_from(on_its_board))
                dots.append(VoteDot(vote.id, note.id, draw(st.sampled_from(pids))))
    stakeholders = [
        Stakeholder(
            draw(TEXT),
            draw(TEXT),
            draw(st.sampled_from(list(StakeholderCategory))),
            draw(TEXT),
            draw(UNIT),
            draw(UNIT),
            draw(st.booleans()),
            draw(TEXT),
            draw(st.booleans()),
            draw(TEXT),
            draw(st.booleans()),
            draw(TEXT),
            phase_roles=draw(st.lists(st.sampled_from([p.value for p in Phase]), unique=True)),
            participant_id=maybe(draw, pids),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    links = []
    if notes and stakeholders:
        for _ in range(draw(st.integers(0, 3))):
            links.append(
                NoteStakeholder(
                    draw(st.sampled_from(notes)).id,
                    draw(st.sampled_from(stakeholders)).id,
                    draw(st.sampled_from(list(StakeholderRelation))),
                )
            )
    note_ids, board_ids = [n.id for n in notes], [b.id for b in boards]
    actions = [
        Action(
            draw(TEXT),
            draw(TEXT),
            draw(st.sampled_from(["", "2026-04-01"])),
            draw(st.sampled_from(list(ActionStatus))),
            i,
            maybe(draw, board_ids),
            maybe(draw, note_ids),
        )
        for i in range(draw(st.integers(0, 3)))
    ]
    agenda = [
        AgendaStep(
            draw(TEXT),
            draw(st.sampled_from(list(Phase))),
            draw(st.integers(0, 1440)),
            i,
            draw(TEXT),
            maybe(draw, board_ids),
            draw(TEXT),
            draw(TEXT),
            draw(st.floats(0, 1e6)),
            "",
            draw(SMALL),
        )
        for i in range(draw(st.integers(0, 3)))
    ]
    decisions = [
        Decision(draw(TEXT), "", i, maybe(draw, board_ids), maybe(draw, [s.id for s in agenda]))
        for i in range(draw(st.integers(0, 2)))
    ]
    workshop = Workshop(
        info=dataclasses.replace(info, current_step_id=maybe(draw, [s.id for s in agenda])),
        participants=participants,
        boards=boards,
        frames=frames,
        notes=notes,
        connectors=connectors,
        votes=votes,
        vote_dots=dots,
        stakeholders=stakeholders,
        note_stakeholders=links,
        actions=actions,
        agenda=agenda,
        decisions=decisions,
    )
    assert list(validation.problems(workshop)) == []
    return workshop


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(workshops())
def test_any_valid_workshop_round_trips_through_the_file(workshop: Workshop) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "eigenskap.samskap"
        WorkshopFile.create(path, workshop).close()
        file = WorkshopFile.open(path)
        try:
            assert sorted_by_id(file.load()) == sorted_by_id(workshop)
        finally:
            file.close()


@SETTINGS
@given(workshops())
def test_any_valid_workshop_round_trips_through_json(workshop: Workshop) -> None:
    text = json.dumps(to_json_object(workshop), ensure_ascii=False, allow_nan=False)
    back = from_json_object(json.loads(text), source=Path("x.json"))
    assert sorted_by_id(back) == sorted_by_id(workshop)


@SETTINGS
@given(workshops(), st.data())
def test_a_json_document_with_one_field_replaced_is_read_or_refused_cleanly(workshop: Workshop, data) -> None:
    """Any value of any JSON type in any field: either a workshop comes back, or BadInterchange."""
    document = to_json_object(workshop)
    tables = [t for t, rows in document.items() if isinstance(rows, list) and rows]
    if not tables:
        return
    table = data.draw(st.sampled_from(tables))
    row = data.draw(st.sampled_from(document[table]))
    field = data.draw(st.sampled_from(sorted(row)))
    row[field] = data.draw(
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
            max_leaves=5,
        )
    )
    try:
        from_json_object(document, source=Path("x.json"))
    except BadInterchange as error:
        assert error.message
