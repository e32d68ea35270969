"""The window's face of slow work (app/jobs.py): a progress bar with Cancel, and one way to fail.

`UiJob` starts a job through the app's `Jobs` and turns its outcome into signals on the
UI thread. A known problem (app.jobs.known_problem: a WorkshopFileError, a MailError, a
full disk) becomes one message through show_problem; anything else is a bug and goes to
the crash handler (`sys.excepthook`). `report_failure` is that rule for code that follows
a job of its own (the outbox's sender).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from app.jobs import CoroutineWork, Job, Jobs, Outcome, ThreadWork, known_problem
from widgets.common.messages import show_problem


def report_failure(parent: QWidget | None, title: str | None, error: BaseException) -> str | None:
    """A known problem is shown in one message titled `title` (unless None: the caller shows it
    itself) and its sentence returned; a bug goes to the crash handler and None is returned."""
    message = known_problem(error)
    if message is None:
        sys.excepthook(type(error), error, error.__traceback__)
        return None
    if title is not None:
        show_problem(parent, title, message)
    return message


class UiJob(QObject):
    """One job seen from the window: optional progress dialog, signals for each outcome.

    `label` given: a window-modal progress dialog with Cancel shows while the work runs.
    `problem_title` given: a known problem is shown in a message with that title; with
    None the owner shows it from `failed(message)` (the email dialog, beside the attachment).
    Emits `succeeded(result)`, `failed(message)` or `cancelled`, then `finished`.
    """

    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, *, jobs: Jobs, parent: QWidget, problem_title: str | None, label: str | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._parent = parent
        self._problem_title = problem_title
        self.job: Job | None = None
        self.dialog: QProgressDialog | None = None
        self._bar: QProgressBar | None = None
        if label is not None:
            self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setObjectName("background_job_progress")
            # Progress goes to the bar itself: a window-modal QProgressDialog.setValue() runs a nested
            # event loop, in which the job's end could delete the dialog under the call.
            self._bar = QProgressBar()
            self._bar.setRange(0, 0)
            self.dialog.setBar(self._bar)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)

    def start_thread(self, work: ThreadWork, *, name: str) -> UiJob:
        """Run blocking `work(progress, cancelled)` off the UI thread."""
        self._show()
        self.job = self._jobs.run_in_thread(work, name=name, progress=self._on_job_progress, done=self._on_job_done)
        return self

    def start_coroutine(self, work: CoroutineWork, *, name: str) -> UiJob:
        """Run `await work(progress, cancelled)` on the app's event loop."""
        self._show()
        self.job = self._jobs.run_coroutine(work, name=name, progress=self._on_job_progress, done=self._on_job_done)
        return self

    def is_running(self) -> bool:
        """True while the work runs (its outcome is reported on the loop just after)."""
        return self.job is not None and self.job.running and not self.job.returned()

    def cancel(self) -> None:
        """Ask the work to stop; it ends at its next check and leaves nothing half-done."""
        if self.job is not None and self.job.running and not self.job.cancel_requested():
            self.job.cancel()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Cancelling…"))

    def cancel_and_wait(self) -> None:
        """For closing the window: stop the work and wait until it has returned."""
        if self.job is not None and self.job.running:
            self.cancel()
            self.job.wait()
            self._close_dialog()

    def _show(self) -> None:
        assert self.job is None, "a job runs once"
        if self.dialog is not None:
            self.dialog.show()

    def _on_job_progress(self, done: int, total: int) -> None:
        if self._bar is None:
            return
        if self._bar.maximum() != total:
            self._bar.setRange(0, total)
        self._bar.setValue(done)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)  # closing the dialog emits canceled
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
            self._bar = None

    def _on_job_done(self, job: Job) -> None:
        self._close_dialog()
        if job.outcome == Outcome.SUCCEEDED:
            self.succeeded.emit(job.result)
        elif job.outcome == Outcome.CANCELLED:
            self.cancelled.emit()
        elif job.error is not None:
            message = report_failure(self._parent, self._problem_title, job.error)
            if message is not None:
                self.failed.emit(message)
        self.finished.emit()
