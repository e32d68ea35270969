"""What the app remembers between sessions: recent workshops, the default folder.

Kept with QSettings in an INI file whose path the composition root chooses,
so tests and several installations never share one. Only paths are stored:
no names of people, nothing that leaves the machine.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

MAX_RECENT = 10


def default_workshop_folder() -> Path:
    """Where new workshops go: a Samskap folder in the user's documents."""
    override = os.environ.get("SAMSKAP_WORKSHOP_DIR")
    if override:
        return Path(override)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Samskap"


def default_settings_file() -> Path:
    override = os.environ.get("SAMSKAP_SETTINGS")
    if override:
        return Path(override)
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(config or Path.home() / ".config" / "samskap") / "samskap.ini"


class Settings:
    def __init__(self, path: Path) -> None:
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def recent_files(self) -> list[Path]:
        """Recent workshops, newest first, only those that still exist."""
        value = self._qsettings.value("recent_files", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [Path(p) for p in paths if Path(p).exists()]

    def add_recent_file(self, path: Path) -> None:
        path = path.resolve()
        paths = [path, *[p for p in self.recent_files() if p.resolve() != path]][:MAX_RECENT]
        self._qsettings.setValue("recent_files", [str(p) for p in paths])
        self._qsettings.sync()

    def language(self) -> str | None:
        """The interface language the facilitator chose, or None before any choice."""
        value = self._qsettings.value("language")
        return value if isinstance(value, str) and value else None

    def set_language(self, language: str) -> None:
        self._qsettings.setValue("language", language)
        self._qsettings.sync()

    def remove_recent_file(self, path: Path) -> None:
        paths = [p for p in self.recent_files() if p.resolve() != path.resolve()]
        self._qsettings.setValue("recent_files", [str(p) for p in paths])
        self._qsettings.sync()
