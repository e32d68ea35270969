"""Who has a workshop open: a small lock file beside it.

SQLite's own locks only last a transaction, so two facilitators (or two
windows) could both edit one file and each see a different workshop. A lock
file `.<name>.samskap-lock` beside the workshop says who opened it for
writing, on which computer and since when; whoever comes second is told and
opens the file read-only. The lock is written complete under a temporary name
and linked into place, so a reader never sees half of one; a lock whose
process is gone (same computer, dead PID) is stale and taken over.
"""

from __future__ import annotations

import dataclasses
import getpass
import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4


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
    return workshop.with_name(f".{workshop.name}.samskap-lock")


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service account, a container)
        return "?"


def this_host() -> str:
    return socket.gethostname() or "?"


class WorkshopLock:
    """A lock this process holds on one workshop; `release` removes it if it is still ours."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path
        self.info = info

    def release(self) -> None:
        holder = read_lock(self.path)
        if holder is not None and holder.token == self.info.token:
            self.path.unlink(missing_ok=True)


def acquire(workshop: Path, *, now: datetime | None = None) -> tuple[WorkshopLock | None, LockInfo | None]:
    """Try to take the lock of `workshop`: (our lock, None) or (None, who holds it).

    (None, None) when no lock can be written at all (a read-only folder): the
    file is then opened read-only anyway, so there is nothing to protect.
    """
    path = lock_path(workshop)
    info = LockInfo(
        user=current_user(),
        host=this_host(),
        pid=os.getpid(),
        since=(now or datetime.now(UTC)).isoformat(timespec="seconds"),
        token=uuid4().hex,
    )
    for _attempt in range(2):
        try:
            _create_exclusively(path, json.dumps(dataclasses.asdict(info)))
        except FileExistsError:
            holder = read_lock(path)
            if holder is not None and not is_stale(holder):
                return None, holder
            # Stale or unreadable (a crash while a lock was being replaced): take it over.
            path.unlink(missing_ok=True)
            continue
        except OSError:
            return None, None
        return WorkshopLock(path, info), None
    holder = read_lock(path)
    return None, holder


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
    """A lock left by a process that is gone; only knowable on the same computer."""
    return holder.host == this_host() and not pid_alive(holder.pid)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists but belongs to someone else
        return True
    return True


def _windows_pid_alive(pid: int) -> bool:
    # os.kill(pid, 0) would TerminateProcess on Windows; ask the process table instead.
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return bool(code.value == 259)  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _create_exclusively(path: Path, text: str) -> None:
    """Create `path` holding `text`, or raise FileExistsError; never a half-written lock."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.{uuid4().hex[:8]}.partial")
    temporary.write_text(text, encoding="utf-8")
    try:
        try:
            os.link(temporary, path)  # atomic, and fails if the lock exists
        except FileExistsError:
            raise
        except OSError:
            # No hard links here (FAT on a USB stick, some shares): exclusive create instead.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
    finally:
        temporary.unlink(missing_ok=True)
