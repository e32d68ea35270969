"""Backups of workshop files: taken while a workshop changes, kept for two weeks.

A copy is taken with SQLite's backup API (consistent while the app writes)
at most every ten minutes while the workshop changes, and when it is closed.
Kept: the ten newest, and the newest of each day for fourteen days. Each
workshop has its own folder under the backups folder, named after the file
and a hash of its full path, so two files of the same name never mix. A
restore writes a new file; it never replaces a workshop.

The clock is passed in, so the tests can run two weeks in a second.
"""

from __future__ import annotations

import dataclasses
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.storage.errors import CannotWrite, WorkshopFileError, describe_os_error
from app.storage.workshop_file import SUFFIX, WorkshopFile, check_file, give_identity, remove_database_files

INTERVAL = timedelta(minutes=10)
KEEP_NEWEST = 10
KEEP_DAYS = 14
# UTC, to the millisecond, so two backups a moment apart (a change, then closing) both stay.
_STAMP = "%Y-%m-%dT%H-%M-%S-%fZ"
_STAMP_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{6}Z$")
_ORIGIN = "origin.txt"
_PARTIAL = ".partial"  # a backup being written; never listed
_PARTIAL_RE = re.compile(r"^\..+\.(?P<pid>\d+)\.[0-9a-f]+\.partial(-journal|-wal|-shm)?$")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclasses.dataclass(frozen=True)
class Backup:
    """One backup file: which workshop it is of, when it was taken, how big it is."""

    path: Path
    taken: datetime  # UTC
    size: int
    origin: Path | None  # the workshop file it was taken of, if known

    @property
    def workshop_name(self) -> str:
        return self.origin.stem if self.origin is not None else self.path.parent.name


def to_keep(times: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which backup times the retention rule keeps: the ten newest and one a day for 14 days."""
    ordered = sorted(set(times), reverse=True)
    keep = set(ordered[:KEEP_NEWEST])
    first_day = (now - timedelta(days=KEEP_DAYS - 1)).date()
    newest_of_day: dict[object, datetime] = {}
    for taken in ordered:
        day = taken.date()
        if first_day <= day <= now.date() and day not in newest_of_day:
            newest_of_day[day] = taken
    return keep | set(newest_of_day.values())


class BackupStore:
    """The backups folder: take, list, prune and restore backups."""

    def __init__(self, root: Path, *, clock: Clock = utc_now) -> None:
        self.root = root
        self.clock = clock

    def folder_for(self, workshop: Path) -> Path:
        import hashlib  # loads OpenSSL: at the first backup, not while the window starts

        resolved = str(workshop.resolve())
        digest = hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:12]
        stem = re.sub(r"[^\w\- ]", "_", workshop.stem)[:40] or "workshop"
        return self.root / f"{stem}-{digest}"

    def take_of(
        self, workshop: Path, *, at: datetime | None = None, progress: Callable[[int, int], None] | None = None
    ) -> Backup:
        """Back up the workshop file at `workshop` through a read connection of its own.

        Made for a worker thread while the window goes on writing: the connection is opened and
        used where this runs, and under WAL it reads the last committed state, held for the whole
        copy, so the window's commits meanwhile neither block it nor restart it. The copy is
        written under a temporary name in the backups folder and renamed when complete: a backup
        is never half-written. `at` is when the backup counts as taken (the schedule's clock, read
        where the backup was asked for); `progress(done, total)` follows the pages copied and may
        raise to stop the copy (a cancelled job), which leaves nothing behind. Raises CannotWrite
        when the backups folder cannot be written.
        """
        folder = self.folder_for(workshop)
        taken = (at or self.clock()).astimezone(UTC)
        taken = taken.replace(microsecond=taken.microsecond // 1000 * 1000)
        target = folder / f"{taken.strftime(_STAMP)}{SUFFIX}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            origin = folder / _ORIGIN
            if not origin.exists():
                origin.write_text(str(workshop.resolve()), encoding="utf-8")
        except OSError as error:
            raise CannotWrite(folder, describe_os_error(error)) from None
        # Named by process, and apart from any other copy under way (a closing backup beside a periodic one).
        temporary = folder / f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}{_PARTIAL}"
        try:
            _copy_database(workshop, temporary, progress)
            os.replace(temporary, target)
        except (OSError, sqlite3.OperationalError) as error:
            remove_database_files(temporary)
            raise CannotWrite(target, describe_os_error(error)) from None
        except BaseException:
            remove_database_files(temporary)
            raise
        self.prune(folder)
        return Backup(target, taken, target.stat().st_size, workshop.resolve())

    def latest_time(self, workshop: Path) -> datetime | None:
        found = self._in_folder(self.folder_for(workshop))
        return found[0].taken if found else None

    def backups(self, workshop: Path | None = None) -> list[Backup]:
        """Backups of one workshop, or of all, newest first."""
        if workshop is not None:
            return self._in_folder(self.folder_for(workshop))
        if not self.root.is_dir():
            return []
        found = [b for folder in self.root.iterdir() if folder.is_dir() for b in self._in_folder(folder)]
        return sorted(found, key=lambda b: b.taken, reverse=True)

    def newest_sound(self, workshop: Path) -> Backup | None:
        """The newest backup of `workshop` that passes a full integrity check."""
        for backup in self.backups(workshop):
            try:
                check_file(backup.path, full=True)
            except WorkshopFileError:
                continue
            return backup
        return None

    def prune(self, folder: Path) -> None:
        """Apply the retention rule to one workshop's backups, and remove copies that a session
        which ended mid-way (a crash, a killed process) left under a temporary name."""
        found = self._in_folder(folder)
        keep = to_keep((b.taken for b in found), self.clock().astimezone(UTC))
        for backup in found:
            if backup.taken not in keep:
                backup.path.unlink(missing_ok=True)
        # Only the process holding a workshop's lock backs it up, so a temporary copy named by
        # another process id is one nobody will finish. This process's own may still be running.
        for leftover in folder.glob(f".*{_PARTIAL}*"):
            named = _PARTIAL_RE.match(leftover.name)
            if named is not None and int(named["pid"]) != os.getpid():
                leftover.unlink(missing_ok=True)

    def restore(self, backup: Backup, folder: Path) -> Path:
        """Copy `backup` into a new workshop file in `folder` and return its path.

        The name says it is restored and from when; an existing file is never
        replaced (a number is added instead).
        """
        check_file(backup.path, full=True)
        local = backup.taken.astimezone().strftime("%Y-%m-%d %H.%M")
        target = _free_name(folder, f"{backup.workshop_name} (restored {local})")
        temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
        try:
            source = sqlite3.connect(backup.path.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                copy = sqlite3.connect(temporary)
                try:
                    source.backup(copy)
                    copy.execute("PRAGMA journal_mode = WAL")
                finally:
                    copy.close()
            finally:
                source.close()
            # A workshop file of its own from now on, beside the one it was taken of: a log of that one
            # copied beside it by hand must not pass for its own (app/storage/inspection.py).
            give_identity(temporary)
            if target.exists():  # appeared meanwhile: never replace it
                raise FileExistsError(target)
            os.replace(temporary, target)
        except (OSError, sqlite3.OperationalError) as error:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{temporary}{suffix}").unlink(missing_ok=True)
            raise CannotWrite(target, describe_os_error(error)) from None
        return target

    def _in_folder(self, folder: Path) -> list[Backup]:
        if not folder.is_dir():
            return []
        try:
            origin: Path | None = Path((folder / _ORIGIN).read_text(encoding="utf-8").strip())
        except OSError:
            origin = None
        found = []
        for path in folder.glob(f"*{SUFFIX}"):
            stem = path.name[: -len(SUFFIX)]
            if not _STAMP_RE.match(stem):
                continue
            try:
                size = path.stat().st_size
            except OSError:
                continue
            taken = datetime.strptime(stem, _STAMP).replace(tzinfo=UTC)
            found.append(Backup(path, taken, size, origin))
        return sorted(found, key=lambda b: b.taken, reverse=True)


_PAGES_PER_STEP = 256  # about a megabyte: progress and a chance to stop between steps


def _copy_database(source: Path, target: Path, progress: Callable[[int, int], None] | None) -> None:
    """Copy the database at `source` to a new file at `target` with SQLite's backup API."""
    reader = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
    try:
        # A read transaction of our own, held across the steps: the backup reads one snapshot.
        # Without it each step takes a fresh one and a commit from the window restarts the copy.
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
        copy = sqlite3.connect(target)
        try:

            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None:
                    progress(total - remaining, total)

            reader.backup(copy, pages=_PAGES_PER_STEP, progress=step)
            # A plain rollback-journal file with no -wal beside it, ready to be opened or read.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    finally:
        reader.close()


def _free_name(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}{SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} {number}{SUFFIX}"
        number += 1
    return candidate


class BackupSchedule:
    """When to back up one open workshop: after changes, at most every INTERVAL, and at close.

    The window takes the periodic backups on a worker thread: it notes each change, asks
    `due()`, calls `begin()` when it starts one and `end()` with what came of it, so a backup
    under way is never started twice. `closing` takes the last one at once.
    """

    def __init__(self, store: BackupStore, file: WorkshopFile) -> None:
        self.store = store
        self.file = file
        self._changed = False
        self._running = False
        # When the last backup was taken is read when a backup is first due, not on opening:
        # listing the backups folder is no work for the window's first frame, and nothing else
        # backs this file up while it is open here (its lock).
        self._last: datetime | None = None
        self._last_read = False

    def note_change(self) -> None:
        """A change reached the file; it is backed up by the next backup that starts."""
        self._changed = True

    def due(self) -> bool:
        """Whether a backup should start now: changes not yet backed up, the interval passed, none under way."""
        if not self._changed or self._running:
            return False
        if not self._last_read:
            self._last = self.store.latest_time(self.file.path)
            self._last_read = True
        return self._last is None or self.store.clock() - self._last >= INTERVAL

    def begin(self) -> datetime:
        """A backup starts: changes from now on are for the next one. Returns the time it is taken at."""
        self._running = True
        self._changed = False
        return self.store.clock()

    def end(self, backup: Backup | None) -> None:
        """The backup begun last has ended: taken, or not (failed, cancelled), and then its changes are still due."""
        if not self._running:
            return
        self._running = False
        if backup is None:
            self._changed = True
        else:
            self._last = backup.taken
            self._last_read = True

    def closing(self) -> Backup | None:
        """The workshop is being closed: back up whatever changed since the last backup."""
        return self._take() if self._changed else None

    def _take(self) -> Backup:
        taken = self.begin()
        backup: Backup | None = None
        try:
            backup = self.store.take_of(self.file.path, at=taken)
        finally:
            self.end(backup)
        return backup
