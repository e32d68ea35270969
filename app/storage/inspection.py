"""Judging a workshop file before anything may write to it.

A file is opened for writing only once a read-only look has found it sound and
ours, so a refused file stays byte-identical and gets no -wal or -shm beside
it. The look reads the header (SQLite? ours? newer?), the tables (a file with
our application_id but other tables is not ours), the whole of the file
(integrity_check: single-byte b-tree damage passes quick_check, and takes
edits), the foreign keys, and reads the workshop into the model, so that the
file is read once for its judgement and its opening alike.

A write-ahead log beside the file is judged too. Every workshop carries an
identity (schema migration "workshop_identity") on a page every commit
rewrites, so a log a session left holds that page: when the file read with its
log names another identity than the file alone, the log was written by another
database and is never applied. The log is read from a private copy, never in
place (reading it in place makes SQLite create a -shm), except while a process
on this computer holds the workshop's lock and writes it: then the log is that
writer's, current, and read where it is, as SQLite means it to be shared.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app import long_lived
from app.domain.model import Workshop, WorkshopInfo
from app.storage import schema
from app.storage.errors import (
    BreaksRules,
    CannotWrite,
    CorruptWorkshop,
    FileMissing,
    ForeignLog,
    NewerWorkshop,
    NotAWorkshop,
    describe_os_error,
)
from app.storage.lock import held_here
from app.storage.rows import TABLE_OF, from_row, from_rows

_SQLITE_MAGIC = b"SQLite format 3\x00"
IDENTITY_TABLE = "workshop_identity"


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) from the file header; raises for foreign files."""
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except FileNotFoundError:
        raise FileMissing(path) from None
    except IsADirectoryError:
        raise NotAWorkshop(path) from None
    except OSError as error:
        raise CannotWrite(path, describe_os_error(error)) from None
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise NotAWorkshop(path)
    (user_version,) = struct.unpack(">I", header[60:64])
    (application_id,) = struct.unpack(">I", header[68:72])
    return application_id, user_version


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A URI that opens `path` read-only; `immutable` also ignores any -wal and creates no -wal or -shm."""
    # immutable=1 promises SQLite that no one writes the file meanwhile: it reads the main file
    # alone, takes no locks and creates nothing beside it, right for a file that may not be ours.
    return path.resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")


def has_log(path: Path) -> bool:
    """Whether a write-ahead log with frames in it lies beside `path` (an empty one changes nothing)."""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


@dataclasses.dataclass
class Inspection:
    """What a read-only look at a sound workshop file found."""

    workshop: Workshop | None  # None when not asked to load
    needs_migrating: bool
    # A private folder holding a copy of the file and its log, when the log had to be read there;
    # the caller removes it (or keeps reading from it) when done.
    private: Path | None = None
    connection: sqlite3.Connection | None = None  # open on what was judged, when kept


def check_file(path: Path, *, full: bool = False) -> None:
    """Raise the WorkshopFileError that describes what is wrong with `path`, if anything.

    Never writes, nor creates anything beside the file. `full` also reads every
    row back into the model; the whole-file integrity check is done either way.
    """
    inspection = inspect(path, load=full)
    close_inspection(inspection)
    if inspection.workshop is not None:
        _follows_the_rules(path, inspection.workshop)


def _follows_the_rules(path: Path, workshop: Workshop) -> None:
    # What an import refuses, a check refuses too: the file's constraints cannot say all of it.
    from app.domain import validation  # only for a full check: opening a file does not need it

    for problem in validation.problems(workshop):
        raise BreaksRules(path, problem)


def inspect(path: Path, *, load: bool = True, keep_connection: bool = False, for_writing: bool = False) -> Inspection:
    """Judge `path` without changing it; raise the WorkshopFileError that describes it if it is
    not a sound workshop of this version of Samskap. `keep_connection` hands back the read-only
    connection the file was judged through (the caller closes it, with `close_inspection`).

    `for_writing`: the caller holds the lock and opens the file for writing next, so a live
    writer's log in place is never ours to share, and nothing may be made beside the file.
    """
    application_id, user_version = read_header(path)
    if application_id != schema.APPLICATION_ID:
        raise NotAWorkshop(path)
    if user_version > schema.SCHEMA_VERSION:
        raise NewerWorkshop(path)
    logged = has_log(path)
    private: Path | None = None
    if not for_writing and held_here(path):
        # Another window or process writes it now: read its log where it is, through its -shm,
        # as SQLite means a live database to be shared (a copy could catch it mid-checkpoint).
        uri = read_only_uri(path)
    elif not logged:
        uri = read_only_uri(path, immutable=True)
    else:
        private = _private_copy(path)
        uri = read_only_uri(private / path.name)
    conn: sqlite3.Connection | None = None
    try:
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None)
        except sqlite3.Error as error:
            raise CorruptWorkshop(path, str(error)) from None
        if logged:
            _judge_log(path, conn)
        inspection = _judge(path, conn, load=load)
    except BaseException:
        _remove_private(private, conn)
        raise
    if keep_connection:
        inspection.connection, inspection.private = conn, private
    else:
        _remove_private(private, conn)
    return inspection


def close_inspection(inspection: Inspection) -> None:
    """Close what an inspection kept open and remove its private copy."""
    _remove_private(inspection.private, inspection.connection)
    inspection.connection = inspection.private = None


def _judge(path: Path, conn: sqlite3.Connection, *, load: bool) -> Inspection:
    try:
        tables = _tables(conn)
        if "workshop" not in tables:
            # Our application_id over someone else's tables: not a workshop, and never given ours.
            raise NotAWorkshop(path)
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise CorruptWorkshop(path, "; ".join(result[:3]))
        if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
            raise CorruptWorkshop(path, "foreign key check failed")
        needs_migrating = True
        if "_sqlite_migrations" in tables:
            applied = {
                r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = 'samskap'")
            }
            if not applied <= set(schema.migration_names()):
                raise NewerWorkshop(path)
            needs_migrating = not set(schema.migration_names()) <= applied
        workshop = load_workshop(conn, path) if load else None
    except sqlite3.DatabaseError as error:
        raise CorruptWorkshop(path, str(error)) from None
    return Inspection(workshop, needs_migrating)


def _judge_log(path: Path, with_log: sqlite3.Connection) -> None:
    """Refuse a log whose identity is not the file's own (read from the file alone, without it)."""
    alone_conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    try:
        alone = identity(alone_conn)
    except sqlite3.DatabaseError:
        return  # the file alone is damaged or of an older version: the full check judges it with its log
    finally:
        alone_conn.close()
    if alone is None:
        return  # made before identities: the integrity and foreign key checks judge the log
    try:
        logged = identity(with_log)
    except sqlite3.DatabaseError:
        logged = None  # the log put another database's pages where the identity was
    if logged != alone:
        raise ForeignLog(path)


def identity(conn: sqlite3.Connection) -> str | None:
    """The workshop identity recorded in the file, or None for a file made before identities."""
    if IDENTITY_TABLE not in _tables(conn):
        return None
    row = conn.execute(f"SELECT identity FROM {IDENTITY_TABLE} WHERE id = 1").fetchone()
    return None if row is None else str(row[0])


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _private_copy(path: Path) -> Path:
    """A folder of our own with a copy of the file and its log, read there so nothing is made beside it."""
    import shutil  # only when a log is found: after a crash, or a log copied by hand
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="samskap-judge-"))
    try:
        shutil.copyfile(path, folder / path.name)
        shutil.copyfile(f"{path}-wal", folder / f"{path.name}-wal")
    except OSError as error:
        shutil.rmtree(folder, ignore_errors=True)
        raise CannotWrite(path, describe_os_error(error)) from None
    return folder


def _remove_private(folder: Path | None, conn: sqlite3.Connection | None) -> None:
    """Close `conn` and remove the private copy `folder`, either of which may be None."""
    if conn is not None:
        conn.close()
    if folder is not None:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


def _rows(conn: sqlite3.Connection, sql: str) -> Iterator[dict[str, Any]]:
    cursor = conn.execute(sql)
    columns = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(columns, values, strict=True))


def load_workshop(conn: sqlite3.Connection, path: Path) -> Workshop:
    """Every row of the file read into the model; CorruptWorkshop when they do not fit it."""
    info_rows = list(_rows(conn, "SELECT * FROM workshop"))
    if len(info_rows) != 1:
        raise CorruptWorkshop(path, "no workshop row")
    info_row = {k: v for k, v in info_rows[0].items() if k != "id"}
    try:
        info = from_row(WorkshopInfo, info_row)
        lists: dict[str, list[Any]] = {}
        # A file of an older schema opened read-only is not migrated: tables it
        # does not have yet are empty, and columns it lacks take their defaults.
        present = _tables(conn)
        with long_lived.building():  # the model lives as long as the workshop is open
            for cls, table in TABLE_OF.items():
                if table not in present:
                    lists[table] = []
                    continue
                # Column by column (rows.from_rows): a board of 20,000 notes is not 134,000 calls.
                cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
                columns = [d[0] for d in cursor.description]
                lists[table] = from_rows(cls, columns, cursor.fetchall())
    except (ValueError, TypeError) as error:
        raise CorruptWorkshop(path, str(error)) from None
    workshop = Workshop(info=info, **lists)
    if "meetings" not in present:
        # A file from before meetings, opened read-only and so not migrated: shown as the
        # one meeting the migration would make of it. Imported here, off the start-up path.
        from app.domain.meetings import as_process

        workshop = as_process(workshop)
    return workshop
