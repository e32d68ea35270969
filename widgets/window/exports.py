"""What leaves or enters the window as another kind of file: JSON export and import (the import's
jobs are in widgets/window/json_import.py), the summary PDF and the summary by email.

Kept apart from widgets/window/main_window.py, which holds the open workshop and its boards;
this only reads the workshop (a snapshot for slow work) and hands the window a file to open.
The texts keep the "MainWindow" translation context they were written in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow

from app.document import WorkshopDocument
from app.domain.model import Workshop
from app.jobs import IsCancelled, Jobs, Progress
from app.storage.errors import WorkshopFileError
from app.storage.workshop_file import SUFFIX, file_name_for
from widgets.common.messages import show_problem

if TYPE_CHECKING:
    from widgets.common.jobs import UiJob
    from widgets.window.json_import import JsonImport

# The window makes this object before its first frame; the file dialogs and the progress of a
# job (QFileDialog, QProgressDialog: ~3 ms of Qt types to make) are imported when first used.

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls as they are

MakePdf = Callable[[Path], None]


class WorkshopExports(QObject):
    """File > Export as JSON…, Import JSON…, Export summary (PDF)… and Email summary…."""

    def __init__(
        self,
        *,
        window: QMainWindow,
        jobs: Jobs,
        workshop_folder: Path,
        document: Callable[[], WorkshopDocument | None],
        finish_editing: Callable[[], None],
        open_path: Callable[[Path | str], bool],
        open_email_dialog: Callable[[Workshop, MakePdf], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._jobs = jobs
        self._folder = workshop_folder
        self._document = document
        self._finish_editing = finish_editing
        self._open_path = open_path
        self._open_email_dialog = open_email_dialog
        self.summary_job: UiJob | None = None  # the last summary export
        self._json_import: JsonImport | None = None  # made when first asked for: it is no part of the first frame

    def export_dialog(self) -> None:
        document = self._document()
        if document is None:
            return
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            translate("MainWindow", "Export workshop as JSON"),
            str(self._folder / (document.info.title + ".json")),
            translate("MainWindow", "JSON (*.json)"),
        )
        if chosen:
            from app.storage.interchange import export_json

            try:
                export_json(document.workshop, Path(chosen))
            except WorkshopFileError as error:
                show_problem(self._window, translate("MainWindow", "Cannot export"), error.message)

    def import_dialog(self) -> None:
        self.json_import.start()

    @property
    def json_import(self) -> JsonImport:
        """Import from JSON, made when first used (its file dialog and progress dialog are not needed sooner)."""
        if self._json_import is None:
            from widgets.window.json_import import JsonImport

            self._json_import = JsonImport(
                window=self._window, jobs=self._jobs, workshop_folder=self._folder, open_path=self._open_path
            )
        return self._json_import

    def export_summary_dialog(self) -> None:
        document = self._document()
        if document is None:
            return
        name = file_name_for(document.info.title).removesuffix(SUFFIX) + ".pdf"
        from widgets.window.summary_dialog import SummaryFileDialog

        dialog = SummaryFileDialog(start=self._folder / name, workshop=document.workshop, parent=self._window)
        dialog.chosen.connect(
            lambda path, public, meeting_id: self.export_summary_to(path, public=public, meeting_id=meeting_id or None)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def export_summary_to(self, target: Path, *, public: bool = False, meeting_id: str | None = None) -> UiJob | None:
        """Write the summary PDF off the UI thread, from a snapshot so edits made meanwhile cannot race it.

        `public`: the version for the public record, with people named by role or organisation.
        `meeting_id`: the meeting to summarise, the current one by default.
        """
        document = self._document()
        if document is None or (self.summary_job is not None and self.summary_job.is_running()):
            return None
        from app.summary import export_summary, record_of  # reportlab costs start-up time: load it when first needed
        from widgets.common.jobs import UiJob

        self._finish_editing()
        snapshot = _snapshot(document.workshop)

        def work(progress: Progress, cancelled: IsCancelled) -> None:
            export_summary(
                snapshot,
                target,
                language=snapshot.info.language,
                public=public,
                meeting=record_of(snapshot, meeting_id),
                progress=progress,
                cancelled=cancelled,
            )

        job = UiJob(
            jobs=self._jobs,
            parent=self._window,
            label=translate("MainWindow", "Writing the summary…"),
            problem_title=translate("MainWindow", "Cannot export the summary"),
        )
        status = self._window.statusBar()
        job.succeeded.connect(
            lambda _result: status.showMessage(translate("MainWindow", "Summary saved as %s") % target.name, 8000)
        )
        if self.summary_job is not None:
            self.summary_job.deleteLater()  # the last export's job, long finished
        self.summary_job = job
        return job.start_thread(work, name="samskap-summary-pdf")

    def email_summary(self) -> None:
        """File > Email summary…: the dialog makes the PDF off the UI thread through `make_pdf`."""
        document = self._document()
        if document is None:
            return
        workshop = _snapshot(document.workshop)
        language = workshop.info.language

        def make_pdf(target: Path) -> None:  # runs on a worker thread: no widgets
            from app.summary import export_summary

            export_summary(workshop, target, language=language)

        self._open_email_dialog(workshop, make_pdf)

    def shutdown(self) -> None:
        """On closing the window: an export or import under way stops and leaves no file behind."""
        if self.summary_job is not None:
            self.summary_job.cancel_and_wait()
        if self._json_import is not None:
            self._json_import.shutdown()


def _snapshot(current: Workshop) -> Workshop:
    """The workshop as it is now, for a worker thread: entities are frozen and the model replaces
    them rather than changing them, so copying the lists keeps later edits out of the copy."""
    # `info` is frozen and shared as it is; naming it apart leaves only list fields in `lists`.
    lists = {f.name: list(getattr(current, f.name)) for f in dataclasses.fields(current) if f.name != "info"}
    return dataclasses.replace(current, info=current.info, **lists)
