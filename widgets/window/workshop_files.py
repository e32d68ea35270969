"""File > New, Open, Save as and Restore from backup: the dialogs that lead to a workshop file.

Opening and closing the file itself is the window's (MainWindow.open_path, close_workshop);
this is the way to it, made when first used so the first frame does not pay for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.domain.model import Board, BoardKind, Participant, Phase, Workshop
from app.storage.errors import WorkshopFileError
from app.storage.workshop_file import SUFFIX, WorkshopFile, file_name_for
from widgets.common.messages import show_problem

if TYPE_CHECKING:
    from app.document import WorkshopDocument
    from app.settings import Settings
    from app.templates.model import Plan
    from widgets.agenda.facilitation import Facilitation
    from widgets.board.board_view import BoardView
    from widgets.window.restore_dialog import RestoreDialog
    from widgets.window.workshop_guard import WorkshopGuard


class FilesWindow(Protocol):
    """What the file dialogs use of the main window, which imports this module."""

    document: WorkshopDocument | None
    view: BoardView
    guard: WorkshopGuard
    settings: Settings

    @property
    def facilitation(self) -> Facilitation: ...

    def open_path(self, path: Path | str, *, read_only: bool = False) -> bool: ...

    def workshop_moved(self) -> None: ...


class WorkshopFiles(QObject):
    """The file dialogs of one window; each ends in the window's open_path."""

    def __init__(self, window: FilesWindow, *, dialog_parent: QWidget, workshop_folder: Path) -> None:
        super().__init__(dialog_parent)
        self._window = window
        self._parent = dialog_parent  # the window, as the dialogs' parent
        self._workshop_folder = workshop_folder  # where dialogs start

    def new_workshop(self) -> None:
        from widgets.wizard.new_workshop_wizard import NewWorkshopWizard  # loaded when first asked for

        window = self._window
        wizard = NewWorkshopWizard(
            folder=self._workshop_folder,
            library=window.facilitation.library,
            facilitator=window.document.info.facilitator if window.document is not None else "",
            parent=self._parent,
        )
        if wizard.exec() != NewWorkshopWizard.DialogCode.Accepted:
            return
        self.create_workshop(wizard.path(), wizard.info(), participants=wizard.participants(), plan=wizard.plan())

    def create_workshop(
        self, path: Path, info, *, participants: list[Participant] | None = None, plan: Plan | None = None
    ) -> bool:
        """Make a new workshop file and open it: from a plan (its steps and boards, the first step
        current), or with an empty agenda and a starting board in each phase."""
        if plan is not None:
            from app.workshop_plan import workshop_from_plan

            workshop = workshop_from_plan(info, participants or [], plan, self._window.facilitation.library)
        else:
            starting_boards = [
                Board(self.tr("Floke map"), Phase.CO_INITIATION, BoardKind.FLOKE_MAP),
                Board(self.tr("Ideas"), Phase.CO_DESIGN, BoardKind.IDEA_BOARD),
                Board(self.tr("Action plan"), Phase.CO_IMPLEMENTATION, BoardKind.ACTION_PLAN),
            ]
            workshop = Workshop(info=info, participants=list(participants or []), boards=starting_boards)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            WorkshopFile.create(path, workshop).close()
        except WorkshopFileError as error:
            show_problem(self._parent, self.tr("Cannot create workshop"), error.message)
            return False
        except OSError as error:
            show_problem(self._parent, self.tr("Cannot create workshop"), str(error))
            return False
        return self._window.open_path(path)

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # when asked: a dialog is no part of the first frame

        chosen, _filter = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Open workshop"),
            str(self._workshop_folder),
            self.tr("Samskap workshops (*%s);;All files (*)") % SUFFIX,
        )
        if chosen:
            self._window.open_path(chosen)

    def save_as(self, target: Path | None = None) -> bool:
        """Copy the workshop to a new file and go on working in the copy, undo history included."""
        window = self._window
        document = window.document
        if document is None:
            return False
        if target is None:
            from PySide6.QtWidgets import QFileDialog

            chosen, _filter = QFileDialog.getSaveFileName(
                self._parent,
                self.tr("Save workshop as"),
                str(self._workshop_folder / file_name_for(document.info.title)),
                self.tr("Samskap workshops (*%s)") % SUFFIX,
            )
            if not chosen:
                return False
            target = Path(chosen) if chosen.endswith(SUFFIX) else Path(chosen + SUFFIX)
        window.view.finish_editing()
        try:
            document.save_as(target)
        except WorkshopFileError as error:
            show_problem(self._parent, self.tr("Cannot save workshop"), error.message)
            return False
        window.guard.moved_to(target)
        window.settings.add_recent_file(target)
        window.workshop_moved()
        return True

    def restore_dialog(self) -> RestoreDialog:
        """File > Restore from backup…: pick a backup; it becomes a new file, which opens."""
        from widgets.window.restore_dialog import RestoreDialog

        window = self._window
        store = window.guard.backups
        current = window.document.file.path if window.document is not None else None
        backups = [] if store is None else store.backups(current)
        dialog = RestoreDialog(backups=backups, workshop_name=current.stem if current else None, parent=self._parent)
        folder = current.parent if current is not None else None
        dialog.restore_chosen.connect(lambda backup: window.guard.restore(backup, folder))
        dialog.open()
        return dialog
