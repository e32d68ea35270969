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
from app.storage.workshop_file import SUFFIX, WorkshopFile, check_file

INTERVAL = timedelta(minutes=10)
KEEP_NEWEST = 10
KEEP_DAYS = 14
# UTC, to the millisecond, so two backups a moment apart (a change, then closing) both stay.
_STAMP = "%Y-%m-%dT%H-%M-%S-%fZ"
_STAMP_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{6}Z$")
_ORIGIN = "origin.txt"

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

    def take(self, file: WorkshopFile) -> Backup:
        """Back up an open workshop now; raises CannotWrite when the backups folder cannot be written."""
        folder = self.folder_for(file.path)
        taken = self.clock().astimezone(UTC)
        taken = taken.replace(microsecond=taken.microsecond // 1000 * 1000)
        target = folder / f"{taken.strftime(_STAMP)}{SUFFIX}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            origin = folder / _ORIGIN
            if not origin.exists():
                origin.write_text(str(file.path.resolve()), encoding="utf-8")
        except OSError as error:
            raise CannotWrite(folder, describe_os_error(error)) from None
        file.backup_to(target)
        self.prune(folder)
        return Backup(target, taken, target.stat().st_size, file.path.resolve())

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
        found = self._in_folder(folder)
        keep = to_keep((b.taken for b in found), self.clock().astimezone(UTC))
        for backup in found:
            if backup.taken not in keep:
                backup.path.unlink(missing_ok=True)

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


def _free_name(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}{SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} {number}{SUFFIX}"
        number += 1
    return candidate


class BackupSchedule:
    """When to back up one open workshop: after changes, at most every INTERVAL, and at close."""

    def __init__(self, store: BackupStore, file: WorkshopFile) -> None:
        self.store = store
        self.file = file
        self._changed = False
        # When the last backup was taken is read at the first change, not on opening: listing
        # the backups folder is no work for the window's first frame, and nothing else backs
        # this file up while it is open here (its lock).
        self._last: datetime | None = None
        self._last_read = False

    def changed(self) -> Backup | None:
        """A change reached the file: back up if the last backup is old enough."""
        self._changed = True
        return self.tick()

    def tick(self) -> Backup | None:
        """Called now and then (a timer): back up changes once the interval has passed."""
        if not self._changed:
            return None
        if not self._last_read:
            self._last = self.store.latest_time(self.file.path)
            self._last_read = True
        now = self.store.clock()
        if self._last is not None and now - self._last < INTERVAL:
            return None
        return self._take()

    def closing(self) -> Backup | None:
        """The workshop is being closed: back up whatever changed since the last backup."""
        return self._take() if self._changed else None

    def _take(self) -> Backup:
        backup = self.store.take(self.file)
        self._last = backup.taken
        self._last_read = True
        self._changed = False
        return backup
