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
        # Stakeholder map
        ("Insert, Ctrl+N " + tr("(in the table)"), tr("Add a stakeholder")),
        ("Ctrl+E, Enter " + tr("(on the grid)"), tr("Edit the selected stakeholder")),
        (tr("Arrow keys (on the grid)"), tr("Move the selected card: power and interest")),
        # Dot voting
        ("Ctrl+Shift+V, Ctrl+Shift+D", tr("Start a vote, record dots")),
        ("1 – 9, Up / Down " + tr("(while recording)"), tr("Who is voting")),
        (tr("click, right-click or Shift+click a note"), tr("Add a dot, take one back")),
        ("Ctrl+Shift+R, Ctrl+Shift+T", tr("Reveal the result, results and top ideas")),
    ]
    return "\n".join(f"{keys}\t{what}" for keys, what in rows)
