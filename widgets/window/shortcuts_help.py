"""The list of keyboard shortcuts shown from the Help menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def shortcuts_text() -> str:
    rows = [
        (
            "N, Insert, " + QCoreApplication.translate("Shortcuts", "double-click"),
            QCoreApplication.translate("Shortcuts", "Add a note"),
        ),
        (
            "Enter, F2, " + QCoreApplication.translate("Shortcuts", "double-click a note"),
            QCoreApplication.translate("Shortcuts", "Type in the selected note"),
        ),
        ("Esc, Ctrl+Enter", QCoreApplication.translate("Shortcuts", "Stop typing")),
        ("1 – 6", QCoreApplication.translate("Shortcuts", "Colour of the selected notes")),
        (
            QCoreApplication.translate("Shortcuts", "Arrow keys") + " (Shift: 1 px)",
            QCoreApplication.translate("Shortcuts", "Move the selected notes"),
        ),
        ("Delete", QCoreApplication.translate("Shortcuts", "Delete the selected notes")),
        (
            "Ctrl+A, Ctrl+" + QCoreApplication.translate("Shortcuts", "click"),
            QCoreApplication.translate("Shortcuts", "Select all, add to the selection"),
        ),
        ("Ctrl+X / C / V / D", QCoreApplication.translate("Shortcuts", "Cut, copy, paste, duplicate")),
        ("Ctrl+] / Ctrl+[", QCoreApplication.translate("Shortcuts", "Bring to front, send to back")),
        ("Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y", QCoreApplication.translate("Shortcuts", "Undo, redo")),
        (
            "Ctrl+" + QCoreApplication.translate("Shortcuts", "wheel") + ", Ctrl++ / Ctrl+-",
            QCoreApplication.translate("Shortcuts", "Zoom"),
        ),
        ("Ctrl+0, Ctrl+1", QCoreApplication.translate("Shortcuts", "Fit all, actual size")),
        (
            QCoreApplication.translate("Shortcuts", "Space+drag, middle button drag"),
            QCoreApplication.translate("Shortcuts", "Pan"),
        ),
        ("Ctrl+Shift+N, Alt+Up / Alt+Down", QCoreApplication.translate("Shortcuts", "Add a board, move it up or down")),
        # Stakeholder map
        (
            "Insert, Ctrl+N " + QCoreApplication.translate("Shortcuts", "(in the table)"),
            QCoreApplication.translate("Shortcuts", "Add a stakeholder"),
        ),
        (
            "Ctrl+E, Enter " + QCoreApplication.translate("Shortcuts", "(on the grid)"),
            QCoreApplication.translate("Shortcuts", "Edit the selected stakeholder"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Arrow keys (on the grid)"),
            QCoreApplication.translate("Shortcuts", "Move the selected card: power and interest"),
        ),
        # Dot voting
        ("Ctrl+Shift+V, Ctrl+Shift+D", QCoreApplication.translate("Shortcuts", "Start a vote, record dots")),
        (
            "1 – 9, Up / Down " + QCoreApplication.translate("Shortcuts", "(while recording)"),
            QCoreApplication.translate("Shortcuts", "Who is voting"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "click, right-click or Shift+click a note"),
            QCoreApplication.translate("Shortcuts", "Add a dot, take one back"),
        ),
        (
            "Ctrl+Shift+R, Ctrl+Shift+T",
            QCoreApplication.translate("Shortcuts", "Reveal the result, results and top ideas"),
        ),
        ("C, Tab, Enter, Esc", QCoreApplication.translate("Shortcuts", "Draw an arrow between two notes")),
        ("K", QCoreApplication.translate("Shortcuts", "Next kind for the selected arrow")),
        ("Tab, Shift+Tab", QCoreApplication.translate("Shortcuts", "Select the next or previous frame, note or arrow")),
        ("Shift+F", QCoreApplication.translate("Shortcuts", "Add a frame")),
        ("F2", QCoreApplication.translate("Shortcuts", "Label of the selected arrow, title of the selected frame")),
        ("Ctrl+L", QCoreApplication.translate("Shortcuts", "Link stakeholders to the selected note")),
        ("Ctrl+Shift+L", QCoreApplication.translate("Shortcuts", "Tidy the floke tree")),
        ("F5, Shift+F5 / Esc", QCoreApplication.translate("Shortcuts", "Start presenting, stop presenting")),
        ("PgDown / PgUp", QCoreApplication.translate("Shortcuts", "While presenting: next, previous frame")),
        ("F, B", QCoreApplication.translate("Shortcuts", "While presenting: freeze, blank the wall")),
        (
            "Alt+PgDown / Alt+PgUp, T",
            QCoreApplication.translate("Shortcuts", "Next, previous agenda step; start or pause its timer"),
        ),
        # The agenda and the step timer
        ("Ctrl+Right / Ctrl+Left", QCoreApplication.translate("Shortcuts", "Next step, previous step")),
        ("Ctrl+T, Ctrl+Shift+M", QCoreApplication.translate("Shortcuts", "Start or pause the timer, add a minute")),
        (
            "F2, Alt+Shift+Up / Alt+Shift+Down " + QCoreApplication.translate("Shortcuts", "(in the agenda)"),
            QCoreApplication.translate("Shortcuts", "Rename, move the selected step"),
        ),
    ]
    return "\n".join(f"{keys}\t{what}" for keys, what in rows)
