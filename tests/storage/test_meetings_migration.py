"""A file of the format before meetings (schema 4) opens as a process of one meeting.

The old files are written the way the version before wrote them: the schema of its four
migrations (run from app/storage/schema.py, which keeps shipped migrations unchanged) and
its rows, which lack the fields meetings added. Real files in tmp_path, read back with a
connection of their own.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

from app.demo import build_demo_workshop
from app.document import WorkshopDocument
from app.domain.agenda import timer_running
from app.domain.model import ActionStatus, AgendaStep, Meeting, Workshop, WorkshopInfo
from app.storage import schema
from app.storage.rows import TABLE_OF, to_row
from app.storage.workshop_file import WorkshopFile, check_file
from tests.factories import query, sample_workshop

# What the version before meetings had: four migrations, and no field added since.
OLD_MIGRATIONS = 4
NEW_TABLES = {"meetings", "action_updates"}
NEW_FIELDS = {"meeting_id", "current_meeting_id"}


def old_workshop(workshop: Workshop) -> Workshop:
    """A workshop as the version before meetings held it: one day's agenda, no meetings.

    For the demo that is its first two meetings' agendas as one day, with all its
    decisions, on the first step: the demo the version before wrote.
    """
    held: list[Meeting | None] = [m for m in workshop.meetings_in_order() if m.attendee_ids]
    held = held or [None]
    steps = [s for m in held for s in workshop.agenda_in_order(m.id if m else None)]
    first = held[0]
    return dataclasses.replace(
        workshop,
        info=dataclasses.replace(
            workshop.info,
            current_meeting_id=None,
            date=first.date if first else workshop.info.date,
            start_time=first.start_time if first else workshop.info.start_time,
            current_step_id=steps[0].id if steps else None,
        ),
        agenda=[dataclasses.replace(s, meeting_id=None, position=p) for p, s in enumerate(steps)],
        decisions=[dataclasses.replace(d, meeting_id=None) for d in workshop.decisions],
        meetings=[],
        action_updates=[],
    )


def write_schema_4_file(path: Path, workshop: Workshop) -> None:
    """Write `workshop` as the version before meetings wrote a file."""
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        old = Migrations("samskap")
        for step in schema.migrations._migrations[:OLD_MIGRATIONS]:
            old(name=step.name)(step.fn)
        old.apply(Database(conn, execute_plugins=False))
        conn.execute(f"PRAGMA user_version = {OLD_MIGRATIONS}")
        conn.execute("BEGIN")
        rows = [("workshop", {"id": 1, **to_row(workshop.info)})]
        for table in TABLE_OF.values():
            if table not in NEW_TABLES:
                rows += [(table, to_row(e)) for e in getattr(workshop, table)]
        for table, row in rows:
            row = {k: v for k, v in row.items() if k not in NEW_FIELDS}
            names = ", ".join(f'"{k}"' for k in row)
            conn.execute(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def test_the_demo_of_the_version_before_opens_as_one_meeting(tmp_path):
    before = old_workshop(build_demo_workshop())
    path = tmp_path / "demo.samskap"
    write_schema_4_file(path, before)
    assert query(path, "PRAGMA user_version") == [(4,)]

    file = WorkshopFile.open(path)
    workshop = file.load()
    file.close()

    assert query(path, "PRAGMA user_version") == [(schema.SCHEMA_VERSION,)]
    assert "meetings" in {r[0] for r in query(path, "SELECT name FROM _sqlite_migrations")}
    (meeting,) = workshop.meetings
    assert workshop.info.current_meeting_id == meeting.id
    assert (meeting.date, meeting.start_time) == (before.info.date, before.info.start_time)
    assert meeting.current_step_id == before.info.current_step_id == workshop.info.current_step_id
    assert meeting.attendee_ids == [p.id for p in before.participants]
    assert [s.id for s in workshop.agenda_in_order()] == [s.id for s in before.agenda_in_order()]
    assert {d.id for d in workshop.decisions if d.meeting_id == meeting.id} == {d.id for d in before.decisions}
    assert before.decisions, "the demo has decisions to carry"
    # Every action is recorded as made at that meeting, with its status then.
    updates = {u.action_id: u for u in workshop.action_updates}
    assert {a.id: (a.status, "") for a in before.actions} == {i: (u.status, u.previous) for i, u in updates.items()}
    assert all(u.meeting_id == meeting.id for u in updates.values())
    # Nothing else moved.
    for table in ("boards", "notes", "stakeholders", "actions", "votes"):
        assert getattr(workshop, table) == getattr(before, table), table
    check_file(path, full=True)


def test_a_file_with_a_running_timer_keeps_it_running_in_its_meeting(tmp_path, qapp):
    before = sample_workshop()
    running = dataclasses.replace(
        next(s for s in before.agenda if s.id == before.info.current_step_id),
        timer_elapsed_s=95.0,
        timer_started_at="2026-03-12T08:10:00.000+00:00",
    )
    before.agenda = [running if s.id == running.id else s for s in before.agenda]
    path = tmp_path / "timer.samskap"
    write_schema_4_file(path, before)

    document = WorkshopDocument.open(WorkshopFile.open(path))
    step = document.find(AgendaStep, running.id)
    assert step is not None and timer_running(step) and step.timer_elapsed_s == 95.0
    meeting = document.workshop.current_meeting()
    assert meeting is not None and step.meeting_id == meeting.id
    assert meeting.current_step_id == running.id
    assert query(path, "SELECT current_meeting_id FROM workshop") == [(meeting.id,)]
    document.close()


def test_an_old_file_opened_read_only_shows_one_meeting_and_stays_as_it_was(tmp_path):
    before = sample_workshop()
    path = tmp_path / "old.samskap"
    write_schema_4_file(path, before)
    bytes_before = path.read_bytes()

    file = WorkshopFile.open(path, read_only=True)
    workshop = file.load()
    file.close()

    assert len(workshop.meetings) == 1 and workshop.current_meeting() is workshop.meetings[0]
    assert [s.id for s in workshop.agenda_in_order()] == [s.id for s in before.agenda_in_order()]
    assert path.read_bytes() == bytes_before


def test_an_empty_old_workshop_becomes_one_meeting_too(tmp_path):
    path = tmp_path / "empty.samskap"
    write_schema_4_file(path, Workshop(info=WorkshopInfo("Tom")))
    file = WorkshopFile.open(path)
    workshop = file.load()
    file.close()
    (meeting,) = workshop.meetings
    assert meeting.phase == "co-initiation" and json.loads(query(path, "SELECT attendee_ids FROM meetings")[0][0]) == []
    assert not workshop.action_updates


def test_a_new_file_has_the_meetings_it_was_given(tmp_path):
    workshop = build_demo_workshop()
    path = tmp_path / "new.samskap"
    WorkshopFile.create(path, workshop).close()
    file = WorkshopFile.open(path)
    loaded = file.load()
    file.close()
    assert loaded.meetings == workshop.meetings and loaded.action_updates == workshop.action_updates
    assert loaded.info == workshop.info
    assert query(path, "SELECT count(*) FROM meetings") == [(len(workshop.meetings),)]
    assert any(u.status == ActionStatus.DONE for u in loaded.action_updates)
    assert all(isinstance(m, Meeting) for m in loaded.meetings)
