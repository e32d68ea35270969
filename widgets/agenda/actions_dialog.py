"""Agenda > Actions…: the process's actions to follow up at a meeting.

Each change (a status chosen in a row, a text edited in a cell, a new action) is one
command on the window's undo stack, recorded with the current meeting
(app/agenda/meeting_commands.py), so the line at the top and the meeting's summary
say what happened "since last meeting". The table is rebuilt from the document on
every change, so undo from the main window shows here at once.
"""

from __future__ import annotations

import contextlib
import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.agenda.meeting_commands import AddAction, EditAction, SetActionStatus
from app.document import Changes, WorkshopDocument
from app.domain.meetings import as_process, follow_up, previous_meeting
from app.domain.model import Action, ActionStatus

NUMBER, WHAT, WHO, DUE, STATUS = range(5)
TEXT_FIELDS = {WHAT: "what", WHO: "who", DUE: "due"}


def valid_due(text: str) -> bool:
    """An action's due date: empty, or a day written YYYY-MM-DD."""
    if not text:
        return True
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


class ActionsDialog(QDialog):
    """The actions in the plan's order: number, what, who, due and a status to choose per row."""

    def __init__(self, *, document: WorkshopDocument, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actions_dialog")
        self.setWindowTitle(self.tr("Actions"))
        self.document = document
        self.undo_stack = undo_stack
        self._actions: list[Action] = []
        self.status_names = {
            ActionStatus.PLANNED: self.tr("Planned"),
            ActionStatus.IN_PROGRESS: self.tr("In progress"),
            ActionStatus.DONE: self.tr("Done"),
            ActionStatus.STOPPED: self.tr("Stopped"),
        }
        self.follow_up_label = QLabel()
        self.follow_up_label.setObjectName("follow_up_label")
        self.follow_up_label.setWordWrap(True)
        font = self.follow_up_label.font()
        font.setBold(True)
        self.follow_up_label.setFont(font)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("actions_table")
        self.table.setHorizontalHeaderLabels(
            ["#", self.tr("What"), self.tr("Who"), self.tr("Due (YYYY-MM-DD)"), self.tr("Status")]
        )
        self.table.verticalHeader().setVisible(False)
        # One height for every row, that of a status choice: rows sized to their contents came
        # out uneven beside the choices; a long text is elided and shown whole in its tooltip.
        self.table.verticalHeader().setDefaultSectionSize(QComboBox().sizeHint().height() + 4)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for column in (NUMBER, WHO, DUE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.itemChanged.connect(self._on_table_item_changed)

        self.what_edit = QLineEdit()
        self.what_edit.setPlaceholderText(self.tr("What is to be done"))
        self.who_edit = QLineEdit()
        self.who_edit.setPlaceholderText(self.tr("Who"))
        self.due_edit = QLineEdit()
        self.due_edit.setPlaceholderText(self.tr("Due (YYYY-MM-DD)"))
        # The placeholder says how to write the date: it must show whole ("Frist (ÅÅÅÅ-MM-DD)").
        self.due_edit.setMinimumWidth(
            self.due_edit.fontMetrics().horizontalAdvance(self.due_edit.placeholderText()) + 24
        )
        self.add_button = QPushButton(self.tr("A&dd action"))
        self.add_button.setObjectName("add_action_button")
        self.add_button.clicked.connect(self.add_action)
        self.what_edit.returnPressed.connect(self.add_action)
        adding = QHBoxLayout()
        adding.addWidget(self.what_edit, 3)
        adding.addWidget(self.who_edit, 2)
        adding.addWidget(self.due_edit, 1)
        adding.addWidget(self.add_button)

        self.message = QLabel()
        self.message.setObjectName("actions_message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)  # until there is something to say
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.follow_up_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(860, 520)

        writable = not document.read_only
        for widget in (self.what_edit, self.who_edit, self.due_edit, self.add_button):
            widget.setEnabled(writable)
        if not writable:
            self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            self._say(self.tr("This workshop is open read-only here: the actions can be read, not changed."))
        document.entities_changed.connect(self._on_document_entities_changed)
        self.finished.connect(lambda _result: self._disconnect())
        self.refresh()

    def refresh(self) -> None:
        """Show the actions and the follow-up line as the document has them now."""
        workshop = as_process(self.document.workshop)  # a workshop made as one meeting is that meeting
        self.follow_up_label.setText(self.follow_up_text())
        self._actions = sorted(workshop.actions, key=lambda a: a.position)
        writable = not self.document.read_only
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(self._actions))
            # Cells are updated in place, not replaced: a change comes back here while the
            # table is still in the signal of the very cell or choice that made it.
            for row, action in enumerate(self._actions):
                self._cell(row, NUMBER, str(row + 1), editable=False)
                for column, name in TEXT_FIELDS.items():
                    self._cell(row, column, getattr(action, name), editable=writable)
                box = self.table.cellWidget(row, STATUS)
                if not isinstance(box, QComboBox):
                    box = self._status_box(row)
                    self.table.setCellWidget(row, STATUS, box)
                box.blockSignals(True)
                box.setCurrentIndex(box.findData(action.status.value))
                box.blockSignals(False)
                box.setEnabled(writable)
                box.setAccessibleName(self.tr("Status of %1").replace("%1", action.what))
        finally:
            self.table.blockSignals(False)

    def follow_up_text(self) -> str:
        """ "Since last meeting (12.05.2026): 2 done, 1 stopped, 4 new." for the current meeting."""
        workshop = as_process(self.document.workshop)
        meeting_id = workshop.info.current_meeting_id
        if meeting_id is None:
            return ""
        happened = follow_up(workshop, meeting_id)
        before = previous_meeting(workshop, meeting_id)
        if before is None:
            return self.tr("The first meeting of the process: %1 new.").replace("%1", str(len(happened.new)))
        when = before.date or before.title
        with contextlib.suppress(ValueError):
            when = datetime.date.fromisoformat(before.date).strftime("%d.%m.%Y")
        return (
            self.tr("Since last meeting (%1): %2 done, %3 stopped, %4 new.")
            .replace("%1", when)
            .replace("%2", str(len(happened.done)))
            .replace("%3", str(len(happened.stopped)))
            .replace("%4", str(len(happened.new)))
        )

    def status_box(self, row: int) -> QComboBox:
        """The status choice of the action in `row` (0 for the first)."""
        box = self.table.cellWidget(row, STATUS)
        assert isinstance(box, QComboBox)
        return box

    def set_status(self, action_id: str, status: ActionStatus) -> None:
        """Change an action's status, as one step of undo recorded with the current meeting."""
        action = self.document.find(Action, action_id)
        if action is None or action.status == status or self.document.read_only:
            return
        self.undo_stack.push(SetActionStatus(document=self.document, action_id=action_id, status=status))

    def add_action(self) -> None:
        """Add the action written in the fields below the table, as one step of undo."""
        what, who, due = self.what_edit.text().strip(), self.who_edit.text().strip(), self.due_edit.text().strip()
        if self.document.read_only:
            return
        if not what:
            self._say(self.tr("Write what is to be done first."))
            return
        if not valid_due(due):
            self._say(self.tr("The due date must be a day written YYYY-MM-DD, such as 2026-09-15."))
            return
        self.undo_stack.push(AddAction(document=self.document, what=what, who=who, due=due))
        for edit in (self.what_edit, self.who_edit, self.due_edit):
            edit.clear()
        self.message.setVisible(False)
        self.what_edit.setFocus()

    # -- helpers ---------------------------------------------------------------------------

    def _cell(self, row: int, column: int, text: str, *, editable: bool) -> None:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            if column == NUMBER:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        if item.text() != text:
            item.setText(text)
            item.setToolTip(text if column != NUMBER else "")
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)

    def _status_box(self, row: int) -> QComboBox:
        box = QComboBox()
        for status, name in self.status_names.items():
            box.addItem(name, status.value)
        # By row, not by action: a box is kept when the table is refreshed.
        box.activated.connect(lambda index, b=box, r=row: self._on_status_activated(r, b.itemData(index)))
        return box

    def _on_status_activated(self, row: int, value: str) -> None:
        if 0 <= row < len(self._actions):
            self.set_status(self._actions[row].id, ActionStatus(value))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        name = TEXT_FIELDS.get(item.column())
        if name is None or not 0 <= item.row() < len(self._actions) or self.document.read_only:
            return
        action = self._actions[item.row()]
        text = " ".join(item.text().split())
        if name == "what" and not text:
            self._say(self.tr("An action must say what is to be done."))
        elif name == "due" and not valid_due(text):
            self._say(self.tr("The due date must be a day written YYYY-MM-DD, such as 2026-09-15."))
        elif text != getattr(action, name):
            self.undo_stack.push(EditAction(document=self.document, action_id=action.id, **{name: text}))
            return
        QTimer.singleShot(0, self.refresh)  # put the cell back as the action has it, once its edit is over

    def _on_document_entities_changed(self, _changes: Changes) -> None:
        self.refresh()

    def _disconnect(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # already gone with the document
            self.document.entities_changed.disconnect(self._on_document_entities_changed)
