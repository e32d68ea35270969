"""The agenda beside the board: steps by phase with clock times, and whether the room runs late.

Each row is a step with its start time (computed from the workshop's start
time and the durations before it) and its duration; a header row starts each
run of steps of one phase. The current step is bold on a highlighted row.
Double-click or Enter moves the room to a step; F2 renames; Alt+Shift+Up/Down
or dragging reorders; the spin box below sets the selected step's duration.
Every edit goes through the AgendaController, so it is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QLocale, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QDropEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.agenda.controller import MAX_DURATION, MIN_DURATION, AgendaController
from app.domain.agenda import clock_times, parse_start_time, timer_running
from app.domain.model import AgendaStep, Meeting
from app.domain.schedule import planned_end, total_minutes
from app.domain.text_limits import TITLE as TITLE_KIND
from app.domain.text_limits import too_long
from app.locale_format import clock_text, locale_for
from widgets.agenda.meeting_chooser import MeetingChooser
from widgets.common.messages import show_problem
from widgets.common.phase_navigator import phase_title

_STEP_ID = Qt.ItemDataRole.UserRole
TIME, TITLE, MINUTES = 0, 1, 2
CURRENT_BACKGROUND = QColor("#d7ecff")
HEADER_BACKGROUND = QColor("#eeeeee")
LATE_COLOUR, ON_TIME_COLOUR = "#b00020", "#1e6b34"


class AgendaTree(QTreeWidget):
    """A flat list of phase headers and steps that reports a dragged step's new place."""

    step_dropped = Signal(str, int)  # step id, new index in the agenda
    step_activated = Signal(str)  # Enter on a step

    def step_items(self) -> list[QTreeWidgetItem]:
        return [item for item in self._rows() if item.data(TIME, _STEP_ID)]

    def _rows(self) -> list[QTreeWidgetItem]:
        # topLevelItem() is None only past the end, which this range never reaches.
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [item for item in items if item is not None]

    def dropEvent(self, event: QDropEvent) -> None:
        current = self.currentItem()
        step_id = current.data(TIME, _STEP_ID) if current is not None else None
        # The document decides the order; the tree is rebuilt from it, so it moves nothing itself.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if not step_id:
            return
        target = self.itemAt(event.position().toPoint())
        rows = self._rows()
        if target is None:
            row = len(rows)
        else:
            row = rows.index(target)
            # The upper half of a row drops above it, the lower half below (steps only: a
            # phase header is followed by its steps, so dropping on it puts a step first).
            below = event.position().y() > self.visualItemRect(target).center().y()
            if below and target.data(TIME, _STEP_ID):
                row += 1
        ids = [item.data(TIME, _STEP_ID) for item in rows[:row] if item.data(TIME, _STEP_ID)]
        index = len(ids) - (1 if step_id in ids else 0)
        self.step_dropped.emit(step_id, index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and item is not None
            and self.state() != self.State.EditingState
        ):
            step_id = item.data(TIME, _STEP_ID)
            if step_id:
                self.step_activated.emit(step_id)
                event.accept()
                return
        super().keyPressEvent(event)


class AgendaPanel(QWidget):
    """The agenda of the open workshop, with its add, remove, reorder and duration controls."""

    add_custom_requested = Signal()
    add_exercise_requested = Signal()
    edit_requested = Signal(str)  # step id

    def __init__(self, *, agenda: AgendaController, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_panel")
        self._agenda = agenda
        self._now = now
        self._locale = QLocale()
        self._shown_start = QTime(9, 0)
        self.tree = AgendaTree()
        self.tree.setObjectName("agenda_tree")
        self.tree.setColumnCount(3)
        # Low enough that the meeting chooser above it still lets the window fit a 1024x640 screen.
        self.tree.setMinimumHeight(60)
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("Step"), self.tr("Min")])
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setAccessibleName(self.tr("Agenda"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, header.ResizeMode.Stretch)
        header.setSectionResizeMode(TIME, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MINUTES, header.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self.tree.currentItemChanged.connect(lambda *_: self._update_controls())
        self.tree.step_dropped.connect(lambda step_id, index: self._agenda.move_step(step_id, index))
        self.tree.step_activated.connect(self._on_tree_step_activated)

        self.add_action = self._action(self.tr("Add step…"), self.add_custom_requested.emit, "")
        self.add_exercise_action = self._action(self.tr("Add exercise…"), self.add_exercise_requested.emit, "")
        self.remove_action = self._action(self.tr("Remove step"), self.remove_selected, "Del")
        self.move_up_action = self._action(self.tr("Move step up"), lambda: self.move_selected(-1), "Alt+Shift+Up")
        self.move_down_action = self._action(
            self.tr("Move step down"), lambda: self.move_selected(+1), "Alt+Shift+Down"
        )
        self.edit_action = self._action(self.tr("Edit step…"), self._edit_selected, "")
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action, button_text in (
            (self.add_action, self.tr("+ Step")),
            (self.add_exercise_action, self.tr("+ Exercise")),
            (self.move_up_action, "▲"),
            (self.move_down_action, "▼"),
            (self.edit_action, self.tr("Edit")),
            (self.remove_action, "✕"),
        ):
            button_action = toolbar.addAction(button_text)
            button_action.setToolTip(action.text())
            button_action.triggered.connect(action.trigger)
            action.changed.connect(lambda a=action, b=button_action: b.setEnabled(a.isEnabled()))

        self.start_time = QTimeEdit()
        self.start_time.setObjectName("agenda_start_time")
        self.start_time.editingFinished.connect(self._on_start_time_editing_finished)
        self.duration = QSpinBox()
        self.duration.setObjectName("agenda_duration")
        self.duration.setRange(MIN_DURATION, MAX_DURATION)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration of the selected step"))
        self.duration.setKeyboardTracking(False)  # one change when typing "45", not "4" then "45"
        self.duration.valueChanged.connect(self._on_duration_value_changed)
        # One row for both fields: the window must fit a 1024x640 screen with every dock open.
        fields = QHBoxLayout()
        for text, field in ((self.tr("&Starts:"), self.start_time), (self.tr("D&uration:"), self.duration)):
            label = QLabel(text)
            label.setBuddy(field)
            fields.addWidget(label)
            fields.addWidget(field, 1)
        self.summary = QLabel()
        self.summary.setObjectName("agenda_summary")
        self.summary.setWordWrap(True)
        self.lateness_label = QLabel()
        self.lateness_label.setObjectName("agenda_lateness")
        self.lateness_label.setWordWrap(True)
        bold = QFont(self.lateness_label.font())
        bold.setBold(True)
        self.lateness_label.setFont(bold)

        self.meetings = MeetingChooser(agenda=agenda)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.meetings)
        layout.addWidget(toolbar)
        layout.addWidget(self.tree, 1)
        fields.setContentsMargins(6, 0, 6, 0)
        layout.addLayout(fields)
        for label in (self.summary, self.lateness_label):
            label.setContentsMargins(6, 0, 6, 0)
            layout.addWidget(label)

        agenda.agenda_changed.connect(self.rebuild)
        agenda.current_step_changed.connect(self._on_agenda_current_step_changed)
        self.rebuild()

    def _action(self, text: str, slot, shortcut: str) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        # Only while the agenda has focus: Del and Alt+Shift+arrows mean other things on the board.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    # -- reading -----------------------------------------------------------------------

    def selected_step_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(TIME, _STEP_ID) if item is not None else None

    def select_step(self, step_id: str) -> None:
        for item in self.tree.step_items():
            if item.data(TIME, _STEP_ID) == step_id:
                self.tree.setCurrentItem(item)
                return

    def rows(self) -> list[tuple[str, str, str]]:
        """(time, title, minutes) of each step row, as shown: for tests and the screen reader."""
        return [(i.text(TIME), i.text(TITLE), i.text(MINUTES)) for i in self.tree.step_items()]

    # -- edits --------------------------------------------------------------------------

    def remove_selected(self) -> None:
        step_id = self.selected_step_id()
        if step_id:
            self._agenda.remove_step(step_id)

    def move_selected(self, offset: int) -> None:
        step_id = self.selected_step_id()
        if step_id:
            self._agenda.move_step_by(step_id, offset)

    def _edit_selected(self) -> None:
        step_id = self.selected_step_id()
        if step_id:
            self.edit_requested.emit(step_id)

    # -- mirroring the document -----------------------------------------------------------

    def rebuild(self) -> None:
        document = self._agenda.document
        self._locale = locale_for(document.info.language) if document is not None else QLocale()
        selected = self.selected_step_id()
        steps = self._agenda.shown_steps()
        start = parse_start_time(self._shown_start_time()) if document is not None else None
        times = clock_times(steps, start) if start is not None else [None] * len(steps)
        with QSignalBlocker(self.tree):
            self.tree.clear()
            phase = None
            for step, span in zip(steps, times, strict=True):
                if step.phase != phase:
                    phase = step.phase
                    self.tree.addTopLevelItem(self._header_item(step, steps))
                self.tree.addTopLevelItem(self._step_item(step, span[0] if span else None))
        with QSignalBlocker(self.start_time):
            self.start_time.setDisplayFormat(self._locale.timeFormat(QLocale.FormatType.ShortFormat))
            self.start_time.setTime(QTime(start.hour, start.minute) if start else QTime(9, 0))
        self._shown_start = self.start_time.time()
        if selected:
            self.select_step(selected)
        if self.tree.currentItem() is None and self.tree.step_items():
            current = self._agenda.current_step()
            self.select_step(current.id if current else self.tree.step_items()[0].data(TIME, _STEP_ID))
        self._mark_current()
        self._update_controls()
        self.update_status()

    def _header_item(self, first: AgendaStep, steps: list[AgendaStep]) -> QTreeWidgetItem:
        # The minutes of this run of the phase (until the phase changes), for the header.
        index = steps.index(first)
        run = []
        for step in steps[index:]:
            if step.phase != first.phase:
                break
            run.append(step)
        item = QTreeWidgetItem(["", phase_title(first.phase), self._locale.toString(total_minutes(run))])
        font = QFont(self.tree.font())
        font.setBold(True)
        for column in range(3):
            item.setFont(column, font)
            item.setBackground(column, QBrush(HEADER_BACKGROUND))
        item.setTextAlignment(MINUTES, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable, not draggable, no drop onto it
        return item

    def _step_item(self, step: AgendaStep, starts: time | None) -> QTreeWidgetItem:
        minutes = self._locale.toString(step.duration_min)
        running = (
            "● " if timer_running(step) else ""
        )  # a timer left running on another step shows (no emoji: fonts lack it)
        item = QTreeWidgetItem([clock_text(starts, self._locale) if starts else "", step.title, running + minutes])
        item.setData(TIME, _STEP_ID, step.id)
        item.setTextAlignment(MINUTES, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(TITLE, step.title)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if self._agenda.shown_editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags)
        return item

    def _mark_current(self) -> None:
        current = self._agenda.current_step()
        with QSignalBlocker(self.tree):
            for item in self.tree.step_items():
                is_current = current is not None and item.data(TIME, _STEP_ID) == current.id
                font = QFont(self.tree.font())
                font.setBold(is_current)
                for column in range(3):
                    item.setFont(column, font)
                    item.setBackground(column, QBrush(CURRENT_BACKGROUND) if is_current else QBrush())
                item.setText(TIME, item.text(TIME).lstrip("▶ "))
                if is_current:
                    item.setText(TIME, "▶ " + item.text(TIME))

    def update_status(self) -> None:
        """The planned end, and how late the room runs (called on every timer tick)."""
        document = self._agenda.document
        steps = self._agenda.shown_steps()
        start = parse_start_time(self._shown_start_time()) if document is not None else None
        minutes = total_minutes(steps)
        length = self._duration_text(minutes)
        if not steps:
            self.summary.setText(self.tr("No steps yet."))
        elif start is None:
            self.summary.setText(self.tr("%1 in all. Set a start time to see clock times.").replace("%1", length))
        else:
            end = clock_text(planned_end(steps, start), self._locale)
            self.summary.setText(self.tr("Planned end %1 (%2 in all)").replace("%1", end).replace("%2", length))
        self._show_lateness()

    def _show_lateness(self) -> None:
        # How late the room runs is the current meeting's, not one looked at.
        state = self._agenda.lateness(self._now()) if self._agenda.viewed_meeting_id == self._room_meeting() else None
        if state is None:
            self.lateness_label.setText("")
            self.lateness_label.setProperty("late", False)
            return
        end = clock_text(state.expected_end.time(), self._locale)
        minutes = self._duration_text(state.minutes)  # "8 h 09 min" reads better than "489 min"
        if state.late:
            text = self.tr("Running %1 late: expected end %2").replace("%1", minutes).replace("%2", end)
            colour = LATE_COLOUR
        elif state.ahead:
            text = self.tr("%1 ahead of plan: expected end %2").replace("%1", minutes).replace("%2", end)
            colour = ON_TIME_COLOUR
        else:
            text = self.tr("On time")
            colour = ON_TIME_COLOUR
        self.lateness_label.setText(text)
        self.lateness_label.setProperty("late", state.late)
        self.lateness_label.setStyleSheet(f"color: {colour};")

    def _duration_text(self, minutes: int) -> str:
        hours, rest = divmod(minutes, 60)
        if not hours:
            return self.tr("%1 min").replace("%1", self._locale.toString(rest))
        return self.tr("%1 h %2 min").replace("%1", self._locale.toString(hours)).replace("%2", f"{rest:02d}")

    def _update_controls(self) -> None:
        step = self._agenda.step(self.selected_step_id())
        editable = self._agenda.shown_editable
        ids = [item.data(TIME, _STEP_ID) for item in self.tree.step_items()]
        index = ids.index(step.id) if step is not None else -1
        self.add_action.setEnabled(editable and self._agenda.document is not None)
        self.add_exercise_action.setEnabled(editable and self._agenda.document is not None)
        self.remove_action.setEnabled(editable and step is not None)
        self.edit_action.setEnabled(editable and step is not None)
        self.move_up_action.setEnabled(editable and index > 0)
        self.move_down_action.setEnabled(editable and 0 <= index < len(ids) - 1)
        self.duration.setEnabled(editable and step is not None)
        self.start_time.setEnabled(editable)
        with QSignalBlocker(self.duration):
            self.duration.setValue(step.duration_min if step is not None else MIN_DURATION)

    # -- slots --------------------------------------------------------------------------

    def _on_agenda_current_step_changed(self, step: AgendaStep | None) -> None:
        self._mark_current()
        if step is not None:
            self.select_step(step.id)  # the selection follows the room, so Duration edits the step in hand

    def _room_meeting(self) -> str | None:
        document = self._agenda.document
        return document.info.current_meeting_id if document is not None else None

    def _shown_start_time(self) -> str:
        """The start time of the meeting whose agenda is shown."""
        document = self._agenda.document
        if document is None:
            return ""
        meeting = document.find(Meeting, self._agenda.viewed_meeting_id)
        if meeting is None or meeting.id == document.info.current_meeting_id:
            return document.info.start_time
        return meeting.start_time

    def _on_tree_step_activated(self, step_id: str) -> None:
        if self._agenda.shown_editable:  # another meeting's agenda is only looked at
            self._agenda.go_to(step_id)

    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        step_id = item.data(TIME, _STEP_ID)
        if step_id and self._agenda.shown_editable:  # another meeting's agenda is only looked at
            self._agenda.go_to(step_id)

    def _on_tree_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        step_id = item.data(TIME, _STEP_ID)
        if step_id and column == TITLE:
            title = item.text(TITLE)
            self._agenda.edit_step(step_id, title=title)
            self.rebuild()  # an empty or too long title was refused: show the old one again
            refusal = too_long(TITLE_KIND, title.strip())
            if refusal:
                show_problem(self.window(), self.tr("The step keeps its title"), refusal)

    def _on_duration_value_changed(self, minutes: int) -> None:
        step_id = self.selected_step_id()
        if step_id:
            self._agenda.set_duration(step_id, minutes)

    def _on_start_time_editing_finished(self) -> None:
        # Leaving the field also ends "editing": only a changed time is an edit.
        if self._agenda.document is not None and self.start_time.time() != self._shown_start:
            self._agenda.set_start_time(self.start_time.time().toString("HH:mm"))
