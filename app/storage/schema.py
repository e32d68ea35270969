"""The workshop file's schema and its ordered migrations.

A .samskap file is an SQLite database marked with our application_id. Its
schema version is the number of migrations applied, kept in PRAGMA
user_version so that a file can be judged (ours? newer than this app?) from
its 100-byte header alone, before anything writes to it. sqlite-utils'
Migrations records each applied step by name as well.

Never edit a migration that has shipped: add a new one at the end.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

# "SAMS" in ASCII: lets `file`, SQLite tools and our own open() recognise a workshop.
APPLICATION_ID = 0x53414D53


@dataclasses.dataclass
class _Step:
    name: str
    fn: Callable[[Database], None]
    transactional: bool = True


class LazyMigrations:
    """sqlite-utils' Migrations, registered the same way, built only when a file needs them.

    Importing sqlite-utils costs about 65 ms, a third of the app's start-up: a
    file that is up to date is opened and written with plain sqlite3, and
    sqlite-utils is imported only to create or upgrade a file.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[_Step] = []

    def __call__(self, *, name: str, transactional: bool = True) -> Callable[[Any], Any]:
        def register(fn: Callable[[Database], None]) -> Callable[[Database], None]:
            if any(m.name == name for m in self._migrations):
                raise ValueError(f"migration {name!r} is registered twice")
            self._migrations.append(_Step(name, fn, transactional))
            return fn

        return register

    def _real(self) -> Any:
        from sqlite_utils.migrations import Migrations

        real = Migrations(self.name)
        for step in self._migrations:
            real(name=step.name, transactional=step.transactional)(step.fn)
        return real

    def pending(self, db: Database) -> list[Any]:
        return list(self._real().pending(db))

    def apply(self, db: Database, **options: Any) -> None:
        self._real().apply(db, **options)


migrations = LazyMigrations("samskap")

_PHASES = "('co-initiation', 'co-design', 'co-implementation')"


@migrations(name="m001_workshop_entities")
def _m001_workshop_entities(db: Database) -> None:
    # Every entity of the model is here from the start, so that later features
    # add behaviour, not a new file format.
    db.executescript(
        f"""
        CREATE TABLE workshop (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            title TEXT NOT NULL,
            municipality TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            facilitator TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'nb',
            created TEXT NOT NULL
        );
        CREATE TABLE participants (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE boards (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            phase TEXT NOT NULL CHECK (phase IN {_PHASES}),
            kind TEXT NOT NULL,
            position INTEGER NOT NULL
        );
        CREATE TABLE frames (
            id TEXT PRIMARY KEY,
            board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
            title TEXT NOT NULL DEFAULT '',
            x REAL NOT NULL, y REAL NOT NULL,
            width REAL NOT NULL, height REAL NOT NULL,
            z REAL NOT NULL,
            colour TEXT NOT NULL,
            parent_id TEXT REFERENCES frames(id) ON DELETE SET NULL
        );
        CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
            text TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL,
            x REAL NOT NULL, y REAL NOT NULL,
            width REAL NOT NULL, height REAL NOT NULL,
            z REAL NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            frame_id TEXT REFERENCES frames(id) ON DELETE SET NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE TABLE connectors (
            id TEXT PRIMARY KEY,
            board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
            from_note TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            to_note TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            label TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL
        );
        CREATE TABLE votes (
            id TEXT PRIMARY KEY,
            board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
            title TEXT NOT NULL DEFAULT '',
            frame_id TEXT REFERENCES frames(id) ON DELETE SET NULL,
            dots_per_person INTEGER NOT NULL,
            allow_stacking INTEGER NOT NULL,
            hidden INTEGER NOT NULL,
            status TEXT NOT NULL,
            created TEXT NOT NULL
        );
        CREATE TABLE vote_dots (
            id TEXT PRIMARY KEY,
            vote_id TEXT NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
            note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE
        );
        CREATE TABLE stakeholders (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL,
            contact TEXT NOT NULL DEFAULT '',
            power REAL NOT NULL,
            interest REAL NOT NULL,
            effectiveness INTEGER NOT NULL, effectiveness_reason TEXT NOT NULL DEFAULT '',
            democracy INTEGER NOT NULL, democracy_reason TEXT NOT NULL DEFAULT '',
            innovation INTEGER NOT NULL, innovation_reason TEXT NOT NULL DEFAULT '',
            phase_roles TEXT NOT NULL DEFAULT '[]',
            participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL
        );
        CREATE TABLE actions (
            id TEXT PRIMARY KEY,
            what TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT '',
            due TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            position INTEGER NOT NULL,
            board_id TEXT REFERENCES boards(id) ON DELETE SET NULL,
            note_id TEXT REFERENCES notes(id) ON DELETE SET NULL
        );
        """
    )


@migrations(name="m002_foreign_key_indexes")
def _m002_foreign_key_indexes(db: Database) -> None:
    # Opening a board and cascading a deletion look rows up by their parent;
    # without these, a 5,000-note workshop scans whole tables each time.
    db.executescript(
        """
        CREATE INDEX notes_board ON notes(board_id, z);
        CREATE INDEX frames_board ON frames(board_id);
        CREATE INDEX connectors_board ON connectors(board_id);
        CREATE INDEX connectors_from ON connectors(from_note);
        CREATE INDEX connectors_to ON connectors(to_note);
        CREATE INDEX vote_dots_vote ON vote_dots(vote_id);
        CREATE INDEX vote_dots_note ON vote_dots(note_id);
        """
    )


@migrations(name="m003_facilitation_and_mapping")
def _m003_facilitation_and_mapping(db: Database) -> None:
    # The agenda with its timers, the decision log, sector tags on notes, links
    # from notes to stakeholders, and who votes and whether the result is shown.
    db.executescript(
        f"""
        ALTER TABLE workshop ADD COLUMN start_time TEXT NOT NULL DEFAULT '';
        ALTER TABLE workshop ADD COLUMN current_step_id TEXT;
        ALTER TABLE notes ADD COLUMN sectors TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE votes ADD COLUMN revealed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE votes ADD COLUMN voter_ids TEXT NOT NULL DEFAULT '[]';
        CREATE TABLE note_stakeholders (
            id TEXT PRIMARY KEY,
            note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id) ON DELETE CASCADE,
            relation TEXT NOT NULL
        );
        CREATE INDEX note_stakeholders_note ON note_stakeholders(note_id);
        CREATE INDEX note_stakeholders_stakeholder ON note_stakeholders(stakeholder_id);
        CREATE TABLE agenda (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            phase TEXT NOT NULL CHECK (phase IN {_PHASES}),
            duration_min INTEGER NOT NULL,
            position INTEGER NOT NULL,
            exercise_id TEXT NOT NULL DEFAULT '',
            board_id TEXT REFERENCES boards(id) ON DELETE SET NULL,
            room_instructions TEXT NOT NULL DEFAULT '',
            facilitator_notes TEXT NOT NULL DEFAULT '',
            timer_elapsed_s REAL NOT NULL DEFAULT 0,
            timer_started_at TEXT NOT NULL DEFAULT '',
            timer_added_s INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE decisions (
            id TEXT PRIMARY KEY,
            text TEXT NOT NULL,
            made_on TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            board_id TEXT REFERENCES boards(id) ON DELETE SET NULL,
            step_id TEXT REFERENCES agenda(id) ON DELETE SET NULL
        );
        """
    )


@migrations(name="m004_participants_phones")
def _m004_participants_phones(db: Database) -> None:
    # Phones join the room (devices), write notes that wait for the facilitator
    # (submissions), and vote without being made into participants: a dot's voter
    # is a participant or an anonymous device, exactly one. SQLite cannot drop a
    # NOT NULL, so vote_dots is rebuilt (nothing points at it, so the drop cascades
    # nowhere).
    # A submission's board_id, frame_id and note_id are plain ids, not foreign keys:
    # it is the record of what a phone sent and where it was meant to go, and it stays
    # when that board or note goes. The document's apply() takes away only what
    # model.REFERENCES names, which leaves these ids out, so the file and the model agree.
    # A release skips a submission whose board is gone, and a note deleted from the
    # board leaves its submission "released" (it was).
    db.executescript(
        """
        CREATE TABLE devices (
            id TEXT PRIMARY KEY,
            number INTEGER NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            participant_id TEXT REFERENCES participants(id) ON DELETE SET NULL,
            joined TEXT NOT NULL
        );
        CREATE TABLE submissions (
            id TEXT PRIMARY KEY,
            device_id TEXT REFERENCES devices(id) ON DELETE SET NULL,
            board_id TEXT NOT NULL,
            text TEXT NOT NULL,
            frame_id TEXT,
            author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('waiting', 'released')),
            note_id TEXT
        );
        CREATE INDEX submissions_board ON submissions(board_id, status);
        CREATE INDEX submissions_device ON submissions(device_id);
        CREATE INDEX submissions_note ON submissions(note_id);
        CREATE TABLE vote_dots_v4 (
            id TEXT PRIMARY KEY,
            vote_id TEXT NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
            note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            participant_id TEXT REFERENCES participants(id) ON DELETE CASCADE,
            device_id TEXT REFERENCES devices(id) ON DELETE CASCADE,
            CHECK ((participant_id IS NULL) <> (device_id IS NULL))
        );
        INSERT INTO vote_dots_v4 (id, vote_id, note_id, participant_id)
            SELECT id, vote_id, note_id, participant_id FROM vote_dots ORDER BY rowid;
        DROP TABLE vote_dots;
        ALTER TABLE vote_dots_v4 RENAME TO vote_dots;
        CREATE INDEX vote_dots_vote ON vote_dots(vote_id);
        CREATE INDEX vote_dots_note ON vote_dots(note_id);
        CREATE INDEX vote_dots_device ON vote_dots(device_id);
        """
    )


@migrations(name="workshop_identity")
def _workshop_identity(db: Database) -> None:
    """Which workshop a file is, so that a -wal beside it written by another database is told
    apart (app/storage/inspection.py). The row is rewritten by every commit (`commits`), so every
    log a session leaves holds its page. A file made before it gets its identity here."""
    db.executescript(
        """
        CREATE TABLE workshop_identity (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            identity TEXT NOT NULL,
            commits INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO workshop_identity (id, identity) VALUES (1, lower(hex(randomblob(16))));
        """
    )


@migrations(name="meetings")
def _meetings(db: Database) -> None:
    # A workshop becomes a process of meetings: each meeting has its own day, place,
    # agenda, attendees and decisions, and action status changes are recorded with the
    # meeting at which they were made. A file written before is one meeting: its date,
    # start time, agenda, current step and decisions, attended by its participants, with
    # every action recorded as made at it (a file being made has no workshop row yet, so
    # no meeting). Plain SQL rather than the model, so this step means the same whatever
    # the model becomes.
    db.executescript(
        f"""
        CREATE TABLE meetings (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            phase TEXT NOT NULL CHECK (phase IN {_PHASES}),
            date TEXT NOT NULL DEFAULT '',
            start_time TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            plan_id TEXT NOT NULL DEFAULT '',
            attendee_ids TEXT NOT NULL DEFAULT '[]',
            facilitator TEXT NOT NULL DEFAULT '',
            current_step_id TEXT
        );
        CREATE TABLE action_updates (
            id TEXT PRIMARY KEY,
            action_id TEXT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
            meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            previous TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        );
        ALTER TABLE workshop ADD COLUMN current_meeting_id TEXT;
        ALTER TABLE agenda ADD COLUMN meeting_id TEXT REFERENCES meetings(id) ON DELETE CASCADE;
        ALTER TABLE decisions ADD COLUMN meeting_id TEXT REFERENCES meetings(id) ON DELETE CASCADE;
        CREATE INDEX agenda_meeting ON agenda(meeting_id);
        CREATE INDEX decisions_meeting ON decisions(meeting_id);
        CREATE INDEX action_updates_action ON action_updates(action_id);
        CREATE INDEX action_updates_meeting ON action_updates(meeting_id);
        INSERT INTO meetings (id, phase, date, start_time, position, attendee_ids, current_step_id)
            SELECT lower(hex(randomblob(16))),
                   COALESCE((SELECT phase FROM agenda WHERE id = w.current_step_id),
                            (SELECT phase FROM agenda ORDER BY position, rowid LIMIT 1),
                            'co-initiation'),
                   w.date, w.start_time, 0,
                   (SELECT json_group_array(id) FROM (SELECT id FROM participants ORDER BY rowid)),
                   w.current_step_id
            FROM workshop AS w;
        UPDATE workshop SET current_meeting_id = (SELECT id FROM meetings);
        UPDATE agenda SET meeting_id = (SELECT id FROM meetings);
        UPDATE decisions SET meeting_id = (SELECT id FROM meetings);
        INSERT INTO action_updates (id, action_id, meeting_id, status, previous, at)
            SELECT lower(hex(randomblob(16))), a.id, m.id, a.status, '', w.created
            FROM actions AS a, meetings AS m, workshop AS w ORDER BY a.rowid;
        """
    )


SCHEMA_VERSION = len(migrations._migrations)


def migration_names() -> list[str]:
    """The names of this app's migrations, in order."""
    return [m.name for m in migrations._migrations]
