"""File > Import JSON…: a samskap/2 (or samskap/1) file read, checked and written as a new workshop off the UI thread.

Two thread jobs on the app's one path for slow work (app/jobs.py, seen through
widgets/common/jobs.py): the first reads and checks the JSON; then the facilitator is asked
where to save it (the name offered comes from the workshop's title, so it cannot be asked
sooner); the second writes the new workshop file under a temporary name beside the target.
Only once that job has succeeded is the file renamed into place and opened, on the UI thread.
A cancelled import removes what it wrote: Cancel leaves no file behind, and a file the
import would have replaced stays as it was. A large file shows a progress dialog with Cancel.
The texts keep the "MainWindow" translation context they were written in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow

from app.domain.model import Workshop
from app.jobs import IsCancelled, Jobs, Progress, ThreadWork, stoppable
from app.storage.errors import WorkshopFileError
from app.storage.rows import TABLE_OF
from app.storage.workshop_file import SUFFIX, discard, file_name_for, partial_name, put_in_place, write_new
from widgets.common.jobs import UiJob
from widgets.common.messages import show_problem

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls as they are

# About a thousand notes: below this an import takes a blink, and a dialog would only flash.
LARGE_FILE_BYTES = 500_000
LARGE_ROW_COUNT = 1000


class JsonImport(QObject):
    """One import at a time: `start()` asks for a file, `read()` and `write()` are its two jobs."""

    def __init__(
        self,
        *,
        window: QMainWindow,
        jobs: Jobs,
        workshop_folder: Path,
        open_path: Callable[[Path | str], bool],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._jobs = jobs
        self._folder = workshop_folder
        self._open_path = open_path
        self.job: UiJob | None = None  # the job under way, or the last one
        self._written: Path | None = None  # the temporary file the write job makes

    def is_running(self) -> bool:
        return self.job is not None and self.job.is_running()

    def start(self) -> None:
        """Ask for a JSON file and import it."""
        if self.is_running():
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window,
            translate("MainWindow", "Import workshop from JSON"),
            str(self._folder),
            translate("MainWindow", "JSON (*.json)"),
        )
        if chosen:
            self.read(Path(chosen))

    def read(self, source: Path) -> UiJob:
        """Read and check `source` off the UI thread; when it is a workshop, ask where to save it."""
        from app.storage.interchange import import_json

        def work(progress: Progress, cancelled: IsCancelled) -> Workshop:
            return import_json(source, progress=stoppable(progress, cancelled))

        try:
            large = source.stat().st_size >= LARGE_FILE_BYTES
        except OSError:
            large = False  # import_json says what is wrong with it
        label = translate("MainWindow", "Reading the workshop to import…") if large else None
        job = self._start(work, name="samskap-import-read", label=label)
        job.succeeded.connect(self._on_read_succeeded)
        return job

    def write(self, workshop: Workshop, target: Path) -> UiJob:
        """Write `workshop` as a new file off the UI thread; rename it to `target` and open it when done."""
        rows = sum(len(getattr(workshop, table)) for table in TABLE_OF.values())
        self._written = partial_name(target)

        def work(progress: Progress, cancelled: IsCancelled) -> Path:
            return write_new(target, workshop, progress=stoppable(progress, cancelled))

        label = translate("MainWindow", "Writing the imported workshop…") if rows >= LARGE_ROW_COUNT else None
        job = self._start(work, name="samskap-import-write", label=label)
        job.succeeded.connect(lambda written: self._on_write_succeeded(written, target))
        job.cancelled.connect(self._discard_written)
        return job

    def shutdown(self) -> None:
        """On closing the window: an import under way stops and leaves no file behind."""
        if self.job is not None and self.is_running():
            self.job.cancel_and_wait()
            self._discard_written()

    def _start(self, work: ThreadWork, *, name: str, label: str | None) -> UiJob:
        job = UiJob(
            jobs=self._jobs,
            parent=self._window,
            label=label,
            problem_title=translate("MainWindow", "Cannot import"),
        )
        if self.job is not None:
            self.job.deleteLater()  # the last step's job, finished
        self.job = job
        return job.start_thread(work, name=name)

    def _on_read_succeeded(self, workshop: Workshop) -> None:
        target = self._folder / file_name_for(workshop.info.title)
        chosen, _filter = QFileDialog.getSaveFileName(
            self._window,
            translate("MainWindow", "Save imported workshop as"),
            str(target),
            translate("MainWindow", "Samskap workshops (*%s)") % SUFFIX,
        )
        if chosen:
            self.write(workshop, Path(chosen))

    def _on_write_succeeded(self, written: Path, target: Path) -> None:
        self._written = None
        try:
            put_in_place(written, target)
        except WorkshopFileError as error:
            show_problem(self._window, translate("MainWindow", "Cannot import"), error.message)
            return
        self._open_path(target)

    def _discard_written(self) -> None:
        # The work may have finished writing just before Cancel: its file is not wanted.
        if self._written is not None:
            discard(self._written)
            self._written = None
