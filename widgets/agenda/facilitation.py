"""Puts the agenda, the current step and its timer beside the board, and wires them together.

One object for the main window to hold, so the window only adds a few lines:
`Facilitation(window=..., agenda_dock=..., step_dock=..., undo_stack=..., library=..., now=...)`,
then `set_document()` when a workshop opens or closes. The window places the two docks (and
shows them while a workshop is open); this fills them. Moving to a step opens its board through
the window's `show_board`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QInputDialog, QMainWindow, QMenu, QVBoxLayout, QWidget

from app.agenda.controller import AgendaController
from app.agenda.step_timer import StepTimer
from app.document import WorkshopDocument
from app.domain.agenda import utc_now
from app.domain.model import AgendaStep, Phase, new_id
from app.workshop_plan import TemplateLibrary, load_library
from widgets.agenda.agenda_panel import AgendaPanel
from widgets.agenda.exercise_picker import ExercisePicker
from widgets.agenda.step_dialog import StepDialog
from widgets.agenda.step_panel import StepPanel
from widgets.agenda.timer_widget import TimerWidget
from widgets.common.messages import show_problem


class Facilitation(QObject):
    """The agenda dock, the current-step dock (timer and texts), and the Agenda menu's actions."""

    def __init__(
        self,
        *,
        window: QMainWindow,
        agenda_dock: QDockWidget,
        step_dock: QDockWidget,
        undo_stack,
        show_board: Callable[[str], None],
        library: TemplateLibrary | None = None,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._show_board = show_board
        self._library = library
        self._shown_step_id: str | None = None
        self._document: WorkshopDocument | None = None
        self._shown_position: tuple[int, int] | None = None
        self._undo_stack = undo_stack
        self.agenda = AgendaController(undo_stack=undo_stack, parent=self)
        self.timer = StepTimer(now=now, parent=self)
        self.agenda_panel = AgendaPanel(agenda=self.agenda, now=now)
        self.step_panel = StepPanel()
        self.timer_widget = TimerWidget(timer=self.timer)

        step_area = QWidget()
        step_area.setObjectName("current_step_area")
        layout = QVBoxLayout(step_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timer_widget)
        layout.addWidget(self.step_panel, 1)
        self.agenda_dock, self.step_dock = agenda_dock, step_dock
        agenda_dock.setWidget(self.agenda_panel)
        step_dock.setWidget(step_area)

        # A clicker's PgDown/PgUp step the frames while presenting; Alt+PgDown/PgUp, the projector's
        # step keys (widgets/projector/projector_keys.py), do the same as these.
        self.next_action = self._action(
            QCoreApplication.translate("Facilitation", "&Next step"), self.agenda.next_step, ["Ctrl+Right"]
        )
        self.previous_action = self._action(
            QCoreApplication.translate("Facilitation", "&Previous step"), self.agenda.previous_step, ["Ctrl+Left"]
        )

        self.save_plan_action = QAction(
            QCoreApplication.translate("Facilitation", "&Save agenda as a plan…"), self._window
        )
        self.save_plan_action.triggered.connect(lambda _checked=False: self.save_agenda_as_plan())
        self.meeting_details_action = QAction(
            QCoreApplication.translate("Facilitation", "&Meeting details…"), self._window
        )
        self.meeting_details_action.triggered.connect(lambda _checked=False: self.edit_meeting())
        self.actions_action = QAction(QCoreApplication.translate("Facilitation", "&Actions…"), self._window)
        self.actions_action.setObjectName("actions_action")
        self.actions_action.triggered.connect(lambda _checked=False: self.show_actions())

        self.agenda.current_step_changed.connect(self._on_agenda_current_step_changed)
        self.agenda.agenda_changed.connect(self._update_navigation)
        self.timer.ticked.connect(lambda _remaining: self.agenda_panel.update_status())
        self.timer_widget.time_up_announced.connect(lambda text: window.statusBar().showMessage(text, 15000))
        self.step_panel.next_requested.connect(self.agenda.next_step)
        self.step_panel.previous_requested.connect(self.agenda.previous_step)
        self.step_panel.edit_requested.connect(lambda: self.edit_step(self._shown_step_id))
        self.agenda_panel.add_custom_requested.connect(self.add_custom_step)
        self.agenda_panel.add_exercise_requested.connect(self.add_exercise_step)
        self.agenda_panel.edit_requested.connect(self.edit_step)
        self.set_document(None)

    def _action(self, text: str, slot, shortcuts: list[str]) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    def fill_menu(self, menu: QMenu) -> None:
        """The Agenda menu: moving through the steps, the timer, and editing the agenda."""
        menu.addActions([self.previous_action, self.next_action])
        menu.addSeparator()
        menu.addActions(self.timer_widget.actions_for_menu())
        menu.addSeparator()
        p = self.agenda_panel
        menu.addActions([p.add_action, p.add_exercise_action, p.edit_action, p.move_up_action, p.move_down_action])
        menu.addActions([p.remove_action])
        menu.addSeparator()
        menu.addAction(self.meeting_details_action)
        menu.addAction(self.actions_action)
        menu.addAction(self.save_plan_action)

    @property
    def library(self) -> TemplateLibrary:
        if self._library is None:
            self._library = load_library()  # lazily: the library reads many files, and only the agenda needs it
        return self._library

    def new_meeting(self, *, ask: bool = True) -> str | None:
        """File > New meeting…: the next meeting of the process from a plan, as one undo step.

        Returns the new meeting's id, or None when cancelled or nothing is open. `ask=False`
        takes the dialog's defaults (the follow-up plan in co-implementation).
        """
        from widgets.agenda.new_meeting_panel import start_new_meeting

        if self._document is None or self._document.read_only:
            return None
        return start_new_meeting(
            document=self._document, library=self.library, undo_stack=self._undo_stack, parent=self._window, ask=ask
        )

    def edit_meeting(self) -> QDialog | None:
        """Agenda > Meeting details…: the day, place and attendees of the meeting shown in the agenda."""
        from widgets.agenda.new_meeting_panel import edit_meeting

        meeting_id = self.agenda.viewed_meeting_id
        if self._document is None or self._document.read_only:
            return None
        return edit_meeting(
            document=self._document, meeting_id=meeting_id, undo_stack=self._undo_stack, parent=self._window
        )

    def show_actions(self) -> QDialog | None:
        """Agenda > Actions…: follow up the process's actions; a read-only workshop's are only shown."""
        from widgets.agenda.actions_dialog import ActionsDialog

        if self._document is None:
            return None
        # A child of the window, which keeps it; it goes when closed (tests find it by its object name).
        dialog = ActionsDialog(document=self._document, undo_stack=self._undo_stack, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_document(self, document: WorkshopDocument | None) -> None:
        self._shown_step_id = None
        self.timer.set_document(document)
        self.agenda.set_document(document)
        for action in (self.next_action, self.previous_action, self.save_plan_action, self.actions_action):
            action.setEnabled(document is not None)
        self._document = document

    # -- dialogs --------------------------------------------------------------------------

    def save_agenda_as_plan(self, title: str | None = None) -> Path | None:
        """Keep this workshop's agenda as a plan of the facilitator's own, to start the next one from.

        The plan goes to the user's template folder, where the new-workshop wizard and
        File > Template library find it; from there it can be exported to share.
        """
        document = self._document
        if document is None or not document.workshop.agenda_in_order():
            return None
        templates = getattr(self.library, "library", None)  # the real library behind the seam
        if templates is None or templates.user_folder is None:
            show_problem(
                self._window,
                QCoreApplication.translate("Facilitation", "Cannot save the plan"),
                QCoreApplication.translate("Facilitation", "The template library is not available."),
            )
            return None
        if title is None:
            title, ok = QInputDialog.getText(
                self._window,
                QCoreApplication.translate("Facilitation", "Save agenda as a plan"),
                QCoreApplication.translate("Facilitation", "Name of the plan:"),
                text=document.info.title,
            )
            if not ok:
                return None
        title = " ".join(title.split())[:200] or document.info.title or "plan"
        # Template ids are ASCII: "Vår dag på Ørnes" becomes "var-dag-pa-rnes-1a2b3c".
        ascii_title = unicodedata.normalize("NFKD", title.lower()).encode("ascii", "ignore").decode()
        slug = "-".join("".join(c if c.isalnum() else " " for c in ascii_title).split())[:40] or "plan"
        plan = templates.plan_from_agenda(
            document.workshop.agenda_in_order(),  # the current meeting's
            plan_id=f"{slug}-{new_id()[:6]}",
            title=title,
            language=document.info.language,
        )
        from app.templates.reader import TemplateError

        try:
            path = templates.save_plan(plan)
        except (TemplateError, OSError) as error:
            show_problem(self._window, QCoreApplication.translate("Facilitation", "Cannot save the plan"), str(error))
            return None
        templates.reload()
        self._window.statusBar().showMessage(
            QCoreApplication.translate(
                "Facilitation", "Saved the plan “%1”: the new-workshop wizard offers it from now on."
            ).replace("%1", title),
            10000,
        )
        return path

    def add_custom_step(self) -> None:
        if not self.agenda.shown_editable:
            return
        selected = self.agenda.step(self.agenda_panel.selected_step_id())
        dialog = StepDialog(phase=selected.phase if selected else Phase.CO_INITIATION, parent=self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        step_id = self.agenda.add_custom_step(
            values["title"],
            values["phase"],
            values["duration_min"],
            room_instructions=values["room_instructions"],
            facilitator_notes=values["facilitator_notes"],
            after_id=selected.id if selected else None,
        )
        self.agenda_panel.select_step(step_id)

    def add_exercise_step(self) -> None:
        document = self.agenda.document
        if document is None or not self.agenda.shown_editable:
            return
        picker = ExercisePicker(
            exercises=self.library.exercises(), language=document.info.language, parent=self._window
        )
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        exercise = picker.chosen()
        if exercise is None:
            return
        selected = self.agenda_panel.selected_step_id()
        step_id = self.agenda.add_exercise_step(exercise, self.library, after_id=selected)
        self.agenda_panel.select_step(step_id)

    def edit_step(self, step_id: str | None) -> None:
        step = self.agenda.step(step_id)
        if step is None or not self.agenda.shown_editable:
            return
        dialog = StepDialog(step=step, parent=self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            self.agenda.edit_step(
                step.id,
                title=values["title"],
                phase=values["phase"],
                duration_min=values["duration_min"],
                room_instructions=values["room_instructions"],
                facilitator_notes=values["facilitator_notes"],
            )

    # -- slots ------------------------------------------------------------------------------

    def _on_agenda_current_step_changed(self, step: AgendaStep | None) -> None:
        steps = self.agenda.steps()
        ids = [s.id for s in steps]
        # A step outside the current meeting's agenda (a file put together by hand) has no place in it.
        position = (ids.index(step.id) + 1, len(ids)) if step is not None and step.id in ids else None
        self._shown_position = position
        self.step_panel.show_step(step, position=position)
        self.timer.set_step(step.id if step is not None else None)
        self.timer_widget.refresh()
        self._update_navigation()
        # Open the step's board when the room moves to it, not when its title is edited.
        step_id = step.id if step is not None else None
        if step_id != self._shown_step_id:
            self._shown_step_id = step_id
            if step is not None and step.board_id:
                self._show_board(step.board_id)

    def _update_navigation(self) -> None:
        ids = [s.id for s in self.agenda.steps()]
        current = self.agenda.current_step()
        index = ids.index(current.id) if current is not None and current.id in ids else -1
        has_previous, has_next = index > 0, (index < len(ids) - 1 if index >= 0 else bool(ids))
        self.step_panel.set_navigation(has_previous=has_previous, has_next=has_next)
        document = self.agenda.document
        self.previous_action.setEnabled(document is not None and has_previous)
        self.next_action.setEnabled(document is not None and has_next)
        if current is not None and (index + 1, len(ids)) != self._shown_position:
            self._shown_position = (index + 1, len(ids))
            self.step_panel.show_step(current, position=self._shown_position)
