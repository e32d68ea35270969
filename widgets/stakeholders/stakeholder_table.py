"""The stakeholder table: quick entry of many actors, one cell at a time, every edit one undo step.

Ctrl+N or Insert adds a row and starts typing its name; Tab walks the cells;
Space ticks a criterion or a phase role; typing in a criterion's cell writes
its reason; Delete removes the selected rows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from app.domain.model import Stakeholder, StakeholderCategory
from app.domain.stakeholders import category_title, spread_new
from widgets.common.menu_keys import keep_letters_in
from widgets.stakeholders.stakeholder_edits import StakeholderEdits
from widgets.stakeholders.stakeholder_grid import CARD_EXTENT
from widgets.stakeholders.stakeholder_table_model import Column, StakeholderTableModel


class CategoryDelegate(QStyledItemDelegate):
    """A combo box of the eight categories."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for category in StakeholderCategory:
            combo.addItem(category_title(category), category.value)
        # A category chosen is kept at once, as a typed name is when the cell is left: Esc
        # closing the list (or the cell) afterwards must not throw the choice away unsaid.
        combo.activated.connect(lambda _index: self.commitData.emit(combo))
        keep_letters_in(combo)  # a letter finds a category; it is no window shortcut (T, F, B) here
        return combo

    def setEditorData(self, editor: QWidget, index) -> None:
        assert isinstance(editor, QComboBox)  # the one createEditor made
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index) -> None:
        assert isinstance(editor, QComboBox)  # the one createEditor made
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class UnitDelegate(QStyledItemDelegate):
    """Power and interest: 0.00 to 1.00."""

    def createEditor(self, parent, option, index):
        box = QDoubleSpinBox(parent)
        box.setRange(0.0, 1.0)
        box.setSingleStep(0.05)
        box.setDecimals(2)
        return box

    def setEditorData(self, editor: QWidget, index) -> None:
        assert isinstance(editor, QDoubleSpinBox)  # the one createEditor made
        editor.setValue(float(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model, index) -> None:
        assert isinstance(editor, QDoubleSpinBox)  # the one createEditor made
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


def _is_add_key(event: QKeyEvent) -> bool:
    combination = event.keyCombination()
    return combination.key() == Qt.Key.Key_Insert or QKeySequence(combination) == QKeySequence("Ctrl+N")


class StakeholderTableView(QTableView):
    edit_requested = Signal(str)  # stakeholder id: open the full editor

    def __init__(self, *, edits: StakeholderEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.table_model = StakeholderTableModel(edits=edits, parent=self)
        self.setModel(self.table_model)
        self._delegates = [CategoryDelegate(self), UnitDelegate(self)]
        self.setItemDelegateForColumn(Column.CATEGORY, self._delegates[0])
        self.setItemDelegateForColumn(Column.POWER, self._delegates[1])
        self.setItemDelegateForColumn(Column.INTEREST, self._delegates[1])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(130)
        header.resizeSection(Column.NAME, 220)
        header.resizeSection(Column.ORGANISATION, 180)
        for column in (Column.POWER, Column.INTEREST):
            header.resizeSection(column, 70)
        for column in (Column.EFFECTIVENESS, Column.DEMOCRACY, Column.INNOVATION):
            header.resizeSection(column, 200)
        self.setAccessibleName(self.tr("Stakeholder table"))

    def current_stakeholder(self) -> Stakeholder | None:
        index = self.currentIndex()
        return self.table_model.stakeholder_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        rows = sorted(
            {i.row() for i in self.selectionModel().selectedIndexes()}
            | ({self.currentIndex().row()} if self.currentIndex().isValid() else set())
        )
        return [self.table_model.stakeholder_at(r).id for r in rows]

    def select(self, stakeholder_ids: list[str]) -> None:
        rows = [self.table_model.row_of(i) for i in stakeholder_ids]
        rows = [r for r in rows if r >= 0]
        if rows:
            self.setCurrentIndex(self.table_model.index(rows[0], Column.NAME))

    def add_row(self) -> str | None:
        """A new stakeholder at the end, of the category of the current row; typing its name starts at once."""
        if not self.edits.editable():
            return None
        current = self.current_stakeholder()
        category = current.category if current is not None else StakeholderCategory.CITIZENS
        # Beside the cards already there, not on top of the last one added.
        [stakeholder] = spread_new(
            [Stakeholder(name="", category=category)], self.edits.stakeholders(), card=CARD_EXTENT
        )
        if not self.edits.add(stakeholder):
            return None
        index = self.table_model.index(self.table_model.row_of(stakeholder.id), Column.NAME)
        self.setCurrentIndex(index)
        self.edit(index)
        return stakeholder.id

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edits.delete(ids)

    # -- Qt overrides --------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Ctrl+N is New workshop elsewhere; in the table it adds a row, so claim it before the shortcut.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and _is_add_key(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_add_key(event):
            self.add_row()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != self.State.EditingState:
            self.delete_selected()
        elif (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            current = self.current_stakeholder()
            if current is not None:
                self.edit_requested.emit(current.id)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and index.column() == Column.PARTICIPANT:
            self.edit_requested.emit(self.table_model.stakeholder_at(index.row()).id)
            return
        super().mouseDoubleClickEvent(event)
