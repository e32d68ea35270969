"""A table of participants to type into or paste a whole list into, with bad emails marked.

Ctrl+V in the table, or "Paste list", reads the clipboard as a spreadsheet
selection, CSV lines or an email's address line (app.domain.participant_list).
An email that does not look like an address turns its cell red with a
tooltip; `problems()` counts them so a wizard page can hold back until fixed.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Participant
from app.domain.participant_list import MAX_FIELD, PastedParticipant, email_valid, parse_participants

NAME, ORGANISATION, ROLE, EMAIL = range(4)
BAD_EMAIL = QColor("#ffd6dc")


class _Table(QTableWidget):
    pasted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste) and self.state() != self.State.EditingState:
            self.pasted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ParticipantsTable(QWidget):
    """Name, organisation, role and optional email of each participant."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _Table(0, 4)
        self.table.setObjectName("participants_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Role"), self.tr("Email (optional)")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self._after_change())
        self.table.pasted.connect(self.paste_clipboard)
        add = QPushButton(self.tr("&Add row"))
        add.clicked.connect(self.add_empty_row)
        remove = QPushButton(self.tr("&Remove row"))
        remove.clicked.connect(self.remove_selected_rows)
        paste = QPushButton(self.tr("&Paste list"))
        paste.setToolTip(
            self.tr("Paste rows copied from a spreadsheet, CSV lines, or an email's list of addresses (Name <email>)")
        )
        paste.clicked.connect(self.paste_clipboard)
        self.status = QLabel()
        self.status.setObjectName("participants_status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (add, remove, paste):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._after_change()

    # -- contents -------------------------------------------------------------------------

    def add_rows(self, rows: list[PastedParticipant]) -> None:
        """Append rows (a blank last row is filled first, so a paste lands where one was typing)."""
        with QSignalBlocker(self.table):
            while self.table.rowCount() and self._row_blank(self.table.rowCount() - 1):
                self.table.removeRow(self.table.rowCount() - 1)
            for row in rows:
                index = self.table.rowCount()
                self.table.insertRow(index)
                for column, value in enumerate((row.name, row.organisation, row.role, row.email)):
                    self.table.setItem(index, column, QTableWidgetItem(value))
        self._after_change()

    def add_text(self, text: str) -> int:
        """Add the participants found in pasted text; returns how many."""
        rows = parse_participants(text)
        self.add_rows(rows)
        return len(rows)

    def paste_clipboard(self) -> None:
        count = self.add_text(QGuiApplication.clipboard().text())
        if not count:
            self.status.setText(self.tr("The clipboard holds no list of names."))

    def add_empty_row(self) -> None:
        self.table.insertRow(self.table.rowCount())
        self.table.setCurrentCell(self.table.rowCount() - 1, NAME)
        self.table.editItem(self.table.item(self.table.rowCount() - 1, NAME) or self._blank_item(NAME))

    def remove_selected_rows(self) -> None:
        for index in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(index)
        self._after_change()

    def participants(self) -> list[Participant]:
        """The rows with a name, trimmed; rows without a name are left out."""
        found = []
        for row in range(self.table.rowCount()):
            name, organisation, role, email = (self._text(row, c) for c in range(4))
            if name:
                found.append(Participant(name=name, organisation=organisation, role=role, email=email))
        return found

    def problems(self) -> int:
        """How many emails do not look like addresses."""
        return sum(1 for row in range(self.table.rowCount()) if not email_valid(self._text(row, EMAIL)))

    # -- internals -----------------------------------------------------------------------------

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        text = item.text() if item is not None else ""
        return " ".join(text.split())[:MAX_FIELD]  # no line breaks or tabs inside a name

    def _row_blank(self, row: int) -> bool:
        return not any(self._text(row, c) for c in range(4))

    def _blank_item(self, column: int) -> QTableWidgetItem:
        item = QTableWidgetItem("")
        self.table.setItem(self.table.rowCount() - 1, column, item)
        return item

    def _after_change(self) -> None:
        with QSignalBlocker(self.table):
            for row in range(self.table.rowCount()):
                item = self.table.item(row, EMAIL)
                if item is None:
                    continue
                valid = email_valid(self._text(row, EMAIL))
                item.setBackground(QBrush() if valid else QBrush(BAD_EMAIL))
                item.setToolTip("" if valid else self.tr("This does not look like an email address."))
        bad = self.problems()
        count = len(self.participants())
        if bad:
            self.status.setText(
                self.tr("%1 email address(es) look wrong (marked red): correct or clear them.").replace("%1", str(bad))
            )
            self.status.setStyleSheet("color: #b00020;")
        else:
            self.status.setText(self.tr("%1 participant(s). You can add them later too.").replace("%1", str(count)))
            self.status.setStyleSheet("")
        self.changed.emit()
