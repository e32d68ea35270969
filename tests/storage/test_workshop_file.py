"""The workshop file: round trips, pragmas, migrations, atomic batches, and files it must refuse untouched."""

from __future__ import annotations

import dataclasses
import os
import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlite_utils import Database

from app.domain.model import REFERENCES, Board, BoardKind, Frame, Note, Phase
from app.storage import schema
from app.storage.errors import (
    CannotWrite,
    CorruptWorkshop,
    FileExists,
    FileMissing,
    NewerWorkshop,
    NotAWorkshop,
    WorkshopFileError,
)
from app.storage.workshop_file import WorkshopFile
from tests.factories import many_notes_workshop, minimal_workshop, query, sample_workshop, sidecar_files

# A name with a space and non-ASCII letters, so "the message names the file" means something.
NAME = "Skulevegen Čáhppesjávri 2026.samskap"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / NAME


def _partials(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".partial" in p.name]


# -- round trip -----------------------------------------------------------------


def test_every_entity_survives_close_and_reopen(path: Path) -> None:
    workshop = sample_workshop()
    WorkshopFile.create(path, workshop).close()

    reopened = WorkshopFile.open(path)
    try:
        loaded = reopened.load()
    finally:
        reopened.close()

    assert loaded == workshop
    # The equality above covers these; spelled out so a failure reads well.
    assert {b.phase for b in loaded.boards} == set(Phase)
    assert loaded.stakeholders[0].phase_roles == ["co-initiation", "co-implementation"]
    assert loaded.votes[0].allow_stacking is True and loaded.votes[1].hidden is False
    assert sidecar_files(path) == set()  # closing checkpointed and removed the WAL


def test_loaded_entities_have_the_model_types(path: Path) -> None:
    WorkshopFile.create(path, sample_workshop()).close()
    f = WorkshopFile.open(path)
    loaded = f.load()
    f.close()
    vote = loaded.votes[0]
    assert type(vote.allow_stacking) is bool
    assert type(vote.dots_per_person) is int
    assert type(loaded.notes[0].x) is float
    assert type(loaded.boards[0].phase) is Phase


def test_frame_order_survives_round_trip(path: Path) -> None:
    workshop = minimal_workshop()
    outer = Frame("b-only", title="A", id="f-a")
    nested = Frame("b-only", title="A1", parent_id="f-a", id="f-a1")
    later = Frame("b-only", title="B", id="f-b")
    workshop.frames = [outer, nested, later]  # the order a facilitator drew them
    WorkshopFile.create(path, workshop).close()
    f = WorkshopFile.open(path)
    loaded = f.load()
    f.close()
    assert [fr.id for fr in loaded.frames] == ["f-a", "f-a1", "f-b"]


def test_the_files_foreign_keys_are_the_models_references(path: Path) -> None:
    """The schema's ON DELETE clauses and app.domain.model.REFERENCES, which validation and
    WorkshopDocument.apply follow, are one set of rules: a table added to one but not the
    other would make the model and the file disagree after a deletion."""
    WorkshopFile.create(path, minimal_workshop()).close()
    in_file = set()
    for (table,) in query(path, "SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in query(path, f"PRAGMA foreign_key_list('{table}')"):
            _id, _seq, target, field, target_field, _on_update, on_delete, _match = row
            assert target_field == "id"
            in_file.add((table, field, target, on_delete))
    assert in_file == set(REFERENCES)
    assert len(REFERENCES) == len(in_file), "each reference stated once"


# -- pragmas ----------------------------------------------------------------------


def test_pragmas_of_a_file_open_for_writing(path: Path) -> None:
    WorkshopFile.create(path, minimal_workshop()).close()
    f = WorkshopFile.open(path)
    try:
        assert f.read_only is False
        # foreign_keys and synchronous belong to the connection, so ask the file's own one.
        conn = f._conn
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL, as the module promises
    finally:
        f.close()
    # The header alone tells another program what the file is.
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == schema.APPLICATION_ID
    assert int.from_bytes(header[60:64], "big") == schema.SCHEMA_VERSION
    assert header[18:20] == b"\x02\x02"  # WAL read and write versions


# -- migrations ---------------------------------------------------------------------


def _version_1_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    db = Database(conn)
    schema.migrations.apply(db, stop_before="m002_foreign_key_indexes")
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    with conn:
        conn.execute(
            "INSERT INTO workshop (id, title, municipality, date, facilitator, language, created) "
            "VALUES (1, 'Gammal fil', 'Kárášjohka', '2025-11-01', 'Per', 'se', '2025-10-01T08:00:00.000+00:00')"
        )
        conn.execute("INSERT INTO boards VALUES ('b-old', 'Tavle', 'co-design', 'idea-board', 0)")
        conn.execute(
            "INSERT INTO notes VALUES ('n-old', 'b-old', 'Gammal lapp ŋ', '#8fd0ff', 1.5, 2.5, 180, 120, 3, "
            "'Per', NULL, '2025-11-01T10:00:00.000+00:00', '2025-11-01T10:01:00.000+00:00')"
        )
    conn.close()


def test_version_1_file_is_migrated_on_open(path: Path) -> None:
    _version_1_file(path)
    assert query(path, "PRAGMA user_version") == [(1,)]
    assert query(path, "SELECT name FROM sqlite_master WHERE type='index' AND name='notes_board'") == []

    f = WorkshopFile.open(path)
    try:
        loaded = f.load()
    finally:
        f.close()

    assert query(path, "PRAGMA user_version") == [(schema.SCHEMA_VERSION,)]
    assert query(path, "SELECT name FROM sqlite_master WHERE type='index' AND name='notes_board'") == [("notes_board",)]
    applied = [r[0] for r in query(path, "SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    assert applied == schema.migration_names()
    assert loaded.info.title == "Gammal fil" and loaded.info.municipality == "Kárášjohka"
    assert loaded.boards == [Board("Tavle", Phase.CO_DESIGN, kind=BoardKind.IDEA_BOARD, position=0, id="b-old")]
    (note,) = loaded.notes
    assert (note.id, note.board_id, note.text, note.colour) == ("n-old", "b-old", "Gammal lapp ŋ", "#8fd0ff")
    assert (note.x, note.y, note.width, note.height, note.z) == (1.5, 2.5, 180.0, 120.0, 3.0)
    assert note.frame_id is None and note.modified == "2025-11-01T10:01:00.000+00:00"


def test_version_1_file_opened_read_only_is_not_migrated(path: Path) -> None:
    _version_1_file(path)
    before = path.read_bytes()
    f = WorkshopFile.open(path, read_only=True)
    assert f.load().notes[0].id == "n-old"
    f.close()
    assert path.read_bytes() == before


# -- atomic batches ----------------------------------------------------------------


def test_a_failing_batch_writes_nothing(path: Path) -> None:
    WorkshopFile.create(path, minimal_workshop()).close()
    f = WorkshopFile.open(path)
    good = Board("Ny tavle", Phase.CO_INITIATION, id="b-new")
    orphan = Note("b-does-not-exist", text="foreldrelaus", id="n-orphan")
    try:
        # A refusal of the file is a write problem for the facilitator (CannotWrite), never an
        # exception that escapes an undo command; the database's own words stay in the message.
        with pytest.raises(CannotWrite, match="FOREIGN KEY") as caught:
            f.commit(upsert=[good, orphan])
        assert isinstance(caught.value.__cause__, sqlite3.IntegrityError)
        # Another connection sees neither half of the batch.
        assert query(path, "SELECT id FROM boards ORDER BY id") == [("b-only",)]
        assert query(path, "SELECT count(*) FROM notes") == [(0,)]
        # And the connection is still usable: the next batch commits.
        f.commit(upsert=[good])
        assert query(path, "SELECT id FROM boards ORDER BY id") == [("b-new",), ("b-only",)]
    finally:
        f.close()


def test_a_commit_is_visible_to_another_connection_at_once(path: Path) -> None:
    f = WorkshopFile.create(path, minimal_workshop())
    try:
        f.commit(upsert=[Note("b-only", text="hei", id="n-1")])
        assert query(path, "SELECT text FROM notes WHERE id = 'n-1'") == [("hei",)]
        f.commit(delete=[Note("b-only", id="n-1")])
        assert query(path, "SELECT count(*) FROM notes") == [(0,)]
    finally:
        f.close()


# -- files that must be refused, untouched -----------------------------------------


def _workshop_bytes(tmp_path: Path) -> bytes:
    """A closed (checkpointed) workshop of ~300 notes: many pages, WAL mode in its header."""
    source = tmp_path / "source" / "many.samskap"
    source.parent.mkdir()
    WorkshopFile.create(source, many_notes_workshop(300)).close()
    assert sidecar_files(source) == set()
    data = source.read_bytes()
    assert len(data) > 40 * 4096
    return data


def _foreign_sqlite(target: Path) -> None:
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
        conn.execute("INSERT INTO recipes VALUES ('bidos', 240)")
    conn.close()


def _random_middle(data: bytes) -> bytes:
    rng = random.Random(20260312)
    damaged = bytearray(data)
    page = 4096
    middle = len(data) // page // 2
    for n in range(middle - 3, middle + 3):
        damaged[n * page : (n + 1) * page] = rng.randbytes(page)
    return bytes(damaged)


BAD_FILES = {
    "empty": (NotAWorkshop, lambda data: b""),
    "text": (NotAWorkshop, lambda data: "Dette er eit referat frå møtet.\n".encode() * 20),
    "png": (NotAWorkshop, lambda data: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(600)),
    "truncated": (CorruptWorkshop, lambda data: data[: len(data) // 2]),
    "random middle pages": (CorruptWorkshop, _random_middle),
}


@pytest.mark.parametrize("kind", list(BAD_FILES))
def test_bad_file_is_refused_and_left_byte_identical(tmp_path: Path, kind: str) -> None:
    error_class, make = BAD_FILES[kind]
    content = make(_workshop_bytes(tmp_path) if error_class is CorruptWorkshop else b"")
    folder = tmp_path / "bad"
    folder.mkdir()
    target = folder / NAME
    target.write_bytes(content)

    with pytest.raises(error_class) as caught:
        WorkshopFile.open(target)

    assert NAME in caught.value.message and NAME in str(caught.value)
    assert target.read_bytes() == content
    # Judged read-only (immutable) before anything opens it for writing: no -wal or -shm either.
    assert sidecar_files(target) == set()


def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / NAME
    _foreign_sqlite(target)
    before = target.read_bytes()
    with pytest.raises(NotAWorkshop) as caught:
        WorkshopFile.open(target)
    assert NAME in caught.value.message
    assert target.read_bytes() == before
    assert sidecar_files(target) == set()


def test_newer_workshop_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / NAME
    WorkshopFile.create(target, sample_workshop()).close()
    conn = sqlite3.connect(target)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    assert sidecar_files(target) == set()
    before = target.read_bytes()
    with pytest.raises(NewerWorkshop) as caught:
        WorkshopFile.open(target)
    assert NAME in caught.value.message
    assert target.read_bytes() == before
    assert sidecar_files(target) == set()


def test_missing_file(tmp_path: Path) -> None:
    target = tmp_path / NAME
    with pytest.raises(FileMissing) as caught:
        WorkshopFile.open(target)
    assert NAME in caught.value.message
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_directory_given_as_the_file(tmp_path: Path) -> None:
    target = tmp_path / NAME
    target.mkdir()
    with pytest.raises(NotAWorkshop) as caught:
        WorkshopFile.open(target)
    assert NAME in caught.value.message
    assert target.is_dir() and list(target.iterdir()) == []
    assert sidecar_files(target) == set()


def test_all_refusals_are_workshop_file_errors() -> None:
    # The UI catches WorkshopFileError to show a sentence instead of the crash dialog.
    for error_class in (FileMissing, NotAWorkshop, CorruptWorkshop, NewerWorkshop, CannotWrite, FileExists):
        assert issubclass(error_class, WorkshopFileError)


# -- read-only ---------------------------------------------------------------------------


def test_read_only_open_loads_and_refuses_commits(path: Path) -> None:
    workshop = sample_workshop()
    WorkshopFile.create(path, workshop).close()
    before = path.read_bytes()

    f = WorkshopFile.open(path, read_only=True)
    try:
        assert f.read_only is True
        assert f.load() == workshop
        with pytest.raises(CannotWrite) as caught:
            f.commit(upsert=[Note("b-floke", text="nei", id="n-no")])
        assert NAME in caught.value.message and "read-only" in caught.value.message
        with pytest.raises(CannotWrite):
            f.commit(info=dataclasses.replace(workshop.info, title="nei"))
    finally:
        f.close()

    assert path.read_bytes() == before
    # SQLite leaves an empty -wal and a -shm beside a WAL file a read-only connection opened.
    assert sidecar_files(path) <= {f"{NAME}-wal", f"{NAME}-shm"}
    reopened = WorkshopFile.open(path)
    assert reopened.load() == workshop
    reopened.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to a 0o444 file and folder")
def test_read_only_file_and_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / NAME
    workshop = sample_workshop()
    WorkshopFile.create(target, workshop).close()
    before = target.read_bytes()
    target.chmod(0o444)
    folder.chmod(0o555)
    try:
        f = WorkshopFile.open(target)
        assert f.read_only is True
        assert f.load() == workshop
        with pytest.raises(CannotWrite):
            f.commit(upsert=[Note("b-floke", id="n-no")])
        f.close()
        assert target.read_bytes() == before
    finally:
        folder.chmod(0o755)
        target.chmod(0o644)


# -- copies and new files ------------------------------------------------------------------


def test_save_copy_holds_the_live_state(tmp_path: Path, path: Path) -> None:
    f = WorkshopFile.create(path, sample_workshop())
    copy = tmp_path / "kopi.samskap"
    try:
        # A commit still in the WAL of the open file must reach the copy.
        f.commit(upsert=[Note("b-free", text="berre i WAL", id="n-wal")])
        live = f.load()
        f.save_copy(copy)
    finally:
        f.close()
    assert not _partials(tmp_path)
    opened = WorkshopFile.open(copy)
    try:
        assert opened.load() == live
        assert any(n.text == "berre i WAL" for n in opened.load().notes)
    finally:
        opened.close()
    assert query(copy, "PRAGMA application_id") == [(schema.APPLICATION_ID,)]
    assert query(copy, "PRAGMA user_version") == [(schema.SCHEMA_VERSION,)]


def test_save_copy_replaces_an_existing_target(tmp_path: Path, path: Path) -> None:
    copy = tmp_path / "kopi.samskap"
    copy.write_text("old content")
    f = WorkshopFile.create(path, sample_workshop())
    f.save_copy(copy)
    expected = f.load()
    f.close()
    opened = WorkshopFile.open(copy)
    assert opened.load() == expected
    opened.close()
    assert not _partials(tmp_path)


def test_create_refuses_to_overwrite(tmp_path: Path, path: Path) -> None:
    path.write_text("not to be lost")
    with pytest.raises(FileExists) as caught:
        WorkshopFile.create(path, sample_workshop())
    assert NAME in caught.value.message
    assert path.read_text() == "not to be lost"
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]


def test_create_with_overwrite_replaces(tmp_path: Path, path: Path) -> None:
    WorkshopFile.create(path, sample_workshop()).close()
    replacement = minimal_workshop("Erstatning")
    f = WorkshopFile.create(path, replacement, overwrite=True)
    try:
        assert f.load() == replacement
    finally:
        f.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [NAME]
    assert not _partials(tmp_path)


def _leave_uncheckpointed_wal(target: Path) -> None:
    """Commit a note in a child process that then dies by SIGKILL: its WAL stays beside the file."""
    code = textwrap.dedent(
        f"""
        import os, signal
        from app.domain.model import Note
        from app.storage.workshop_file import WorkshopFile
        f = WorkshopFile.open({str(target)!r})
        f.commit(upsert=[Note("b-only", text="from the crashed session", id="n-stale")])
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], cwd=root, env={**os.environ, "PYTHONPATH": str(root)}, check=False)
    assert (target.parent / f"{target.name}-wal").stat().st_size > 0


def test_create_with_overwrite_ignores_a_stale_wal(path: Path) -> None:
    WorkshopFile.create(path, many_notes_workshop(50)).close()
    _leave_uncheckpointed_wal(path)
    replacement = minimal_workshop("Erstatning")
    f = WorkshopFile.create(path, replacement, overwrite=True)
    try:
        assert f.load() == replacement
    finally:
        f.close()


def test_a_log_left_beside_a_deleted_file_does_not_stop_a_new_one_and_is_kept_aside(path: Path) -> None:
    WorkshopFile.create(path, many_notes_workshop(50)).close()
    _leave_uncheckpointed_wal(path)
    log = Path(f"{path}-wal").read_bytes()
    path.unlink()  # the workshop deleted by hand, its log left behind
    replacement = minimal_workshop("Ny")
    f = WorkshopFile.create(path, replacement)
    try:
        assert f.load() == replacement
    finally:
        f.close()
    assert Path(f"{path}-wal.orphaned").read_bytes() == log


def test_save_copy_over_a_file_with_a_stale_wal(tmp_path: Path, path: Path) -> None:
    target = tmp_path / "kopi.samskap"
    WorkshopFile.create(target, many_notes_workshop(50)).close()
    _leave_uncheckpointed_wal(target)
    f = WorkshopFile.create(path, sample_workshop())
    try:
        f.save_copy(target)
        expected = f.load()
    finally:
        f.close()
    opened = WorkshopFile.open(target)
    try:
        assert opened.load() == expected
    finally:
        opened.close()
