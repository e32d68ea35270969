"""Asks for a step of the facilitator's own, or changes one: title, phase, duration, both texts."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.agenda.controller import MAX_DURATION, MIN_DURATION
from app.domain.model import PHASES, AgendaStep, Phase
from app.domain.text_limits import TITLE
from widgets.common.phase_navigator import phase_title
from widgets.common.text_limit import guard_with_label


class StepValues(TypedDict):
    """What the step dialog's form holds."""

    title: str
    phase: Phase
    duration_min: int
    room_instructions: str
    facilitator_notes: str


class StepDialog(QDialog):
    """A form for one agenda step; `values()` gives what was entered."""

    def __init__(
        self, *, step: AgendaStep | None = None, phase: Phase = Phase.CO_INITIATION, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit step") if step is not None else self.tr("Add step"))
        self.title = QLineEdit(step.title if step else "")
        title_refusal = guard_with_label(self.title, TITLE, self)  # not maxLength: it cuts a paste silently
        self.title.setPlaceholderText(self.tr("e.g. Welcome and round of names"))
        self.phase = QComboBox()
        for value in PHASES:
            self.phase.addItem(phase_title(value), value)
        self.phase.setCurrentIndex(PHASES.index(step.phase if step else phase))
        self.duration = QSpinBox()
        self.duration.setRange(MIN_DURATION, MAX_DURATION)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(step.duration_min if step else 15)
        self.room = QPlainTextEdit(step.room_instructions if step else "")
        self.room.setPlaceholderText(self.tr("What the room is asked to do (shown to everyone)"))
        self.notes = QPlainTextEdit(step.facilitator_notes if step else "")
        self.notes.setPlaceholderText(self.tr("Reminders for yourself: only you see these"))
        self.notes.setStyleSheet("background: #fff4d6;")
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow("", title_refusal)
        form.addRow(self.tr("&Phase:"), self.phase)
        form.addRow(self.tr("&Duration:"), self.duration)
        form.addRow(self.tr("For the &room:"), self.room)
        form.addRow(self.tr("Your &notes:"), self.notes)
        form.addRow(QLabel(self.tr("Your notes are never shown to the room.")))
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        form.addRow(self._buttons)
        self.title.textChanged.connect(self._update)
        self._update()
        self.resize(520, 480)

    def values(self) -> StepValues:
        return {
            "title": self.title.text().strip(),
            "phase": Phase(self.phase.currentData()),
            "duration_min": self.duration.value(),
            "room_instructions": self.room.toPlainText(),
            "facilitator_notes": self.notes.toPlainText(),
        }

    def _update(self) -> None:
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title.text().strip()))
