"""Help > Keyboard shortcuts: a two-column table of keys and what they do, by topic.

Keys are written in Qt's portable form here and shown in the interface language
(QKeySequence.toString(NativeText) uses Qt's own translations: "Pil opp", "Mellomrom"),
so the same list reads right in every language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


def keys(*parts: str) -> str:
    """Key sequences ("Ctrl+Shift+N") in the interface language, joined with commas; a part
    with " / " between sequences keeps its slash ("Ctrl+Right / Ctrl+Left")."""
    native = QKeySequence.SequenceFormat.NativeText
    portable = QKeySequence.SequenceFormat.PortableText

    def one(sequence: str) -> str:
        shown = QKeySequence.fromString(sequence, portable).toString(native)
        return shown or sequence  # "1 – 6" is no key sequence: shown as written

    return ", ".join(" / ".join(one(s) for s in part.split(" / ")) for part in parts)


def shortcut_rows() -> list[tuple[str, list[tuple[str, str]]]]:
    """(topic, [(keys, what they do)]) in the order the table shows them."""
    return [
        (
            translate("Shortcuts", "Notes"),
            [
                (
                    keys("N", "Ins") + ", " + translate("Shortcuts", "double-click"),
                    translate("Shortcuts", "Add a note"),
                ),
                (
                    keys("Return", "F2") + ", " + translate("Shortcuts", "double-click a note"),
                    translate("Shortcuts", "Type in the selected note"),
                ),
                (keys("Esc", "Ctrl+Return"), translate("Shortcuts", "Stop typing")),
                ("1 – 6", translate("Shortcuts", "Colour of the selected notes")),
                (
                    translate("Shortcuts", "Arrow keys") + " (" + keys("Shift") + ": 1 px)",
                    translate("Shortcuts", "Move the selected notes"),
                ),
                (keys("Del"), translate("Shortcuts", "Delete the selected notes")),
                (
                    keys("Ctrl+A") + ", " + keys("Ctrl") + "+" + translate("Shortcuts", "click"),
                    translate("Shortcuts", "Select all, add to the selection"),
                ),
                (keys("Ctrl+X", "Ctrl+C", "Ctrl+V", "Ctrl+D"), translate("Shortcuts", "Cut, copy, paste, duplicate")),
                (keys("Ctrl+]", "Ctrl+["), translate("Shortcuts", "Bring to front, send to back")),
                (keys("Ctrl+Z", "Ctrl+Shift+Z / Ctrl+Y"), translate("Shortcuts", "Undo, redo")),
                (
                    keys("Ctrl") + "+" + translate("Shortcuts", "wheel") + ", " + keys("Ctrl++ / Ctrl+-"),
                    translate("Shortcuts", "Zoom"),
                ),
                (keys("Ctrl+0", "Ctrl+1"), translate("Shortcuts", "Fit all, actual size")),
                (translate("Shortcuts", "Space+drag, middle button drag"), translate("Shortcuts", "Pan")),
                (keys("Ctrl+Shift+N", "Alt+Up / Alt+Down"), translate("Shortcuts", "Add a board, move it up or down")),
            ],
        ),
        (
            translate("Shortcuts", "Floke map"),
            [
                (keys("C", "Tab", "Return", "Esc"), translate("Shortcuts", "Draw an arrow between two notes")),
                (keys("K"), translate("Shortcuts", "Next kind for the selected arrow")),
                (keys("Tab", "Shift+Tab"), translate("Shortcuts", "Select the next or previous frame, note or arrow")),
                (keys("Shift+F"), translate("Shortcuts", "Add a frame")),
                (keys("F2"), translate("Shortcuts", "Label of the selected arrow, title of the selected frame")),
                (keys("Ctrl+L"), translate("Shortcuts", "Link stakeholders to the selected note")),
                (keys("Ctrl+Shift+L"), translate("Shortcuts", "Tidy the floke tree")),
            ],
        ),
        (
            translate("Shortcuts", "Stakeholder map"),
            [
                (
                    keys("Ins", "Ctrl+N") + " " + translate("Shortcuts", "(in the table)"),
                    translate("Shortcuts", "Add a stakeholder"),
                ),
                (
                    keys("Ctrl+E", "Return") + " " + translate("Shortcuts", "(on the grid)"),
                    translate("Shortcuts", "Edit the selected stakeholder"),
                ),
                (
                    translate("Shortcuts", "Arrow keys (on the grid)"),
                    translate("Shortcuts", "Move the selected card: power and interest"),
                ),
            ],
        ),
        (
            translate("Shortcuts", "Dot voting"),
            [
                (keys("Ctrl+Shift+V", "Ctrl+Shift+D"), translate("Shortcuts", "Start a vote, record dots")),
                (
                    "1 – 9, " + keys("Up / Down") + " " + translate("Shortcuts", "(while recording)"),
                    translate("Shortcuts", "Who is voting"),
                ),
                (
                    translate("Shortcuts", "click, right-click or Shift+click a note"),
                    translate("Shortcuts", "Add a dot, take one back"),
                ),
                (
                    keys("Ctrl+Shift+R", "Ctrl+Shift+T"),
                    translate("Shortcuts", "Reveal the result, results and top ideas"),
                ),
            ],
        ),
        (
            translate("Shortcuts", "The wall"),
            [
                (keys("F5", "Shift+F5 / Esc"), translate("Shortcuts", "Start presenting, stop presenting")),
                (keys("PgDown / PgUp"), translate("Shortcuts", "While presenting: next, previous frame")),
                (keys("F", "B"), translate("Shortcuts", "While presenting: freeze, blank the wall")),
                (
                    keys("Alt+PgDown / Alt+PgUp", "T"),
                    translate("Shortcuts", "Next, previous agenda step; start or pause its timer"),
                ),
            ],
        ),
        (
            translate("Shortcuts", "Agenda and timer"),
            [
                (keys("Ctrl+Right / Ctrl+Left"), translate("Shortcuts", "Next step, previous step")),
                (keys("Ctrl+T", "Ctrl+Shift+M"), translate("Shortcuts", "Start or pause the timer, add a minute")),
                (
                    keys("F2", "Alt+Shift+Up / Alt+Shift+Down") + " " + translate("Shortcuts", "(in the agenda)"),
                    translate("Shortcuts", "Rename, move the selected step"),
                ),
            ],
        ),
    ]


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts in two columns, keys on the left, grouped by topic."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([translate("Shortcuts", "Keys"), translate("Shortcuts", "What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        bold = QFont(self.font())
        bold.setBold(True)
        for topic, rows in shortcut_rows():
            row = self.table.rowCount()
            self.table.insertRow(row)
            heading = QTableWidgetItem(topic)
            heading.setFont(bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, heading)
            self.table.setSpan(row, 0, 1, 2)
            for key_text, what in rows:
                row = self.table.rowCount()
                self.table.insertRow(row)
                self.table.setItem(row, 0, QTableWidgetItem(key_text))
                self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        width = header.sectionSize(0) + 420
        self.resize(min(width, 1000), 620)
