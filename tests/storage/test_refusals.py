"""Damaged, foreign and read-only files, judged before anything writes to them.

Real files with real damage: a foreign table set under our application_id, one byte
changed in an index page, a write-ahead log copied from another workshop, a folder
made immutable with chattr (root writes through a plain chmod). A refused file stays
byte-identical with nothing new beside it; a sound file in a folder nobody may write
opens read-only, not "damaged".
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.model import Note
from app.storage import schema
from app.storage.errors import CorruptWorkshop, ForeignLog, NotAWorkshop
from app.storage.inspection import check_file
from app.storage.workshop_file import WorkshopFile
from tests.factories import minimal_workshop, query, sample_workshop, sidecar_files
from tests.test_cli import samskap

PAGE = 4096


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in `folder` with its bytes: what must not change when a file is refused."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# -- a file with our application_id but other tables ---------------------------------------


def test_a_file_with_our_id_but_other_tables_is_refused_and_never_given_ours(tmp_path: Path) -> None:
    target = tmp_path / "Oppskrifter.samskap"
    conn = sqlite3.connect(target)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    with conn:
        conn.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
        conn.execute("INSERT INTO recipes VALUES ('bidos', 240)")
    conn.close()
    before = snapshot(tmp_path)

    with pytest.raises(NotAWorkshop) as caught:
        WorkshopFile.open(target)

    assert target.name in caught.value.message
    assert snapshot(tmp_path) == before, "not switched to WAL, given no tables, nothing beside it"
    assert query(target, "PRAGMA journal_mode") == [("delete",)]
    assert query(target, "SELECT name FROM sqlite_master WHERE type = 'table'") == [("recipes",)]


# -- damage quick_check does not see ------------------------------------------------------------


def damage_an_index_entry(path: Path, key: bytes) -> None:
    """Change the last byte of `key` where it stands in an index leaf page (one byte, order kept):
    the table's row is then missing from the index, which only a full integrity check finds."""
    data = bytearray(path.read_bytes())
    for start in range(0, len(data), PAGE):
        header = start + (100 if start == 0 else 0)
        if data[header] != 0x0A:  # a leaf page of an index b-tree
            continue
        at = data.find(key, start, start + PAGE)
        if at >= 0:
            data[at + len(key) - 1] ^= 0x01
            path.write_bytes(bytes(data))
            return
    raise AssertionError(f"{key!r} is in no index page")


def test_single_byte_index_damage_stops_a_read_write_open(tmp_path: Path) -> None:
    target = tmp_path / "Indeks.samskap"
    workshop = minimal_workshop("Indeks")
    workshop.notes.append(Note("b-only", text="ein lapp", id="n-one"))
    WorkshopFile.create(target, workshop).close()
    damage_an_index_entry(target, b"b-only")
    conn = sqlite3.connect(target.as_uri() + "?immutable=1", uri=True)
    assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)], "the damage the open used to miss"
    conn.close()
    before = snapshot(tmp_path)

    with pytest.raises(CorruptWorkshop) as caught:
        WorkshopFile.open(target)

    assert "missing from index" in caught.value.detail
    assert snapshot(tmp_path) == before
    # `samskap check` says the same.
    with pytest.raises(CorruptWorkshop):
        check_file(target, full=True)


BROKEN_HEADS = {
    "header damage": lambda data: b"SQLite format 2\x00" + data[16:],
    "truncated in the header": lambda data: data[:50],
    "zeroed first page": lambda data: bytes(PAGE) + data[PAGE:],
    "truncated to half": lambda data: data[: len(data) // 2],
}


@pytest.mark.parametrize("kind", list(BROKEN_HEADS))
def test_damaged_files_get_nothing_beside_them(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "Skadd.samskap"
    WorkshopFile.create(target, sample_workshop()).close()
    target.write_bytes(BROKEN_HEADS[kind](target.read_bytes()))
    before = snapshot(tmp_path)
    with pytest.raises((NotAWorkshop, CorruptWorkshop)):
        WorkshopFile.open(target)
    assert snapshot(tmp_path) == before
    assert sidecar_files(target) == set()


# -- a write-ahead log that belongs to another database ------------------------------------------


def leave_a_log(path: Path, title: str) -> bytes:
    """Commit a change to `path` and return its -wal as a crash would leave it (not checkpointed)."""
    file = WorkshopFile.open(path)
    try:
        workshop = file.load()
        file._conn.execute("PRAGMA wal_autocheckpoint = 0")
        file.commit(info=type(workshop.info)(**{**vars(workshop.info), "title": title}))
        return Path(f"{path}-wal").read_bytes()
    finally:
        file.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_log_from_another_workshop_is_refused_and_never_applied(tmp_path: Path, read_only: bool) -> None:
    ours = tmp_path / "Vår.samskap"
    theirs = tmp_path / "andre" / "Deira.samskap"
    theirs.parent.mkdir()
    WorkshopFile.create(ours, minimal_workshop("Vår")).close()
    WorkshopFile.create(theirs, minimal_workshop("Deira")).close()
    Path(f"{ours}-wal").write_bytes(leave_a_log(theirs, "Deira, endra"))
    before = snapshot(tmp_path)

    with pytest.raises(ForeignLog) as caught:
        WorkshopFile.open(ours, read_only=read_only)

    assert "Vår.samskap-wal" in caught.value.message and "not applied" in caught.value.message
    assert snapshot(tmp_path) == before, "the file and the log are as they were, and no -shm appeared"
    with pytest.raises(ForeignLog):
        check_file(ours, full=True)
    # Set aside, the workshop opens as it was last saved whole.
    Path(f"{ours}-wal").rename(tmp_path / "aside.wal")
    reopened = WorkshopFile.open(ours)
    assert reopened.load().info.title == "Vår"
    reopened.close()


def test_a_sessions_own_log_is_applied(tmp_path: Path) -> None:
    ours = tmp_path / "Vår.samskap"
    WorkshopFile.create(ours, minimal_workshop("Vår")).close()
    log = leave_a_log(ours, "Vår, endra")
    Path(f"{ours}-wal").write_bytes(log)  # as a killed session leaves it
    file = WorkshopFile.open(ours)
    assert file.load().info.title == "Vår, endra"
    file.close()


def test_a_file_made_before_identities_gets_one_and_its_own_log_still_opens(tmp_path: Path) -> None:
    ours = tmp_path / "Gammal.samskap"
    WorkshopFile.create(ours, minimal_workshop("Gammal")).close()
    conn = sqlite3.connect(ours)
    conn.execute("DROP TABLE workshop_identity")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'workshop_identity'")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    file = WorkshopFile.open(ours)
    file.close()
    (identity,) = query(ours, "SELECT identity FROM workshop_identity")[0]
    assert len(identity) == 32
    assert WorkshopFile.open(ours, read_only=True).load().info.title == "Gammal"


def test_save_as_gives_the_copy_an_identity_of_its_own(tmp_path: Path) -> None:
    ours = tmp_path / "Vår.samskap"
    copy = tmp_path / "Kopi.samskap"
    file = WorkshopFile.create(ours, minimal_workshop("Vår"))
    file.save_copy(copy)
    file.close()
    assert query(ours, "SELECT identity FROM workshop_identity") != query(
        copy, "SELECT identity FROM workshop_identity"
    )


# -- a sound workshop in a folder nobody may write ----------------------------------------------


@pytest.fixture
def frozen_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder made immutable with chattr: nothing can be created in it, not even by root."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed")
    folder = tmp_path / "delt"
    folder.mkdir()
    yield folder
    subprocess.run(["chattr", "-i", str(folder)], check=False)


def freeze(folder: Path) -> None:
    done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot make a folder immutable here: {done.stderr.strip()}")


@pytest.mark.parametrize("with_log", [False, True])
def test_a_sound_workshop_in_a_read_only_folder_opens_read_only(
    frozen_folder: Path, tmp_path: Path, with_log: bool
) -> None:
    target = frozen_folder / "Felles.samskap"
    workshop = sample_workshop()
    WorkshopFile.create(target, workshop).close()
    if with_log:  # a session that ended without closing, on a share since made read-only
        Path(f"{target}-wal").write_bytes(leave_a_log(target, "Felles, endra"))
        workshop.info = type(workshop.info)(**{**vars(workshop.info), "title": "Felles, endra"})
    freeze(frozen_folder)
    before = snapshot(frozen_folder)

    file = WorkshopFile.open(target)
    assert file.read_only
    assert file.load() == workshop
    file.close()

    commands: list[list[str | Path]] = [
        ["check", target],
        ["export", target, "-o", tmp_path / "ut.json"],
        ["pdf", target, "-o", tmp_path / "ut.pdf"],
    ]
    for command in commands:
        done = samskap(tmp_path, *command)
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "ut.pdf").stat().st_size > 0
    assert snapshot(frozen_folder) == before


def test_a_restored_backup_gets_an_identity_of_its_own(tmp_path: Path) -> None:
    from app.storage.backups import BackupStore

    ours = tmp_path / "Vår.samskap"
    WorkshopFile.create(ours, minimal_workshop("Vår")).close()
    store = BackupStore(tmp_path / "backups")
    backup = store.take_of(ours)
    assert query(backup.path, "SELECT identity FROM workshop_identity") == query(
        ours, "SELECT identity FROM workshop_identity"
    )
    restored = store.restore(backup, tmp_path)
    assert query(restored, "SELECT identity FROM workshop_identity") != query(
        ours, "SELECT identity FROM workshop_identity"
    )
    # So the log of the original, copied beside the restored file by hand, is not applied to it.
    Path(f"{restored}-wal").write_bytes(leave_a_log(ours, "Vår, endra"))
    with pytest.raises(ForeignLog):
        WorkshopFile.open(restored)
