"""The list of keyboard shortcuts shown from the Help menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def shortcuts_text() -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("Shortcuts", text)

    rows = [
        ("N, Insert, " + tr("double-click"), tr("Add a note")),
        ("Enter, F2, " + tr("double-click a note"), tr("Type in the selected note")),
        ("Esc, Ctrl+Enter", tr("Stop typing")),
        ("1 – 6", tr("Colour of the selected notes")),
        (tr("Arrow keys") + " (Shift: 1 px)", tr("Move the selected notes")),
        ("Delete", tr("Delete the selected notes")),
        ("Ctrl+A, Ctrl+" + tr("click"), tr("Select all, add to the selection")),
        ("Ctrl+X / C / V / D", tr("Cut, copy, paste, duplicate")),
        ("Ctrl+] / Ctrl+[", tr("Bring to front, send to back")),
        ("Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y", tr("Undo, redo")),
        ("Ctrl+" + tr("wheel") + ", Ctrl++ / Ctrl+-", tr("Zoom")),
        ("Ctrl+0, Ctrl+1", tr("Fit all, actual size")),
        (tr("Space+drag, middle button drag"), tr("Pan")),
        ("Ctrl+Shift+N, Alt+Up / Alt+Down", tr("Add a board, move it up or down")),
        ("C, Tab, Enter, Esc", tr("Draw an arrow between two notes")),
        ("K", tr("Next kind for the selected arrow")),
        ("F", tr("Add a frame")),
        ("F2", tr("Label of the selected arrow, title of the selected frame")),
        ("Ctrl+L", tr("Link stakeholders to the selected note")),
        ("Ctrl+Shift+T", tr("Tidy the floke tree")),
    ]
    return "\n".join(f"{keys}\t{what}" for keys, what in rows)
