"""Who has a workshop open: a lock beside it.

SQLite's own locks only last a transaction, so two facilitators (or two
windows) could both edit one file and each see a different workshop. The
writer holds a QLockFile (`.<name>.samskap-lock.qt`) for as long as the file
is open: Qt writes the process id, host and program into it, keeps it locked
by the operating system while the process lives, and takes over one left by a
dead process on the same computer atomically (under a second lock, checking
again there), so of several windows racing for a stale lock exactly one wins.
Qt's file does not say who the person is, so beside it the holder writes
`.<name>.samskap-lock` (JSON: user, host, pid, since), which is what the
second comer is shown. That file is written only while the Qt lock is held,
and older versions of Samskap, which know only it, still respect it.
"""

from __future__ import annotations

import dataclasses
import getpass
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

from app.domain.model import new_id
from app.storage.atomic import write_atomic


@dataclasses.dataclass(frozen=True)
class LockInfo:
    """What a lock file says about who holds the workshop."""

    user: str
    host: str
    pid: int
    since: str  # ISO 8601 UTC
    token: str = ""

    def since_local(self) -> datetime:
        """When the holder opened it, in this computer's time zone."""
        try:
            return datetime.fromisoformat(self.since).astimezone()
        except ValueError:
            return datetime.now().astimezone()


def lock_path(workshop: Path) -> Path:
    """The JSON file that says who holds `workshop` (the one people and older versions read)."""
    return workshop.with_name(f".{workshop.name}.samskap-lock")


def qt_lock_path(workshop: Path) -> Path:
    """The QLockFile that does the locking."""
    return workshop.with_name(f".{workshop.name}.samskap-lock.qt")


def current_user() -> str:
    """The login name of whoever runs Samskap, or "?" when there is none."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service account, a container)
        return "?"


def this_host() -> str:
    """This computer's name as a lock records it."""
    # Qt's name for it (gethostname() on Unix, as Python's socket module gives), which the Qt lock
    # records too; and the socket module is not imported on every start for one call.
    return QSysInfo.machineHostName() or "?"


class WorkshopLock:
    """A lock this process holds on one workshop; `release` lets it go."""

    def __init__(self, path: Path, info: LockInfo, qt_lock: QLockFile) -> None:
        self.path = path
        self.info = info
        self._qt_lock = qt_lock

    def release(self) -> None:
        """Remove the JSON file if it is still ours, then unlock (and so remove) the Qt lock."""
        holder = read_lock(self.path)
        if holder is not None and holder.token == self.info.token:
            self.path.unlink(missing_ok=True)
        self._qt_lock.unlock()


def acquire(
    workshop: Path, *, now: datetime | None = None, take_over: bool = False
) -> tuple[WorkshopLock | None, LockInfo | None]:
    """Try to take the lock of `workshop`: (our lock, None) or (None, who holds it).

    (None, None) when no lock can be written at all (a read-only folder): the
    file is then opened read-only anyway, so there is nothing to protect.
    `take_over` removes a lock the facilitator chose to take over (see
    `may_take_over`); never one a live process on this computer holds.
    """
    qt_lock = QLockFile(str(qt_lock_path(workshop)))
    # Never stale by age: a workshop stays open all day. Only a dead process on this computer
    # leaves a lock Qt takes over; one from another computer is respected until it is let go.
    qt_lock.setStaleLockTime(0)
    path = lock_path(workshop)
    if take_over and qt_lock_path(workshop).exists():
        # Qt removes it only if it can take the operating system's lock on it, which a live
        # holder on this computer keeps; whoever then creates it anew first wins, atomically.
        qt_lock.removeStaleLockFile()
    if not qt_lock.tryLock(0):
        if qt_lock.error() != QLockFile.LockError.LockFailedError:
            return None, None
        return None, _holder_of(qt_lock, path)
    # Ours now. A JSON lock without a live Qt lock is left by a crash, or held by an older Samskap.
    holder = read_lock(path)
    if holder is not None and not take_over and not is_stale(holder):
        qt_lock.unlock()
        return None, holder
    info = LockInfo(
        user=current_user(),
        host=this_host(),
        pid=os.getpid(),
        since=(now or datetime.now(UTC)).isoformat(timespec="seconds"),
        token=new_id(),
    )
    try:
        # Not synced to the disk: it is an advisory note, and one lost in a power cut only means
        # a second comer is told what Qt's lock says (no name); a sync costs the start-up time.
        write_atomic(path, json.dumps(dataclasses.asdict(info)).encode("utf-8"), durable=False)
    except OSError:
        qt_lock.unlock()
        return None, None
    return WorkshopLock(path, info, qt_lock), None


def _holder_of(qt_lock: QLockFile, path: Path) -> LockInfo:
    """Who holds the Qt lock: the JSON beside it, or (while the holder has yet to write that,
    or when it cannot be read) what Qt recorded, without the person's name."""
    pid, host, _program = qt_lock.getLockInfo()
    holder = read_lock(path)
    # Qt names the host its own way (QSysInfo), which may differ from socket's in case only.
    if holder is not None and holder.pid == pid and holder.host.casefold() == host.casefold():
        return holder
    try:
        since = datetime.fromtimestamp(Path(qt_lock.fileName()).stat().st_mtime, UTC)
    except OSError:
        since = datetime.now(UTC)
    return LockInfo(user="?", host=host or "?", pid=pid, since=since.isoformat(timespec="seconds"))


def read_lock(path: Path) -> LockInfo | None:
    """The lock at `path`, or None when there is none or it cannot be read as one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(
            user=str(data["user"]),
            host=str(data["host"]),
            pid=int(data["pid"]),
            since=str(data["since"]),
            token=str(data.get("token", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(holder: LockInfo) -> bool:
    """A JSON lock nobody holds, once we hold the Qt lock: one written on this computer.

    Every Samskap that writes the JSON holds the Qt lock while it lives, and Qt
    has told us that lock was free or its process dead. One from another
    computer may be an older Samskap there, which knows nothing of the Qt lock:
    it is respected.
    """
    return holder.host.casefold() == this_host().casefold()  # the two ways of naming it differ in case at most


def held_here(workshop: Path) -> bool:
    """Whether a process on this computer holds the workshop's lock now.

    Qt keeps the operating system's lock (flock) on its lock file while its
    process lives: when that can be taken, nobody here holds it, whatever pid
    the file names (a pid since given to another program, or a process on
    another computer, which a local flock does not see).
    """
    try:
        import fcntl
    except ImportError:  # Windows: Qt holds its lock file open without sharing; assume it is held
        return qt_lock_path(workshop).exists()
    try:
        fd = os.open(qt_lock_path(workshop), os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


def may_take_over(workshop: Path, holder: LockInfo) -> bool:
    """Whether the facilitator may be offered to take over a lock `holder` has on `workshop`.

    Offered when nothing here proves the holder alive: a lock from another
    computer (which may have crashed or been switched off), or one naming a
    process on this computer that holds no lock (its pid now another program's).
    Never for a Samskap on this computer that holds it: that one is surely alive.
    """
    if holder.host.casefold() != this_host().casefold():
        return True
    return holder.pid != os.getpid() and not held_here(workshop)
