"""Keeps the open workshop safe for the main window: lock, backups, write failures, warnings.

The window calls it at the moments that matter (before opening, after
opening, before closing); it holds the lock file and the backup schedule of
the open workshop, retries writes that failed, and shows the messages of
widgets/window/durability_messages.py. Storage rules live in app/storage; this is
only the glue to the screen.

Backups taken while the workshop changes run on a worker thread through the app's one path
for slow work (app/jobs.py), copying from a read connection of their own while the window
goes on writing. The backup taken when the workshop closes is taken at once, on the UI
thread: the file is about to be released and the app may be quitting, and a worker thread
does not outlive the process, so this last copy is not left to one. A periodic backup still
under way then is waited for first (bounded; cancelled past the bound), so its read
connection is closed before the document's and the closing backup knows whether the
changes it began with were copied.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from app.document import WorkshopDocument
from app.jobs import IsCancelled, Jobs, Progress, stoppable
from app.settings import Settings
from app.storage import lock as locks
from app.storage.backups import Backup, BackupSchedule, BackupStore
from app.storage.errors import CorruptWorkshop, ForeignLog, NotAWorkshop, WorkshopFileError
from app.storage.locations import location_risk
from widgets.common.messages import show_problem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from widgets.common.jobs import UiJob

RETRY_MS = 3000
BACKUP_TICK_MS = 60_000
# How long closing a workshop waits for a periodic backup under way to finish, and again once
# it is cancelled: a backup is a few megabytes, copied in well under a second.
CLOSE_WAIT_S = 5.0


def _messages():
    """The dialogs of durability_messages.py, loaded when one is first shown: their module sets up
    Qt's message box, which no first frame needs."""
    from widgets.window import durability_messages

    return durability_messages


class WorkshopGuard(QObject):
    """The safety net around one window's open workshop."""

    open_requested = Signal(Path)  # a restored backup to open
    save_as_requested = Signal()
    status_changed = Signal()  # unsaved changes appeared or are saved now
    backup_taken = Signal(object)  # a Backup, taken by a periodic backup job

    def __init__(
        self,
        *,
        window: QMainWindow,
        jobs: Jobs,
        settings: Settings,
        backups: BackupStore | None,
        workshop_folder: Path,
        risk_of: Callable[[str], str | None] = location_risk,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._jobs = jobs
        self._settings = settings
        self.backups = backups
        self._workshop_folder = workshop_folder
        self._risk_of = risk_of
        self._document: WorkshopDocument | None = None
        self._lock: locks.WorkshopLock | None = None
        self._schedule: BackupSchedule | None = None
        self.backup_job: UiJob | None = None  # the periodic backup under way, or the last one
        self._backup_made: list[Backup] = []  # what that job's work made, known once it returned
        self._write_box: QMessageBox | None = None
        self._take_over: Path | None = None  # the file whose lock the next acquire() takes over
        self.close_confirmed = False
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.retry_saving)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_TICK_MS)
        self.backup_timer.timeout.connect(self.backup_if_due)

    # -- opening -----------------------------------------------------------------

    def acquire(self, path: Path) -> tuple[locks.WorkshopLock | None, locks.LockInfo | None]:
        """Take the lock of a file about to be opened for writing, or learn who has it; take it
        over when the facilitator chose to (see `after_open`)."""
        take_over, self._take_over = self._take_over is not None and same_file(self._take_over, path), None
        return locks.acquire(path, take_over=take_over)

    def attach(self, document: WorkshopDocument, lock: locks.WorkshopLock | None) -> None:
        """A workshop is now open in the window: look after it."""
        self._document = document
        self._lock = lock
        document.write_failed.connect(self._on_document_write_failed)
        document.write_recovered.connect(self._on_document_write_recovered)
        document.committed.connect(self._on_document_committed)
        self._start_backups()

    def _start_backups(self) -> None:
        document = self._document
        if self.backups is not None and document is not None and not document.read_only:
            self._schedule = BackupSchedule(self.backups, document.file)
            self.backup_timer.start()

    def after_open(self, path: Path, holder: locks.LockInfo | None, *, unwritable: bool = False) -> None:
        """Tell the facilitator what they must know about the file just opened: who holds it, that
        its folder is synced or on a network, that it cannot be written to (`unwritable`)."""
        if holder is not None:
            offer = locks.may_take_over(path, holder)
            box, take_over = _messages().lock_notice_box(self._window, path.name, holder, may_take_over=offer)
            if take_over is not None:
                box.finished.connect(lambda _result: box.clickedButton() is take_over and self._take_over_lock(path))
            return
        kind = self._risk_of(str(path))
        if kind is not None and not self._settings.location_warned(path):
            self._settings.remember_location_warned(path)
            _messages().sync_warning_box(self._window, path.name, kind)
        if unwritable:
            text = QCoreApplication.translate(
                "WorkshopGuard",
                "The file %1 cannot be written to (%2), so it is open for viewing only. "
                "Nothing in it is damaged. Use Save as… to make a copy you can change.",
            )
            title = QCoreApplication.translate("MainWindow", "Opened for viewing only")
            show_problem(
                self._window, title, text.replace("%1", path.name).replace("%2", self._unwritable_reason(path))
            )

    def _unwritable_reason(self, path: Path) -> str:
        """Why a sound file opened read-only, in the facilitator's words."""
        if not os.access(path.parent, os.W_OK):
            return self.tr("its folder is read-only: Samskap cannot keep its safety files beside it")
        return self.tr("the file itself is read-only")

    def _take_over_lock(self, path: Path) -> bool:
        """The facilitator chose to take over a lock nothing here proves alive: open it again, writable."""
        self._take_over = path
        self.open_requested.emit(path)
        return True

    def cannot_open(self, path: Path, error: WorkshopFileError) -> None:
        """Opening failed: for a damaged file, offer its newest sound backup."""
        backup = None
        if isinstance(error, (CorruptWorkshop, NotAWorkshop, ForeignLog)) and self.backups is not None:
            # A file a backup was taken of was a workshop: one its header no longer says is (a
            # damaged or zeroed first page, a truncation) is damaged, not foreign, and is offered too.
            backup = self.backups.newest_sound(path)
        if backup is None:
            show_problem(self._window, self.tr("Cannot open workshop"), error.message)
            return
        message = CorruptWorkshop(path).message if isinstance(error, NotAWorkshop) else error.message
        box, restore = _messages().corrupt_offer_box(self._window, message, backup)
        box.finished.connect(lambda _result: box.clickedButton() is restore and self.restore(backup, path.parent))

    # -- backups -------------------------------------------------------------------

    def restore(self, backup: Backup, folder: Path | None = None) -> Path | None:
        """Copy a backup into a new file beside `folder` (or the workshops folder) and open it."""
        if self.backups is None:
            return None
        last_error: Exception | None = None
        for target_folder in (folder, self._workshop_folder):
            if target_folder is None:
                continue
            try:
                target_folder.mkdir(parents=True, exist_ok=True)
                restored = self.backups.restore(backup, target_folder)
            except (OSError, WorkshopFileError) as error:
                last_error = error
                continue
            self.open_requested.emit(restored)
            return restored
        message = last_error.message if isinstance(last_error, WorkshopFileError) else str(last_error)
        show_problem(self._window, self.tr("Cannot restore the backup"), message)
        return None

    def backup_if_due(self) -> None:
        if self._schedule is not None and self._schedule.due():
            self._start_backup(self._schedule)

    def _on_document_committed(self) -> None:
        if self._schedule is not None:
            self._schedule.note_change()
            self.backup_if_due()

    def _start_backup(self, schedule: BackupSchedule) -> None:
        """Take a periodic backup on a worker thread; the schedule starts no other until it has ended."""
        assert self.backups is not None
        store, path, taken = self.backups, schedule.file.path, schedule.begin()
        made: list[Backup] = []

        def work(progress: Progress, cancelled: IsCancelled) -> Backup:
            backup = store.take_of(path, at=taken, progress=stoppable(progress, cancelled))
            made.append(backup)  # read by detach() once the work has returned, before the loop reports it
            return backup

        from widgets.common.jobs import UiJob  # its progress dialog is no part of the first frame

        job = UiJob(jobs=self._jobs, parent=self._window, problem_title=None)
        job.failed.connect(self._on_backup_failed)
        job.finished.connect(lambda: self._on_backup_finished(schedule, job, made))
        self.backup_job, self._backup_made = job, made
        job.start_thread(work, name="samskap-backup")

    def _on_backup_finished(self, schedule: BackupSchedule, job: UiJob, made: list[Backup]) -> None:
        # Cancelled just as it finished, a backup may still have been made: it counts as taken.
        schedule.end(made[0] if made else None)
        if made:
            self.backup_taken.emit(made[0])
        job.deleteLater()
        if self.backup_job is job:
            self.backup_job = None

    def _on_backup_failed(self, message: str) -> None:
        # The workshop itself is saved; only its safety copy failed. Say so quietly.
        self._window.statusBar().showMessage(self.tr("No backup could be made: %s") % message, 15_000)

    def _backup(self, step: Callable[[], Backup | None]) -> None:
        try:
            step()
        except WorkshopFileError as error:
            self._on_backup_failed(error.message)

    def _end_running_backup(self, schedule: BackupSchedule) -> None:
        """Closing: let a periodic backup under way finish (or stop it, past the bound) and note what it made."""
        job = self.backup_job.job if self.backup_job is not None else None
        if job is None or not job.running:
            return
        if not job.wait(CLOSE_WAIT_S):
            job.cancel()  # it stops at its next step and removes its copy
            job.wait(CLOSE_WAIT_S)
        schedule.end(self._backup_made[0] if self._backup_made else None)

    # -- write failures ----------------------------------------------------------------

    def retry_saving(self) -> bool:
        if self._document is None:
            self.retry_timer.stop()
            return True
        return self._document.retry_pending()

    def _on_document_write_failed(self, message: str) -> None:
        self.retry_timer.start()
        self.status_changed.emit()
        if self._write_box is not None and self._write_box.isVisible():
            return  # told already; a dialog per keystroke would bury the facilitator
        box, save_as = _messages().write_problem_box(self._window, message)

        def on_finished(_result: int) -> None:
            if box.clickedButton() is save_as:
                self.save_as_requested.emit()

        box.finished.connect(on_finished)
        self._write_box = box

    def _on_document_write_recovered(self) -> None:
        self.retry_timer.stop()
        if self._write_box is not None:
            self._write_box.done(0)  # close() is refused by a box without an Escape button
            self._write_box = None
        self.status_changed.emit()
        self._window.statusBar().showMessage(self.tr("The changes that could not be saved are saved now."), 15_000)

    # -- closing -------------------------------------------------------------------------

    def may_close(self, close: Callable[[], object]) -> bool:
        """Whether the workshop can close now; if not, ask, and call `close` when the answer is yes."""
        document = self._document
        if document is None or self.close_confirmed or not document.has_unsaved_changes:
            return True
        if document.retry_pending():
            return True
        box, save_as, discard = _messages().unsaved_close_box(self._window)

        def answered(_result: int) -> None:
            if box.clickedButton() is save_as:
                self.save_as_requested.emit()
            elif box.clickedButton() is discard:
                self.close_confirmed = True
                close()
                self.close_confirmed = False

        box.finished.connect(answered)
        return False

    def detach(self) -> None:
        """The workshop is closing: a last backup, then give up the lock."""
        self.retry_timer.stop()
        self.backup_timer.stop()
        if self._schedule is not None:
            self._end_running_backup(self._schedule)
            self._backup(self._schedule.closing)
        self._schedule = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self._document = None

    def moved_to(self, path: Path) -> None:
        """Save as: the workshop goes on in a new file, so the lock and the backups follow it."""
        if self._lock is not None:
            self._lock.release()
        self._lock, _holder = locks.acquire(path)
        self._start_backups()


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (False when either cannot be resolved)."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
