"""Schema 4 and samskap/1 for phones: devices, submissions, and dots of anonymous phones."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from app.domain import validation
from app.domain.model import Device, Submission, SubmissionStatus, VoteDot, Workshop
from app.storage import schema
from app.storage.interchange import export_json, import_json
from app.storage.workshop_file import WorkshopFile
from tests.factories import query, sample_workshop
from tests.participants.room_support import load


def phone_workshop() -> Workshop:
    workshop = sample_workshop()
    device = Device(number=1, name="Kari", participant_id="p-ada", joined="2026-03-12T10:00:00.000+00:00", id="dev-1")
    anonymous = Device(number=2, joined="2026-03-12T10:00:01.000+00:00", id="dev-2")
    return dataclasses.replace(
        workshop,
        devices=[device, anonymous],
        submissions=[
            Submission("dev-1", "b-ideas", "<b>Frå telefonen</b>", author="Kari", id="s-1"),
            Submission("dev-2", "b-ideas", "Utgitt", status=SubmissionStatus.RELEASED, note_id="n-walk", id="s-2"),
        ],
        vote_dots=[*workshop.vote_dots, VoteDot("v-ideas", "n-walk", None, device_id="dev-2", id="d-phone")],
    )


def test_a_workshop_with_phones_goes_to_the_file_and_back(tmp_path: Path) -> None:
    workshop = phone_workshop()
    assert list(validation.problems(workshop)) == []
    WorkshopFile.create(tmp_path / "a.samskap", workshop).close()
    assert load(tmp_path / "a.samskap") == workshop


def test_samskap_1_export_includes_the_new_lists_and_imports_back(tmp_path: Path) -> None:
    workshop = phone_workshop()
    export_json(workshop, tmp_path / "a.json")
    document = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in document["devices"]] == ["dev-1", "dev-2"]
    assert [s["status"] for s in document["submissions"]] == ["waiting", "released"]
    assert document["vote_dots"][-1] == {
        "vote_id": "v-ideas", "note_id": "n-walk", "participant_id": None, "id": "d-phone", "device_id": "dev-2"
    }  # fmt: skip
    assert import_json(tmp_path / "a.json") == workshop


def test_an_older_samskap_1_file_without_phones_still_imports(tmp_path: Path) -> None:
    workshop = sample_workshop()
    export_json(workshop, tmp_path / "old.json")
    document = json.loads((tmp_path / "old.json").read_text(encoding="utf-8"))
    del document["devices"], document["submissions"]
    for dot in document["vote_dots"]:
        del dot["device_id"]
    (tmp_path / "old.json").write_text(json.dumps(document), encoding="utf-8")
    assert import_json(tmp_path / "old.json") == workshop


def test_a_dot_needs_exactly_one_voter(tmp_path: Path) -> None:
    neither = dataclasses.replace(phone_workshop(), vote_dots=[VoteDot("v-ideas", "n-walk", None, id="d-x")])
    both = dataclasses.replace(
        phone_workshop(), vote_dots=[VoteDot("v-ideas", "n-walk", "p-ada", device_id="dev-1", id="d-x")]
    )
    for workshop in (neither, both):
        assert any("exactly one" in p for p in validation.problems(workshop))
    WorkshopFile.create(tmp_path / "a.samskap", phone_workshop()).close()
    conn = sqlite3.connect(tmp_path / "a.samskap")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO vote_dots VALUES ('d-y', 'v-ideas', 'n-walk', 'p-ada', 'dev-1')")
    conn.close()


def test_a_version_3_file_is_migrated_and_keeps_its_dots(tmp_path: Path) -> None:
    path = tmp_path / "v3.samskap"
    conn = sqlite3.connect(path)
    schema.migrations.apply(Database(conn), stop_before="m004_participants_phones")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 3")
    with conn:
        conn.execute(
            "INSERT INTO workshop (id, title, language, created) VALUES (1, 'Gammal', 'nn', '2025-10-01T08:00:00Z')"
        )
        conn.execute("INSERT INTO participants (id, name) VALUES ('p-1', 'Per')")
        conn.execute("INSERT INTO boards VALUES ('b-1', 'Tavle', 'co-design', 'idea-board', 0)")
        conn.execute(
            "INSERT INTO notes (id, board_id, colour, x, y, width, height, z, created, modified) "
            "VALUES ('n-1', 'b-1', '#ffffff', 0, 0, 180, 120, 0, '2025', '2025')"
        )
        conn.execute(
            "INSERT INTO votes (id, board_id, dots_per_person, allow_stacking, hidden, status, created) "
            "VALUES ('v-1', 'b-1', 3, 0, 0, 'open', '2025')"
        )
        conn.execute("INSERT INTO vote_dots VALUES ('d-1', 'v-1', 'n-1', 'p-1')")
    conn.close()
    assert query(path, "PRAGMA user_version") == [(3,)]
    workshop = load(path)  # read-only: not migrated, and the new lists are empty
    assert (workshop.devices, workshop.submissions) == ([], [])
    WorkshopFile.open(path).close()
    assert query(path, "PRAGMA user_version") == [(schema.SCHEMA_VERSION,)]  # 4, and the meetings since
    assert load(path).vote_dots == [VoteDot("v-1", "n-1", "p-1", id="d-1")]
    assert query(path, "PRAGMA foreign_key_check") == []
    assert query(path, "SELECT name FROM sqlite_master WHERE name LIKE 'vote_dots%' ORDER BY name") == [
        ("vote_dots",), ("vote_dots_device",), ("vote_dots_note",), ("vote_dots_vote",)
    ]  # fmt: skip
