"""The stakeholders as table rows: a Qt model that reads the document and edits through commands.

Rows follow the document's order. A change from the document updates only
the rows it touches (an edit, an added row, removed rows), so the cell being
tabbed through keeps its place while every edit is committed as it is made.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from app.document import Changes
from app.domain.model import Participant, Phase, Stakeholder, StakeholderCategory
from app.domain.stakeholders import category_title, clamp_unit
from widgets.stakeholders.stakeholder_edits import StakeholderEdits
from widgets.stakeholders.stakeholder_style import criterion_question, criterion_title, role_title

Index = QModelIndex | QPersistentModelIndex
_ROLES = tuple(Phase)


class Column:
    NAME, ORGANISATION, CATEGORY, CONTACT, POWER, INTEREST = range(6)
    EFFECTIVENESS, DEMOCRACY, INNOVATION = 6, 7, 8  # the check is the criterion, the text its reason
    CO_INITIATOR, CO_DESIGNER, CO_IMPLEMENTER = 9, 10, 11
    PARTICIPANT = 12
    COUNT = 13


_TEXT_FIELDS = {Column.NAME: "name", Column.ORGANISATION: "organisation", Column.CONTACT: "contact"}
_UNIT_FIELDS = {Column.POWER: "power", Column.INTEREST: "interest"}
_CRITERIA = {Column.EFFECTIVENESS: "effectiveness", Column.DEMOCRACY: "democracy", Column.INNOVATION: "innovation"}
_PHASES = {Column.CO_INITIATOR: Phase.CO_INITIATION, Column.CO_DESIGNER: Phase.CO_DESIGN,
           Column.CO_IMPLEMENTER: Phase.CO_IMPLEMENTATION}  # fmt: skip


def _header(column: int) -> str:
    if column in _CRITERIA:
        return criterion_title(_CRITERIA[column])
    if column in _PHASES:
        return role_title(_PHASES[column])
    titles = {
        Column.NAME: QCoreApplication.translate("StakeholderTableModel", "Name"),
        Column.ORGANISATION: QCoreApplication.translate("StakeholderTableModel", "Organisation"),
        Column.CATEGORY: QCoreApplication.translate("StakeholderTableModel", "Category"),
        Column.CONTACT: QCoreApplication.translate("StakeholderTableModel", "Contact"),
        Column.POWER: QCoreApplication.translate("StakeholderTableModel", "Power"),
        Column.INTEREST: QCoreApplication.translate("StakeholderTableModel", "Interest"),
        Column.PARTICIPANT: QCoreApplication.translate("StakeholderTableModel", "Participant"),
    }
    return titles[column]


class StakeholderTableModel(QAbstractTableModel):
    def __init__(self, *, edits: StakeholderEdits, parent=None) -> None:
        super().__init__(parent)
        self.edits = edits
        self._rows: list[Stakeholder] = []

    # -- following the document -----------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.edits.stakeholders()
        self.endResetModel()

    def on_entities_changed(self, changes: Changes) -> None:
        if not (changes.touches(Stakeholder) or changes.touches(Participant)):
            return
        new = self.edits.stakeholders()
        old_ids, new_ids = [s.id for s in self._rows], [s.id for s in new]
        if new_ids == old_ids:
            self._rows = new
        elif new_ids[: len(old_ids)] == old_ids:  # added at the end
            self.beginInsertRows(QModelIndex(), len(old_ids), len(new_ids) - 1)
            self._rows = new
            self.endInsertRows()
            return
        elif set(new_ids) < set(old_ids) and [i for i in old_ids if i in set(new_ids)] == new_ids:
            kept = set(new_ids)
            for row in reversed(range(len(old_ids))):
                if old_ids[row] not in kept:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self._rows[row]
                    self.endRemoveRows()
            self._rows = new
        else:
            self.reload()
            return
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, Column.COUNT - 1))

    def stakeholder_at(self, row: int) -> Stakeholder:
        return self._rows[row]

    def row_of(self, stakeholder_id: str) -> int:
        return next((r for r, s in enumerate(self._rows) if s.id == stakeholder_id), -1)

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default argument)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else Column.COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(section)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section in _CRITERIA:
            return criterion_question(_CRITERIA[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.edits.editable() or index.column() == Column.PARTICIPANT:
            return flags
        if index.column() in _CRITERIA:
            return flags | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        if index.column() in _PHASES:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s, column = self._rows[index.row()], index.column()
        display = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            if column in _TEXT_FIELDS:
                text = getattr(s, _TEXT_FIELDS[column])
                return text[:1000] if display else text
            if column in _UNIT_FIELDS:
                value = getattr(s, _UNIT_FIELDS[column])
                return f"{value:.2f}" if display else value
            if column == Column.CATEGORY:
                return category_title(s.category) if display else StakeholderCategory(s.category).value
            if column in _CRITERIA:
                return getattr(s, _CRITERIA[column] + "_reason")[:1000]
            if column == Column.PARTICIPANT:
                person = self.edits.document.find(Participant, s.participant_id) if self.edits.document else None
                return person.name[:1000] if person is not None else ""
        if role == Qt.ItemDataRole.CheckStateRole:
            if column in _CRITERIA:
                return _check(getattr(s, _CRITERIA[column]))
            if column in _PHASES:
                return _check(_PHASES[column].value in s.phase_roles)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
            Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        s, column = self._rows[index.row()], index.column()
        fields: dict[str, Any] = {}
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if column in _CRITERIA:
                fields[_CRITERIA[column]] = checked
            elif column in _PHASES:
                phase = _PHASES[column].value
                others = [p for p in s.phase_roles if p != phase]
                fields["phase_roles"] = [p.value for p in _ROLES if p.value in [*others, *([phase] if checked else [])]]
        elif role == Qt.ItemDataRole.EditRole:
            if column in _TEXT_FIELDS:
                fields[_TEXT_FIELDS[column]] = str(value).strip()
            elif column in _UNIT_FIELDS:
                try:
                    fields[_UNIT_FIELDS[column]] = round(clamp_unit(float(value)), 2)
                except (TypeError, ValueError):
                    return False
            elif column == Column.CATEGORY:
                fields["category"] = StakeholderCategory(value)
            elif column in _CRITERIA:
                criterion, reason = _CRITERIA[column], str(value).strip()
                fields[criterion + "_reason"] = reason
                if reason:  # a reason given is a criterion met
                    fields[criterion] = True
        if not fields:
            return False
        self.edits.change(
            [dataclasses.replace(s, **fields)], QCoreApplication.translate("StakeholderTableModel", "Edit stakeholder")
        )
        return True


def _check(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
