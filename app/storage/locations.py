"""Places where a workshop file is at risk: cloud-synced folders and network shares.

SQLite relies on file locks and on the order of writes; sync clients
(OneDrive, Dropbox, Google Drive, iCloud) copy a file while it is written and
may upload half a transaction or bring back an old copy, and network file
systems often implement locks badly or not at all. The facilitator is warned
once per file. `risky_location` is pure (the tests give it paths and mount
tables); `mounts` and `windows_drive_is_remote` ask the system.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import PurePosixPath, PureWindowsPath

# Folder names the sync clients create, compared case-insensitively against each path part.
_SYNC_FOLDERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("icloud drive", "iCloud"),
    ("iclouddrive", "iCloud"),
    ("mobile documents", "iCloud"),
    ("com~apple~clouddocs", "iCloud"),
)
# File system types (as in /proc/mounts) that live on another computer.
_NETWORK_FS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smbfs",
        "smb3",
        "fuse.sshfs",
        "sshfs",
        "9p",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
        "davfs",
        "fuse.davfs2",
        "webdav",
        "ncpfs",
        "lustre",
    }
)
NETWORK_SHARE = "network share"


def risky_location(path: str, *, platform: str = sys.platform, mounts: Sequence[tuple[str, str]] = ()) -> str | None:
    """The kind of risky place `path` is in ("OneDrive", ..., "network share"), or None.

    `mounts` is (mount point, file system type) pairs, as read from /proc/mounts.
    """
    windows = platform == "win32"
    pure = PureWindowsPath(path) if windows else PurePosixPath(path)
    if windows and (path.startswith("\\\\") or path.startswith("//")):
        return NETWORK_SHARE  # a UNC path, \\server\share\...
    for part in pure.parts[:-1]:
        name = part.lower()
        for marker, kind in _SYNC_FOLDERS:
            # "OneDrive - Fjellvik kommune", "OneDrive-Personal", "GoogleDrive-ada@example.org" (macOS CloudStorage)
            if name == marker or name.startswith(marker + " ") or name.startswith(marker + "-"):
                return kind
    if not windows and mounts:
        fs_type = _fs_type_of(str(pure), mounts)
        if fs_type is not None and (fs_type in _NETWORK_FS or fs_type.startswith("nfs")):
            return NETWORK_SHARE
    return None


def _fs_type_of(path: str, mounts: Sequence[tuple[str, str]]) -> str | None:
    """The file system type of the longest mount point that contains `path`."""
    best: tuple[int, str] | None = None
    for point, fs_type in mounts:
        point = point.rstrip("/") or "/"
        inside = path == point or path.startswith(point + "/") or point == "/"
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), fs_type)
    return best[1] if best else None


def mounts() -> list[tuple[str, str]]:
    """(mount point, type) of every mounted file system, on Linux; empty elsewhere."""
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    result = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 3:
            # /proc/mounts writes a space in a mount point as \040.
            result.append((fields[1].replace("\\040", " "), fields[2]))
    return result


if sys.platform == "win32":

    def windows_drive_is_remote(path: str) -> bool:
        """Whether a Windows drive letter is a mapped network drive (DRIVE_REMOTE)."""
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(path))[0]
        if not drive:
            return False
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4)

else:

    def windows_drive_is_remote(path: str) -> bool:
        """Whether a Windows drive letter is a mapped network drive: never, off Windows."""
        return False


def location_risk(path: str) -> str | None:
    """`risky_location` for a real path on this computer."""
    if windows_drive_is_remote(path):
        return NETWORK_SHARE
    return risky_location(os.path.abspath(path), mounts=mounts())
