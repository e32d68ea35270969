"""The facilitator's window: phases and boards on the left, the board in the middle."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QStackedWidget

from app import __version__
from app.document import WorkshopDocument
from app.domain.model import Board, BoardKind, Phase, Workshop
from app.settings import Settings
from app.storage.errors import WorkshopFileError
from app.storage.interchange import export_json, import_json
from app.storage.workshop_file import SUFFIX, WorkshopFile
from widgets.background_job import BackgroundJob
from widgets.board_scene import BoardScene
from widgets.board_view import BoardView
from widgets.language_menu import LanguageMenu
from widgets.messages import show_problem
from widgets.new_workshop_dialog import NewWorkshopDialog, file_name_for
from widgets.phase_navigator import PhaseNavigator
from widgets.shortcuts_help import shortcuts_text
from widgets.start_page import StartPage


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        settings: Settings,
        workshop_folder: Path,
        demo_path: Callable[[], Path],
        language: str = "en",
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.language = language  # the interface language (see app.i18n)
        self._workshop_folder = workshop_folder
        self._demo_path = demo_path
        self.document: WorkshopDocument | None = None
        self._scenes: dict[str, BoardScene] = {}
        self._summary_job: BackgroundJob | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_status())
        self.undo_stack.indexChanged.connect(lambda _index: self._update_status())

        self.view = BoardView(undo_stack=self.undo_stack)
        self.start_page = StartPage()
        self.start_page.new_requested.connect(self.new_workshop)
        self.start_page.open_requested.connect(self.open_dialog)
        self.start_page.demo_requested.connect(lambda: self.open_path(self._demo_path()))
        self.start_page.recent_chosen.connect(self.open_path)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.start_page)
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

        self._save_state = QLabel()
        self._zoom_label = QLabel()
        self.statusBar().addPermanentWidget(self._zoom_label)
        self.statusBar().addPermanentWidget(self._save_state)
        self.view.zoom_changed.connect(lambda zoom: self._zoom_label.setText(f"{zoom * 100:.0f} %"))
        self._build_menus()
        self.resize(1280, 800)
        self._show_start_page()

    # -- menus -----------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New workshop…"), self.new_workshop, std.New)
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, std.Open)
        self.save_as_action = self._action(self.tr("Save &as…"), self.save_as, std.SaveAs)
        self.export_action = self._action(self.tr("&Export as JSON…"), self.export_dialog)
        self.import_action = self._action(self.tr("&Import JSON…"), self.import_dialog)
        self.summary_action = self._action(self.tr("Export &summary (PDF)…"), self.export_summary_dialog)
        self.close_action = self._action(self.tr("&Close workshop"), self.close_workshop, std.Close)
        quit_action = self._action(self.tr("&Quit"), self.close, std.Quit)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self._action(self.tr("Open the &demo workshop"), lambda: self.open_path(self._demo_path())))
        file_menu.addSeparator()
        file_menu.addActions([self.save_as_action, self.export_action, self.summary_action, self.import_action])
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, quit_action])

        self.undo_action = self._action(self.tr("&Undo"), self.undo, std.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.redo, None)
        # Both redo conventions on every platform; a key sequence twice would make it ambiguous.
        redo_keys = [*QKeySequence.keyBindings(std.Redo), QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        self.redo_action.setShortcuts(list(dict.fromkeys(redo_keys, None)))
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda t: self.undo_action.setText(self.tr("&Undo %s") % t if t else self.tr("&Undo"))
        )
        self.undo_stack.redoTextChanged.connect(
            lambda t: self.redo_action.setText(self.tr("&Redo %s") % t if t else self.tr("&Redo"))
        )
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

        b = self.view.board_actions
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([b.cut, b.copy, b.paste, b.duplicate, b.delete])
        edit_menu.addSeparator()
        edit_menu.addActions([b.select_all])

        note_menu = self.menuBar().addMenu(self.tr("&Note"))
        note_menu.addActions([b.add_note, b.edit_text])
        colour_menu = note_menu.addMenu(self.tr("&Colour"))
        colour_menu.addActions(b.colours)
        note_menu.addSeparator()
        note_menu.addActions([b.bring_to_front, b.send_to_back])

        board_menu = self.menuBar().addMenu(self.tr("&Board"))
        n = self.navigator
        board_menu.addActions(n.board_actions())
        for action in (n.add_action, n.move_up_action, n.move_down_action):
            self.addAction(action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions([b.zoom_in, b.zoom_out, b.fit_all, b.actual_size])

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        settings_menu.addMenu(
            LanguageMenu(
                settings=self._settings,
                current=self.language,
                open_file=lambda: self.document.file.path if self.document is not None else None,
                parent=self,
            )
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self._show_shortcuts, std.HelpContents))
        help_menu.addAction(self._action(self.tr("&About Samskap"), self._show_about))

    # -- opening and closing workshops ---------------------------------------------------

    def open_path(self, path: Path | str, *, read_only: bool = False) -> bool:
        """Open a workshop file; a problem is told in a dialog and leaves the file untouched."""
        path = Path(path)
        try:
            file = WorkshopFile.open(path, read_only=read_only)
            document = WorkshopDocument.open(file)
        except WorkshopFileError as error:
            show_problem(self, self.tr("Cannot open workshop"), error.message)
            if not path.exists():
                self._settings.remove_recent_file(path)
            return False
        self._set_document(document)
        self._settings.add_recent_file(path)
        if document.read_only and not read_only:
            show_problem(
                self,
                self.tr("Opened for viewing only"),
                self.tr(
                    "The file %s cannot be written to, so it is open for viewing only. "
                    "Use Save as… to make a copy you can change."
                )
                % path.name,
            )
        return True

    def new_workshop(self) -> None:
        dialog = NewWorkshopDialog(folder=self._workshop_folder, facilitator=self._last_facilitator(), parent=self)
        if dialog.exec() != NewWorkshopDialog.DialogCode.Accepted:
            return
        self.create_workshop(dialog.path(), dialog.info())

    def create_workshop(self, path: Path, info) -> bool:
        """Make a new workshop file with a starting board in each phase, and open it."""
        starting_boards = [
            Board(self.tr("Floke map"), Phase.CO_INITIATION, BoardKind.FLOKE_MAP),
            Board(self.tr("Ideas"), Phase.CO_DESIGN, BoardKind.IDEA_BOARD),
            Board(self.tr("Action plan"), Phase.CO_IMPLEMENTATION, BoardKind.ACTION_PLAN),
        ]
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            WorkshopFile.create(path, Workshop(info=info, boards=starting_boards)).close()
        except WorkshopFileError as error:
            show_problem(self, self.tr("Cannot create workshop"), error.message)
            return False
        except OSError as error:
            show_problem(self, self.tr("Cannot create workshop"), str(error))
            return False
        return self.open_path(path)

    def open_dialog(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open workshop"),
            str(self._workshop_folder),
            self.tr("Samskap workshops (*%s);;All files (*)") % SUFFIX,
        )
        if chosen:
            self.open_path(chosen)

    def save_as(self, target: Path | None = None) -> bool:
        """Copy the workshop to a new file and go on working in the copy, undo history included."""
        if self.document is None:
            return False
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save workshop as"),
                str(self._workshop_folder / file_name_for(self.document.info.title)),
                self.tr("Samskap workshops (*%s)") % SUFFIX,
            )
            if not chosen:
                return False
            target = Path(chosen) if chosen.endswith(SUFFIX) else Path(chosen + SUFFIX)
        self.view.finish_editing()
        try:
            self.document.file.save_copy(target)
            new_file = WorkshopFile.open(target)
        except WorkshopFileError as error:
            show_problem(self, self.tr("Cannot save workshop"), error.message)
            return False
        self.document.file.close()
        self.document.file = new_file
        self._settings.add_recent_file(target)
        self._update_title()
        self.view.board_actions.update_enabled()
        return True

    def export_dialog(self) -> None:
        if self.document is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export workshop as JSON"),
            str(self._workshop_folder / (self.document.info.title + ".json")),
            self.tr("JSON (*.json)"),
        )
        if chosen:
            try:
                export_json(self.document.workshop, Path(chosen))
            except WorkshopFileError as error:
                show_problem(self, self.tr("Cannot export"), error.message)

    def export_summary_dialog(self) -> None:
        if self.document is None:
            return
        name = file_name_for(self.document.info.title).removesuffix(SUFFIX) + ".pdf"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export summary as PDF"), str(self._workshop_folder / name), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.export_summary_to(Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf"))

    def export_summary_to(self, target: Path) -> BackgroundJob | None:
        """Write the summary PDF off the UI thread, from a snapshot so edits made meanwhile cannot race it."""
        if self.document is None or (self._summary_job is not None and self._summary_job.is_running()):
            return None
        from app.summary import export_summary  # reportlab costs start-up time: load it when first needed

        self.view.finish_editing()
        snapshot = copy.deepcopy(self.document.workshop)

        def work(progress, cancelled) -> None:
            export_summary(snapshot, target, language=snapshot.info.language, progress=progress, cancelled=cancelled)

        job = BackgroundJob(
            work,
            label=self.tr("Writing the summary…"),
            problem_title=self.tr("Cannot export the summary"),
            parent=self,
        )
        job.succeeded.connect(lambda: self.statusBar().showMessage(self.tr("Summary saved as %s") % target.name, 8000))
        if self._summary_job is not None:
            self._summary_job.deleteLater()  # the last export's job, long finished
        self._summary_job = job
        job.start()
        return job

    def import_dialog(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import workshop from JSON"), str(self._workshop_folder), self.tr("JSON (*.json)")
        )
        if not chosen:
            return
        try:
            workshop = import_json(Path(chosen))
        except WorkshopFileError as error:
            show_problem(self, self.tr("Cannot import"), error.message)
            return
        target = self._workshop_folder / file_name_for(workshop.info.title)
        chosen_target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save imported workshop as"), str(target), self.tr("Samskap workshops (*%s)") % SUFFIX
        )
        if not chosen_target:
            return
        try:
            WorkshopFile.create(Path(chosen_target), workshop, overwrite=True).close()
        except WorkshopFileError as error:
            show_problem(self, self.tr("Cannot import"), error.message)
            return
        self.open_path(chosen_target)

    def close_workshop(self) -> None:
        if self.document is None:
            return
        self.view.finish_editing()
        self.view.show_board(None)
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
        scene = self._scenes.get(board_id)
        if scene is None:
            scene = BoardScene(document=self.document, board_id=board_id, parent=self)
            self._scenes[board_id] = scene
        if self.view.board_scene is not scene:
            self.view.show_board(scene)
        if self.navigator.current_board_id() != board_id:
            self.navigator.select_board(board_id)
        self._stack.setCurrentWidget(self.view)

    def current_board_id(self) -> str | None:
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
        document.write_failed.connect(self._on_document_write_failed)
        document.board_removed.connect(self._on_document_board_removed)
        document.board_added.connect(lambda board: self.show_board(board.id))
        document.info_changed.connect(self._update_title)
        first = next((b for phase in Phase for b in document.boards_in(phase)), None)
        if first is not None:
            self.show_board(first.id)
        self._update_title()
        self._update_status()
        for action in (self.save_as_action, self.export_action, self.summary_action, self.close_action):
            action.setEnabled(True)

    def _show_start_page(self) -> None:
        self.start_page.set_recent(self._settings.recent_files())
        self._stack.setCurrentWidget(self.start_page)
        self._dock.setVisible(False)
        self._zoom_label.setText("")
        for action in (self.save_as_action, self.export_action, self.summary_action, self.close_action):
            action.setEnabled(False)
        self._update_title()
        self._update_status()
        self.view.board_actions.update_enabled()

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle("Samskap")
            return
        self._dock.setVisible(True)
        suffix = self.tr(" (read-only)") if self.document.read_only else ""
        self.setWindowTitle(f"{self.document.info.title}{suffix} — Samskap")

    def _update_status(self) -> None:
        if self.document is None:
            self._save_state.setText("")
        elif self.document.read_only:
            self._save_state.setText(self.tr("Read-only"))
        else:
            self._save_state.setText(self.tr("Every change is saved"))

    def _last_facilitator(self) -> str:
        return self.document.info.facilitator if self.document is not None else ""

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self._settings.recent_files():
            action = self.recent_menu.addAction(path.stem)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent workshops")).setEnabled(False)

    def _on_document_write_failed(self, message: str) -> None:
        self._save_state.setText(self.tr("NOT SAVED"))
        show_problem(self, self.tr("Your last change was not saved"), message)

    def _on_document_board_removed(self, board: Board) -> None:
        scene = self._scenes.pop(board.id, None)
        if scene is not None:
            if self.view.board_scene is scene:
                self.view.show_board(None)
            scene.detach()
            scene.deleteLater()
        if self.view.board_scene is None and self.document is not None:
            remaining = self.navigator.board_ids_in_order()
            if remaining:
                self.show_board(remaining[0])

    def _show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), shortcuts_text())

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Samskap"),
            self.tr(
                "Samskap %s\nCo-creation workshops for municipalities.\n"
                "Everything stays on this computer; nothing is sent anywhere."
            )
            % __version__,
        )

    # -- Qt overrides -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._summary_job is not None and self._summary_job.is_running():
            self._summary_job.cancel()
            self._summary_job.wait()
        self.close_workshop()
        super().closeEvent(event)
