"""Pick the stakeholders linked to one note: who is affected by it, who owns it.

A table of the workshop's stakeholders with two check boxes each, so one
dialog sets every link of the note and the change is one undo step. Arrow
keys move between cells and Space ticks a box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.document import WorkshopDocument
from app.domain.model import NoteStakeholder, Stakeholder, StakeholderRelation

_RELATIONS = (StakeholderRelation.AFFECTED, StakeholderRelation.OWNS)


class LinkStakeholderDialog(QDialog):
    """Check boxes per stakeholder: affected by this note, owns this note."""

    def __init__(self, *, document: WorkshopDocument, note_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link stakeholders"))
        self._stakeholders = sorted(document.all_of(Stakeholder), key=lambda s: s.name.casefold())
        linked = {
            (k.stakeholder_id, StakeholderRelation(k.relation))
            for k in document.all_of(NoteStakeholder)
            if k.note_id == note_id
        }
        note_text = " ".join(document.note(note_id).text[:120].split())
        layout = QVBoxLayout(self)
        question = self.tr("Who is affected by this, and who owns it (can act on it)?\n«%1»")
        intro = QLabel(question.replace("%1", note_text))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self._stakeholders), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Stakeholder"), self.tr("Affected"), self.tr("Owns it")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, stakeholder in enumerate(self._stakeholders):
            name = stakeholder.name[:200]
            if stakeholder.organisation:
                name += f" ({stakeholder.organisation[:80]})"
            self.table.setItem(row, 0, QTableWidgetItem(name))
            for column, relation in enumerate(_RELATIONS, start=1):
                box = QTableWidgetItem()
                box.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                checked = (stakeholder.id, relation) in linked
                box.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.table.setItem(row, column, box)
        layout.addWidget(self.table)
        if not self._stakeholders:
            self.table.setVisible(False)
            empty = QLabel(self.tr("This workshop has no stakeholders yet. Add them on the stakeholder map first."))
            empty.setWordWrap(True)
            layout.addWidget(empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self._stakeholders:
            self.table.setCurrentCell(0, 1)
            self.table.setFocus()
        self.resize(520, 420)

    def set_checked(self, stakeholder_id: str, relation: StakeholderRelation, checked: bool) -> None:
        row = next(i for i, s in enumerate(self._stakeholders) if s.id == stakeholder_id)
        item = self._box(row, 1 + _RELATIONS.index(relation))
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> set[tuple[str, StakeholderRelation]]:
        """The links ticked: (stakeholder id, relation)."""
        result = set()
        for row, stakeholder in enumerate(self._stakeholders):
            for column, relation in enumerate(_RELATIONS, start=1):
                if self._box(row, column).checkState() == Qt.CheckState.Checked:
                    result.add((stakeholder.id, relation))
        return result

    def _box(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        # The constructor puts a check box in every relation cell of every row.
        assert item is not None
        return item
