"""One way to tell the facilitator that something could not be done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


def show_problem(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    """A clear sentence in a dialog, for known problems with files and disks, never for bugs.

    The dialog is window-modal but does not block the caller, so an autosave
    failure can be reported without stopping the event loop.
    """
    from PySide6.QtWidgets import QMessageBox  # set up when first shown, not before the first frame

    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote user text (file names, subjects): never markup
    box.setObjectName("problem_dialog")
    box.open()
    return box
