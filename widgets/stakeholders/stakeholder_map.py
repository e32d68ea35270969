"""The stakeholder map board: one set of stakeholders seen as a grid, a table and a summary of gaps.

A board of kind "stakeholder map" shows this widget instead of the sticky-note
board. All three views show the workshop's stakeholders and change them only
through undo commands (see StakeholderEdits); they follow the document's
`entities_changed` signal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QTabWidget, QToolBar, QVBoxLayout, QWidget

from app.document import Changes, WorkshopDocument
from app.domain.model import Participant, Stakeholder
from widgets.stakeholders.stakeholder_editor import StakeholderEditor
from widgets.stakeholders.stakeholder_edits import StakeholderEdits
from widgets.stakeholders.stakeholder_grid import CARD_EXTENT, StakeholderGridView
from widgets.stakeholders.stakeholder_summary import StakeholderSummary
from widgets.stakeholders.stakeholder_table import StakeholderTableView
from widgets.stakeholders.wall_grid import WallGridScene


class StakeholderMapWidget(QWidget):
    """Grid, table and summary of the stakeholders, with the actions that edit them."""

    status_message = Signal(str)

    def __init__(self, *, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = StakeholderEdits(undo_stack=undo_stack)
        self.grid = StakeholderGridView(edits=self.edits)
        # What the wall shows of this board: the same stakeholders, laid out for the back row.
        self.wall_scene = WallGridScene(self)
        self.table = StakeholderTableView(edits=self.edits)
        self.summary = StakeholderSummary()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.grid, self.tr("Power and interest &grid"))
        self.tabs.addTab(self.table, self.tr("&Table"))
        self.tabs.addTab(self.summary, self.tr("S&ummary and gaps"))
        self.tabs.currentChanged.connect(lambda _index: self._focus_current())
        self.grid.edit_requested.connect(self.edit_stakeholder)
        self.table.edit_requested.connect(self.edit_stakeholder)

        self.add_action = self._action(self.tr("&Add stakeholder"), self.add_stakeholder, "Ins")
        self.edit_action = self._action(self.tr("&Edit stakeholder…"), self.edit_selected, "Ctrl+E")
        self.delete_action = self._action(self.tr("&Delete stakeholder"), self.delete_selected, "Del")
        self.from_participants_action = self._action(
            self.tr("Add &participants as stakeholders"), self.add_participants, None
        )
        self.to_participant_action = self._action(self.tr("&Make participant"), self.make_participants, None)
        self.to_participant_action.setToolTip(self.tr("Add the selected stakeholders to the workshop's participants"))
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.add_action, self.edit_action, self.delete_action])
        toolbar.addSeparator()
        toolbar.addActions([self.from_participants_action, self.to_participant_action])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.tabs)
        self.setAccessibleName(self.tr("Stakeholder map"))

    def _action(self, text: str, slot, shortcut: str | None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        # Only while the map has focus: Delete and Insert mean other things on a sticky-note board.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # The window's menu holds these too: they act only while the map is on screen.
        action.triggered.connect(lambda _checked=False: slot() if self.isVisible() else None)
        self.addAction(action)
        return action

    # -- the board shown ----------------------------------------------------------------------

    @property
    def board_id(self) -> str | None:
        return self.edits.board_id

    def show_board(self, document: WorkshopDocument | None, board_id: str | None) -> None:
        """Show the stakeholders of `document` on the map board `board_id` (None: nothing)."""
        if self.edits.document is not document:
            if self.edits.document is not None:
                self.edits.document.entities_changed.disconnect(self._on_document_entities_changed)
            if document is not None:
                document.entities_changed.connect(self._on_document_entities_changed)
            self.edits.document = document
            self.grid.reload()
            self.table.table_model.reload()
            self.wall_scene.show_stakeholders(self.edits.stakeholders())
        self.edits.board_id = board_id
        self.summary.show_stakeholders(self.edits.stakeholders())
        editable = self.edits.editable()
        for action in (self.add_action, self.delete_action, self.from_participants_action, self.to_participant_action):
            action.setEnabled(editable)

    def _on_document_entities_changed(self, changes: Changes) -> None:
        if changes.touches(Stakeholder) or changes.touches(Participant):
            self.grid.on_entities_changed(changes)
            self.wall_scene.show_stakeholders(self.edits.stakeholders())
            self.table.table_model.on_entities_changed(changes)
            self.summary.show_stakeholders(self.edits.stakeholders())

    def _focus_current(self) -> None:
        self.tabs.currentWidget().setFocus()

    # -- actions ---------------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        """The stakeholders selected in the view in front (the table's rows, or the grid's cards)."""
        if self.tabs.currentWidget() is self.table:
            return self.table.selected_ids()
        return self.grid.selected_ids()

    def add_stakeholder(self) -> str | None:
        if self.tabs.currentWidget() is not self.table:
            self.tabs.setCurrentWidget(self.table)
        return self.table.add_row()

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit_stakeholder(ids[0])

    def editor_for(self, stakeholder_id: str) -> StakeholderEditor | None:
        """The editor dialog of one card, not yet shown (tests fill it in and accept it)."""
        stakeholder = self.edits.find(stakeholder_id)
        if stakeholder is None or self.edits.document is None:
            return None
        person = self.edits.document.find(Participant, stakeholder.participant_id)
        return StakeholderEditor(stakeholder, participant_name=person.name if person else "", parent=self)

    def edit_stakeholder(self, stakeholder_id: str) -> None:
        editor = self.editor_for(stakeholder_id)
        if editor is not None and editor.exec() == StakeholderEditor.DialogCode.Accepted:
            self.apply_editor(editor)

    def apply_editor(self, editor: StakeholderEditor) -> None:
        self.edits.change([editor.stakeholder()], self.tr("Edit stakeholder"))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edits.delete(ids)

    def add_participants(self) -> None:
        made = self.edits.add_participants(card=CARD_EXTENT)
        if made:
            self.status_message.emit(self.tr("%1 participants added to the map").replace("%1", str(len(made))))
        else:
            self.status_message.emit(self.tr("Every participant is already on the map"))

    def make_participants(self) -> None:
        made = self.edits.make_participants(self.selected_ids())
        if made:
            self.status_message.emit(self.tr("%1 stakeholders are now participants").replace("%1", str(len(made))))
        else:
            self.status_message.emit(self.tr("Select stakeholders who are not participants yet"))
