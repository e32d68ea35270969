"""What the app remembers between sessions: recent workshops, the default folder.

Kept with QSettings in an INI file whose path the composition root chooses,
so tests and several installations never share one. Only paths are stored,
plus the window's size and dock layout and the facilitator's own mail set-up (server, user
name, From address, their email template): no names of participants, and never a password (see app/mail/passwords.py).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

if TYPE_CHECKING:
    from app.mail.smtp_config import SmtpConfig
    from app.mail.templates import EmailTemplate

MAX_RECENT = 10


def default_workshop_folder() -> Path:
    """Where new workshops go: a Samskap folder in the user's documents."""
    override = os.environ.get("SAMSKAP_WORKSHOP_DIR")
    if override:
        return Path(override)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "Samskap"


def default_template_folder() -> Path:
    """Where the facilitator's own workshop templates go (SAMSKAP_TEMPLATE_DIR overrides it).

    The generic data folder, not the app's, so the command line (which has no
    QCoreApplication and so no application name) finds the same folder as the window.
    """
    override = os.environ.get("SAMSKAP_TEMPLATE_DIR")
    if override:
        return Path(override)
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(data or Path.home() / ".local" / "share") / "Samskap" / "templates"


def default_backups_folder() -> Path:
    """Where backups of workshops go: a folder in the app's data directory."""
    override = os.environ.get("SAMSKAP_BACKUP_DIR")
    if override:
        return Path(override)
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(data or Path.home() / ".local" / "share" / "samskap") / "backups"


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
        paths = [value] if isinstance(value, str) else list(value or []) if isinstance(value, (list, tuple)) else []
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

    def toolbar_visible(self) -> bool:
        """Whether the main window shows its toolbar (yes until the facilitator hides it)."""
        return str(self._qsettings.value("window/toolbar", "true")).lower() not in ("false", "0")

    def set_toolbar_visible(self, visible: bool) -> None:
        self._qsettings.setValue("window/toolbar", bool(visible))
        self._qsettings.sync()

    def window_layout(self) -> tuple[bytes, bytes] | None:
        """The main window's geometry and dock layout as Qt saved them, or None before any."""
        geometry, state = self._qsettings.value("window/geometry"), self._qsettings.value("window/state")
        if not isinstance(geometry, (bytes, QByteArray)) or not isinstance(state, (bytes, QByteArray)):
            return None  # none yet, or an INI file edited by hand
        return _as_bytes(geometry), _as_bytes(state)

    def set_window_layout(self, geometry: bytes, state: bytes) -> None:
        """Remember the window's geometry (QWidget.saveGeometry) and docks (QMainWindow.saveState)."""
        self._qsettings.setValue("window/geometry", QByteArray(geometry))
        self._qsettings.setValue("window/state", QByteArray(state))
        self._qsettings.sync()

    def remove_recent_file(self, path: Path) -> None:
        paths = [p for p in self.recent_files() if p.resolve() != path.resolve()]
        self._qsettings.setValue("recent_files", [str(p) for p in paths])
        self._qsettings.sync()

    def location_warned(self, path: Path) -> bool:
        """Whether the facilitator was warned already that this file is in a synced or network folder."""
        value = self._qsettings.value("location_warned", [])
        paths = [value] if isinstance(value, str) else list(value or []) if isinstance(value, (list, tuple)) else []
        return str(path.resolve()) in paths

    def remember_location_warned(self, path: Path) -> None:
        value = self._qsettings.value("location_warned", [])
        paths = [value] if isinstance(value, str) else list(value or []) if isinstance(value, (list, tuple)) else []
        self._qsettings.setValue("location_warned", [*paths, str(path.resolve())][-200:])
        self._qsettings.sync()

    # -- email (issue 6) -----------------------------------------------------------------

    def folder(self) -> Path:
        """The folder of the settings file: the outbox lives beside it unless told otherwise."""
        return Path(self._qsettings.fileName()).parent

    def smtp_config(self) -> SmtpConfig | None:
        """The mail server the facilitator set up, or None before they did."""
        from app.mail.smtp_config import Security, SmtpConfig

        host = str(self._qsettings.value("smtp/host", "") or "")
        if not host:
            return None
        try:
            security = Security(str(self._qsettings.value("smtp/security", Security.STARTTLS)))
            port = int(str(self._qsettings.value("smtp/port", 587)))
        except ValueError:  # an edited INI file: fall back to the common choice
            security, port = Security.STARTTLS, 587
        return SmtpConfig(
            host=host,
            port=port,
            security=security,
            user=str(self._qsettings.value("smtp/user", "") or ""),
            from_address=str(self._qsettings.value("smtp/from_address", "") or ""),
            from_name=str(self._qsettings.value("smtp/from_name", "") or ""),
        )

    def set_smtp_config(self, config: SmtpConfig) -> None:
        for key, value in (
            ("host", config.host),
            ("port", config.port),
            ("security", str(config.security)),
            ("user", config.user),
            ("from_address", config.from_address),
            ("from_name", config.from_name),
        ):
            self._qsettings.setValue(f"smtp/{key}", value)
        self._qsettings.sync()

    def email_template(self, language: str) -> EmailTemplate | None:
        """The facilitator's own email template for a language, or None for the standard one."""
        subject = self._qsettings.value(f"email_template/{language}/subject")
        body = self._qsettings.value(f"email_template/{language}/body")
        if subject is None or body is None:
            return None
        from app.mail.templates import EmailTemplate

        return EmailTemplate(subject=str(subject), body=str(body))

    def set_email_template(self, language: str, template: EmailTemplate | None) -> None:
        """Save the facilitator's template for a language; None goes back to the standard one."""
        if template is None:
            self._qsettings.remove(f"email_template/{language}")
        else:
            self._qsettings.setValue(f"email_template/{language}/subject", template.subject)
            self._qsettings.setValue(f"email_template/{language}/body", template.body)
        self._qsettings.sync()

    def email_from(self) -> str:
        """The From address the facilitator used last (also for drafts, without a mail server)."""
        return str(self._qsettings.value("email/from", "") or "")

    def set_email_from(self, address: str) -> None:
        self._qsettings.setValue("email/from", address)
        self._qsettings.sync()

    def email_blind(self) -> bool:
        """Whether the facilitator last sent to the participants as blind copies (Bcc); off at first."""
        return str(self._qsettings.value("email/bcc", "false")).lower() == "true"

    def set_email_blind(self, blind: bool) -> None:
        self._qsettings.setValue("email/bcc", "true" if blind else "false")
        self._qsettings.sync()


def _as_bytes(value: bytes | QByteArray) -> bytes:
    return value if isinstance(value, bytes) else bytes(value.data())
