"""One workshop, one SQLite file.

A file is judged before anything can write to it: its header says whether it
is SQLite, whether it is ours (application_id) and whether a newer Samskap
wrote it (user_version); a read-only quick_check finds damage. Only a sound
file of ours is opened for writing, so a foreign, damaged or newer file
stays byte-identical.

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
import struct
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from app.domain.model import Workshop, WorkshopInfo
from app.storage import schema
from app.storage.errors import (
    CannotWrite,
    CorruptWorkshop,
    FileExists,
    FileMissing,
    NewerWorkshop,
    NotAWorkshop,
    describe_os_error,
)
from app.storage.rows import ENTITY_TYPES, TABLE_OF, Entity, from_row, from_rows, to_row

SUFFIX = ".samskap"
_ROWS_PER_STEP = 500  # rows written between two progress reports of a new file


def file_name_for(title: str) -> str:
    """A file name from a workshop's title, keeping letters of every language but no path characters."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
    name = re.sub(r"\s+", " ", name).strip(" .")
    return (name[:80] or "workshop") + SUFFIX


_SQLITE_MAGIC = b"SQLite format 3\x00"


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


def _read_only_uri(path: Path, *, immutable: bool = False) -> str:
    # immutable=1 also promises SQLite that no one writes the file meanwhile, so it
    # creates no -wal or -shm beside it: right for judging a file that may not be ours.
    return path.resolve().as_uri() + ("?immutable=1" if immutable else "?mode=ro")


def check_file(path: Path, *, full: bool = False) -> None:
    """Raise the WorkshopFileError that describes what is wrong with `path`, if anything.

    Never writes. `full` runs integrity_check and foreign_key_check and reads
    every row back into the model; otherwise a quick_check, fast enough for
    every open.
    """
    application_id, user_version = read_header(path)
    if application_id != schema.APPLICATION_ID:
        raise NotAWorkshop(path)
    if user_version > schema.SCHEMA_VERSION:
        raise NewerWorkshop(path)
    # Without a write-ahead log beside it the file is the whole truth.
    immutable = not Path(f"{path}-wal").exists()
    try:
        conn = sqlite3.connect(_read_only_uri(path, immutable=immutable), uri=True)
    except sqlite3.Error as error:
        raise CorruptWorkshop(path, str(error)) from None
    try:
        check = "integrity_check" if full else "quick_check"
        result = [row[0] for row in conn.execute(f"PRAGMA {check}")]
        if result != ["ok"]:
            raise CorruptWorkshop(path, "; ".join(result[:3]))
        if full:
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise CorruptWorkshop(path, "foreign key check failed")
            applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
            if not applied <= set(schema.migration_names()):
                raise NewerWorkshop(path)
            _load(conn, path)
    except sqlite3.DatabaseError as error:
        raise CorruptWorkshop(path, str(error)) from None
    finally:
        conn.close()


class WorkshopFile:
    """An open workshop file: loads the whole workshop and commits batches of changes."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        # Autocommit mode: every transaction is opened and closed explicitly below.
        self._conn = conn

    # -- opening and creating -------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> WorkshopFile:
        """Open an existing workshop; read-only when asked or when the file or folder is."""
        path = Path(path)
        check_file(path)
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        read_only = read_only or not writable
        try:
            if read_only:
                conn = sqlite3.connect(_read_only_uri(path), uri=True, isolation_level=None)
            else:
                conn = sqlite3.connect(path, isolation_level=None)
                _configure_for_writing(conn)
                if _needs_migrating(conn):
                    _migrate(conn)
        except sqlite3.OperationalError as error:
            raise CannotWrite(path, describe_os_error(error)) from None
        except sqlite3.DatabaseError as error:
            raise CorruptWorkshop(path, str(error)) from None
        return cls(path, conn, read_only=read_only)

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
        try:
            return _load(self._conn, self.path)
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
        try:
            with _transaction(self._conn):
                for batch in batches:
                    if batch.info is not None:
                        _write_info(self._conn, batch.info)
                    _delete(self._conn, batch.delete)
                    _upsert(self._conn, batch.upsert)
        except sqlite3.OperationalError as error:
            raise CannotWrite(self.path, describe_os_error(error)) from None

    def save_copy(self, target: Path | str) -> None:
        """Write a consistent copy of the live file to `target`, replacing it if present."""
        target = Path(target)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            remove_database_files(temporary)
            self._conn.execute("VACUUM INTO ?", [str(temporary)])
            _retire(target)
            os.replace(temporary, target)
        except (OSError, sqlite3.OperationalError) as error:
            remove_database_files(temporary)
            raise CannotWrite(target, describe_os_error(error)) from None

    def close(self) -> None:
        # Closing the last connection checkpoints the WAL into the main file.
        self._conn.close()


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


def _configure_for_writing(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def _needs_migrating(conn: sqlite3.Connection) -> bool:
    """Whether this app has migrations the file lacks, asked without sqlite-utils (see schema)."""
    try:
        applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = 'samskap'")}
    except sqlite3.OperationalError:  # no such table: a file made before any migration ran
        return True
    return not set(schema.migration_names()) <= applied


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


def _rows(conn: sqlite3.Connection, sql: str) -> Iterator[dict[str, Any]]:
    cursor = conn.execute(sql)
    columns = [d[0] for d in cursor.description]
    for values in cursor:
        yield dict(zip(columns, values, strict=True))


def _load(conn: sqlite3.Connection, path: Path) -> Workshop:
    info_rows = list(_rows(conn, "SELECT * FROM workshop"))
    if len(info_rows) != 1:
        raise CorruptWorkshop(path, "no workshop row")
    info_row = {k: v for k, v in info_rows[0].items() if k != "id"}
    try:
        info = from_row(WorkshopInfo, info_row)
        lists: dict[str, list[Any]] = {}
        # A file of an older schema opened read-only is not migrated: tables it
        # does not have yet are empty, and columns it lacks take their defaults.
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for cls, table in TABLE_OF.items():
            if table not in present:
                lists[table] = []
                continue
            cursor = conn.execute(f"SELECT * FROM {table} ORDER BY rowid")
            columns = [d[0] for d in cursor.description]
            lists[table] = from_rows(cls, columns, cursor.fetchall())
    except (ValueError, TypeError) as error:
        raise CorruptWorkshop(path, str(error)) from None
    return Workshop(info=info, **lists)
