"""File > New meeting…: the next meeting of the process, its day and place, and the plan it starts from."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from app.domain.model import Action, Meeting, Phase
from app.templates.model import Plan, local


class NewMeetingDialog(QDialog):
    """Asks for the next meeting's title, date, start time, place, phase and plan.

    The open actions are listed, so the facilitator sees what the meeting will follow up.
    """

    def __init__(
        self,
        *,
        plans: Sequence[Plan],
        default_plan: Plan | None,
        phase: Phase,
        language: str,
        open_actions: Sequence[Action],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting"))
        self._plans = list(plans)
        form = QFormLayout(self)
        self.title_edit = QLineEdit(self.tr("Follow-up meeting") if phase == Phase.CO_IMPLEMENTATION else "")
        self.title_edit.setMaxLength(200)
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.date_edit = QDateEdit(QDate.currentDate().addDays(42))  # about six weeks on
        self.date_edit.setCalendarPopup(True)
        form.addRow(self.tr("&Date:"), self.date_edit)
        self.time_edit = QTimeEdit(QTime(9, 0))
        form.addRow(self.tr("&Start time:"), self.time_edit)
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(200)
        form.addRow(self.tr("&Place:"), self.place_edit)
        self.phase_box = QComboBox()
        names = {
            Phase.CO_INITIATION: self.tr("Co-initiation"),
            Phase.CO_DESIGN: self.tr("Co-design"),
            Phase.CO_IMPLEMENTATION: self.tr("Co-implementation"),
        }
        for each in Phase:
            self.phase_box.addItem(names[each], each.value)
        self.phase_box.setCurrentIndex(list(Phase).index(phase))
        form.addRow(self.tr("P&hase:"), self.phase_box)
        self.plan_box = QComboBox()
        self.plan_box.addItem(self.tr("Empty agenda"), "")
        for plan in self._plans:
            self.plan_box.addItem(local(plan.title, language), plan.id)
        if default_plan is not None:
            self.plan_box.setCurrentIndex(self.plan_box.findData(default_plan.id))
        form.addRow(self.tr("&Plan:"), self.plan_box)
        carried = QLabel(
            self.tr("Carried over: the open actions (%1), the stakeholder map and every board.").replace(
                "%1", str(len(open_actions))
            )
        )
        carried.setWordWrap(True)
        form.addRow(carried)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def plan(self) -> Plan | None:
        """The plan chosen, or None for an empty agenda."""
        chosen = self.plan_box.currentData()
        return next((p for p in self._plans if p.id == chosen), None)

    def meeting(self) -> Meeting:
        """The meeting as filled in (its position and agenda are the command's to set)."""
        return Meeting(
            title=" ".join(self.title_edit.text().split()),
            phase=Phase(self.phase_box.currentData()),
            date=self.date_edit.date().toString("yyyy-MM-dd"),
            start_time=self.time_edit.time().toString("HH:mm"),
            place=" ".join(self.place_edit.text().split()),
        )
