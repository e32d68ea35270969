"""The workshop domain: plain data, no Qt, no storage.

Every entity is a dataclass of JSON-able values (strings, numbers, booleans,
lists), so the same objects travel to SQLite, to the samskap/2 JSON format and
into undo commands without conversion layers. Identifiers are random hex
strings made here, not by the database, so an undone deletion can put an
entity back under its old identity and a paste can mint new ones without a
round trip to the file.

The entities are frozen: a change is a new object (`dataclasses.replace`) handed
to `WorkshopDocument.apply`, so the model, the undo stack and the views can share
the same objects without defensive copies, and another thread (a summary export,
a participant server) can read them while the document moves on. The Workshop
container stays mutable: the document swaps the objects in its lists.
"""

# No `from __future__ import annotations` here: the field types stay objects, not strings.
# Reading a file resolves every entity's field types (app/storage/rows.py), and resolving
# strings compiled each one anew, about 3 ms of every start.
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from app.domain.palette import DEFAULT_NOTE_COLOUR


def new_id() -> str:
    """A fresh identifier for any entity: 128 random bits as 32 hex digits.

    The same bits uuid4() draws, without the uuid module: it imports `platform`, which cost
    every start-up about 4 ms.
    """
    return os.urandom(16).hex()


def now_iso() -> str:
    """The current time as an ISO 8601 string in UTC, to the millisecond."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Phase(StrEnum):
    """Eva Sørensen's three points of collaboration, in the order a workshop runs them."""

    CO_INITIATION = "co-initiation"
    CO_DESIGN = "co-design"
    CO_IMPLEMENTATION = "co-implementation"


PHASES: tuple[Phase, ...] = tuple(Phase)


class BoardKind(StrEnum):
    FREE = "free"
    FLOKE_MAP = "floke-map"
    STAKEHOLDER_MAP = "stakeholder-map"
    IDEA_BOARD = "idea-board"
    ACTION_PLAN = "action-plan"


class ConnectorKind(StrEnum):
    CAUSES = "causes"
    LEADS_TO = "leads-to"
    BLOCKS = "blocks"
    RELATED = "related"


class StakeholderCategory(StrEnum):
    """Who can be involved (Sørensen, slide 5)."""

    POLITICIANS = "politicians"
    ADMINISTRATORS = "administrators"
    PROFESSIONALS = "professionals"
    EXPERTS = "experts"
    ASSOCIATIONS = "associations"
    BUSINESSES = "businesses"
    CITIZENS = "citizens"
    USERS = "users"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    STOPPED = "stopped"


class VoteStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class SubmissionStatus(StrEnum):
    """Where a note written on a phone is: waiting for the facilitator, or on the board."""

    WAITING = "waiting"
    RELEASED = "released"


class StakeholderRelation(StrEnum):
    """How a stakeholder stands to a note (a cause, an effect, an idea)."""

    AFFECTED = "affected"  # is affected by it
    OWNS = "owns"  # owns it: has the mandate or resources to act on it


# Note geometry defaults, in scene units (one unit is one pixel at 100 % zoom).
NOTE_WIDTH = 180.0
NOTE_HEIGHT = 120.0
NOTE_MIN_SIZE = 60.0
NOTE_MAX_SIZE = 2000.0


@dataclass(frozen=True)
class Participant:
    name: str
    organisation: str = ""
    role: str = ""
    email: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class WorkshopInfo:
    """The facts about a workshop that its cover page shows."""

    title: str
    municipality: str = ""
    date: str = ""  # ISO date, "YYYY-MM-DD", or empty when not yet planned
    facilitator: str = ""
    language: str = "nb"
    created: str = field(default_factory=now_iso)
    start_time: str = ""  # "HH:MM" local time the agenda starts, or empty
    current_step_id: str | None = None  # the agenda step the room is on
    # The meeting the room is on (see Meeting). Its date, start time and current step are the
    # three fields above: the agenda, the wall, the phones and the summary read them here, and
    # WorkshopDocument.apply keeps that meeting's row equal to them.
    current_meeting_id: str | None = None


@dataclass(frozen=True)
class Board:
    name: str
    phase: Phase
    kind: BoardKind = BoardKind.FREE
    position: int = 0  # order within its phase
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Note:
    board_id: str
    text: str = ""
    colour: str = DEFAULT_NOTE_COLOUR
    x: float = 0.0
    y: float = 0.0
    width: float = NOTE_WIDTH
    height: float = NOTE_HEIGHT
    z: float = 0.0
    author: str = ""
    frame_id: str | None = None
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)
    sectors: list[str] = field(default_factory=list)  # sector keys, see app.domain.sectors
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Frame:
    """A titled area of a board (a sector, or the roots of a floke tree)."""

    board_id: str
    title: str = ""
    x: float = 0.0
    y: float = 0.0
    width: float = 600.0
    height: float = 400.0
    z: float = -1000.0
    colour: str = "#f2f2f2"
    parent_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Connector:
    board_id: str
    from_note: str
    to_note: str
    label: str = ""
    kind: ConnectorKind = ConnectorKind.RELATED
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Vote:
    """A dot vote held on a board, or on one frame of it."""

    board_id: str
    title: str = ""
    frame_id: str | None = None
    dots_per_person: int = 3
    allow_stacking: bool = False  # may one person put several dots on one note
    hidden: bool = False  # dots are not shown until the facilitator reveals them
    status: VoteStatus = VoteStatus.OPEN
    created: str = field(default_factory=now_iso)
    revealed: bool = False
    voter_ids: list[str] = field(default_factory=list)  # participant ids; empty means all participants
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class VoteDot:
    vote_id: str
    note_id: str
    participant_id: str | None
    id: str = field(default_factory=new_id)
    # The voter is a participant or an anonymous phone (see Device): exactly one of the two is set.
    device_id: str | None = None


@dataclass(frozen=True)
class Device:
    """A phone that joined the room. Its token lives in memory only; this row outlives it,
    because the phone's notes and dots point at it."""

    number: int  # "anonymous 3": numbered in the order the phones joined
    name: str = ""  # what the person typed when joining, or empty
    participant_id: str | None = None  # set when the name is a participant's: then it votes as them
    joined: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Submission:
    """A note written on a phone: durable as soon as it arrives, on the board only once released."""

    device_id: str | None
    board_id: str
    text: str
    frame_id: str | None = None  # the frame the phones were writing to, if any
    author: str = ""  # empty when the facilitator chose anonymous writing
    created: str = field(default_factory=now_iso)
    status: SubmissionStatus = SubmissionStatus.WAITING
    note_id: str | None = None  # the board's note, once released
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Stakeholder:
    name: str
    organisation: str = ""
    category: StakeholderCategory = StakeholderCategory.CITIZENS
    contact: str = ""
    power: float = 0.5  # 0..1, Mendelow's vertical axis
    interest: float = 0.5  # 0..1, Mendelow's horizontal axis
    # Sørensen's three selection criteria, each with the reason it applies.
    effectiveness: bool = False
    effectiveness_reason: str = ""
    democracy: bool = False
    democracy_reason: str = ""
    innovation: bool = False
    innovation_reason: str = ""
    phase_roles: list[str] = field(default_factory=list)  # Phase values
    participant_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class NoteStakeholder:
    """A link between a note and a stakeholder: who is affected by, or owns, this cause."""

    note_id: str
    stakeholder_id: str
    relation: StakeholderRelation = StakeholderRelation.AFFECTED
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Action:
    what: str
    who: str = ""
    due: str = ""  # ISO date or empty
    status: ActionStatus = ActionStatus.PLANNED
    position: int = 0
    board_id: str | None = None
    note_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Meeting:
    """One meeting of the co-creation process: its own day, place, agenda, attendees and decisions.

    A workshop file is a process that runs for months: the floke is mapped at one meeting,
    solutions designed at the next, and co-implementation followed up every six weeks or so.
    Boards, stakeholders and actions belong to the process and carry over; agenda steps
    and decisions belong to one meeting (their `meeting_id`). `current_step_id` is a plain
    id like the info's, not a reference: the step is the meeting's own.
    """

    title: str
    phase: Phase  # the phase the meeting mainly works in
    date: str = ""  # ISO date, or empty when not yet planned
    start_time: str = ""  # "HH:MM" local time, or empty
    place: str = ""
    position: int = 0  # 0 for the first meeting of the process
    plan_id: str = ""  # the plan its agenda came from, or empty
    attendee_ids: list[str] = field(default_factory=list)  # participant ids: who came
    facilitator: str = ""  # who led it, for the summary; empty: the process's facilitator
    current_step_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class ActionUpdate:
    """A change of an action's status, recorded with the meeting at which it was made.

    `previous` is empty when the action was made then: a follow-up meeting's summary
    says "since last meeting: 3 done, 1 stopped, 2 new" from these (app.domain.meetings).
    """

    action_id: str
    meeting_id: str
    status: ActionStatus
    previous: str = ""  # the ActionStatus value before, or empty for a new action
    at: str = field(default_factory=now_iso)
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class AgendaStep:
    """One step of the workshop's agenda: usually an exercise, with its board and its timer.

    The countdown survives a restart because it is stored as facts, not as a
    ticking number: the seconds already used while it ran before, and the
    moment it was last started (empty while paused). See app.domain.agenda.
    """

    title: str
    phase: Phase
    duration_min: int = 15
    position: int = 0  # order in the whole agenda
    exercise_id: str = ""  # the template it came from, or empty for a step of the facilitator's own
    board_id: str | None = None
    room_instructions: str = ""  # shown to the room (and on the projector)
    facilitator_notes: str = ""  # for the facilitator only, never projected
    timer_elapsed_s: float = 0.0
    timer_started_at: str = ""  # ISO 8601 UTC while running, empty while paused
    timer_added_s: int = 0  # time added during the step ("one more minute")
    id: str = field(default_factory=new_id)
    meeting_id: str | None = None  # the meeting whose agenda it is (None: a workshop of one meeting)


@dataclass(frozen=True)
class Decision:
    """A decision recorded during the workshop, for the decision log and the summary."""

    text: str
    made_on: str = ""  # ISO date
    position: int = 0
    board_id: str | None = None
    step_id: str | None = None
    id: str = field(default_factory=new_id)
    meeting_id: str | None = None  # the meeting that made it


@dataclass
class Workshop:
    """A whole workshop held in memory: what one .samskap file contains."""

    info: WorkshopInfo
    participants: list[Participant] = field(default_factory=list)
    boards: list[Board] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    connectors: list[Connector] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    vote_dots: list[VoteDot] = field(default_factory=list)
    stakeholders: list[Stakeholder] = field(default_factory=list)
    note_stakeholders: list[NoteStakeholder] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    agenda: list[AgendaStep] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    devices: list[Device] = field(default_factory=list)
    submissions: list[Submission] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    action_updates: list[ActionUpdate] = field(default_factory=list)

    def boards_in(self, phase: Phase) -> list[Board]:
        """The boards of one phase, in their order."""
        return sorted((b for b in self.boards if b.phase == phase), key=lambda b: b.position)

    def current_step(self) -> AgendaStep | None:
        """The agenda step the room is on, if any."""
        return next((s for s in self.agenda if s.id == self.info.current_step_id), None)

    def opening_board(self) -> Board | None:
        """The board a workshop opens on: the current agenda step's, else the first in phase order."""
        by_id = {b.id: b for b in self.boards}
        step = self.current_step()
        if step is not None and step.board_id in by_id:
            return by_id[step.board_id]
        return next((b for phase in Phase for b in self.boards_in(phase)), None)

    def agenda_in_order(self, meeting_id: str | None = None) -> list[AgendaStep]:
        """The agenda of one meeting (the current one unless named), in its order.

        A workshop of one meeting, or made before meetings existed, has steps without a
        meeting and no current meeting: then that is its whole agenda.
        """
        meeting = meeting_id if meeting_id is not None else self.info.current_meeting_id
        return sorted((s for s in self.agenda if s.meeting_id == meeting), key=lambda s: s.position)

    def meetings_in_order(self) -> list[Meeting]:
        return sorted(self.meetings, key=lambda m: m.position)

    def current_meeting(self) -> Meeting | None:
        """The meeting the room is on, if the workshop has meetings."""
        return next((m for m in self.meetings if m.id == self.info.current_meeting_id), None)

    def notes_on(self, board_id: str) -> list[Note]:
        """The notes of one board, bottom to top."""
        return sorted((n for n in self.notes if n.board_id == board_id), key=lambda n: n.z)


# How entities point at each other, and what deleting the one pointed at does to the one
# pointing: (list on the Workshop, field, list the field points into, "CASCADE" or "SET NULL").
# The one statement of these rules: validation checks the references, WorkshopDocument.apply
# mirrors the deletions in memory, and the file's foreign keys say the same (a test holds
# app/storage/schema.py to this table).
REFERENCES: tuple[tuple[str, str, str, str], ...] = (
    ("notes", "board_id", "boards", "CASCADE"),
    ("notes", "frame_id", "frames", "SET NULL"),
    ("frames", "board_id", "boards", "CASCADE"),
    ("frames", "parent_id", "frames", "SET NULL"),
    ("connectors", "board_id", "boards", "CASCADE"),
    ("connectors", "from_note", "notes", "CASCADE"),
    ("connectors", "to_note", "notes", "CASCADE"),
    ("votes", "board_id", "boards", "CASCADE"),
    ("votes", "frame_id", "frames", "SET NULL"),
    ("vote_dots", "vote_id", "votes", "CASCADE"),
    ("vote_dots", "note_id", "notes", "CASCADE"),
    ("vote_dots", "participant_id", "participants", "CASCADE"),
    ("vote_dots", "device_id", "devices", "CASCADE"),
    ("stakeholders", "participant_id", "participants", "SET NULL"),
    ("actions", "board_id", "boards", "SET NULL"),
    ("actions", "note_id", "notes", "SET NULL"),
    ("note_stakeholders", "note_id", "notes", "CASCADE"),
    ("note_stakeholders", "stakeholder_id", "stakeholders", "CASCADE"),
    ("agenda", "board_id", "boards", "SET NULL"),
    ("decisions", "board_id", "boards", "SET NULL"),
    ("decisions", "step_id", "agenda", "SET NULL"),
    ("agenda", "meeting_id", "meetings", "CASCADE"),
    ("decisions", "meeting_id", "meetings", "CASCADE"),
    ("action_updates", "action_id", "actions", "CASCADE"),
    ("action_updates", "meeting_id", "meetings", "CASCADE"),
    ("devices", "participant_id", "participants", "SET NULL"),
    ("submissions", "device_id", "devices", "SET NULL"),
    # A submission's board_id, frame_id and note_id are plain ids, not references: see
    # app/storage/schema.py m004 for why.
)
