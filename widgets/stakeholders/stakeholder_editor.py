"""A dialog to fill in one stakeholder card: who they are, their roles and Sørensen's criteria."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import Phase, Stakeholder, StakeholderCategory
from app.domain.stakeholders import category_title
from widgets.stakeholders.stakeholder_style import CRITERIA, criterion_question, criterion_title, role_title

# A name or reason longer than this is refused by the line edit itself: a card is not an essay.
MAX_TEXT = 500


class StakeholderEditor(QDialog):
    """Edits a copy of a stakeholder; `stakeholder()` gives the result, the caller pushes the command."""

    def __init__(self, stakeholder: Stakeholder, *, participant_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stakeholder"))
        self._original = stakeholder
        self.name = self._line(stakeholder.name)
        self.organisation = self._line(stakeholder.organisation)
        self.contact = self._line(stakeholder.contact)
        self.category = QComboBox()
        for category in StakeholderCategory:
            self.category.addItem(category_title(category), category.value)
        self.category.setCurrentIndex(self.category.findData(StakeholderCategory(stakeholder.category).value))
        self.power = self._unit(stakeholder.power)
        self.interest = self._unit(stakeholder.interest)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("C&ategory:"), self.category)
        form.addRow(self.tr("Con&tact:"), self.contact)
        grid_row = QHBoxLayout()
        power_label = QLabel(self.tr("&Power:"))
        power_label.setBuddy(self.power)
        grid_row.addWidget(power_label)
        grid_row.addWidget(self.power)
        interest_label = QLabel(self.tr("&Interest:"))
        interest_label.setBuddy(self.interest)
        grid_row.addWidget(interest_label)
        grid_row.addWidget(self.interest)
        form.addRow(self.tr("Grid:"), grid_row)
        if participant_name:
            form.addRow(self.tr("Participant:"), QLabel(participant_name))

        roles = QGroupBox(self.tr("Role in each phase"))
        roles_layout = QHBoxLayout(roles)
        self.roles: dict[Phase, QCheckBox] = {}
        for phase in Phase:
            box = QCheckBox(role_title(phase))
            box.setChecked(phase.value in stakeholder.phase_roles)
            roles_layout.addWidget(box)
            self.roles[phase] = box

        criteria = QGroupBox(self.tr("Selection criteria (Sørensen)"))
        criteria_layout = QGridLayout(criteria)
        self.criteria: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        for row, criterion in enumerate(CRITERIA):
            box = QCheckBox(criterion_title(criterion))
            box.setChecked(getattr(stakeholder, criterion))
            box.setToolTip(criterion_question(criterion))
            reason = self._line(getattr(stakeholder, criterion + "_reason"))
            reason.setPlaceholderText(criterion_question(criterion))
            reason.textEdited.connect(lambda text, b=box: b.setChecked(True) if text.strip() else None)
            criteria_layout.addWidget(box, row, 0)
            criteria_layout.addWidget(reason, row, 1)
            self.criteria[criterion] = (box, reason)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(roles)
        layout.addWidget(criteria)
        layout.addWidget(buttons)
        self.name.setFocus()
        self.resize(560, self.sizeHint().height())

    @staticmethod
    def _line(text: str) -> QLineEdit:
        edit = QLineEdit(text[:MAX_TEXT])
        edit.setMaxLength(MAX_TEXT)
        return edit

    @staticmethod
    def _unit(value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.0, 1.0)
        box.setSingleStep(0.05)
        box.setDecimals(2)
        box.setValue(value)
        return box

    @staticmethod
    def _unit_value(box: QDoubleSpinBox, stored: float) -> float:
        """The box's value, or the stored one when the box shows it rounded: opening is not editing."""
        return stored if round(stored, 2) == box.value() else box.value()

    def stakeholder(self) -> Stakeholder:
        """The stakeholder as the dialog shows it (same id)."""
        # Any: the values are as varied as Stakeholder's fields, and the criteria are named at run time.
        fields: dict[str, Any] = {
            "name": self.name.text().strip(),
            "organisation": self.organisation.text().strip(),
            "contact": self.contact.text().strip(),
            "category": StakeholderCategory(self.category.currentData()),
            "power": self._unit_value(self.power, self._original.power),
            "interest": self._unit_value(self.interest, self._original.interest),
            "phase_roles": [phase.value for phase, box in self.roles.items() if box.isChecked()],
        }
        for criterion, (box, reason) in self.criteria.items():
            fields[criterion] = box.isChecked()
            fields[criterion + "_reason"] = reason.text().strip()
        # Fields the dialog cannot show in full (text over MAX_TEXT) keep their stored value.
        for name in ("name", "organisation", "contact"):
            if (
                len(getattr(self._original, name)) > MAX_TEXT
                and fields[name] == getattr(self._original, name)[:MAX_TEXT]
            ):
                fields[name] = getattr(self._original, name)
        return dataclasses.replace(self._original, **fields)
