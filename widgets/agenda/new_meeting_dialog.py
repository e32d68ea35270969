"""File > New meeting… and Agenda > Meeting details…: a meeting's day, place and attendees, and for a
new one the plan it starts from."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QWidget,
)

from app.domain.model import Action, Meeting, Participant, Phase
from app.locale_format import locale_for
from app.templates.model import Plan, local


class NewMeetingDialog(QDialog):
    """Asks for the next meeting's title, date, start time, place, phase, plan and attendees.

    The open actions are counted, so the facilitator sees what the meeting will follow up.
    Given a `meeting`, it edits that one instead: no phase or plan then (its agenda exists).
    """

    def __init__(
        self,
        *,
        plans: Sequence[Plan],
        default_plan: Plan | None,
        phase: Phase,
        language: str,
        open_actions: Sequence[Action],
        participants: Sequence[Participant] = (),
        meeting: Meeting | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting") if meeting is None else self.tr("Meeting details"))
        self._plans = list(plans)
        form = QFormLayout(self)
        self.title_edit = QLineEdit(self.tr("Follow-up meeting") if phase == Phase.CO_IMPLEMENTATION else "")
        self.title_edit.setMaxLength(200)
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.date_edit = QDateEdit(QDate.currentDate().addDays(42))  # about six weeks on
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(locale_for(language).dateFormat(QLocale.FormatType.ShortFormat))
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
        self.attendees = QListWidget()
        self.attendees.setAccessibleName(self.tr("Who attended"))
        came = set(meeting.attendee_ids) if meeting is not None else set()
        for person in participants:
            item = QListWidgetItem(person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in came else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.attendees.setMaximumHeight(140)
        form.addRow(self.tr("&Who attended:"), self.attendees)
        carried = QLabel(
            self.tr("Carried over: the open actions (%1), the stakeholder map and every board.").replace(
                "%1", str(len(open_actions))
            )
        )
        carried.setWordWrap(True)
        form.addRow(carried)
        if meeting is not None:
            self.title_edit.setText(meeting.title)
            day = QDate.fromString(meeting.date, "yyyy-MM-dd")
            self.date_edit.setDate(day if day.isValid() else QDate.currentDate())
            at = QTime.fromString(meeting.start_time, "HH:mm")
            self.time_edit.setTime(at if at.isValid() else QTime(9, 0))
            self.place_edit.setText(meeting.place)
            self.phase_box.setCurrentIndex(list(Phase).index(meeting.phase))
            for row in (self.phase_box, self.plan_box, carried):
                form.setRowVisible(row, False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def plan(self) -> Plan | None:
        """The plan chosen, or None for an empty agenda."""
        chosen = self.plan_box.currentData()
        return next((p for p in self._plans if p.id == chosen), None)

    def attendee_ids(self) -> list[str]:
        """The participants ticked as attending, in the list's order."""
        items = (self.attendees.item(i) for i in range(self.attendees.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def meeting(self) -> Meeting:
        """The meeting as filled in (its position and agenda are the command's to set)."""
        return Meeting(
            title=" ".join(self.title_edit.text().split()),
            phase=Phase(self.phase_box.currentData()),
            date=self.date_edit.date().toString("yyyy-MM-dd"),
            start_time=self.time_edit.time().toString("HH:mm"),
            place=" ".join(self.place_edit.text().split()),
            attendee_ids=self.attendee_ids(),
        )
