"""The parts of the main window built after its first frame: the agenda, dot voting, the
stakeholder map, the projector, sharing with phones and email (the window then fills its menus with them,
widgets/window/main_menus.fill_menus).

A facilitator opening Samskap wants the workshop's board on the screen first. So the window
(widgets/window/main_window.py) builds only the board, the boards list and empty docks, paints them,
and builds these parts just after, two turns of the event loop later; code that needs a part before then
gets them built on the spot. This module is imported only then, so the modules it pulls in
cost nothing before the first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from app.document import WorkshopDocument
from app.jobs import Jobs
from app.settings import Settings
from app.workshop_plan import TemplateLibrary
from widgets.agenda.facilitation import Facilitation
from widgets.board.board_scene import BoardScene
from widgets.board.board_view import BoardView
from widgets.mail.mail_actions import MailActions
from widgets.participants.participants_panel import ParticipantsPanel
from widgets.participants.sharing_controller import SharingController
from widgets.projector.projector import Projector
from widgets.projector.projector_keys import ProjectorKeys
from widgets.stakeholders.stakeholder_map import StakeholderMapWidget
from widgets.voting.vote_controller import VoteController
from widgets.voting.vote_panel import VotePanel

# While a vote runs, the agenda keeps this share of the right-hand column: the vote and step tabs get the rest.
_AGENDA_SHARE = 0.3


class WindowParts:
    """Builds the parts into `window`, then brings them up to what the window shows now.

    The window hands over what the parts use of it, by name: its board view, undo stack and
    docks, and the few of its methods the parts call back.
    """

    def __init__(
        self,
        window: QMainWindow,
        *,
        view: BoardView,
        undo_stack: QUndoStack,
        settings: Settings,
        agenda_dock: QDockWidget,
        step_dock: QDockWidget,
        show_board: Callable[[str], None],
        add_board_page: Callable[[QWidget], None],
        step_changed: Callable[[object], None],
        email_summary: Callable[[], None],
        restore_dock: Callable[[QDockWidget], None],
        library: TemplateLibrary | None,
        now: Callable[[], datetime],
        outbox_path: Path,
        jobs: Jobs,
    ) -> None:
        status = window.statusBar()
        self._window, self._agenda_dock = window, agenda_dock
        # A stakeholder map board shows its grid, table and summary instead of sticky notes.
        self.stakeholder_map = StakeholderMapWidget(undo_stack=undo_stack)
        self.stakeholder_map.status_message.connect(lambda text: status.showMessage(text, 5000))
        add_board_page(self.stakeholder_map)

        # Dot voting: a panel on the right, and dots drawn on the board shown.
        self.votes = VoteController(view=view, undo_stack=undo_stack, parent=window)
        self.votes.status_message.connect(lambda text: status.showMessage(text, 8000))
        self.vote_panel = VotePanel(controller=self.votes)
        self.vote_dock = QDockWidget(QCoreApplication.translate("MainWindow", "Dot voting"))
        self.vote_dock.setObjectName("vote_dock")
        self.vote_dock.setWidget(self.vote_panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.vote_dock)
        self.vote_dock.hide()
        self._step_dock = step_dock
        restore_dock(self.vote_dock)  # where the facilitator had it last time
        self._vote_tab_checked = False  # made a tab beside the current step when first shown: _on_votes_changed
        self.votes.changed.connect(self._on_votes_changed)
        self.votes.open_vote_shown.connect(self._show_vote_dock)  # a file reopened on a running vote too

        # The agenda, the current step and its timer, in the docks the window placed for them
        # (library None: loaded lazily, see app.workshop_plan).
        self.facilitation = Facilitation(
            window=window,
            agenda_dock=agenda_dock,
            step_dock=step_dock,
            undo_stack=undo_stack,
            show_board=show_board,
            library=library,
            now=now,
        )
        self.facilitation.agenda.current_step_changed.connect(step_changed)

        # Projector mode: the audience view and the keys that drive it (widgets/projector/projector.py).
        self.projector = Projector(window=window, board_view=view)
        self.projector.other_scene = lambda: (
            self.stakeholder_map.wall_scene
            if view.board_scene is None and self.stakeholder_map.board_id is not None
            else None
        )
        self.projector.other_board_id = lambda: self.stakeholder_map.board_id if view.board_scene is None else None
        self.step_actions = ProjectorKeys(agenda=self.facilitation.agenda, timer=self.facilitation.timer, parent=window)

        # Phones join the room (issue 13): the Participants panel shows itself when sharing starts,
        # and the wall shows the join code on every projector window the projector opens.
        self.sharing = SharingController(undo_stack=undo_stack, jobs=jobs, parent=window)
        self.sharing.failed.connect(lambda text: status.showMessage(text, 15_000))
        self.participants_panel = ParticipantsPanel(controller=self.sharing)
        self.participants_dock = QDockWidget(QCoreApplication.translate("MainWindow", "Participants"))
        self.participants_dock.setObjectName("participants_dock")
        self.participants_dock.setWidget(self.participants_panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.participants_dock)
        # A tab beside the agenda, not a third dock under it: on a 1280x800 laptop a third dock
        # leaves the join code no room. Starting to share brings the tab to the front.
        window.tabifyDockWidget(agenda_dock, self.participants_dock)
        self.participants_dock.hide()
        restore_dock(self.participants_dock)
        self.sharing.started.connect(lambda _url: self._show_participants())
        self.projector.audience_opened.connect(lambda audience: self.sharing.attach_wall(audience.join_overlay))

        # Email (issue 6): the outbox lives in the app's data folder, beside the settings by default.
        self.mail = MailActions(settings=settings, outbox_path=outbox_path, jobs=jobs, parent=window)
        self.mail.email_action.triggered.connect(lambda _checked=False: email_summary())
        self.mail.status_message.connect(lambda text: status.showMessage(text, 10_000))

    def _on_votes_changed(self) -> None:
        # Raised when recording starts (the dock appears), not on every dot: the facilitator may be
        # reading the step's tab meanwhile.
        if self.votes.recording:
            self._show_vote_dock()

    def _show_vote_dock(self) -> None:
        """The vote's panel, shown (as a tab beside the current step the first time) and raised."""
        if self.vote_dock.isVisible():
            return
        if not self._vote_tab_checked and self._step_dock.isVisible():
            self._vote_tab_checked = True
            self._tab_beside_step()
        self.vote_dock.show()
        self.vote_dock.raise_()
        self._give_room_to(self.vote_dock)

    def _tab_beside_step(self) -> None:
        """The vote as a tab beside the current step, unless the facilitator put it in another area.

        Stacked three high in one column (the default before, and so in layouts saved then), the
        room's text, the facilitator's notes and the vote's notes each got two clipped lines even at
        1920x1080, and at 1366x768 the window grew taller than the screen. As a tab each gets the
        column's height; recording brings the vote to the front, one click goes back. Done when the
        vote is first shown, not when it is made: tabifying moves the column's saved sizes.
        """
        window, step, vote = self._window, self._step_dock, self.vote_dock
        if window.dockWidgetArea(vote) == window.dockWidgetArea(step) and vote not in window.tabifiedDockWidgets(step):
            window.tabifyDockWidget(step, vote)

    def _give_room_to(self, dock: QDockWidget) -> None:
        """Most of the right-hand column for the tab in front, the agenda above keeping a third."""
        agenda = self._agenda_dock
        if not agenda.isVisible() or self._window.dockWidgetArea(dock) != self._window.dockWidgetArea(agenda):
            return  # the facilitator moved one of them: their layout stands
        column = agenda.height() + dock.height()
        wanted = max(agenda.minimumSizeHint().height(), round(_AGENDA_SHARE * column))
        if agenda.height() > wanted:
            self._window.resizeDocks([agenda, dock], [wanted, column - wanted], Qt.Orientation.Vertical)

    def _show_participants(self) -> None:
        self.participants_dock.show()
        self.participants_dock.raise_()

    # -- following the window ---------------------------------------------------------------

    def set_document(self, document: WorkshopDocument | None) -> None:
        if document is None:
            self.stakeholder_map.show_board(None, None)
            self.votes.set_board(None)
        self.projector.set_document(document)
        self.step_actions.set_document(document)
        self.sharing.set_document(document)  # another workshop, or none: sharing stops
        self.facilitation.set_document(document)  # moves to the current step's board, if not there yet

    def board_shown(self, scene: BoardScene | None) -> None:
        """A board (or a stakeholder map, scene None) is now in the middle of the window."""
        if self.votes.scene is not scene:
            self.votes.set_board(scene)
        self.projector.board_changed()

    def board_removed(self, board_id: str, document: WorkshopDocument | None) -> None:
        if self.stakeholder_map.board_id == board_id:
            self.stakeholder_map.show_board(document, None)

    def shutdown(self) -> None:
        self.sharing.shutdown()  # nothing listens on the network once the window is gone
        self.mail.shutdown()
