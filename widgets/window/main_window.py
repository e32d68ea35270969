"""The facilitator's window: phases and boards on the left, the board in the middle."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QStackedWidget, QWidget

from app.document import Changes, WorkshopDocument
from app.domain.agenda import utc_now
from app.domain.model import AgendaStep, Board, BoardKind, Participant
from app.jobs import Jobs
from app.settings import Settings
from app.storage.errors import WorkshopFileError
from app.storage.workshop_file import WorkshopFile
from widgets.board.board_scene import BoardScene
from widgets.board.board_view import BoardView
from widgets.common.event_loop import after_first_frame, qt_event_loop
from widgets.common.phase_navigator import PhaseNavigator
from widgets.window.deferred_part import DeferredPart
from widgets.window.exports import WorkshopExports
from widgets.window.main_menus import add_menus, fill_menus
from widgets.window.toolbar import add_toolbar
from widgets.window.window_layout import WindowLayout
from widgets.window.workshop_guard import WorkshopGuard, same_file

if TYPE_CHECKING:
    from app.storage.backups import BackupStore
    from app.templates.model import Plan
    from app.workshop_plan import TemplateLibrary
    from widgets.agenda.facilitation import Facilitation
    from widgets.common.jobs import UiJob
    from widgets.library.template_library_dialog import TemplateLibraryDialog
    from widgets.mail.mail_actions import MailActions
    from widgets.projector.projector import Projector
    from widgets.projector.projector_keys import ProjectorKeys
    from widgets.stakeholders.stakeholder_map import StakeholderMapWidget
    from widgets.voting.vote_controller import VoteController
    from widgets.voting.vote_panel import VotePanel
    from widgets.window.restore_dialog import RestoreDialog
    from widgets.window.shortcuts_help import ShortcutsDialog
    from widgets.window.start_page import StartPage
    from widgets.window.window_parts import WindowParts
    from widgets.window.workshop_files import WorkshopFiles

# What only a menu command or a dialog needs is imported where it is used: the modules
# imported here are what the window needs for its first frame (see _install_parts).


class MainWindow(QMainWindow):
    # The agenda step the room is on (AgendaStep, with the facilitator's notes) or None; what the
    # room may see of it is `self.facilitation.agenda.room_content()` / `room_content_changed`.
    current_step_changed = Signal(object)
    # The parts built after the first frame (see _install_parts): asking for one builds them.
    facilitation: DeferredPart[Facilitation] = DeferredPart()
    projector: DeferredPart[Projector] = DeferredPart()
    step_actions: DeferredPart[ProjectorKeys] = DeferredPart()
    votes: DeferredPart[VoteController] = DeferredPart()
    vote_panel: DeferredPart[VotePanel] = DeferredPart()
    vote_dock: DeferredPart[QDockWidget] = DeferredPart()
    stakeholder_map: DeferredPart[StakeholderMapWidget] = DeferredPart()
    mail: DeferredPart[MailActions] = DeferredPart()
    # The menus' own actions, which widgets/main_menus.fill_menus sets when the parts are built.
    new_action: QAction
    new_meeting_action: QAction
    open_action: QAction
    save_as_action: QAction
    export_action: QAction
    import_action: QAction
    summary_action: QAction
    restore_action: QAction
    close_action: QAction
    template_library_action: QAction
    undo_action: QAction
    redo_action: QAction
    recent_menu: QMenu
    select_sector_menu: QMenu
    template_library_dialog: TemplateLibraryDialog  # the last one opened
    shortcuts_dialog: ShortcutsDialog  # Help > Keyboard shortcuts, the last one opened

    def __init__(
        self,
        *,
        settings: Settings,
        workshop_folder: Path,
        demo_path: Callable[[], Path],
        language: str = "en",
        backups: BackupStore | None = None,
        outbox_path: Path | None = None,
        library: TemplateLibrary | None = None,
        jobs: Jobs | None = None,
        now=utc_now,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        # Slow work (PDF, email) runs through one path; a window made without one (tests) has its own.
        self.jobs = jobs or Jobs(loop=qt_event_loop)
        self.language = language  # the interface language (see app.i18n)
        self._workshop_folder = workshop_folder
        self._demo_path = demo_path
        self._parts: WindowParts | None = None
        self._files: WorkshopFiles | None = None  # the file dialogs, made when first used
        self._recent_pending: list[Path] = []  # opened before the parts: see _remember_recent
        self._parts_arguments = {
            "library": library,
            "now": now,
            "outbox_path": outbox_path or settings.folder() / "outbox.sqlite",
            "jobs": self.jobs,
        }
        # Lock file, backups, write failures and warnings about the open workshop.
        self.guard = WorkshopGuard(
            window=self, jobs=self.jobs, settings=settings, backups=backups, workshop_folder=workshop_folder
        )
        self.guard.open_requested.connect(self.open_path)
        self.guard.save_as_requested.connect(self.save_as)
        self.guard.status_changed.connect(self._update_status)
        self.document: WorkshopDocument | None = None
        self._scenes: dict[str, BoardScene] = {}
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_status())
        self.undo_stack.indexChanged.connect(lambda _index: self._update_status())

        self.view = BoardView(undo_stack=self.undo_stack)
        self.exports = WorkshopExports(
            window=self,
            jobs=self.jobs,
            workshop_folder=workshop_folder,
            document=lambda: self.document,
            finish_editing=self.view.finish_editing,
            open_path=self.open_path,
            open_email_dialog=lambda workshop, make_pdf: self.mail.open_email_dialog(workshop, make_pdf),
        )
        self._start_page: StartPage | None = None  # built when first shown: see start_page
        self._stack = QStackedWidget()
        self._stack.addWidget(self.view)
        self.setCentralWidget(self._stack)

        self.navigator = PhaseNavigator(undo_stack=self.undo_stack)
        self.navigator.board_selected.connect(self.show_board)
        dock = QDockWidget(self.tr("Phases and boards"))
        dock.setObjectName("phases_dock")
        dock.setWidget(self.navigator)
        dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self._dock = dock
        self.resizeDocks([dock], [250], Qt.Orientation.Horizontal)
        # Which sectors the floke on the shown board touches, under the board list.
        legend_dock = QDockWidget(self.tr("Sectors on this board"))
        legend_dock.setObjectName("sectors_dock")
        legend_dock.setWidget(self.view.sector_legend)
        legend_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, legend_dock)
        legend_dock.setVisible(False)
        self.view.sector_legend.changed.connect(self._on_sector_legend_changed)
        self.view.sector_legend.hold()  # its buttons come with the parts, after the first frame
        self.sector_dock = legend_dock
        # The agenda and the current step, on the right while a workshop is open: placed now, so
        # the first frame already has the layout of every later one; the parts fill them.
        self.agenda_dock = self._side_dock(QCoreApplication.translate("Facilitation", "Agenda"), "agenda_dock")
        self.step_dock = self._side_dock(QCoreApplication.translate("Facilitation", "Current step"), "step_dock")
        self.splitDockWidget(self.agenda_dock, self.step_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.agenda_dock], [330], Qt.Orientation.Horizontal)

        self._save_state, self._zoom_label = QLabel(), QLabel()
        self.statusBar().addPermanentWidget(self._zoom_label)
        self.statusBar().addPermanentWidget(self._save_state)
        self.view.zoom_changed.connect(lambda zoom: self._zoom_label.setText(f"{zoom * 100:.0f} %"))
        self.view.mode_hint_changed.connect(lambda hint: self.statusBar().showMessage(hint))
        self.view.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.menus = add_menus(self)
        self.toolbar = add_toolbar(self, settings=settings)  # empty: filled with the menus
        self.resize(1280, 800)
        self.layout_memory = WindowLayout(self, settings)  # the size and docks of the last session
        self._show_no_workshop()  # the start page itself comes when the window is shown without one
        # The rest is built two turns of the loop after the first frame: the frame is on the
        # screen by then, and what drawing it queued has run first.
        after_first_frame(self, lambda: QTimer.singleShot(0, self, self._install_parts_if_shown))

    def _side_dock(self, title: str, name: str) -> QDockWidget:
        dock = QDockWidget(title)
        dock.setObjectName(name)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.setVisible(False)
        return dock

    # -- the parts built after the first frame ----------------------------------------------

    @property
    def parts(self) -> WindowParts:
        """The agenda, voting, stakeholder map, projector and email, built now if not yet."""
        if self._parts is None:
            self._install_parts()
        assert self._parts is not None
        return self._parts

    @property
    def parts_installed(self) -> bool:
        return self._parts is not None

    def _install_parts(self) -> None:
        if self._parts is not None:
            return
        from widgets.window.window_parts import WindowParts  # what it imports is not needed for the first frame

        self._parts = parts = WindowParts(
            self,
            view=self.view,
            undo_stack=self.undo_stack,
            settings=self.settings,
            agenda_dock=self.agenda_dock,
            step_dock=self.step_dock,
            show_board=self.show_board,
            add_board_page=self.add_board_page,
            step_changed=self.current_step_changed.emit,
            email_summary=self.exports.email_summary,
            restore_dock=self.layout_memory.restore_dock,
            **self._parts_arguments,
        )
        fill_menus(self, parts)
        self.navigator.add_icons_and_keys()
        self.view.sector_legend.release()
        # Bring the parts up to what the window shows already.
        parts.set_document(self.document)
        if self.document is not None:
            parts.board_shown(self.view.board_scene)
        self._update_file_actions()
        for path in self._recent_pending:
            self.settings.add_recent_file(path)
        self._recent_pending.clear()

    def showEvent(self, event) -> None:
        # Opening a file before showing the window (app.__main__) never builds the start page.
        if self.document is None and self._stack.currentWidget() is not self._start_page:
            self._show_start_page()
        super().showEvent(event)
        if self._parts is None:
            # In case this platform paints the window's children without the window itself.
            QTimer.singleShot(500, self, self._install_parts_if_shown)

    def _install_parts_if_shown(self) -> None:
        if self.isVisible():  # a window closed at once (a second one, refused) never needs them
            self._install_parts()

    def add_board_page(self, page: QWidget) -> None:
        """A widget shown in the middle instead of the board (the stakeholder map)."""
        self._stack.addWidget(page)

    def current_page(self) -> QWidget:
        page = self._stack.currentWidget()
        assert page is not None  # the board view is in the stack from __init__ on, so it is never empty
        return page

    # -- opening and closing workshops ---------------------------------------------------

    def open_path(self, path: Path | str, *, read_only: bool = False) -> bool:
        """Open a workshop file; a problem is told in a dialog and leaves the file untouched.

        A file that another window or person has open for changes (its lock
        file says who) opens read-only, and the facilitator is told by whom.
        """
        path = Path(path)
        if self.document is not None and same_file(self.document.file.path, path):
            self.close_workshop()  # opening it again: let go of our own lock first
        lock, holder = (None, None) if read_only else self.guard.acquire(path)
        try:
            file = WorkshopFile.open(path, read_only=read_only or holder is not None)
            document = WorkshopDocument.open(file)
        except WorkshopFileError as error:
            if lock is not None:
                lock.release()
            self.guard.cannot_open(path, error)
            if not path.exists():
                self.settings.remove_recent_file(path)
            return False
        self._set_document(document)
        self.guard.attach(document, lock)
        self._remember_recent(path)
        self.guard.after_open(path, holder, unwritable=document.read_only and not read_only and holder is None)
        return True

    def _remember_recent(self, path: Path) -> None:
        # Adding to the recent files syncs the settings file to the disk, no part of the first
        # frame: a workshop opened before the parts are built is remembered with them, just after.
        if self._parts is None:
            self._recent_pending.append(path)
        else:
            self.settings.add_recent_file(path)

    # -- New, Open, Save as, Restore: their dialogs are widgets/window/workshop_files.py ---

    @property
    def files(self) -> WorkshopFiles:
        if self._files is None:
            from widgets.window.workshop_files import WorkshopFiles  # when a file dialog is first asked for

            self._files = WorkshopFiles(self, dialog_parent=self, workshop_folder=self._workshop_folder)
        return self._files

    def new_workshop(self) -> None:
        self.files.new_workshop()

    def create_workshop(
        self, path: Path, info, *, participants: list[Participant] | None = None, plan: Plan | None = None
    ) -> bool:
        """Make a new workshop file from a plan (or with a starting board per phase) and open it."""
        return self.files.create_workshop(path, info, participants=participants, plan=plan)

    def open_dialog(self) -> None:
        self.files.open_dialog()

    def save_as(self, target: Path | None = None) -> bool:
        """Copy the workshop to a new file and go on working in the copy, undo history included."""
        return self.files.save_as(target)

    def workshop_moved(self) -> None:
        """The open workshop is now another file (Save as): its title and actions follow."""
        self._update_title()
        self.view.update_actions()

    def export_summary_to(self, target: Path) -> UiJob | None:
        """Write the summary PDF off the UI thread (widgets/window/exports.py)."""
        return self.exports.export_summary_to(target)

    def import_dialog(self) -> None:
        self.exports.import_dialog()

    def restore_dialog(self) -> RestoreDialog:
        return self.files.restore_dialog()

    def _close_requested(self) -> None:
        # With changes the file refused, the guard asks first and closes when told to.
        if self.guard.may_close(self.close_workshop):
            self.close_workshop()

    def close_workshop(self) -> None:
        if self.document is None:
            return
        self.layout_memory.note_docks()  # while they show: the next window gets them as they are
        self.view.finish_editing()
        self.guard.detach()
        self.view.show_board(None)
        if self._parts is not None:
            self._parts.set_document(None)
        for scene in self._scenes.values():
            scene.detach()
            scene.deleteLater()
        self._scenes.clear()
        self.undo_stack.clear()
        self.document.close()
        self.document.deleteLater()
        self.document = None
        self.navigator.set_document(None)
        self._show_start_page()

    # -- boards ---------------------------------------------------------------------------

    def show_board(self, board_id: str) -> None:
        if self.document is None or not self.document.has_board(board_id):
            return
        if self.document.board(board_id).kind == BoardKind.STAKEHOLDER_MAP:
            self.view.show_board(None)
            parts = self.parts
            parts.stakeholder_map.show_board(self.document, board_id)
            parts.board_shown(None)  # the wall shows the power/interest grid
            if self.navigator.current_board_id() != board_id:
                self.navigator.select_board(board_id)
            self._stack.setCurrentWidget(parts.stakeholder_map)
            self._zoom_label.setText("")
            return
        scene = self._scenes.get(board_id)
        if scene is None:
            scene = BoardScene(document=self.document, board_id=board_id, parent=self)
            self._scenes[board_id] = scene
        if self.view.board_scene is not scene:
            self.view.show_board(scene)
        if self._parts is not None:
            self._parts.board_shown(scene)
        if self.navigator.current_board_id() != board_id:
            self.navigator.select_board(board_id)
        self._stack.setCurrentWidget(self.view)

    def current_step(self) -> AgendaStep | None:
        """The agenda step the room is on, or None (see current_step_changed)."""
        return self.facilitation.agenda.current_step()

    def current_board_id(self) -> str | None:
        if self._parts is not None and self._stack.currentWidget() is self._parts.stakeholder_map:
            return self._parts.stakeholder_map.board_id
        scene = self.view.board_scene
        return scene.board_id if scene is not None else None

    def undo(self) -> None:
        self.view.finish_editing()
        self._show_board_of(self.undo_stack.index() - 1)
        self.undo_stack.undo()

    def redo(self) -> None:
        self.view.finish_editing()
        self._show_board_of(self.undo_stack.index())
        self.undo_stack.redo()

    def _show_board_of(self, index: int) -> None:
        """Undo and redo show the board they change, so nothing changes out of sight."""
        command = self.undo_stack.command(index)
        board_id = getattr(command, "board_id", None)
        if board_id and self.document is not None and self.document.has_board(board_id):
            self.show_board(board_id)

    # -- internals ----------------------------------------------------------------------------

    def _set_document(self, document: WorkshopDocument) -> None:
        self.close_workshop()
        self.document = document
        document.setParent(self)
        # The navigator listens first, so that it has rebuilt its list before this window
        # picks the next board to show after a deletion.
        self.navigator.set_document(document)
        document.entities_changed.connect(self._on_document_entities_changed)
        self.agenda_dock.setVisible(True)
        self.step_dock.setVisible(True)
        opening = document.workshop.opening_board()  # the current step's board, if it has one
        if opening is not None:
            self.show_board(opening.id)
        if self._parts is not None:
            self._parts.set_document(document)
        self._update_title()
        self._update_status()
        self._update_file_actions()

    @property
    def start_page(self) -> StartPage:
        """What the window shows with no workshop open: new, open, the demo and recent files."""
        if self._start_page is None:
            from widgets.window.start_page import StartPage  # not built when the window opens a file

            page = StartPage()
            page.new_requested.connect(self.new_workshop)
            page.open_requested.connect(self.open_dialog)
            page.demo_requested.connect(lambda: self.open_path(self._demo_path()))
            page.recent_chosen.connect(self.open_path)
            page.new_meeting_requested.connect(lambda path: self.open_path(path) and self.facilitation.new_meeting())
            self._stack.addWidget(page)
            self._start_page = page
        return self._start_page

    def _show_start_page(self) -> None:
        self.start_page.set_recent(self.settings.recent_files())
        self._stack.setCurrentWidget(self.start_page)
        self._show_no_workshop()

    def _show_no_workshop(self) -> None:
        self._dock.setVisible(False)
        self._zoom_label.setText("")
        self.agenda_dock.setVisible(False)
        self.step_dock.setVisible(False)
        self._update_file_actions()
        self._update_title()
        self._update_status()
        self.view.update_actions()

    def _update_file_actions(self) -> None:
        if self._parts is None:
            return  # the menus come with the parts, which set them up as they are built
        file_actions = (self.save_as_action, self.export_action, self.summary_action, self.close_action)
        for action in (*file_actions, self.mail.email_action):
            action.setEnabled(self.document is not None)

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle("Samskap")
            return
        self._dock.setVisible(True)
        suffix = self.tr(" (read-only)") if self.document.read_only else ""
        self.setWindowTitle(f"{self.document.info.title}{suffix} — Samskap")

    def _update_status(self) -> None:
        unsaved = self.document is not None and self.document.has_unsaved_changes
        self._save_state.setStyleSheet("color: #b00020; font-weight: bold;" if unsaved else "")
        if self.document is None:
            self._save_state.setText("")
        elif self.document.read_only:
            self._save_state.setText(self.tr("Read-only"))
        elif self.document.has_unsaved_changes:
            self._save_state.setText(self.tr("NOT SAVED: trying again…"))
        else:
            self._save_state.setText(self.tr("Every change is saved"))

    def _on_sector_legend_changed(self, present: bool) -> None:
        self.sector_dock.setVisible(present and self.view.board_scene is not None)
        if self.sector_dock.isVisible():
            # As tall as its list, so the board list above keeps the rest.
            legend = self.view.sector_legend
            height = legend.sizeHint().expandedTo(legend.minimumSize()).height() + 30
            rest = max(200, self.height() - height)
            self.resizeDocks([self._dock, self.sector_dock], [rest, height], Qt.Orientation.Vertical)

    def _on_document_entities_changed(self, changes: Changes) -> None:
        for board in changes.deleted_of(Board):
            self._on_document_board_removed(board)
        added = changes.added_of(Board)
        if added:
            self.show_board(added[-1].id)
        if changes.info_changed:
            self._update_title()

    def _on_document_board_removed(self, board: Board) -> None:
        scene = self._scenes.pop(board.id, None)
        if scene is not None:
            if self.view.board_scene is scene:
                self.view.show_board(None)
                if self._parts is not None:
                    self._parts.board_shown(None)
            scene.detach()
            scene.deleteLater()
        if self._parts is not None:
            self._parts.board_removed(board.id, self.document)
        if self.current_board_id() is None and self.document is not None:
            remaining = self.navigator.board_ids_in_order()
            if remaining:
                self.show_board(remaining[0])

    # -- Qt overrides -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.guard.may_close(self.close):
            event.ignore()
            return
        self.exports.shutdown()
        self.close_workshop()
        self.layout_memory.save()
        if self._parts is not None:
            self._parts.shutdown()
        super().closeEvent(event)
