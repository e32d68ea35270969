"""Deleting backups on purpose: after a person was removed from a workshop, the backups taken
before still hold them (File > Personal data…).

Kept apart from app/storage/backups.py, whose store only ever deletes by its retention rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from app.storage.backups import Backup
from app.storage.errors import describe_os_error


def delete_backups(backups: Iterable[Backup]) -> list[tuple[Backup, str]]:
    """Delete each backup's file (and any journal beside it); return those that could not be, with why.

    A backup is a closed copy nobody writes (see BackupStore.take_of), so its files may simply
    go. A workshop's backups folder left with no backup loses its note of where the workshop
    was too, and then the folder itself.
    """
    failed: list[tuple[Backup, str]] = []
    folders: set[Path] = set()
    for backup in backups:
        try:
            for suffix in ("", "-wal", "-shm", "-journal"):
                backup.path.with_name(backup.path.name + suffix).unlink(missing_ok=True)
        except OSError as error:
            failed.append((backup, describe_os_error(error)))
        folders.add(backup.path.parent)
    for folder in folders:
        _remove_if_emptied(folder)
    return failed


def _remove_if_emptied(folder: Path) -> None:
    try:
        left = [p for p in folder.iterdir() if p.name != "origin.txt"]
        if not left:
            (folder / "origin.txt").unlink(missing_ok=True)
            folder.rmdir()
    except OSError:
        pass  # a folder that stays does no harm: it holds no backup
