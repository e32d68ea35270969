"""The current step for the facilitator: what the room is asked to do, and private notes apart.

The two texts sit in separate, differently coloured boxes, and the notes say
"Only you see this": the room's text will go to the projector (a later view
reads AgendaController.room_content()), the notes never will. Both are plain
text (a participant's "<b>" stays "<b>"), scrollable however long they are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.model import AgendaStep
from widgets.common.phase_navigator import phase_title

NOTES_BACKGROUND = "#fff4d6"  # warm, unlike the room's white: the eye learns "this one is mine"


def _text_box(object_name: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(object_name)
    box.setReadOnly(True)
    box.setFrameShape(QFrame.Shape.NoFrame)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setMinimumHeight(40)  # two lines; the window must still fit a 1024x640 screen with every dock
    return box


class StepPanel(QWidget):
    """Shows the current step's title, its instructions for the room and the facilitator's notes."""

    previous_requested = Signal()
    next_requested = Signal()
    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_panel")
        self.title = QLabel()
        self.title.setObjectName("step_title")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSize(round(font.pointSize() * 1.4))
        font.setBold(True)
        self.title.setFont(font)
        self.where = QLabel()
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)

        room_heading = QLabel(self.tr("For the room"))
        room_heading.setObjectName("room_heading")
        bold = QFont(room_heading.font())
        bold.setBold(True)
        room_heading.setFont(bold)
        self.room_text = _text_box("room_text")
        room = QFrame()
        room.setObjectName("room_box")
        room.setStyleSheet("#room_box { background: #ffffff; border: 1px solid #c8c8c8; border-radius: 4px; }")
        room_layout = QVBoxLayout(room)
        room_layout.setContentsMargins(6, 4, 6, 4)
        room_layout.addWidget(room_heading)
        room_layout.addWidget(self.room_text)

        notes_heading = QLabel(self.tr("Facilitator notes"))
        notes_heading.setFont(bold)
        self.private_badge = QLabel(self.tr("Only you see this"))
        self.private_badge.setObjectName("private_badge")
        self.private_badge.setStyleSheet("color: #7a4b00; font-style: italic;")
        self.private_badge.setToolTip(self.tr("These notes are never shown to the room or on the projector."))
        self.room_text.setPlaceholderText(self.tr("No instructions for the room. Edit… to write some."))
        self.notes_text = _text_box("facilitator_notes")
        self.notes_text.setPlaceholderText(self.tr("No notes."))
        self.notes_text.setStyleSheet(f"background: {NOTES_BACKGROUND};")
        notes = QFrame()
        notes.setObjectName("notes_box")
        notes.setStyleSheet(
            f"#notes_box {{ background: {NOTES_BACKGROUND}; border: 1px dashed #b98a2e; border-radius: 4px; }}"
        )
        notes_head = QHBoxLayout()
        notes_head.addWidget(notes_heading)
        notes_head.addStretch(1)
        notes_head.addWidget(self.private_badge)
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(6, 4, 6, 4)
        notes_layout.addLayout(notes_head)
        notes_layout.addWidget(self.notes_text)

        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.previous_button.clicked.connect(self.previous_requested.emit)
        self.next_button.clicked.connect(self.next_requested.emit)
        self.edit_button.clicked.connect(self.edit_requested.emit)
        for button in (self.previous_button, self.edit_button, self.next_button):
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 16)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.where)
        layout.addWidget(room, 3)
        layout.addWidget(notes, 2)
        layout.addLayout(buttons)
        self.show_step(None)

    def show_step(self, step: AgendaStep | None, *, position: tuple[int, int] | None = None) -> None:
        """Show a step; `position` is (its number from 1, number of steps) for the 'Step 2 of 7' line."""
        has_step = step is not None
        for widget in (self.room_text, self.notes_text, self.edit_button):
            widget.setEnabled(has_step)
        if step is None:
            self.title.setText(self.tr("No step"))
            self.where.setText(self.tr("Add steps to the agenda, then double-click one to start it."))
            self.room_text.setPlainText("")
            self.notes_text.setPlainText("")
            return
        self.title.setText(step.title)
        where = phase_title(step.phase)
        if position is not None:
            where = self.tr("Step %1 of %2 · %3").replace("%1", str(position[0])).replace("%2", str(position[1]))
            where = where.replace("%3", phase_title(step.phase))
        self.where.setText(where)
        self.room_text.setPlainText(step.room_instructions)
        self.notes_text.setPlainText(step.facilitator_notes)

    def set_navigation(self, *, has_previous: bool, has_next: bool) -> None:
        self.previous_button.setEnabled(has_previous)
        self.next_button.setEnabled(has_next)
