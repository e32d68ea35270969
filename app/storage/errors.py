"""Known environment errors around workshop files.

These are facts about the user's world (a missing file, a foreign file, a full
disk), not bugs: each becomes one clear sentence for the facilitator, on the
command line or in a dialog. Anything else is a bug and goes to the crash
handler. (The split follows qutebrowser's sql.py.)
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def _translated(template: object) -> str:
    # The templates are marked with QT_TRANSLATE_NOOP where they are written (typed as object).
    return QCoreApplication.translate("WorkshopFileError", template)  # type: ignore[arg-type]


class WorkshopFileError(Exception):
    """A workshop file cannot be used as asked; `message` says why, for a person."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(self.message)

    template = QT_TRANSLATE_NOOP("WorkshopFileError", "The file {name} cannot be used.")

    @property
    def message(self) -> str:
        return _translated(self.template).format(name=self.path.name)


class FileMissing(WorkshopFileError):
    template = QT_TRANSLATE_NOOP(
        "WorkshopFileError", "The workshop file {name} does not exist (it may have been moved or deleted)."
    )


class NotAWorkshop(WorkshopFileError):
    template = QT_TRANSLATE_NOOP("WorkshopFileError", "The file {name} is not a Samskap workshop.")


class CorruptWorkshop(WorkshopFileError):
    template = QT_TRANSLATE_NOOP(
        "WorkshopFileError", "The workshop file {name} is damaged and cannot be opened. It has not been changed."
    )


class ForeignLog(WorkshopFileError):
    """A write-ahead log beside the file that was written by another database: applying it
    would quietly turn the workshop into something else, so it is never applied."""

    template = QT_TRANSLATE_NOOP(
        "WorkshopFileError",
        "The workshop file {name} cannot be opened: the file {name}-wal beside it holds changes "
        "of another workshop or database (it may have been copied or renamed by hand). Samskap has "
        "not applied them, and nothing has been changed. Move {name}-wal to another folder to open "
        "the workshop as it was last saved completely.",
    )


class NewerWorkshop(WorkshopFileError):
    template = QT_TRANSLATE_NOOP(
        "WorkshopFileError",
        "The workshop file {name} was made by a newer version of Samskap. "
        "Update Samskap to open it; the file has not been changed.",
    )


class FileExists(WorkshopFileError):
    template = QT_TRANSLATE_NOOP("WorkshopFileError", "A file called {name} already exists; choose another name.")


class CannotWrite(WorkshopFileError):
    """Writing failed for a reason outside the app: a full disk, a read-only folder."""

    template = QT_TRANSLATE_NOOP("WorkshopFileError", "Samskap could not write to {name}: {detail}")

    @property
    def message(self) -> str:
        return _translated(self.template).format(name=self.path.name, detail=self.detail)


class BadInterchange(WorkshopFileError):
    """A samskap/2 or samskap/1 JSON file that cannot be read; detail names the field."""

    template = QT_TRANSLATE_NOOP("WorkshopFileError", "The file {name} is not a valid Samskap export: {detail}")

    @property
    def message(self) -> str:
        return _translated(self.template).format(name=self.path.name, detail=self.detail)


class BreaksRules(WorkshopFileError):
    """A sound SQLite workshop whose content breaks the model's rules; detail names the entry and field."""

    template = QT_TRANSLATE_NOOP(
        "WorkshopFileError", "The workshop file {name} does not follow Samskap's rules: {detail}"
    )

    @property
    def message(self) -> str:
        return _translated(self.template).format(name=self.path.name, detail=self.detail)


def describe_os_error(error: BaseException) -> str:
    """A short reason for a failed write, in words a facilitator understands."""
    text = str(error).lower()
    if (isinstance(error, OSError) and error.errno == errno.ENOSPC) or "full" in text:
        return QCoreApplication.translate("WorkshopFileError", "the disk is full")
    if isinstance(error, PermissionError) or "readonly" in text or "read-only" in text:
        return QCoreApplication.translate("WorkshopFileError", "the file or its folder is read-only")
    if isinstance(error, sqlite3.OperationalError) and "locked" in text:
        return QCoreApplication.translate("WorkshopFileError", "another program is using the file")
    if "disk i/o error" in text or (isinstance(error, OSError) and error.errno == errno.EIO):
        # What SQLite reports when a write is refused below it: a removed USB stick, a
        # share that went away, files made read-only or immutable under the app.
        return QCoreApplication.translate(
            "WorkshopFileError", "the disk could not be written to (it may have been removed, or made read-only)"
        )
    if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError):
        # A constraint the file refuses (a foreign key whose row another program deleted, when two
        # windows wrote one file) or a page found damaged while writing: retrying cannot help.
        return QCoreApplication.translate(
            "WorkshopFileError",
            "the file was changed by another program, or is damaged ({error}); "
            "use Save as… to keep the workshop as it is on the screen",
        ).format(error=error)
    return QCoreApplication.translate("WorkshopFileError", "the storage reported an error ({error})").format(
        error=error
    )


def describe_other_writer() -> str:
    """Why a commit was refused when another program or window wrote the file since this one did."""
    return QCoreApplication.translate(
        "WorkshopFileError",
        "another program or window has written to the file since Samskap opened it, so the file no "
        "longer holds what the screen shows; use Save as… to keep the workshop as it is on the screen",
    )


class NoSuchBoard(WorkshopFileError):
    template = QT_TRANSLATE_NOOP("WorkshopFileError", "The workshop {name} has no board called “{detail}”.")

    @property
    def message(self) -> str:
        return _translated(self.template).format(name=self.path.name, detail=self.detail)
