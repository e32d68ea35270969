"""One workshop, one SQLite file.

A file is judged before anything can write to it (app/storage/inspection.py):
its header, its tables, a full integrity check and any write-ahead log beside
it, all read-only. Only a sound file of ours is opened for writing, so a
foreign, damaged or newer file stays byte-identical.

Writes come in batches, one transaction each: one undo command is one commit.
WAL with synchronous=FULL: a commit that returned survives a killed process
and a laptop whose battery dies, at about half a millisecond per commit.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from app.domain.model import Workshop, WorkshopInfo
from app.storage import schema
from app.storage.errors import CannotWrite, CorruptWorkshop, FileExists, describe_os_error, describe_other_writer
from app.storage.inspection import IDENTITY_TABLE, Inspection, close_inspection, identity, inspect, load_workshop
from app.storage.inspection import check_file as check_file  # where callers have always found them
from app.storage.inspection import read_header as read_header
from app.storage.rows import ENTITY_TYPES, TABLE_OF, Entity, to_row

SUFFIX = ".samskap"
_ROWS_PER_STEP = 500  # rows written between two progress reports of a new file


def file_name_for(title: str) -> str:
    """A file name from a workshop's title, keeping letters of every language but no path characters."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
    name = re.sub(r"\s+", " ", name).strip(" .")
    return (name[:80] or "workshop") + SUFFIX


class WorkshopFile:
    """An open workshop file: loads the whole workshop and commits batches of changes."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, *, read_only: bool, inspection: Inspection | None = None
    ) -> None:
        self.path = path
        self.read_only = read_only
        # Autocommit mode: every transaction is opened and closed explicitly below.
        self._conn = conn
        # The workshop as the judgement before opening read it, handed out by the first load() so
        # the file is read once; and the private copy a read-only file is read from, if any.
        self._inspection = inspection
        # How many commits the file had when this one last wrote (or opened) it: a different count
        # at the next commit means another writer got in between (see _mark_commit).
        self._commits = None if read_only else _commits(conn)

    # -- opening and creating -------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> WorkshopFile:
        """Open an existing workshop; read-only when asked or when the file or folder is.

        The file is judged read-only first (see app/storage/inspection.py) and
        opened for writing only when sound: a refused file is never changed.
        """
        path = Path(path)
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        read_only = read_only or not writable
        inspection = inspect(path, keep_connection=read_only, for_writing=not read_only)
        if read_only:
            # Read through the connection it was judged by: the file alone (immutable, so nothing
            # is made beside it, which a read-only folder would refuse), a live writer's log in
            # place, or a private copy of the file with a log a session left.
            assert inspection.connection is not None
            return cls(path, inspection.connection, read_only=True, inspection=inspection)
        try:
            conn = sqlite3.connect(path, isolation_level=None)
            try:
                _configure_for_writing(conn)
                if inspection.needs_migrating:
                    _migrate(conn)
                    inspection.workshop = None  # read again, as the new schema holds it
            except BaseException:
                conn.close()
                raise
        except sqlite3.OperationalError as error:
            raise CannotWrite(path, describe_os_error(error)) from None
        except sqlite3.DatabaseError as error:
            raise CorruptWorkshop(path, str(error)) from None
        return cls(path, conn, read_only=False, inspection=inspection)

    @classmethod
    def create(cls, path: Path | str, workshop: Workshop, *, overwrite: bool = False) -> WorkshopFile:
        """Write `workshop` as a new file at `path` and open it.

        The file is built under a temporary name beside the target and renamed
        into place only when complete, so `path` never holds half a workshop.
        """
        path = Path(path)
        if path.exists() and not overwrite:
            raise FileExists(path)
        put_in_place(write_new(path, workshop), path)
        return cls.open(path)

    # -- reading ---------------------------------------------------------------

    def load(self) -> Workshop:
        """The whole workshop, read into memory."""
        inspection = self._inspection
        if inspection is not None and inspection.workshop is not None:
            workshop, inspection.workshop = inspection.workshop, None
            return workshop
        try:
            return load_workshop(self._conn, self.path)
        except sqlite3.DatabaseError as error:
            raise CorruptWorkshop(self.path, str(error)) from None

    # -- writing ---------------------------------------------------------------

    def commit(
        self,
        *,
        upsert: Iterable[Entity] = (),
        delete: Iterable[Entity] = (),
        info: WorkshopInfo | None = None,
    ) -> None:
        """Write one batch of changes as a single transaction, or nothing at all."""
        self.commit_batches([Batch(tuple(upsert), tuple(delete), info)])

    def commit_batches(self, batches: Sequence[Batch]) -> None:
        """Write several batches, in order, as one transaction, or nothing at all.

        The document uses this to write changes that an earlier commit could not
        (a full disk) together with the next one, so none is skipped.
        """
        if self.read_only:
            raise CannotWrite(self.path, describe_os_error(PermissionError("read-only")))
        if self._inspection is not None:
            self._inspection.workshop = None  # what the file held before this, no longer the truth
        try:
            with _transaction(self._conn):
                for batch in batches:
                    if batch.info is not None:
                        _write_info(self._conn, batch.info)
                    _delete(self._conn, batch.delete)
                    _upsert(self._conn, batch.upsert)
                if not _mark_commit(self._conn, self._commits):
                    raise _OtherWriter
        except _OtherWriter:
            raise CannotWrite(self.path, describe_other_writer()) from None
        except sqlite3.Error as error:
            # Any refusal, not only a full disk or a read-only folder: a foreign key whose row
            # another writer deleted, or a page found damaged, is the facilitator's to know about,
            # never an exception out of an undo command (where it takes the process down).
            raise CannotWrite(self.path, describe_os_error(error)) from error
        if self._commits is not None:
            self._commits += 1

    def save_copy(self, target: Path | str) -> None:
        """Write a consistent copy of the live file to `target`, replacing it if present."""
        target = Path(target)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            remove_database_files(temporary)
            self._conn.execute("VACUUM INTO ?", [str(temporary)])
            give_identity(temporary)  # a copy that goes its own way: a log of one is no log of the other
            _retire(target)
            os.replace(temporary, target)
        except (OSError, sqlite3.OperationalError) as error:
            remove_database_files(temporary)
            raise CannotWrite(target, describe_os_error(error)) from None

    def close(self) -> None:
        # Closing the last connection checkpoints the WAL into the main file.
        self._conn.close()
        if self._inspection is not None:
            self._inspection.connection = None  # the one just closed, when it was the judge's
            close_inspection(self._inspection)
            self._inspection = None


def write_new(path: Path, workshop: Workshop, *, progress: Callable[[int, int], None] | None = None) -> Path:
    """Write `workshop` as a complete, closed workshop file under a temporary name beside `path`.

    Returns that name; nothing is at `path` yet: `put_in_place` renames the file there, and
    `discard` removes it (an import cancelled after the file was written). `progress(done,
    total)` follows the rows written and may raise to stop (a cancelled job): then nothing is
    left behind. Made for a worker thread: its connection is opened and closed here.
    """
    temporary = partial_name(path)
    try:
        remove_database_files(temporary)
        conn = sqlite3.connect(temporary, isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            _migrate(conn)
            with _transaction(conn):
                _write_info(conn, workshop.info)
                _upsert(conn, _all_entities(workshop), progress)
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.close()
    except (OSError, sqlite3.OperationalError) as error:
        remove_database_files(temporary)
        raise CannotWrite(path, describe_os_error(error)) from None
    except BaseException:
        remove_database_files(temporary)
        raise
    return temporary


def partial_name(path: Path) -> Path:
    """The temporary name `write_new` writes the file for `path` under."""
    return path.with_name(f".{path.name}.{os.getpid()}.partial")


def put_in_place(temporary: Path, path: Path) -> None:
    """Rename a file made by `write_new` to `path`, replacing what is there; CannotWrite if it cannot."""
    try:
        _retire(path)
        os.replace(temporary, path)
    except (OSError, sqlite3.OperationalError) as error:
        remove_database_files(temporary)
        raise CannotWrite(path, describe_os_error(error)) from None


def discard(temporary: Path) -> None:
    """Remove a file made by `write_new` that is not wanted after all."""
    remove_database_files(temporary)


@dataclasses.dataclass(frozen=True)
class Batch:
    """One transaction's worth of changes: what one undo command does."""

    upsert: tuple[Entity, ...] = ()
    delete: tuple[Entity, ...] = ()
    info: WorkshopInfo | None = None


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction: committed when the block ends, rolled back if it raises.

    Foreign keys are checked at the commit, so a nested frame may be written
    before its parent within one batch.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        yield
        conn.execute("COMMIT")
    except BaseException:
        # A failed COMMIT (a full disk) may already have rolled back.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


class _OtherWriter(Exception):
    """Raised inside a transaction to roll it back: another writer committed since our last commit."""


def _commits(conn: sqlite3.Connection) -> int | None:
    row = conn.execute(f"SELECT commits FROM {IDENTITY_TABLE} WHERE id = 1").fetchone()
    return None if row is None else int(row[0])


def _mark_commit(conn: sqlite3.Connection, expected: int | None) -> bool:
    """Count this commit; False when the file's count is not `expected`.

    The row is rewritten in every transaction, so every log a session leaves holds its page and a
    log written by another database is told apart (app/storage/inspection.py). The count tells
    two writers apart: the lock keeps a second one out, and one that got past it anyway (a
    race, a copy of the program that ignores the lock) would otherwise have each screen show
    its own workshop while the file holds a mix, with nobody told.
    """
    if expected is None:
        conn.execute(f"UPDATE {IDENTITY_TABLE} SET commits = commits + 1 WHERE id = 1")
        return True
    done = conn.execute(f"UPDATE {IDENTITY_TABLE} SET commits = commits + 1 WHERE id = 1 AND commits = ?", [expected])
    return done.rowcount == 1


def give_identity(path: Path) -> None:
    """A new identity for a file that is a copy of another and goes on as a workshop of its own."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        if identity(conn) is None:
            return  # an older file copied as it is, read-only: it gets one when first opened for writing
        conn.execute(f"UPDATE {IDENTITY_TABLE} SET identity = lower(hex(randomblob(16))), commits = 0")
    finally:
        conn.close()


def _configure_for_writing(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    # A person removed (File > Personal data) leaves no trace in the file's free pages: SQLite
    # overwrites deleted content only when asked, and the default differs between builds.
    conn.execute("PRAGMA secure_delete = ON")


def _migrate(conn: sqlite3.Connection) -> None:
    from sqlite_utils import Database

    schema.migrations.apply(Database(conn, execute_plugins=False))
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")


def _retire(target: Path) -> None:
    """Fold a file's leftover write-ahead log into it before it is replaced.

    A -wal left beside a target (a crashed session) would otherwise be replayed
    into the new file put in its place. Checkpointing and closing removes it
    the way SQLite means it to be removed; a log is never deleted by hand.
    """
    wal = Path(f"{target}-wal")
    if not wal.exists():
        return
    if not target.exists():
        # A log whose database is gone (the file was deleted or moved by hand) belongs to
        # nothing; connecting would create an empty file and replay the log into it. It
        # is set aside, not deleted, and its index (-shm, no data) goes with the database.
        wal.replace(wal.with_name(f"{wal.name}.orphaned"))
        Path(f"{target}-shm").unlink(missing_ok=True)
        return
    conn = sqlite3.connect(target)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    if Path(f"{target}-wal").exists():
        raise sqlite3.OperationalError("database is locked")


def remove_database_files(path: Path) -> None:
    """Remove a database file that is not in use, and the journal, WAL and shared-memory files beside it."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _write_info(conn: sqlite3.Connection, info: WorkshopInfo) -> None:
    _upsert_rows(conn, "workshop", [{"id": 1, **to_row(info)}])


def _all_entities(workshop: Workshop) -> list[Entity]:
    return [entity for table in TABLE_OF.values() for entity in getattr(workshop, table)]


def _rank(entity: Any) -> int:
    # Parents before children by table; within a table the given order is kept,
    # so a file loads in the order it was written (foreign keys are deferred to
    # the commit for a nested frame written before its parent).
    return ENTITY_TYPES.index(type(entity))


def _upsert(
    conn: sqlite3.Connection, entities: Iterable[Entity], progress: Callable[[int, int], None] | None = None
) -> None:
    by_table: dict[str, list[dict[str, Any]]] = {}
    for entity in sorted(entities, key=_rank):
        by_table.setdefault(TABLE_OF[type(entity)], []).append(to_row(entity))
    if progress is None:
        for table, rows in by_table.items():
            _upsert_rows(conn, table, rows)
        return
    total = sum(len(rows) for rows in by_table.values())
    done = 0
    for table, rows in by_table.items():
        for start in range(0, len(rows), _ROWS_PER_STEP):
            chunk = rows[start : start + _ROWS_PER_STEP]
            _upsert_rows(conn, table, chunk)
            done += len(chunk)
            progress(done, total)


def _upsert_rows(conn: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    # An upsert, not INSERT OR REPLACE: a replace deletes the row first, and its
    # ON DELETE CASCADE would take the children of an entity that only changed.
    columns = list(rows[0])
    names = ", ".join(f'"{c}"' for c in columns)
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
    sql = (
        f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}"
    )
    conn.executemany(sql, [[row[c] for c in columns] for row in rows])


def _delete(conn: sqlite3.Connection, entities: Iterable[Entity]) -> None:
    for entity in sorted(entities, key=_rank, reverse=True):
        conn.execute(f"DELETE FROM {TABLE_OF[type(entity)]} WHERE id = ?", [entity.id])
