"""The one path for slow work: a worker thread, a progress dialog with Cancel, and one way to fail.

The work is a plain function `work(progress, cancelled)` that knows nothing
of Qt: it calls `progress(done, total)` now and then and stops soon after
`cancelled()` turns True (by raising, or by returning). It runs on a QThread
so the window keeps painting; progress reaches the dialog through a queued
signal. A known problem (a WorkshopFileError) becomes one dialog through
show_problem; anything else is a bug and goes to the crash handler.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from app.storage.errors import WorkshopFileError
from widgets.common.messages import show_problem

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], None]


class _Worker(QThread):
    progressed = Signal(int, int)

    def __init__(self, work: Work, cancel: threading.Event, parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = cancel
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self._work(self.progressed.emit, self._cancel.is_set)
        except BaseException as error:  # handed to the UI thread, which decides what it is
            self.error = error


class BackgroundJob(QObject):
    """Runs `work` off the UI thread behind a window-modal progress dialog.

    Emits `succeeded` when the work is done, `failed(message)` after a known
    problem was shown, `cancelled` when the user stopped it; `finished` after
    any of them.
    """

    succeeded = Signal()
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Work, *, label: str, problem_title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._problem_title = problem_title
        self._cancel = threading.Event()
        self._worker = _Worker(work, self._cancel, self)  # lives as long as the job: never deleted while running
        self._worker.progressed.connect(self._on_worker_progressed)
        self._worker.finished.connect(self._on_worker_finished)
        self.dialog: QProgressDialog | None = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("background_job_progress")
        # Progress goes to the bar itself: a window-modal QProgressDialog.setValue() runs a nested
        # event loop, in which the job's end could delete the dialog under the call. The work is
        # on its own thread, so the window's own event loop keeps everything painted.
        self._bar = QProgressBar()
        self._bar.setRange(0, 0)
        self.dialog.setBar(self._bar)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        assert self.dialog is not None, "a job runs once"
        self.dialog.show()
        self._worker.start()

    def is_running(self) -> bool:
        return self._worker.isRunning()

    def cancel(self) -> None:
        """Ask the work to stop; it ends at its next check and leaves nothing half-done."""
        if not self._cancel.is_set() and self._worker.isRunning():
            self._cancel.set()
            if self.dialog is not None:
                self.dialog.setLabelText(self.tr("Cancelling…"))

    def wait(self) -> None:
        """Block until the worker thread has ended (for closing the window)."""
        self._worker.wait()

    def _on_worker_progressed(self, done: int, total: int) -> None:
        if self.dialog is None:
            return
        if self._bar.maximum() != total:
            self._bar.setRange(0, total)
        self._bar.setValue(done)

    def _on_worker_finished(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)  # closing the dialog emits canceled
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        error = self._worker.error
        if self._cancel.is_set():
            self.cancelled.emit()
        elif error is None:
            self.succeeded.emit()
        elif isinstance(error, WorkshopFileError):
            show_problem(self._parent, self._problem_title, error.message)
            self.failed.emit(error.message)
        else:
            sys.excepthook(type(error), error, error.__traceback__)
        self.finished.emit()
