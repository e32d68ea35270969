"""The messages that keep a workshop safe: unsaved changes, a file in use, a risky folder, a damaged file.

Each is a window-modal QMessageBox opened without blocking (like
`show_problem`), with an object name the tests find it by. The caller
connects to the buttons it gets back. Strings are spelled out as
QCoreApplication.translate("DurabilityMessages", ...) so that lupdate finds them.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.storage.backups import Backup
from app.storage.lock import LockInfo


def _box(parent: QWidget | None, name: str, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    return box


def write_problem_box(parent: QWidget | None, message: str) -> tuple[QMessageBox, QPushButton]:
    """A change could not be written: it is kept on screen, retried, or saved elsewhere."""
    title = QCoreApplication.translate("DurabilityMessages", "Your last change was not saved")
    advice = QCoreApplication.translate(
        "DurabilityMessages",
        "Nothing is lost: the change stays on the screen, and Samskap keeps trying to save it. "
        "What was saved before is safe. If this goes on, use Save as… to save the whole workshop "
        "in another place (another folder or a USB stick).",
    )
    box = _box(parent, "write_problem", QMessageBox.Icon.Warning, title, message + "\n\n" + advice)
    save_as = box.addButton(
        QCoreApplication.translate("DurabilityMessages", "Save as…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box, save_as


def lock_notice_box(
    parent: QWidget | None, file_name: str, holder: LockInfo, *, may_take_over: bool = False
) -> tuple[QMessageBox, QPushButton | None]:
    """Someone else has the workshop open for writing: this one is read-only.

    With `may_take_over` (nothing here proves the holder alive: another computer, or a process
    id now another program's) a button takes the lock over, under a warning of what that risks.
    """
    since = holder.since_local()
    when = since.strftime("%H:%M") if since.date() == datetime.now().date() else since.strftime("%Y-%m-%d %H:%M")
    text = QCoreApplication.translate(
        "DurabilityMessages",
        "%1 is already open for changes by %2 on the computer %3 (since %4). "
        "It is opened read-only here, so that the two of you do not overwrite each other's work.\n\n"
        "Use Save as… to make a copy you can change.",
    )
    if may_take_over:
        text += "\n\n" + QCoreApplication.translate(
            "DurabilityMessages",
            "If you are sure that nobody works in it there any more (that computer was switched off, or "
            "Samskap there stopped without closing the workshop), you can take it over. If it is still "
            "open there, both of you will change the same file: each screen will show only its own "
            "changes, and work will be lost.",
        )
    text = text.replace("%1", file_name).replace("%2", holder.user).replace("%3", holder.host).replace("%4", when)
    title = QCoreApplication.translate("DurabilityMessages", "Opened read-only")
    box = _box(parent, "lock_notice", QMessageBox.Icon.Information, title, text)
    take_over = None
    if may_take_over:
        box.setIcon(QMessageBox.Icon.Warning)
        take_over = box.addButton(
            QCoreApplication.translate("DurabilityMessages", "Take over and edit"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box, take_over


def sync_warning_box(parent: QWidget | None, file_name: str, kind: str) -> QMessageBox:
    """A one-time warning: a synced folder or a network share is no place for a live workshop."""
    text = QCoreApplication.translate(
        "DurabilityMessages",
        "%1 is in a folder kept by %2. Samskap saves every change at once in the workshop file, and "
        "the file locks it relies on are not reliable there: the file can be copied half-written or "
        "replaced with an older copy.\n\n"
        "For a workshop, keep the file in a folder on this computer (for example Documents/Samskap) "
        "and put a copy in the shared folder afterwards (File > Save as…).",
    )
    title = QCoreApplication.translate("DurabilityMessages", "A risky place for a workshop")
    text = text.replace("%1", file_name).replace("%2", kind)
    box = _box(parent, "sync_warning", QMessageBox.Icon.Warning, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def corrupt_offer_box(parent: QWidget | None, message: str, backup: Backup) -> tuple[QMessageBox, QPushButton]:
    """The file is damaged (and left untouched); a sound backup can be opened as a new file."""
    when = backup.taken.astimezone().strftime("%Y-%m-%d %H:%M")
    offer = QCoreApplication.translate(
        "DurabilityMessages", "A sound backup from %1 exists. Open a copy of it as a new workshop file?"
    )
    title = QCoreApplication.translate("DurabilityMessages", "Cannot open workshop")
    box = _box(parent, "corrupt_offer", QMessageBox.Icon.Warning, title, message + "\n\n" + offer.replace("%1", when))
    restore = box.addButton(
        QCoreApplication.translate("DurabilityMessages", "Open the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.open()
    return box, restore


def unsaved_close_box(parent: QWidget | None) -> tuple[QMessageBox, QPushButton, QPushButton]:
    """Closing while changes are only on screen: save them elsewhere, or close without them."""
    title = QCoreApplication.translate("DurabilityMessages", "Some changes are not saved")
    text = QCoreApplication.translate(
        "DurabilityMessages",
        "Samskap could not write the latest changes to the workshop file, and they are only on the screen. "
        "Save the workshop in another place with Save as…, or close without them.",
    )
    box = _box(parent, "unsaved_close", QMessageBox.Icon.Warning, title, text)
    save_as = box.addButton(
        QCoreApplication.translate("DurabilityMessages", "Save as…"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("DurabilityMessages", "Close without them"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.open()
    return box, save_as, discard
